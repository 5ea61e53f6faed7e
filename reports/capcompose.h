// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/division.h"
#include "core/geo.h"
#include "core/result.h"
#include "feeds/capalert.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <vector>

namespace lookout::reports {

// A public warning or notice as the desk's form (and `lookout cap issue`) gives it: the event,
// its colour level, where (divisions and/or drawn polygons), what people read in Chinese and, when
// given, English, and when it holds.
struct CapForm {
    QString event;             // "台风", "暴雨" …
    QString eventEn;           // "Typhoon" (the English info block's event; the Chinese one when empty)
    QString level;             // blue | yellow | orange | red
    QList<AreaRef> areas;      // division codes with their names
    std::vector<std::vector<GeoPoint>> polygons;  // drawn on the map or read from a file, lon,lat
    QString headline, description, instruction;           // Chinese
    QString headlineEn, descriptionEn, instructionEn;     // English (optional: no English block without a headline)
    QString category = QStringLiteral("Met");
    QDateTime effective;       // invalid: when sent
    QDateTime expires;         // invalid: no stated end
    feeds::CapStatus status = feeds::CapStatus::Actual;
};

// Who issues: the sender (CAP `sender`, no spaces or commas), its name, and the issuer's
// division code that begins every identifier (GB/T 35965.1: the issuer's administrative code).
struct CapIssuer {
    QString sender;
    QString senderName;
    QString issuerCode;
};

// The words of the form's fields, checked: a level of the four, an event, a headline, at least one
// area or polygon, expiry after the effective time. Errors name the field.
Result<void> checkForm(const CapForm &form);
// CAP severity of a colour level (blue Minor … red Extreme), and the level's Chinese name.
feeds::CapSeverity severityOf(const QString &level);
QString levelNameZh(const QString &level);

// A new warning: msgType Alert, identifier "<issuerCode>_<sent as yyyyMMddHHmmss Beijing>" (with
// "_n" when that one was taken), a zh-CN info block and an en-US one when English is given, each
// with the areas (geocodes of the divisions, the polygons).
Result<feeds::CapAlert> composeAlert(const CapForm &form, const CapIssuer &issuer, const QDateTime &sent,
                                     const std::function<bool(const QString &identifier)> &taken);
// An Update of `previous` with the form's fields, or a Cancel of it (its info kept, the headline
// saying it is lifted): references name `previous` and every message it referenced, as CAP asks.
Result<feeds::CapAlert> composeUpdate(const feeds::CapAlert &previous, const CapForm &form, const CapIssuer &issuer, const QDateTime &sent,
                                      const std::function<bool(const QString &identifier)> &taken);
Result<feeds::CapAlert> composeCancel(const feeds::CapAlert &previous, const CapIssuer &issuer, const QDateTime &sent, const QString &note,
                                      const std::function<bool(const QString &identifier)> &taken);

} // namespace lookout::reports
