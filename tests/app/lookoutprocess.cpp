// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "lookoutprocess.h"

#include <QHash>
#include <QProcess>

#include <gtest/gtest.h>

namespace lookout::test {

QTemporaryDir &suiteHome()
{
    static QTemporaryDir dir;
    return dir;
}

ProcessRun runProgram(const QString &program, const QStringList &arguments, const QTemporaryDir &home, const QHash<QString, QString> &extra)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());  // else Qt warns on stderr
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    EXPECT_TRUE(process.waitForFinished(240000)) << program.toStdString() << " " << arguments.join(QLatin1Char(' ')).toStdString();
    ProcessRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

ProcessRun runLookout(const QStringList &arguments, const QTemporaryDir &home, const QHash<QString, QString> &environment)
{
    return runProgram(QStringLiteral(LOOKOUT_EXECUTABLE), arguments, home, environment);
}

double nonBackgroundShare(const QImage &image)
{
    QHash<QRgb, qint64> counts;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            ++counts[image.pixel(x, y)];
    qint64 most = 0;
    qint64 total = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        most = std::max(most, it.value());
        total += it.value();
    }
    return 1.0 - double(most) / double(total);
}

} // namespace lookout::test
