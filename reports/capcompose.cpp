// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "reports/capcompose.h"

#include <QTimeZone>

namespace lookout::reports {

namespace {

const QStringList kLevels{QStringLiteral("blue"), QStringLiteral("yellow"), QStringLiteral("orange"), QStringLiteral("red")};

Error invalid(const QString &field, const QString &message)
{
    return makeError(Error::Code::InvalidArgument, message, {field});
}

QString identifierFor(const CapIssuer &issuer, const QDateTime &sent, const std::function<bool(const QString &)> &taken)
{
    const QString base = issuer.issuerCode + QLatin1Char('_') + sent.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyyMMddHHmmss"));
    QString identifier = base;
    for (int n = 2; taken && taken(identifier); ++n)
        identifier = base + QStringLiteral("_%1").arg(n);
    return identifier;
}

feeds::CapArea areaOf(const CapForm &form)
{
    feeds::CapArea area;
    QStringList names;
    for (const AreaRef &division : form.areas) {
        names.append(division.name.isEmpty() ? division.code : division.name);
        if (!division.code.isEmpty())
            area.geocodes.append({division.code.size() <= 6 ? QStringLiteral("GB/T 2260") : QStringLiteral("统计用区划代码"), division.code});
    }
    for (std::vector<GeoPoint> ring : form.polygons) {
        if (!ring.empty() && !(ring.front() == ring.back()))
            ring.push_back(ring.front());
        area.polygons.push_back(std::move(ring));
    }
    area.areaDesc = names.isEmpty() ? QStringLiteral("见多边形 (see polygon)") : names.join(QStringLiteral("、"));
    return area;
}

feeds::CapInfo infoOf(const CapForm &form, const CapIssuer &issuer, bool english)
{
    feeds::CapInfo info;
    info.language = english ? QStringLiteral("en-US") : QStringLiteral("zh-CN");
    info.categories = {form.category};
    info.event = english && !form.eventEn.isEmpty() ? form.eventEn : form.event;
    info.responseTypes = {QStringLiteral("Prepare")};
    info.urgency = feeds::CapUrgency::Expected;
    info.severity = severityOf(form.level);
    info.certainty = feeds::CapCertainty::Likely;
    info.eventCodes = {{QStringLiteral("level"), form.level}};
    info.effective = form.effective;
    info.expires = form.expires;
    info.senderName = issuer.senderName;
    info.headline = english ? form.headlineEn : form.headline;
    info.description = english ? form.descriptionEn : form.description;
    info.instruction = english ? form.instructionEn : form.instruction;
    info.areas = {areaOf(form)};
    return info;
}

feeds::CapAlert envelope(const CapIssuer &issuer, const QDateTime &sent, feeds::CapStatus status, feeds::CapMsgType type,
                         const std::function<bool(const QString &)> &taken)
{
    feeds::CapAlert alert;
    alert.capVersion = QStringLiteral("1.2");
    alert.identifier = identifierFor(issuer, sent, taken);
    alert.sender = issuer.sender;
    // CAP times are whole seconds: the message says what it was sent at.
    alert.sent = QDateTime::fromSecsSinceEpoch(sent.toSecsSinceEpoch(), QTimeZone::utc());
    alert.status = status;
    alert.msgType = type;
    alert.scope = feeds::CapScope::Public;
    return alert;
}

QList<feeds::CapReference> referencesTo(const feeds::CapAlert &previous)
{
    QList<feeds::CapReference> references = previous.references;
    references.append({previous.sender, previous.identifier, previous.sent});
    return references;
}

} // namespace

feeds::CapSeverity severityOf(const QString &level)
{
    switch (kLevels.indexOf(level)) {
    case 0: return feeds::CapSeverity::Minor;
    case 1: return feeds::CapSeverity::Moderate;
    case 2: return feeds::CapSeverity::Severe;
    case 3: return feeds::CapSeverity::Extreme;
    default: return feeds::CapSeverity::Unknown;
    }
}

QString levelNameZh(const QString &level)
{
    static const QStringList names{QStringLiteral("蓝色"), QStringLiteral("黄色"), QStringLiteral("橙色"), QStringLiteral("红色")};
    const qsizetype index = kLevels.indexOf(level);
    return index < 0 ? level : names[index];
}

Result<void> checkForm(const CapForm &form)
{
    if (!kLevels.contains(form.level))
        return invalid(QStringLiteral("level"), QStringLiteral("the level is blue, yellow, orange or red, not \"%1\"").arg(form.level));
    if (form.event.trimmed().isEmpty())
        return invalid(QStringLiteral("event"), QStringLiteral("a warning names its event"));
    if (form.headline.trimmed().isEmpty())
        return invalid(QStringLiteral("headline"), QStringLiteral("a warning has a headline"));
    if (form.areas.isEmpty() && form.polygons.empty())
        return invalid(QStringLiteral("area"), QStringLiteral("a warning names its area: division codes or a polygon"));
    for (const std::vector<GeoPoint> &ring : form.polygons)
        if (ring.size() < 3)
            return invalid(QStringLiteral("polygon"), QStringLiteral("a polygon has three corners or more"));
    if (form.expires.isValid() && form.effective.isValid() && form.expires <= form.effective)
        return invalid(QStringLiteral("expires"), QStringLiteral("it expires after it takes effect"));
    if (!form.headlineEn.isEmpty() && form.eventEn.isEmpty() && form.event.isEmpty())
        return invalid(QStringLiteral("event"), QStringLiteral("the English block names its event"));
    return {};
}

Result<feeds::CapAlert> composeAlert(const CapForm &form, const CapIssuer &issuer, const QDateTime &sent,
                                     const std::function<bool(const QString &)> &taken)
{
    if (auto checked = checkForm(form); !checked)
        return checked.error();
    feeds::CapAlert alert = envelope(issuer, sent, form.status, feeds::CapMsgType::Alert, taken);
    alert.infos = {infoOf(form, issuer, false)};
    if (!form.headlineEn.isEmpty())
        alert.infos.append(infoOf(form, issuer, true));
    return alert;
}

Result<feeds::CapAlert> composeUpdate(const feeds::CapAlert &previous, const CapForm &form, const CapIssuer &issuer, const QDateTime &sent,
                                      const std::function<bool(const QString &)> &taken)
{
    auto alert = composeAlert(form, issuer, sent, taken);
    if (!alert)
        return alert;
    alert->msgType = feeds::CapMsgType::Update;
    alert->references = referencesTo(previous);
    return alert;
}

Result<feeds::CapAlert> composeCancel(const feeds::CapAlert &previous, const CapIssuer &issuer, const QDateTime &sent, const QString &note,
                                      const std::function<bool(const QString &)> &taken)
{
    feeds::CapAlert alert = envelope(issuer, sent, previous.status, feeds::CapMsgType::Cancel, taken);
    alert.references = referencesTo(previous);
    alert.note = note;
    alert.infos = previous.infos;
    for (feeds::CapInfo &info : alert.infos) {
        const bool english = info.language.startsWith(QLatin1String("en"));
        info.headline = (english ? QStringLiteral("Lifted: ") : QStringLiteral("解除：")) + info.headline;
        info.urgency = feeds::CapUrgency::Past;
        info.responseTypes = {QStringLiteral("AllClear")};
        info.effective = QDateTime();
        info.expires = QDateTime();
    }
    return alert;
}

} // namespace lookout::reports
