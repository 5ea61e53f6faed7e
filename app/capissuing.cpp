// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "capissuing.h"

#include "feeds/capparser.h"
#include "feeds/capwriter.h"
#include "feeds/httpclient.h"
#include "incidents/incidentledger.h"
#include "reports/cappublisher.h"
#include "store/ingest.h"
#include "store/sqlitejournal.h"

#include <QDir>
#include <QFileInfo>

namespace lookout::app {

CapChannel capChannelOf(store::Workspace &workspace, const QString &publishFolder, const QString &postUrl)
{
    auto setting = [&](const char *key, const QString &fallback) {
        const QString value = workspace.setting(QString::fromLatin1(key));
        return value.isEmpty() ? fallback : value;
    };
    CapChannel channel;
    channel.issuer.issuerCode = setting("cap_issuer_code", QStringLiteral("440400"));
    channel.issuer.sender = setting("cap_sender", QStringLiteral("lookout-") + channel.issuer.issuerCode);
    const QString title = workspace.setting(QStringLiteral("title"));
    channel.issuer.senderName = setting("cap_sender_name", title.isEmpty() ? QStringLiteral("Lookout") : title);
    const QDir beside = QFileInfo(workspace.path()).dir();
    channel.publishFolder = beside.absoluteFilePath(!publishFolder.isEmpty() ? publishFolder : setting("cap_publish_folder", QStringLiteral("cap-out")));
    channel.postUrl = !postUrl.isEmpty() ? postUrl : workspace.setting(QStringLiteral("cap_post_url"));
    return channel;
}

Result<reports::CapForm> formOfIssued(const QByteArray &xml)
{
    auto alert = feeds::parseCapAlert(xml, QStringLiteral("the issued message"));
    if (!alert)
        return alert.error();
    reports::CapForm form;
    form.status = alert->status;
    for (const feeds::CapInfo &info : alert->infos) {
        const bool english = info.language.startsWith(QLatin1String("en"));
        for (const feeds::CapValuePair &code : info.eventCodes)
            if (code.valueName == QLatin1String("level"))
                form.level = code.value;
        if (english) {
            form.eventEn = info.event;
            form.headlineEn = info.headline;
            form.descriptionEn = info.description;
            form.instructionEn = info.instruction;
            continue;
        }
        form.event = info.event;
        form.category = info.categories.value(0, form.category);
        form.headline = info.headline;
        form.description = info.description;
        form.instruction = info.instruction;
        form.effective = info.effective;
        form.expires = info.expires;
        for (const feeds::CapArea &area : info.areas) {
            for (const feeds::CapValuePair &geocode : area.geocodes)
                form.areas.append(AreaRef{geocode.value, QString()});
            const QStringList names = area.areaDesc.split(QStringLiteral("、"));
            for (qsizetype i = 0; i < form.areas.size() && i < names.size(); ++i)
                form.areas[i].name = names[i];
            for (const std::vector<GeoPoint> &ring : area.polygons)
                form.polygons.push_back(ring);
        }
    }
    return form;
}

Result<CapIssued> issueCap(store::Workspace &workspace, const CapChannel &channel, CapAction action, const reports::CapForm &form,
                           const QString &previous, const QString &note, const incidents::Actor &actor)
{
    auto journal = store::openSqliteJournal(workspace.path());
    if (!journal)
        return journal.error();
    incidents::IncidentLedger ledger(**journal);
    if (auto read = ledger.refresh(); !read)
        return read.error();
    const incidents::ReleaseBook &releases = ledger.state().releases;
    auto taken = [&releases](const QString &identifier) { return releases.cap(identifier) != nullptr; };
    Result<feeds::CapAlert> alert = makeError(Error::Code::Internal, QStringLiteral("not composed"));
    QString level = form.level;
    if (action == CapAction::Alert) {
        alert = reports::composeAlert(form, channel.issuer, actor.at, taken);
    } else {
        const incidents::IssuedCap *earlier = releases.cap(previous);
        if (!earlier)
            return makeError(Error::Code::NotFound, QStringLiteral("no CAP message %1 was issued from this workspace").arg(previous), {previous});
        auto parsed = feeds::parseCapAlert(earlier->xml, previous);
        if (!parsed)
            return parsed.error();
        if (action == CapAction::Update) {
            alert = reports::composeUpdate(*parsed, form, channel.issuer, actor.at, taken);
        } else {
            alert = reports::composeCancel(*parsed, channel.issuer, actor.at, note, taken);
            level = earlier->level;
        }
    }
    if (!alert)
        return alert.error();
    auto xml = feeds::writeCapAlert(*alert);
    if (!xml)
        return xml.error();
    CapIssued issued{*alert, *xml, 0, {}, 0, {}};
    auto entry = ledger.act([&](const incidents::RecordState &state) { return state.releases.issueCap(*alert, *xml, level, actor); });
    if (!entry)
        return entry.error();
    issued.sequence = entry->sequence;
    // The registry takes what the bureau issued like any message received: the wall shows it.
    if (auto ingested = store::ingestPayload(workspace, *xml, reports::publishedFileName(alert->identifier), actor.at); !ingested)
        return Error(ingested.error()).withContext(QStringLiteral("issued (record #%1) but not taken into the warning registry").arg(entry->sequence));
    QList<reports::PublishedMessage> all;
    for (const incidents::IssuedCap &cap : ledger.state().releases.caps())
        all.append({cap.identifier, cap.headline, feeds::toString(cap.msgType), feeds::toString(cap.status), cap.sent, cap.xml});
    const reports::PublishedMessage message = all.back();
    if (auto published = reports::publishToFolder(channel.publishFolder, message, all, channel.issuer.senderName, channel.issuer.sender); !published)
        return Error(published.error()).withContext(QStringLiteral("issued (record #%1) but not published").arg(entry->sequence));
    issued.publishedTo = channel.publishFolder;
    if (!channel.postUrl.isEmpty()) {
        feeds::HttpClient client;
        auto posted = reports::postMessage(client, channel.postUrl, *xml, channel.postTimeoutMs);
        if (posted)
            issued.postStatus = *posted;
        else
            issued.postProblem = posted.error().toString();
    }
    return issued;
}

} // namespace lookout::app
