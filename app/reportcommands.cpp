// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "reportcommands.h"

#include "optionreader.h"
#include "reportactions.h"
#include "reviewbuilding.h"
#include "scenarioactions.h"

#include "core/identity.h"
#include "core/timeformat.h"
#include "incidents/incidentledger.h"
#include "reports/dailyreport.h"
#include "reports/incidentreport.h"
#include "reports/reportdeadlines.h"
#include "reports/reporttext.h"
#include "reports/sitrep.h"
#include "store/sqlitejournal.h"

#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace lookout::app {

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "lookout: %s\n", qPrintable(message));
    return 1;
}

const QStringList kVerbs{QStringLiteral("initial"), QStringLiteral("followup"), QStringLiteral("final"), QStringLiteral("daily"),
                         QStringLiteral("due"), QStringLiteral("losses"), QStringLiteral("list"), QStringLiteral("export"),
                         QStringLiteral("review"), QStringLiteral("sitrep")};

// The report's text as drafted, or as the officer edited it (--text FILE).
Result<QString> textOf(const ReportCommand &command, const QString &draft)
{
    if (command.text.isEmpty())
        return draft;
    QFile file(command.text);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, QStringLiteral("cannot read the edited text: %1").arg(file.errorString()), {command.text});
    const QString text = QString::fromUtf8(file.readAll());
    if (!text.trimmed().startsWith(QLatin1String("# ")))
        return makeError(Error::Code::InvalidArgument, QStringLiteral("a report's text begins with its title line (\"# …\")"), {command.text, QStringLiteral("line 1")});
    return text;
}


// The after-action review, written as PDF and/or an HTML folder; progress on stderr.
int runReview(const ReportCommand &command, store::Workspace &workspace, const QDateTime &when, const reports::ReportContext &context,
              const reports::DeadlineRules &rules)
{
    auto review = buildReview(workspace, command.incident, when, context, rules,
                              [](const QString &step) { std::fprintf(stderr, "review: %s\n", qPrintable(step)); });
    if (!review)
        return fail(review.error().toString());
    QTextStream out(stdout);
    if (!command.pdf.isEmpty()) {
        if (auto written = reports::writeReportPdf(review->text, command.pdf, review->exercise, false, review->figures); !written)
            return fail(written.error().toString());
        out << "written " << command.pdf << Qt::endl;
    }
    if (!command.html.isEmpty()) {
        if (auto written = reports::writeReportHtml(review->text, command.html, review->exercise, review->figures); !written)
            return fail(written.error().toString());
        out << "written " << command.html << "/index.html" << Qt::endl;
    }
    return 0;
}

} // namespace

QString reportHelpText()
{
    return QStringLiteral(
        "  report initial|followup|final INCIDENT [--out FILE.pdf|.html] [--text FILE] [--draft]\n"
        "                                   首报 / 续报 n / 终报 drafted from the record and the\n"
        "                                   situation; issued as a record entry (its text, its\n"
        "                                   deadline) unless --draft; --text issues an edited text\n"
        "  report daily --from TIME --to TIME [--out FILE] [--draft]   the daily duty report\n"
        "  report due INCIDENT              the reports it owes, their deadlines, what is overdue\n"
        "  report list [INCIDENT]           the reports issued: number, type, time, deadline\n"
        "  report export NUMBER --out FILE.pdf|.html   an issued report, exactly as issued\n"
        "  report review INCIDENT [--pdf FILE.pdf] [--html DIR]   the after-action review (复盘):\n"
        "                                   the record verified, the timeline, maps at each level\n"
        "                                   change and the peak, charts, tasks, dispatches, reports\n"
        "                                   against deadlines, the sources' gaps (as known at --at)\n"
        "  report sitrep INCIDENT --out FILE.xml [--confidence HighlyConfident|SomewhatConfident|Unsure|NoConfidence]\n"
        "                                   the incident as an EDXL-SitRep 1.0 SituationInformation report\n"
        "  report losses INCIDENT --deaths N --missing N --injured N --evacuated N [--loss-yuan X]\n"
        "                    [--note TEXT]  casualties and losses as verified (never estimated)\n");
}

