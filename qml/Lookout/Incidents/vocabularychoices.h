// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "incidents/vocabulary.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace lookout::qml {

// The incident vocabularies' enumerations in QML (Incidents.Typhoon, Incidents.Red …), as the
// incidents library owns them.
namespace IncidentsForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(lookout::incidents)
QML_NAMED_ELEMENT(Incidents)
} // namespace IncidentsForeign

// The choices the desk offers, one list per vocabulary, made from the library's enumerations:
// QML keeps no list of levels, hazards, actions, findings or states of its own. Each entry is
// {value: the stable word the commands and filters take, label: in the interface language,
// enumValue: the enumeration's value}.
class Vocabulary : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QVariantList hazards READ hazards CONSTANT FINAL)
    Q_PROPERTY(QVariantList levelActions READ levelActions CONSTANT FINAL)
    Q_PROPERTY(QVariantList responseLevels READ responseLevels CONSTANT FINAL)
    Q_PROPERTY(QVariantList findings READ findings CONSTANT FINAL)
    Q_PROPERTY(QVariantList warningLevels READ warningLevels CONSTANT FINAL)
    Q_PROPERTY(QVariantList warningStates READ warningStates CONSTANT FINAL)

public:
    explicit Vocabulary(QObject *parent = nullptr) : QObject(parent) {}

    static QVariantList hazards();
    static QVariantList levelActions();
    static QVariantList responseLevels();  // Ⅳ first (the level a response starts at)
    static QVariantList findings();
    static QVariantList warningLevels();   // red first, then "none"
    static QVariantList warningStates();

    // A CAP 1.2 code (status, msgType, urgency, severity, certainty: "Actual", "Alert", "Future",
    // "Moderate", "Observed" …) in the interface's language; an unknown code as it is.
    Q_INVOKABLE static QString capWord(const QString &code);
};

} // namespace lookout::qml
