// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "commandresult.h"
#include "incidentlistmodel.h"
#include "rowlistmodel.h"
#include "incidents/incidentledger.h"

#include <QObject>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace lookout::qml {

// The duty officer's incident and duty pages: the incidents (list and the selected one's
// timeline), the duty log, instructions, hotspot checks and the shift handover, all as the
// record says at the scenario clock; and the actions that add to the record (level changes with
// the commander's reason, log lines, handover and its confirmations), each checked by the
// incidents library and refused with its reason (a typed CommandResult). GUI thread only; filled
// by the application (setState) and given a handler that appends a command to the record.
class IncidentDesk : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("built by the application")
    Q_PROPERTY(lookout::qml::IncidentListModel *incidents READ incidents CONSTANT FINAL)
    Q_PROPERTY(QString selectedId READ selectedId NOTIFY changed FINAL)
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY changed FINAL)
    Q_PROPERTY(lookout::qml::RowListModel *timeline READ timeline CONSTANT FINAL)
    Q_PROPERTY(lookout::qml::RowListModel *log READ log CONSTANT FINAL)
    Q_PROPERTY(lookout::qml::RowListModel *instructions READ instructions CONSTANT FINAL)
    Q_PROPERTY(lookout::qml::RowListModel *checks READ checks CONSTANT FINAL)
    Q_PROPERTY(QVariantMap handover READ handover NOTIFY changed FINAL)
    // The fire events in the bureau's districts on the map now, which can be sent for checking.
    Q_PROPERTY(lookout::qml::RowListModel *fireEvents READ fireEvents CONSTANT FINAL)
    Q_PROPERTY(QString onDuty READ onDuty NOTIFY changed FINAL)
    // The officer signed in at this desk (the record's "who"), empty until someone signs in; the
    // seat (the record's "where"); the officers the roster offers, those on duty now first.
    Q_PROPERTY(QString user READ user WRITE setUser NOTIFY userChanged FINAL)
    // On a shared server the officer is the login: no one signs in under another name.
    Q_PROPERTY(bool serverLogin READ serverLogin NOTIFY userChanged FINAL)
    Q_PROPERTY(QString seat READ seat NOTIFY changed FINAL)
    Q_PROPERTY(QStringList officers READ officers NOTIFY changed FINAL)
    Q_PROPERTY(bool canAct READ canAct NOTIFY changed FINAL)
    Q_PROPERTY(QString sourceText READ sourceText NOTIFY changed FINAL)

public:
    explicit IncidentDesk(QObject *parent = nullptr) : QObject(parent) {}

    // Appends the command to the record: at once (the result says recorded or refused), or on the
    // record's writer (the result is queued(); finishCommand() brings the outcome). The desk has
    // already checked the command against its own picture of the record.
    using CommandHandler = std::function<CommandResult(const incidents::IncidentLedger::Command &)>;
    void setState(const incidents::RecordState &state, const QDateTime &at, const QString &sourceText);
    // `handler` empty: the desk is read-only (a replay), and `why` says so.
    void setCommandHandler(CommandHandler handler, const QString &why);
    // The outcome of a queued command, on the desk's thread: told to QML (commandFinished); an
    // incident it opened is selected when the next picture holds it.
    void finishCommand(const lookout::qml::CommandResult &result);
    // What the handover lists from the monitoring picture, one line each: read when a handover is
    // generated (not on every reload), as {unacknowledged warnings, stations over threshold}.
    using HandoverInputs = std::function<std::pair<QStringList, QStringList>()>;
    void setHandoverInputs(HandoverInputs inputs) { m_handoverInputs = std::move(inputs); }
    void setSeat(const QString &seat) { m_seat = seat; }
    QString seat() const { return m_seat; }
    QStringList officers() const;
    // `labels` name each event as the fire panel does ("Fire 3 · 蓬江区"); `towns` are the towns
    // of each event's district, to choose the one that goes to look (no town boundaries exist,
    // so the officer picks; empty when the workspace has no divisions).
    void setFireEvents(const QList<incidents::CheckedEvent> &events, const QStringList &labels, const QList<QList<AreaRef>> &towns);
    // Turns a district or town the officer typed (code or name) into its code and name; refuses
    // what is no division of the workspace. Without one, names are kept as typed.
    using AreaResolver = std::function<Result<AreaRef>(const QString &)>;
    void setAreaResolver(AreaResolver resolver) { m_resolveArea = std::move(resolver); }
    // label, district, detections, sent, towns ({code, name} each), townNote.
    RowListModel *fireEvents() { return &m_fireEventRows; }

    IncidentListModel *incidents() { return &m_incidents; }
    QString selectedId() const { return m_selectedId; }
    QVariantMap selected() const;
    // The selected incident's: sequence, time, who, text, refused, correctedBy.
    RowListModel *timeline() { return &m_timeline; }
    RowListModel *log() { return &m_log; }  // newest first: time, user, text, incident
    // Given first: time, leader, to, text, followUp, open, report (once reported).
    RowListModel *instructions() { return &m_instructions; }
    // Sent first: time, town, district, where, detections, open, finding, findingText.
    RowListModel *checks() { return &m_checks; }
    QVariantMap handover() const { return m_handover; }
    QString onDuty() const { return m_onDuty; }
    QString user() const { return m_user; }
    void setUser(const QString &user);
    bool serverLogin() const { return m_serverLogin; }
    void setServerLogin(const QString &role);
    bool canAct() const { return bool(m_handler); }
    QString sourceText() const { return m_sourceText; }

    Q_INVOKABLE void select(const QString &id);
    // The officer taking this desk (from the roster, or typed); returns "" or why not.
    Q_INVOKABLE lookout::qml::CommandResult signIn(const QString &officer);
    // hazard: flood | typhoon | rainstorm | forest-fire | other, or empty to read it from the title
    // (a warning's event); districts separated by commas or
    // 、; the warning (sender, identifier) it comes from, when it does. Selects the new incident.
    Q_INVOKABLE lookout::qml::CommandResult openIncident(const QString &title, const QString &hazard, const QString &districts,
                                                         bool exercise, const QString &warningSender = {},
                                                         const QString &warningIdentifier = {});
    // action: start | raise | lower | end; level 4 (Ⅳ) .. 1 (Ⅰ).
    Q_INVOKABLE lookout::qml::CommandResult changeLevel(const QString &action, int level, const QString &commander, const QString &reason);
    Q_INVOKABLE lookout::qml::CommandResult addLog(const QString &text);
    // The wall's takeover (a level change, a differing suggestion) seen at the desk: recorded,
    // and the wall resumes its tour. `summary` is what the wall showed; `incident` the one it
    // concerns, if any (the entry is then that incident's, seen where the incident is).
    Q_INVOKABLE lookout::qml::CommandResult acknowledgeTakeover(const QString &key, const QString &summary, const QString &incident = {});
    Q_INVOKABLE lookout::qml::CommandResult startHandover(const QString &outgoing, const QString &incoming);
    // The outgoing officer confirms while signed in; the incoming officer takes the seat by
    // confirming: the desk signs them in (a handover changes who sits here).
    Q_INVOKABLE lookout::qml::CommandResult confirmHandover(const QString &role);
    // A leader's instruction (linked to the selected incident) and the report that closes it.
    Q_INVOKABLE lookout::qml::CommandResult giveInstruction(const QString &leader, const QString &to, const QString &text, const QString &followUp);
    Q_INVOKABLE lookout::qml::CommandResult reportInstruction(int row, const QString &report);
    // A fire event (row of fireEvents) sent to a town for checking (a code from the event's
    // `towns`, or a name), and the finding that comes back (finding: fire | burning | industrial
    // | nothing-found).
    Q_INVOKABLE lookout::qml::CommandResult sendCheck(int event, const QString &town);
    Q_INVOKABLE lookout::qml::CommandResult reportFinding(int row, const QString &finding, const QString &text);

