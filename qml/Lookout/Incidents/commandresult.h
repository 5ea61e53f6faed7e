// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace lookout::qml {

// What became of a desk command: refused (with the reason, nothing written), recorded (the
// record's entry), or on its way (`pending`: checked against the desk's picture and handed to the
// record's writer; `IncidentDesk::commandFinished` brings the outcome).
struct CommandResult {
    Q_GADGET
    QML_VALUE_TYPE(commandResult)
    Q_PROPERTY(bool ok MEMBER ok FINAL)
    Q_PROPERTY(bool pending MEMBER pending FINAL)
    Q_PROPERTY(QString message MEMBER message FINAL)
    Q_PROPERTY(qint64 sequence MEMBER sequence FINAL)
    Q_PROPERTY(QString incident MEMBER incident FINAL)

public:
    bool ok = false;
    bool pending = false;
    QString message;      // why it was refused; empty when it was not
    qint64 sequence = 0;  // the record's entry, once written
    QString incident;     // the incident it concerns, when the command opened or changed one

    static CommandResult refused(const QString &why) { return CommandResult{false, false, why, 0, {}}; }
    static CommandResult recorded(qint64 sequence, const QString &incident = {}) { return CommandResult{true, false, {}, sequence, incident}; }
    static CommandResult queued() { return CommandResult{true, true, {}, 0, {}}; }
    bool operator==(const CommandResult &) const = default;
};

} // namespace lookout::qml

Q_DECLARE_METATYPE(lookout::qml::CommandResult)
