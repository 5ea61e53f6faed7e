// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "reportactions.h"

#include "capcommands.h"
#include "capissuing.h"
#include "reviewbuilding.h"
#include "scenarioactions.h"

#include "core/timeformat.h"
#include "incidents/incidentledger.h"
#include "reports/dailyreport.h"
#include "reports/reporttext.h"
#include "reports/sitrep.h"
#include "store/sqlitejournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QRegularExpression>
#include <QThread>

namespace lookout::app {

namespace {

// The record as it stands, read on this thread.
Result<incidents::RecordState> recordNow(store::Workspace &workspace)
{
    auto journal = store::openSqliteJournal(workspace.path());
    if (!journal)
        return journal.error();
    return incidents::RecordState::knownAt(**journal, {});
}

// Runs `work` on a thread of its own (a review renders maps and waits for them; a POST may hang)
// and hands its outcome to the desk on the GUI thread.
void runAside(QPointer<qml::ReportDesk> desk, std::function<std::pair<QString, bool>()> work, std::function<void()> after = {})
{
    QThread *thread = QThread::create([desk, work = std::move(work), after = std::move(after)] {
        const auto [text, failed] = work();
        QMetaObject::invokeMethod(
            desk.data(), [desk, text, failed, after] {
                if (desk)
                    desk->setOutput(text, failed);
                if (after)
                    after();  // what was issued shows, even when a later step failed
            },
            Qt::QueuedConnection);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

QString typeWords(const QString &type)
{
    return type == QLatin1String("initial") ? QStringLiteral("initial") : type == QLatin1String("final") ? QStringLiteral("final") : QStringLiteral("followup");
}

CapCommand capFieldsOf(const QVariantMap &form)
{
    CapCommand fields;
    auto text = [&form](const char *key) { return form.value(QString::fromLatin1(key)).toString().trimmed(); };
    fields.event = text("event");
    fields.eventEn = text("eventEn");
    fields.level = text("level");
    fields.headline = text("headline");
    fields.headlineEn = text("headlineEn");
    fields.description = text("description");
    fields.descriptionEn = text("descriptionEn");
    fields.instruction = text("instruction");
    fields.instructionEn = text("instructionEn");
    fields.status = text("status");
    fields.effective = text("effective");
    fields.expires = text("expires");
    fields.note = text("note");
    fields.drawn = text("polygon");
    fields.areas = text("areas").split(QRegularExpression(QStringLiteral("[\\s,，、]+")), Qt::SkipEmptyParts);
    return fields;
}

QVariantMap formMap(const reports::CapForm &form)
{
    QStringList areas, polygon;
    for (const AreaRef &area : form.areas)
        areas << (area.code.isEmpty() ? area.name : area.code);
    if (!form.polygons.empty())
        for (const GeoPoint &point : form.polygons.front())
            polygon << QStringLiteral("%1,%2").arg(point.lon, 0, 'f', 5).arg(point.lat, 0, 'f', 5);
    return {{QStringLiteral("event"), form.event}, {QStringLiteral("eventEn"), form.eventEn}, {QStringLiteral("level"), form.level},
            {QStringLiteral("areas"), areas.join(QLatin1Char(' '))}, {QStringLiteral("polygon"), polygon.join(QLatin1Char(' '))},
            {QStringLiteral("headline"), form.headline}, {QStringLiteral("headlineEn"), form.headlineEn},
            {QStringLiteral("description"), form.description}, {QStringLiteral("descriptionEn"), form.descriptionEn},
            {QStringLiteral("instruction"), form.instruction}, {QStringLiteral("instructionEn"), form.instructionEn},
            {QStringLiteral("status"), feeds::toString(form.status)},
            {QStringLiteral("expires"), form.expires.isValid() ? form.expires.toString(Qt::ISODate) : QString()}};
}

} // namespace

reports::ReportContext reportContextOf(store::Workspace &workspace, const QString &officer)
{
    const QString unit = workspace.setting(QStringLiteral("report_unit"));
    const QString title = workspace.setting(QStringLiteral("title"));
    return {unit.isEmpty() ? (title.isEmpty() ? QStringLiteral("Lookout") : title) : unit, officer, workspace.setting(QStringLiteral("report_contact"))};
}

Result<reports::DeadlineRules> reportRulesOf(store::Workspace &workspace)
{
    return reports::deadlineRulesFromJson(workspace.setting(QStringLiteral("report_deadlines")).toUtf8());
}

incidents::IssuedReport reportToIssue(incidents::ReportType type, const incidents::Incident &incident, const incidents::ReleaseBook &releases,
                                      const reports::DeadlineRules &rules, const QString &text)
{
    incidents::IssuedReport report;
    report.type = type;
    report.incident = incident.id;
    report.text = text;
    report.title = text.section(QLatin1Char('\n'), 0, 0).mid(2).trimmed();
    report.deadline = reports::deadlineFor(type, incident, releases, rules);
    return report;
}

Result<void> exportReportFile(const QString &text, const QString &out, bool exercise, bool draft)
{
    if (out.isEmpty())
        return {};
    if (out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return reports::writeReportPdf(text, out, exercise, draft);
    QDir().mkpath(QFileInfo(out).absolutePath());
    QFile file(out);
    const QByteArray html = reports::reportHtml(text, exercise, draft).toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(html) != html.size())
        return makeError(Error::Code::Io, QStringLiteral("cannot write: %1").arg(file.errorString()), {out});
    return {};
}

QString reportFolderOf(store::Workspace &workspace)
{
    const QString set = workspace.setting(QStringLiteral("report_folder"));
    const QDir beside = QFileInfo(workspace.path()).absoluteDir();
    return set.isEmpty() ? beside.filePath(QStringLiteral("reports-out")) : beside.absoluteFilePath(set);
}

void connectReportActions(store::Workspace &workspace, qml::ReportDesk &desk, bool readOnly, std::function<QDateTime()> now,
                          RecordCommand record, SignedInActor signedIn, std::function<void()> refresh)
{
    QPointer<qml::ReportDesk> board = &desk;
    const QString path = workspace.path();
    const QString folder = reportFolderOf(workspace);
    auto officer = [signedIn] {
        const auto actor = signedIn();
        return actor ? actor->user : QString();
    };
    qml::ReportDesk::Actions actions;
    actions.exportIssued = [&workspace, board, folder](int number) -> QString {
        auto state = recordNow(workspace);
        if (!state)
            return state.error().toString();
        if (number < 1 || number > state->releases.reports().size())
            return QCoreApplication::translate("ReportDesk", "No report %1 was issued.").arg(number);
        const incidents::IssuedReport &report = state->releases.reports()[number - 1];
        const incidents::Incident *of = state->incidents.find(report.incident);
        const bool exercise = of ? of->exercise : report.title.contains(QStringLiteral("演练"));
        const QString base = QDir(folder).filePath(QStringLiteral("report-%1").arg(number));
        for (const QString &suffix : {QStringLiteral(".pdf"), QStringLiteral(".html")})
            if (auto written = exportReportFile(report.text, base + suffix, exercise, false); !written)
                return written.error().toString();
        board->setOutput(QCoreApplication::translate("ReportDesk", "Written %1.pdf and .html").arg(base), false);
        return {};
    };
    actions.review = [board, path, folder, now, officer](const QString &incident) -> QString {
        const QDateTime at = now();
        const QString who = officer();
        board->setOutput(QCoreApplication::translate("ReportDesk", "Making the review of %1…").arg(incident), false, true);
        runAside(board, [board, path, folder, at, who, incident]() -> std::pair<QString, bool> {
            auto workspace = store::Workspace::open(path);
            if (!workspace)
                return {workspace.error().toString(), true};
            auto rules = reportRulesOf(*workspace);
            if (!rules)
                return {rules.error().toString(), true};
            auto review = buildReview(*workspace, incident, at, reportContextOf(*workspace, who), *rules, [board](const QString &step) {
                QMetaObject::invokeMethod(board.data(), [board, step] {
                    if (board)
                        board->setOutput(QCoreApplication::translate("ReportDesk", "Review: %1").arg(step), false, true);
                });
            });
            if (!review)
                return {review.error().toString(), true};
            const QString base = QDir(folder).filePath(QStringLiteral("review-%1").arg(incident));
            if (auto pdf = reports::writeReportPdf(review->text, base + QStringLiteral(".pdf"), review->exercise, false, review->figures); !pdf)
                return {pdf.error().toString(), true};
            if (auto html = reports::writeReportHtml(review->text, base, review->exercise, review->figures); !html)
                return {html.error().toString(), true};
            return {QCoreApplication::translate("ReportDesk", "Written %1.pdf and %1/index.html").arg(base), false};
        });
        return {};
    };
    actions.sitrep = [&workspace, board, folder, now, officer](const QString &incident) -> QString {
        auto situation = workspaceSituation(workspace, now());
        if (!situation)
            return situation.error().toString();
        if (!situation->incidents.record.incidents.find(incident))
            return QCoreApplication::translate("ReportDesk", "No incident %1 in the record.").arg(incident);
        const CapChannel channel = capChannelOf(workspace);
        auto xml = reports::writeSitRep(reports::composeSitRep(*situation, incident, reportContextOf(workspace, officer()), channel.issuer.sender));
        if (!xml)
            return xml.error().toString();
        QDir().mkpath(folder);
        QFile file(QDir(folder).filePath(QStringLiteral("sitrep-%1.xml").arg(incident)));
        if (!file.open(QIODevice::WriteOnly) || file.write(*xml) != xml->size())
            return file.errorString();
        board->setOutput(QCoreApplication::translate("ReportDesk", "Written %1").arg(file.fileName()), false);
        return {};
    };
    if (!readOnly) {
        actions.draft = [&workspace, now, officer](const QString &incident, const QString &type, QString *text) -> QString {
            const QDateTime at = now();
            auto situation = workspaceSituation(workspace, at);
            if (!situation)
                return situation.error().toString();
            if (type == QLatin1String("daily")) {
                // The duty day's report: the 24 hours up to now.
                *text = reports::draftDailyReport(*situation, at.addDays(-1), at, reportContextOf(workspace, officer()));
                return {};
            }
            if (!situation->incidents.record.incidents.find(incident))
                return QCoreApplication::translate("ReportDesk", "No incident %1 in the record.").arg(incident);
            *text = reports::draftIncidentReport(*incidents::reportTypeFromString(typeWords(type)), incident, *situation,
                                                 reportContextOf(workspace, officer()));
            return {};
        };
        actions.issue = [&workspace, record, signedIn](const QString &incident, const QString &type, const QString &text) -> QString {
            const auto actor = signedIn();
            if (!actor)
                return QCoreApplication::translate("Scenario", "Sign in first: the record names who did it.");
            auto rules = reportRulesOf(workspace);
            if (!rules)
                return rules.error().toString();
            if (type == QLatin1String("daily")) {
                incidents::IssuedReport daily;
                daily.type = incidents::ReportType::Daily;
                daily.text = text;
                daily.title = text.section(QLatin1Char('\n'), 0, 0).mid(2).trimmed();
                return record([daily, actor = *actor](const incidents::RecordState &state) { return state.releases.issueReport(state.incidents, daily, actor); });
            }
            const incidents::ReportType kind = *incidents::reportTypeFromString(typeWords(type));
            return record([=, rules = *rules, actor = *actor](const incidents::RecordState &state) -> Result<store::JournalDraft> {
                const incidents::Incident *found = state.incidents.find(incident);
                if (!found)
                    return makeError(Error::Code::NotFound, QStringLiteral("no such incident"), {incident});
                return state.releases.issueReport(state.incidents, reportToIssue(kind, *found, state.releases, rules, text), actor);
            });
        };
        actions.cap = [board, path, signedIn, refresh](const QString &action, const QString &previous, const QVariantMap &form) -> QString {
            const auto actor = signedIn();
            if (!actor)
                return QCoreApplication::translate("Scenario", "Sign in first: the record names who did it.");
            board->setOutput(QCoreApplication::translate("ReportDesk", "Issuing…"), false, true);
            runAside(board, [path, action, previous, form, actor = *actor]() -> std::pair<QString, bool> {
                auto workspace = store::Workspace::open(path);
                if (!workspace)
                    return {workspace.error().toString(), true};
                reports::CapForm capForm;
                if (action == QLatin1String("update")) {
                    auto state = recordNow(*workspace);
                    const incidents::IssuedCap *earlier = state ? state->releases.cap(previous) : nullptr;
                    auto earlierForm = earlier ? formOfIssued(earlier->xml) : Result<reports::CapForm>(makeError(Error::Code::NotFound, previous));
                    if (!earlierForm)
                        return {earlierForm.error().toString(), true};
                    // The page's form is the whole form: an area or polygon taken off it is gone.
                    capForm = *earlierForm;
                    capForm.areas.clear();
                    capForm.polygons.clear();
                }
                const CapCommand fields = capFieldsOf(form);
                if (auto applied = applyCapFields(fields, *workspace, capForm); !applied)
                    return {applied.error().toString(), true};
                const CapAction kind = action == QLatin1String("update") ? CapAction::Update : action == QLatin1String("cancel") ? CapAction::Cancel : CapAction::Alert;
                auto issued = issueCap(*workspace, capChannelOf(*workspace), kind, capForm, previous, fields.note, actor);
                if (!issued)
                    return {issued.error().toString(), true};
                QString text = QCoreApplication::translate("ReportDesk", "Issued %1 (record #%2), published to %3").arg(issued->alert.identifier).arg(issued->sequence).arg(issued->publishedTo);
                if (issued->postStatus > 0)
                    text += QCoreApplication::translate("ReportDesk", "; POST answered %1").arg(issued->postStatus);
                if (!issued->postProblem.isEmpty())
                    return {text + QCoreApplication::translate("ReportDesk", "; the POST failed: %1").arg(issued->postProblem), true};
                return {text, false};
            }, refresh);
            return {};
        };
        actions.capForm = [&workspace](const QString &identifier) -> QVariantMap {
            auto state = recordNow(workspace);
            const incidents::IssuedCap *cap = state ? state->releases.cap(identifier) : nullptr;
            auto form = cap ? formOfIssued(cap->xml) : Result<reports::CapForm>(makeError(Error::Code::NotFound, identifier));
            return form ? formMap(*form) : QVariantMap{};
        };
    }
    desk.setActions(std::move(actions));
}

} // namespace lookout::app
