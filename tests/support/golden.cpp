// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "tests/support/golden.h"

#include "tests/support/testdata.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace lookout::test {

QString goldenDifference(const QString &relative, const QByteArray &actual)
{
    const QString path = testData(relative);
    if (qEnvironmentVariableIsSet("LOOKOUT_UPDATE_GOLDEN")) {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(actual) != actual.size())
            return QStringLiteral("cannot write the golden file %1").arg(path);
        return {};
    }
    const QByteArray expected = readBytes(path);
    const QString fail = QFileInfo(path).path() + QLatin1Char('/') + QFileInfo(path).completeBaseName() + QStringLiteral(".fail.")
                         + QFileInfo(path).suffix();
    if (!expected.isEmpty() && expected == actual) {
        QFile::remove(fail);
        return {};
    }
    QFile out(fail);
    if (out.open(QIODevice::WriteOnly))
        out.write(actual);
    out.close();
    if (expected.isEmpty())
        return QStringLiteral("no golden file %1 (the result is in %2; LOOKOUT_UPDATE_GOLDEN=1 writes it)").arg(path, fail);
    QProcess diff;
    diff.start(QStringLiteral("diff"), {QStringLiteral("-u"), path, fail});
    diff.waitForFinished();
    const QString text = QString::fromUtf8(diff.readAllStandardOutput());
    return text.isEmpty() ? QStringLiteral("%1 differs from %2").arg(fail, path) : text;
}

} // namespace lookout::test
