// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include <QHash>
#include <QImage>
#include <QStringList>
#include <QTemporaryDir>

namespace lookout::test {

struct ProcessRun {
    int exitCode = -1;  // -2: crashed
    QString out;
    QString err;
};

// One home for the whole suite: the demo workspace is made once and read by every run.
QTemporaryDir &suiteHome();

// Runs the real `lookout` executable with its data and runtime folders in `home` (the demo
// workspace goes there), as a user would; waits up to four minutes. `environment` adds to the
// system's (QT_QPA_PLATFORM for screens described in a file).
ProcessRun runLookout(const QStringList &arguments, const QTemporaryDir &home, const QHash<QString, QString> &environment = {});
// Any program (ogrinfo, sqlite3) the same way.
ProcessRun runProgram(const QString &program, const QStringList &arguments, const QTemporaryDir &home,
                      const QHash<QString, QString> &environment = {});
// Share of pixels that differ from the most common colour (the background).
double nonBackgroundShare(const QImage &image);

} // namespace lookout::test