Result<ReportCommand> parseReportCommand(const QStringList &arguments)
{
    ReportCommand command;
    const Identity identity = resolveIdentity();
    command.user = identity.user;
    command.seat = identity.seat;
    command.verb = arguments.value(0);
    if (!kVerbs.contains(command.verb))
        return makeError(Error::Code::InvalidArgument, QStringLiteral("report takes %1").arg(kVerbs.join(QStringLiteral(", "))));
    auto positional = OptionReader(QStringLiteral("report ") + command.verb)
                          .value("--out", &command.out).value("--pdf", &command.pdf).value("--html", &command.html).value("--confidence", &command.confidence).value("--text", &command.text).flag("--draft", &command.draft)
                          .value("--from", &command.from).value("--to", &command.to).value("--user", &command.user).value("--seat", &command.seat)
                          .value("--deaths", &command.deaths).value("--missing", &command.missing).value("--injured", &command.injured)
                          .value("--evacuated", &command.evacuated).value("--loss-yuan", &command.lossYuan).value("--note", &command.note)
                          .read(arguments, 1);
    if (!positional)
        return positional.error();
    const bool daily = command.verb == QLatin1String("daily");
    if (command.verb == QLatin1String("list") && positional->size() <= 1) {
        command.incident = positional->value(0);
        return command;
    }
    if (command.verb == QLatin1String("export") && (positional->size() != 1 || positional->front().toInt() <= 0 || command.out.isEmpty()))
        return makeError(Error::Code::InvalidArgument, QStringLiteral("report export takes the report's NUMBER and --out FILE.pdf|.html"));
    if (command.verb == QLatin1String("sitrep") && command.out.isEmpty())
        return makeError(Error::Code::InvalidArgument, QStringLiteral("report sitrep takes INCIDENT --out FILE.xml"));
    if (command.verb == QLatin1String("review") && command.pdf.isEmpty() && command.html.isEmpty())
        return makeError(Error::Code::InvalidArgument, QStringLiteral("report review takes INCIDENT --pdf FILE.pdf and/or --html DIR"));
    if (daily != positional->isEmpty() || positional->size() > 1)
        return makeError(Error::Code::InvalidArgument, daily ? QStringLiteral("report daily takes --from TIME --to TIME, no incident")
                                                             : QStringLiteral("report %1 takes one INCIDENT").arg(command.verb));
    if (daily && (!parseUtc(command.from) || !parseUtc(command.to)))
        return makeError(Error::Code::InvalidArgument, QStringLiteral("report daily takes --from TIME --to TIME (ISO 8601 with zone)"));
    command.incident = positional->value(0);
    return command;
}

