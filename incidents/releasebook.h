// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "feeds/capalert.h"
#include "incidents/incident.h"
#include "store/journal.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lookout::incidents {

class IncidentBook;

namespace kinds {
inline const QString kCapIssued = QStringLiteral("cap.issued");
inline const QString kReportIssued = QStringLiteral("report.issued");
inline const QString kLossesRecorded = QStringLiteral("incident.losses");
} // namespace kinds

// A CAP message Lookout issued (信息发布): the document as sent, so its hash is in the chain.
struct IssuedCap {
    qint64 sequence = 0;
    QDateTime recordedAt;
    QString issuedBy;
    QString identifier;
    QString sender;
    QDateTime sent;
    feeds::CapMsgType msgType = feeds::CapMsgType::Alert;
    feeds::CapStatus status = feeds::CapStatus::Actual;
    QString event;
    QString headline;
    QString level;         // "blue" … "red"
    QStringList references;  // identifiers of the earlier messages it updates or cancels
    QByteArray xml;
};

enum class ReportType { Initial, Followup, Final, Daily, Review };
QString toString(ReportType type);  // "initial", "followup", "final", "daily", "review"
std::optional<ReportType> reportTypeFromString(const QString &text);

// A report as issued (首报, 续报 n, 终报, the daily duty report, the after-action review): its
// text as the officer issued it, kept in the record.
struct IssuedReport {
    int number = 0;       // 1, 2, … in record order
    qint64 sequence = 0;
    QString incident;     // empty for the daily report
    ReportType type = ReportType::Initial;
    int followup = 0;     // 续报 n
    QString title;
    QString text;
    QDateTime issuedAt;
    QString issuedBy;
    QDateTime deadline;   // invalid: none applied
    bool late() const { return deadline.isValid() && issuedAt > deadline; }
};

// Casualties and losses as the officer entered them (never estimated by Lookout): the latest
// entry per incident stands.
struct LossFigures {
    qint64 sequence = 0;
    QDateTime at;
    QString by;
    QString incident;
    int deaths = 0;
    int missing = 0;
    int injured = 0;
    int evacuated = 0;           // 转移安置 people
    double directLossYuan = 0;   // direct economic loss, yuan (0: not assessed)
    QString note;
};

// What the bureau sent out, as the record says: CAP messages it issued, reports issued, and the
// loss figures the reports carry. Same contract as the other books.
class ReleaseBook {
public:
    void apply(const store::JournalEntry &entry);
    const QList<IssuedCap> &caps() const { return m_caps; }
    const QList<IssuedReport> &reports() const { return m_reports; }
    const IssuedCap *cap(const QString &identifier) const;
    // An incident's latest figures, or none entered.
    const LossFigures *losses(const QString &incident) const;
    // The 续报 number the next follow-up of an incident gets (1 for the first).
    int nextFollowup(const QString &incident) const;
    QList<const IssuedReport *> reportsOf(const QString &incident) const;

    // A CAP message issued: `alert` as written into `xml`. An Update or Cancel must reference a
    // message this bureau issued and that no other message has cancelled yet.
    Result<store::JournalDraft> issueCap(const feeds::CapAlert &alert, const QByteArray &xml, const QString &level, const Actor &actor) const;
    // A report issued with its text; an incident report needs an incident the record knows; a
    // final report closes the series (no follow-up after it).
    Result<store::JournalDraft> issueReport(const IncidentBook &incidents, const IssuedReport &report, const Actor &actor) const;
    Result<store::JournalDraft> recordLosses(const IncidentBook &incidents, const LossFigures &figures, const Actor &actor) const;

private:
    QList<IssuedCap> m_caps;
    QList<IssuedReport> m_reports;
    QList<LossFigures> m_losses;
};

} // namespace lookout::incidents
