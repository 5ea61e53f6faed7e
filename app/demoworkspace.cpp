// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "demoworkspace.h"

#include "core/logging.h"
#include "core/timeformat.h"
#include "demoexercises.h"
#include "feeds/divisionscsv.h"
#include "plans/planreader.h"
#include "demoresources.h"
#include "store/divisionstore.h"
#include "store/ingest.h"

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
// Raised when the embedded demo content grows: an older demo workspace gets what it lacks.
constexpr int kDemoContentVersion = 8;

Result<QByteArray> resource(const QString &name)
{
    QFile file(kDataPrefix + name);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::NotFound, QStringLiteral("embedded demo file missing"), {name});
    return file.readAll();
}

Result<QJsonObject> demoManifest()
{
    auto manifestBytes = resource(QStringLiteral("demo-layers.json"));
    if (!manifestBytes)
        return manifestBytes.error();
    QJsonParseError parseError;
    const QJsonObject manifest = QJsonDocument::fromJson(*manifestBytes, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return makeError(Error::Code::Corrupt, QStringLiteral("demo-layers.json: %1").arg(parseError.errorString()));
    return manifest;
}

// The demo plans, into plans/ beside the workspace (the folder its plans are read from); a plan
// file already there is the bureau's and stays as it is.
Result<void> writeDemoPlans(store::Workspace &workspace, const QJsonObject &manifest)
{
    const QDir folder(QFileInfo(workspace.path()).dir().filePath(QStringLiteral("plans")));
    if (!folder.exists() && !QDir().mkpath(folder.path()))
        return makeError(Error::Code::Io, QStringLiteral("cannot create the plans folder"), {folder.path()});
    for (const QJsonValue &value : manifest.value(QStringLiteral("plans")).toArray()) {
        const QString target = folder.filePath(QFileInfo(value.toString()).fileName());
        if (QFileInfo::exists(target))
            continue;
        auto bytes = resource(value.toString());
        if (!bytes)
            return bytes.error();
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size())
            return makeError(Error::Code::Io, QStringLiteral("cannot write a demo plan: %1").arg(file.errorString()), {target});
    }
    return {};
}

// The historic events (typhoon tracks, CAP messages as issued) and the reference districts.
Result<void> importDemoEvents(store::Workspace &workspace, const QDateTime &now)
{
    auto manifest = demoManifest();
    if (!manifest)
        return manifest.error();
    for (const QJsonValue &value : manifest->value(QStringLiteral("events")).toArray()) {
        const QString file = value.toString();
        auto bytes = resource(file);
        if (!bytes)
            return bytes.error();
        auto ingested = store::ingestPayload(workspace, *bytes, QStringLiteral("packaging/data/") + file, now, std::nullopt, true);
        if (!ingested)
            return ingested.error();
    }
    // The 统计用区划代码 of Zhuhai and Jiangmen down to towns (a rename replaces the row).
    store::DivisionStore divisions(workspace.database());
    for (const QJsonValue &value : manifest->value(QStringLiteral("divisions")).toArray()) {
        const QString file = value.toString();
        auto bytes = resource(file);
        if (!bytes)
            return bytes.error();
        auto parsed = feeds::parseDivisionsCsv(*bytes, QStringLiteral("packaging/data/") + file);
        auto added = parsed ? divisions.add(*parsed, file) : Result<int>(parsed.error());
        if (!added)
            return added.error();
    }
    if (auto plans = writeDemoPlans(workspace, *manifest); !plans)
        return plans;
    QStringList references;
    for (const QJsonValue &value : manifest->value(QStringLiteral("referenceDistricts")).toArray())
        references.append(value.toString());
    if (auto saved = workspace.setSetting(QStringLiteral("reference_districts"), references.join(QLatin1Char(','))); !saved)
        return saved.error();
    auto typhoonPlan = resource(QStringLiteral("plans/zhuhai-typhoon.yaml"));
    if (!typhoonPlan)
        return typhoonPlan.error();
    const plans::PlanReading plan = plans::readPlan(*typhoonPlan, QStringLiteral("packaging/data/plans/zhuhai-typhoon.yaml"));
    if (!plan.ok())
        return makeError(Error::Code::Corrupt, QStringLiteral("the embedded demo plan: %1").arg(plan.problems.front().toString()));
    auto inventory = resource(kExerciseInventory);
    if (!inventory)
        return inventory.error();
    if (auto exercises = recordDemoExercises(workspace, *plan.plan, *inventory); !exercises)
        return exercises;
    return workspace.setSetting(QStringLiteral("demo_content"), QString::number(kDemoContentVersion));
}

Result<void> importDemoLayers(store::Workspace &workspace, const QDateTime &now)
{
    auto manifestResult = demoManifest();
    if (!manifestResult)
        return manifestResult.error();
    const QJsonObject &manifest = *manifestResult;

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
    if (auto titled = workspace.setSetting(QStringLiteral("title"), QStringLiteral("珠海 · 江门  三防一张图")); !titled)
        return titled;
    return importDemoEvents(workspace, now);
}

} // namespace

QString defaultDemoWorkspacePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/Lookout/demo.gpkg");
}

Result<store::Workspace> openOrCreateDemoWorkspace(const QString &path, const QDateTime &now)
{
    if (QFileInfo::exists(path)) {
        auto workspace = store::Workspace::open(path);
        if (workspace && workspace->setting(QStringLiteral("demo_content")).toInt() < kDemoContentVersion) {
            if (auto updated = importDemoEvents(*workspace, now); !updated)
                return Error(updated.error()).withContext(QStringLiteral("adding the demo events"));
            qCInfo(lcApp) << "added the demo events to" << path;
        }
        return workspace;
    }
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
