// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "tests/support/testdata.h"

#include <QFile>

namespace lookout::test {

QString sharedData(const QString &relative)
{
    return QStringLiteral(LOOKOUT_SHARED_DATA "/") + relative;
}

QString testData(const QString &relative)
{
    return QStringLiteral(LOOKOUT_TEST_DATA "/") + relative;
}

QString packagingData(const QString &relative)
{
    return QStringLiteral(LOOKOUT_PACKAGING_DATA "/") + relative;
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

} // namespace lookout::test
