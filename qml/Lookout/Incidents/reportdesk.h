// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "rowlistmodel.h"

#include <QObject>
#include <QString>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace lookout::qml {

// The desk's Reports page (报送与发布), from the situation's reports part and the record's releases:
// - due (incident, incidentTitle, type, typeText, deadline, stateText, overdue, late, issued): what
//   each incident owes the level above, its deadline, and whether it is overdue;
// - issued (number, incident, typeText, title, issuedAt, deadline, late, by): the reports issued;
// - caps (identifier, msgType, event, level, headline, sent, status, references): the CAP messages
//   this bureau issued;
// - incidents (id, title): those a report, review or SitRep can be about.
// The officer drafts a report, edits it and issues it; exports an issued one to PDF and HTML;
// makes the after-action review and the SitRep; composes a CAP warning, or an update or cancel
// of one issued. Filled by the scenario presenter; the actions are the composition's. GUI thread.
class ReportDesk : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("filled by the scenario")
    Q_PROPERTY(lookout::qml::RowListModel *due READ due CONSTANT FINAL)
    Q_PROPERTY(lookout::qml::RowListModel *issued READ issued CONSTANT FINAL)
    Q_PROPERTY(lookout::qml::RowListModel *caps READ caps CONSTANT FINAL)
    Q_PROPERTY(lookout::qml::RowListModel *incidents READ incidents CONSTANT FINAL)
    Q_PROPERTY(int overdue READ overdue NOTIFY changed FINAL)
    Q_PROPERTY(QString rulesProblem READ rulesProblem NOTIFY changed FINAL)
    Q_PROPERTY(bool canAct READ canAct NOTIFY changed FINAL)
    Q_PROPERTY(bool busy READ busy NOTIFY outputChanged FINAL)
    Q_PROPERTY(QString output READ output NOTIFY outputChanged FINAL)
    Q_PROPERTY(bool outputFailed READ outputFailed NOTIFY outputChanged FINAL)

public:
    explicit ReportDesk(QObject *parent = nullptr);

    RowListModel *due() { return &m_due; }
    RowListModel *issued() { return &m_issued; }
    RowListModel *caps() { return &m_caps; }
    RowListModel *incidents() { return &m_incidents; }
    int overdue() const { return m_overdue; }
    QString rulesProblem() const { return m_rulesProblem; }
    bool canAct() const { return bool(m_actions.issue); }
    bool busy() const { return m_busy; }
    QString output() const { return m_output; }
    bool outputFailed() const { return m_outputFailed; }

    void setRows(QList<QVariantMap> due, QList<QVariantMap> issued, QList<QVariantMap> caps, QList<QVariantMap> incidents, int overdue,
                 const QString &rulesProblem);

    // What the desk may do. Each returns an error text or "" (done, or started: `output` follows).
    // Unset on a replay, but for the exports, the review and the SitRep, which write files only.
    struct Actions {
        std::function<QString(const QString &incident, const QString &type, QString *text)> draft;
        std::function<QString(const QString &incident, const QString &type, const QString &text)> issue;
        std::function<QString(int number)> exportIssued;
        std::function<QString(const QString &incident)> review;
        std::function<QString(const QString &incident)> sitrep;
        std::function<QString(const QString &action, const QString &previous, const QVariantMap &form)> cap;
        std::function<QVariantMap(const QString &identifier)> capForm;
    };
    void setActions(Actions actions);
    // What an action that runs on (files written, a review made, a message published) came to.
    void setOutput(const QString &text, bool failed, bool busy = false);

    // The draft of `type` ("initial", "followup", "final" for the incident; "daily": the duty
    // report of the 24 hours up to now), or an error text beginning with "!".
    Q_INVOKABLE QString draft(const QString &incident, const QString &type);
    Q_INVOKABLE QString issue(const QString &incident, const QString &type, const QString &text);
    Q_INVOKABLE QString exportIssued(int number);
    Q_INVOKABLE QString review(const QString &incident);
    Q_INVOKABLE QString sitrep(const QString &incident);
    // action: "alert", "update" or "cancel"; form: event, eventEn, level, areas (codes or names,
    // separated by spaces or commas), polygon ("lon,lat lon,lat …", from the map), headline,
    // headlineEn, description, descriptionEn, instruction, instructionEn, status, effective,
    // expires (ISO 8601), note (a cancel's).
    Q_INVOKABLE QString issueCap(const QString &action, const QString &previous, const QVariantMap &form);
    Q_INVOKABLE QVariantMap capForm(const QString &identifier);

signals:
    void changed();
    void outputChanged();

private:
    RowListModel m_due;
    RowListModel m_issued;
    RowListModel m_caps;
    RowListModel m_incidents;
    int m_overdue = 0;
    QString m_rulesProblem;
    Actions m_actions;
    bool m_busy = false;
    QString m_output;
    bool m_outputFailed = false;
};

} // namespace lookout::qml
