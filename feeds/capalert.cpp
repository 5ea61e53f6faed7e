// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "feeds/capalert.h"

#include <array>
#include <utility>

namespace lookout::feeds {

namespace {

template <typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &names, Enum value)
{
    for (const auto &[candidate, name] : names)
        if (candidate == value)
            return QString::fromLatin1(name);
    return {};
}

// CAP enumerations are case-sensitive in the schema; real feeds are not always, so match
// ignoring case and let the caller record that as a deviation if it cares.
template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &names, const QString &text)
{
    const QString trimmed = text.trimmed();
    for (const auto &[candidate, name] : names)
        if (trimmed.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return candidate;
    return std::nullopt;
}

constexpr std::array kStatusNames{
    std::pair{CapStatus::Actual, "Actual"}, std::pair{CapStatus::Exercise, "Exercise"},
    std::pair{CapStatus::System, "System"}, std::pair{CapStatus::Test, "Test"}, std::pair{CapStatus::Draft, "Draft"}};
constexpr std::array kMsgTypeNames{
    std::pair{CapMsgType::Alert, "Alert"}, std::pair{CapMsgType::Update, "Update"},
    std::pair{CapMsgType::Cancel, "Cancel"}, std::pair{CapMsgType::Ack, "Ack"}, std::pair{CapMsgType::Error, "Error"}};
constexpr std::array kScopeNames{
    std::pair{CapScope::Public, "Public"}, std::pair{CapScope::Restricted, "Restricted"},
    std::pair{CapScope::Private, "Private"}};
constexpr std::array kUrgencyNames{
    std::pair{CapUrgency::Immediate, "Immediate"}, std::pair{CapUrgency::Expected, "Expected"},
    std::pair{CapUrgency::Future, "Future"}, std::pair{CapUrgency::Past, "Past"},
    std::pair{CapUrgency::Unknown, "Unknown"}};
constexpr std::array kSeverityNames{
    std::pair{CapSeverity::Extreme, "Extreme"}, std::pair{CapSeverity::Severe, "Severe"},
    std::pair{CapSeverity::Moderate, "Moderate"}, std::pair{CapSeverity::Minor, "Minor"},
    std::pair{CapSeverity::Unknown, "Unknown"}};
constexpr std::array kCertaintyNames{
    std::pair{CapCertainty::Observed, "Observed"}, std::pair{CapCertainty::Likely, "Likely"},
    std::pair{CapCertainty::Possible, "Possible"}, std::pair{CapCertainty::Unlikely, "Unlikely"},
    std::pair{CapCertainty::Unknown, "Unknown"},
    // CAP 1.1 allowed "Very Likely"; CAP 1.2 deprecates it in favour of Likely.
    std::pair{CapCertainty::Likely, "Very Likely"}};

// Higher is more severe; Unknown ranks below Minor.
int rank(CapSeverity severity)
{
    switch (severity) {
    case CapSeverity::Extreme: return 4;
    case CapSeverity::Severe: return 3;
    case CapSeverity::Moderate: return 2;
    case CapSeverity::Minor: return 1;
    case CapSeverity::Unknown: return 0;
    }
    return 0;
}

QString primaryLanguage(const QString &tag)
{
    return tag.section(QLatin1Char('-'), 0, 0).toLower();
}

} // namespace

QString toString(CapStatus value) { return nameOf(kStatusNames, value); }
QString toString(CapMsgType value) { return nameOf(kMsgTypeNames, value); }
QString toString(CapScope value) { return nameOf(kScopeNames, value); }
QString toString(CapUrgency value) { return nameOf(kUrgencyNames, value); }
QString toString(CapSeverity value) { return nameOf(kSeverityNames, value); }
QString toString(CapCertainty value) { return nameOf(kCertaintyNames, value); }
std::optional<CapStatus> capStatusFrom(const QString &text) { return valueOf(kStatusNames, text); }
std::optional<CapMsgType> capMsgTypeFrom(const QString &text) { return valueOf(kMsgTypeNames, text); }
std::optional<CapScope> capScopeFrom(const QString &text) { return valueOf(kScopeNames, text); }
std::optional<CapUrgency> capUrgencyFrom(const QString &text) { return valueOf(kUrgencyNames, text); }
std::optional<CapSeverity> capSeverityFrom(const QString &text) { return valueOf(kSeverityNames, text); }
std::optional<CapCertainty> capCertaintyFrom(const QString &text) { return valueOf(kCertaintyNames, text); }

const CapInfo *CapAlert::infoFor(const QString &preferred) const
{
    if (infos.isEmpty())
        return nullptr;
    for (const CapInfo &info : infos)
        if (info.language.compare(preferred, Qt::CaseInsensitive) == 0)
            return &info;
    for (const CapInfo &info : infos)
        if (primaryLanguage(info.language) == primaryLanguage(preferred))
            return &info;
    for (const CapInfo &info : infos)
        if (primaryLanguage(info.language) == QLatin1String("en"))
            return &info;
    return &infos.front();
}

QDateTime CapAlert::expires() const
{
    QDateTime latest;
    for (const CapInfo &info : infos)
        if (info.expires.isValid() && (!latest.isValid() || info.expires > latest))
            latest = info.expires;
    return latest;
}

CapSeverity CapAlert::severity() const
{
    CapSeverity highest = CapSeverity::Unknown;
    for (const CapInfo &info : infos)
        if (rank(info.severity) > rank(highest))
            highest = info.severity;
    return highest;
}

std::vector<std::vector<GeoPoint>> areaRings(const CapInfo &info)
{
    std::vector<std::vector<GeoPoint>> rings;
    for (const CapArea &area : info.areas) {
        for (const auto &polygon : area.polygons)
            if (polygon.size() >= 4)
                rings.push_back(polygon);
        for (const CapCircle &circle : area.circles)
            if (circle.radiusKm > 0) {
                std::vector<GeoPoint> ring;
                for (int i = 0; i <= 48; ++i)
                    ring.push_back(destination(circle.centre, 360.0 * (i % 48) / 48, circle.radiusKm));
                rings.push_back(std::move(ring));
            }
    }
    return rings;
}

} // namespace lookout::feeds