int runReportCommand(const ReportCommand &command, store::Workspace &workspace, const std::optional<QDateTime> &at)
{
    const QDateTime when = at.value_or(QDateTime::currentDateTimeUtc());
    const incidents::Actor actor{command.user, command.seat, when};
    QTextStream out(stdout);
    auto journal = store::openSqliteJournal(workspace.path());
    if (!journal)
        return fail(journal.error().toString());
    incidents::IncidentLedger ledger(**journal);
    if (auto read = ledger.refresh(); !read)
        return fail(read.error().toString());
    if (command.verb == QLatin1String("losses")) {
        incidents::LossFigures figures;
        figures.incident = command.incident;
        bool ok = true;
        auto count = [&](const QString &text) {
            bool good = text.isEmpty();
            const int value = text.isEmpty() ? 0 : text.toInt(&good);
            ok = ok && good;
            return value;
        };
        figures.deaths = count(command.deaths);
        figures.missing = count(command.missing);
        figures.injured = count(command.injured);
        figures.evacuated = count(command.evacuated);
        figures.directLossYuan = command.lossYuan.isEmpty() ? 0 : command.lossYuan.toDouble(&ok);
        figures.note = command.note;
        if (!ok)
            return fail(QStringLiteral("the figures are whole numbers (the loss in yuan a number)"));
        auto entry = ledger.act([&](const incidents::RecordState &state) { return state.releases.recordLosses(state.incidents, figures, actor); });
        if (!entry)
            return fail(QStringLiteral("refused: %1").arg(entry.error().toString()));
        out << "recorded #" << entry->sequence << " " << entry->kind << Qt::endl;
        return 0;
    }
    if (command.verb == QLatin1String("list") || command.verb == QLatin1String("export")) {
        const incidents::ReleaseBook &releases = ledger.state().releases;
        if (command.verb == QLatin1String("export")) {
            const int number = command.incident.toInt();
            if (number < 1 || number > releases.reports().size())
                return fail(QStringLiteral("no report %1 was issued (lookout report list)").arg(number));
            const incidents::IssuedReport &report = releases.reports()[number - 1];
            const incidents::Incident *of = ledger.book().find(report.incident);
            const bool exercise = of ? of->exercise : report.title.contains(QStringLiteral("演练"));
            if (auto exported = exportReportFile(report.text, command.out, exercise, false); !exported)
                return fail(exported.error().toString());
            out << "written " << command.out << Qt::endl;
            return 0;
        }
        for (const incidents::IssuedReport &report : releases.reports())
            if (command.incident.isEmpty() || report.incident == command.incident)
                out << "  " << report.number << "  " << incidents::toString(report.type) << "  " << formatLocal(report.issuedAt) << "  " << report.title
                    << (report.deadline.isValid() ? QStringLiteral("  (due %1%2)").arg(formatLocal(report.deadline), report.late() ? QStringLiteral(", LATE") : QString())
                                                  : QString())
                    << "  by " << report.issuedBy << Qt::endl;
        return 0;
    }
    auto rules = reportRulesOf(workspace);
    if (!rules)
        return fail(rules.error().toString());
    // The record as known at the report's time: its incident, its deadlines, its draft.
    auto situation = workspaceSituation(workspace, when);
    if (!situation)
        return fail(situation.error().toString());
    const incidents::RecordState &known = situation->incidents.record;
    const incidents::Incident *incident = known.incidents.find(command.incident);
    if (command.verb != QLatin1String("daily") && !incident)
        return fail(QStringLiteral("no incident %1 in the record as known at %2").arg(command.incident, formatLocal(when)));
    if (command.verb == QLatin1String("due")) {
        out << "Reports " << incident->id << " owes, as known at " << formatLocal(when) << " (Beijing)" << Qt::endl;
        for (const reports::ReportDue &due : reports::reportsDue(*incident, known.releases, *rules, when))
            out << "  " << incidents::toString(due.type) << (due.followup ? QStringLiteral(" %1").arg(due.followup) : QString()) << "  due "
                << formatLocal(due.deadline) << "  "
                << (due.issued ? QStringLiteral("issued %1%2").arg(formatLocal(due.issued->issuedAt), due.late() ? QStringLiteral(" (LATE)") : QString())
                    : due.overdueAt(when) ? QStringLiteral("OVERDUE")
                                          : QStringLiteral("not yet"))
                << Qt::endl;
        return 0;
    }
    const reports::ReportContext context = reportContextOf(workspace, command.user);
    if (command.verb == QLatin1String("review"))
        return runReview(command, workspace, when, context, *rules);
    if (command.verb == QLatin1String("sitrep")) {
        const QString issuer = workspace.setting(QStringLiteral("cap_sender")).isEmpty()
                                   ? QStringLiteral("lookout-") + (workspace.setting(QStringLiteral("cap_issuer_code")).isEmpty() ? QStringLiteral("440400")
                                                                                                                                  : workspace.setting(QStringLiteral("cap_issuer_code")))
                                   : workspace.setting(QStringLiteral("cap_sender"));
        reports::SitRep sitrep = reports::composeSitRep(*situation, incident->id, context, issuer);
        if (!command.confidence.isEmpty())
            sitrep.confidence = command.confidence;
        auto xml = reports::writeSitRep(sitrep);
        if (!xml)
            return fail(xml.error().toString());
        QFile file(command.out);
        if (!file.open(QIODevice::WriteOnly) || file.write(*xml) != xml->size())
            return fail(QStringLiteral("cannot write %1: %2").arg(command.out, file.errorString()));
        out << "written " << command.out << " (" << sitrep.messageID << ", " << sitrep.version << ")" << Qt::endl;
        return 0;
    }
    incidents::IssuedReport report;
    QString draft;
    bool exercise = false;
    if (command.verb == QLatin1String("daily")) {
        report.type = incidents::ReportType::Daily;
        draft = reports::draftDailyReport(*situation, *parseUtc(command.from), *parseUtc(command.to), context);
        exercise = draft.section(QLatin1Char('\n'), 0, 0).contains(QStringLiteral("演练"));
    } else {
        report.type = *incidents::reportTypeFromString(command.verb);
        draft = reports::draftIncidentReport(report.type, incident->id, *situation, context);
        exercise = incident->exercise;
    }
    auto text = textOf(command, draft);
    if (!text)
        return fail(text.error().toString());
    if (incident && report.type != incidents::ReportType::Daily)
        report = reportToIssue(report.type, *incident, known.releases, *rules, *text);
    report.text = *text;
    report.title = text->section(QLatin1Char('\n'), 0, 0).mid(2).trimmed();
    if (!command.draft) {
        auto entry = ledger.act([&](const incidents::RecordState &state) { return state.releases.issueReport(state.incidents, report, actor); });
        if (!entry)
            return fail(QStringLiteral("refused: %1").arg(entry.error().toString()));
        out << "issued #" << entry->sequence << " " << report.title
            << (report.deadline.isValid() ? QStringLiteral(", due %1%2").arg(formatLocal(report.deadline), when > report.deadline ? QStringLiteral(" (LATE)") : QString())
                                          : QString())
            << Qt::endl;
    }
    if (auto exported = exportReportFile(*text, command.out, exercise, command.draft); !exported)
        return fail(exported.error().toString());
    if (command.out.isEmpty() && command.draft)
        out << *text;
    else if (!command.out.isEmpty())
        out << "written " << command.out << Qt::endl;
    return 0;
}

} // namespace lookout::app