signals:
    void changed();
    void userChanged();
    void commandFinished(const lookout::qml::CommandResult &result);

private:
    CommandResult act(const incidents::IncidentLedger::Command &command);
    void refreshTimeline();
    void refreshFireEvents();
    incidents::Actor actor() const;

    incidents::RecordState m_state;
    QDateTime m_at;
    QString m_sourceText;
    IncidentListModel m_incidents;
    QString m_selectedId;
    RowListModel m_log{{QStringLiteral("time"), QStringLiteral("user"), QStringLiteral("text"), QStringLiteral("incident")}};
    RowListModel m_instructions{{QStringLiteral("time"), QStringLiteral("leader"), QStringLiteral("to"), QStringLiteral("text"),
                                 QStringLiteral("followUp"), QStringLiteral("open"), QStringLiteral("report")}};
    RowListModel m_checks{{QStringLiteral("time"), QStringLiteral("town"), QStringLiteral("district"), QStringLiteral("where"),
                           QStringLiteral("detections"), QStringLiteral("open"), QStringLiteral("finding"), QStringLiteral("findingText")}};
    QVariantMap m_handover;
    QString m_onDuty;
    bool m_serverLogin = false;
    QString m_user;
    QString m_seat = QStringLiteral("desk");
    HandoverInputs m_handoverInputs;
    QList<incidents::CheckedEvent> m_fireEvents;
    RowListModel m_fireEventRows{{QStringLiteral("label"), QStringLiteral("district"), QStringLiteral("detections"), QStringLiteral("sent"),
                                  QStringLiteral("towns"), QStringLiteral("townNote")}};
    RowListModel m_timeline{{QStringLiteral("sequence"), QStringLiteral("time"), QStringLiteral("who"), QStringLiteral("text"),
                             QStringLiteral("refused"), QStringLiteral("correctedBy")}};
    QStringList m_fireLabels;
    QList<QList<AreaRef>> m_fireTowns;
    AreaResolver m_resolveArea;
    CommandHandler m_handler;
    QString m_readOnlyReason;
    QString m_selectWhenKnown;  // an incident opened on the writer, selected once the picture has it
};

// "Ⅱ级响应" / "Level Ⅱ", "no response", the state's words, and how long something has run.
QString responseLevelText(int level);
QString incidentStateText(incidents::IncidentState state);
QString hazardText(incidents::Hazard hazard);
QString checkFindingText(const std::optional<incidents::CheckFinding> &finding);

} // namespace lookout::qml
