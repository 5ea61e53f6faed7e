// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "demoworkspace.h"

#include "core/logging.h"
#include "core/timeformat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace lookout::app {

namespace {

const QString kDataPrefix = QStringLiteral(":/lookout/demo/");

Result<QByteArray> resource(const QString &name)
{
    QFile file(kDataPrefix + name);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::NotFound, QStringLiteral("embedded demo file missing"), {name});
    return file.readAll();
}

Result<void> importDemoLayers(store::Workspace &workspace, const QDateTime &now)
{
    auto manifestBytes = resource(QStringLiteral("demo-layers.json"));
    if (!manifestBytes)
        return manifestBytes.error();
    QJsonParseError parseError;
    const QJsonObject manifest = QJsonDocument::fromJson(*manifestBytes, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return makeError(Error::Code::Corrupt, QStringLiteral("demo-layers.json: %1").arg(parseError.errorString()));

    for (const QJsonValue &value : manifest.value(QStringLiteral("layers")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString file = entry.value(QStringLiteral("file")).toString();
        auto bytes = resource(file);
        if (!bytes)
            return bytes.error();
        store::ImportRequest request;
        request.sourcePath = QStringLiteral("packaging/data/") + file;
        request.sourceBytes = *bytes;
        request.layerName = entry.value(QStringLiteral("layer")).toString();
        request.title = entry.value(QStringLiteral("title")).toString();
        request.role = entry.value(QStringLiteral("role")).toString();
        request.labelField = entry.value(QStringLiteral("labelField")).toString();
        request.declaredCrs = entry.value(QStringLiteral("crs")).toString();
        request.sourceNote = entry.value(QStringLiteral("sourceNote")).toString();
        request.dataDate = parseUtc(entry.value(QStringLiteral("dataDate")).toString()).value_or(QDateTime());
        request.drawOrder = entry.value(QStringLiteral("drawOrder")).toInt();
        auto imported = workspace.importVectorLayer(request, now);
        if (!imported)
            return imported.error();
    }
    const QJsonArray home = manifest.value(QStringLiteral("homeExtent")).toArray();
    if (home.size() == 4) {
        const QString text = QStringLiteral("%1,%2,%3,%4").arg(home[0].toDouble()).arg(home[1].toDouble())
                                 .arg(home[2].toDouble()).arg(home[3].toDouble());
        if (auto saved = workspace.setSetting(QStringLiteral("home_extent"), text); !saved)
            return saved.error();
    }
    return workspace.setSetting(QStringLiteral("title"), QStringLiteral("珠海 · 江门  三防一张图"));
}

} // namespace

QString defaultDemoWorkspacePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/Lookout/demo.gpkg");
}

Result<store::Workspace> openOrCreateDemoWorkspace(const QString &path, const QDateTime &now)
{
    if (QFileInfo::exists(path))
        return store::Workspace::open(path);
    QDir().mkpath(QFileInfo(path).absolutePath());
    Result<void> imported;
    {
        auto created = store::Workspace::create(path, now);
        if (!created)
            return created.error();
        imported = importDemoLayers(*created, now);
    }  // the file is closed here, so a failed one can be removed
    if (!imported) {
        QFile::remove(path);
        return Error(imported.error()).withContext(QStringLiteral("creating the demo workspace"));
    }
    qCInfo(lcApp) << "created the demo workspace" << path;
    return store::Workspace::open(path);
}

} // namespace lookout::app
