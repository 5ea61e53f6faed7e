// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "feeds/sl323csv.h"

#include "feeds/csvreader.h"

#include <QTimeZone>

#include <algorithm>

namespace lookout::feeds {

namespace {

const QTimeZone kBeijing(8 * 3600);

QString beijing(const QDateTime &utc)
{
    return utc.toTimeZone(kBeijing).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QDateTime fromBeijing(const QString &text)
{
    const QDateTime local = QDateTime::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return local.isValid() ? QDateTime(local.date(), local.time(), kBeijing).toUTC() : QDateTime();
}

QString number(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 12) : QString();
}

// A CSV field: quoted when it holds a comma, a quote or a line break.
QString field(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return text;
}

const QHash<QString, QStringList> &columnsByTable()
{
    static const QHash<QString, QStringList> columns{
        {QStringLiteral("ST_STBPRP_B"), {QStringLiteral("STCD"), QStringLiteral("STNM"), QStringLiteral("RVNM"), QStringLiteral("LGTD"),
                                         QStringLiteral("LTTD"), QStringLiteral("STTP")}},
        {QStringLiteral("ST_RIVER_R"), {QStringLiteral("STCD"), QStringLiteral("TM"), QStringLiteral("Z"), QStringLiteral("Q")}},
        {QStringLiteral("ST_RSVR_R"), {QStringLiteral("STCD"), QStringLiteral("TM"), QStringLiteral("RZ"), QStringLiteral("INQ"), QStringLiteral("OTQ")}},
        {QStringLiteral("ST_PPTN_R"), {QStringLiteral("STCD"), QStringLiteral("TM"), QStringLiteral("DRP"), QStringLiteral("INTV")}},
        {QStringLiteral("ST_RVFCCH_B"), {QStringLiteral("STCD"), QStringLiteral("WRZ"), QStringLiteral("GRZ")}},
        {QStringLiteral("ST_RSVRFSR_B"), {QStringLiteral("STCD"), QStringLiteral("BGMD"), QStringLiteral("EDMD"), QStringLiteral("FSLTDZ")}},
    };
    return columns;
}

} // namespace

QString sl323TableOfHeader(const QByteArray &headerLine)
{
    QStringList names;
    for (const QByteArray &name : headerLine.trimmed().split(','))
        names.append(QString::fromUtf8(name.trimmed()).remove(QLatin1Char('"')).toUpper());
    if (!names.contains(QStringLiteral("STCD")))
        return {};
    QString best;
    qsizetype bestCount = 0;
    for (auto it = columnsByTable().cbegin(); it != columnsByTable().cend(); ++it) {
        const bool all = std::all_of(it.value().cbegin(), it.value().cend(), [&](const QString &c) { return names.contains(c); });
        if (all && it.value().size() > bestCount) {
            best = it.key();
            bestCount = it.value().size();
        }
    }
    return best;
}

QStringList sl323Tables()
{
    return {QStringLiteral("ST_STBPRP_B"), QStringLiteral("ST_RIVER_R"), QStringLiteral("ST_RSVR_R"),
            QStringLiteral("ST_PPTN_R"), QStringLiteral("ST_RVFCCH_B"), QStringLiteral("ST_RSVRFSR_B")};
}

Result<QByteArray> writeSl323Csv(const QString &table, const HydrologyData &data)
{
    if (!columnsByTable().contains(table))
        return makeError(Error::Code::InvalidArgument, QStringLiteral("SL 323: no table %1 (%2)").arg(table, sl323Tables().join(QStringLiteral(", "))));
    QStringList lines{columnsByTable().value(table).join(QLatin1Char(','))};
    auto row = [&](const QStringList &fields) {
        QStringList escaped;
        for (const QString &value : fields)
            escaped.append(field(value));
        lines.append(escaped.join(QLatin1Char(',')));
    };
    if (table == QLatin1String("ST_STBPRP_B"))
        for (const StationInfo &s : data.stations)
            row({s.stcd, s.stnm, s.rvnm, s.position ? QString::number(s.position->lon, 'f', 6) : QString(),
                 s.position ? QString::number(s.position->lat, 'f', 6) : QString(), s.sttp});
    else if (table == QLatin1String("ST_RIVER_R"))
        for (const RiverReading &r : data.river)
            row({r.stcd, beijing(r.tm), number(r.z), number(r.q)});
    else if (table == QLatin1String("ST_RSVR_R"))
        for (const ReservoirReading &r : data.reservoirs)
            row({r.stcd, beijing(r.tm), number(r.rz), number(r.inq), number(r.otq)});
    else if (table == QLatin1String("ST_PPTN_R"))
        for (const RainReading &r : data.rain)
            row({r.stcd, beijing(r.tm), number(r.drp), number(r.intv)});
    else if (table == QLatin1String("ST_RVFCCH_B"))
        for (const RiverThresholds &t : data.riverThresholds)
            row({t.stcd, number(t.wrz), number(t.grz)});
    else
        for (const FloodLimitPeriod &p : data.floodLimits)
            row({p.stcd, p.bgmd, p.edmd, number(p.fsltdz)});
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

Result<void> readSl323Csv(const QString &table, const QByteArray &bytes, const QString &source, HydrologyData &data)
{
    if (!columnsByTable().contains(table))
        return makeError(Error::Code::InvalidArgument, QStringLiteral("SL 323: no table %1").arg(table));
    auto fail = [&](int line, const QString &message) {
        return makeError(Error::Code::Corrupt, QStringLiteral("SL 323 %1: %2").arg(table, message), {QStringLiteral("%1 line %2").arg(source).arg(line)});
    };
    CsvReader reader(bytes);
    QStringList header;
    if (!reader.next(header))
        return makeError(Error::Code::Empty, QStringLiteral("SL 323 %1: the file is empty").arg(table), {source});
    for (QString &name : header)
        name = name.trimmed().toUpper();
    const CsvColumns columns(header);
    for (const QString &required : columnsByTable().value(table).mid(0, table.endsWith(QLatin1String("_R")) ? 2 : 1))
        if (!columns.has(required))
            return fail(1, QStringLiteral("no %1 column").arg(required));
    // Staged: nothing reaches `data` unless the whole file reads.
    HydrologyData staged;
    QStringList row;
    QString wrongFields;
    while (nextTableRow(reader, header.size(), row, wrongFields)) {
        const int line = reader.lineNumber();
        if (!wrongFields.isEmpty())
            return fail(line, wrongFields);
        auto value = [&](const char *name) { return columns.value(row, QLatin1String(name)); };
        auto optional = [&](const char *name) -> Result<std::optional<double>> {
            const QString text = value(name);
            if (text.isEmpty())
                return std::optional<double>();
            bool ok = false;
            const double parsed = text.toDouble(&ok);
            if (!ok)
                return fail(line, QStringLiteral("%1 '%2' is not a number").arg(QLatin1String(name), text));
            return std::optional<double>(parsed);
        };
        const QString stcd = value("STCD");
        if (stcd.isEmpty())
            return fail(line, QStringLiteral("STCD is empty"));
        QDateTime tm;
        if (table.endsWith(QLatin1String("_R"))) {
            tm = fromBeijing(value("TM"));
            if (!tm.isValid())
                return fail(line, QStringLiteral("TM '%1' is not yyyy-MM-dd HH:mm:ss").arg(value("TM")));
        }
        if (table == QLatin1String("ST_STBPRP_B")) {
            StationInfo station{stcd, value("STNM"), value("RVNM"), value("STTP"), std::nullopt};
            auto lon = optional("LGTD");
            auto lat = optional("LTTD");
            if (!lon || !lat)
                return (!lon ? lon : lat).error();
            if (*lon && *lat) {
                const GeoPoint point{**lon, **lat};
                if (!point.isValid())
                    return fail(line, QStringLiteral("LGTD/LTTD out of range"));
                station.position = point;
            }
            staged.stations.append(station);
        } else if (table == QLatin1String("ST_RIVER_R")) {
            auto z = optional("Z");
            auto q = optional("Q");
            if (!z || !q)
                return (!z ? z : q).error();
            staged.river.append(RiverReading{stcd, tm, *z, *q});
        } else if (table == QLatin1String("ST_RSVR_R")) {
            auto rz = optional("RZ");
            auto inq = optional("INQ");
            auto otq = optional("OTQ");
            for (auto *each : {&rz, &inq, &otq})
                if (!*each)
                    return each->error();
            staged.reservoirs.append(ReservoirReading{stcd, tm, *rz, *inq, *otq});
        } else if (table == QLatin1String("ST_PPTN_R")) {
            auto drp = optional("DRP");
            auto intv = optional("INTV");
            if (!drp || !intv)
                return (!drp ? drp : intv).error();
            staged.rain.append(RainReading{stcd, tm, drp->value_or(0.0), intv->value_or(1.0)});
        } else if (table == QLatin1String("ST_RVFCCH_B")) {
            auto wrz = optional("WRZ");
            auto grz = optional("GRZ");
            if (!wrz || !grz)
                return (!wrz ? wrz : grz).error();
            staged.riverThresholds.append(RiverThresholds{stcd, *wrz, *grz});
        } else {
            auto fsltdz = optional("FSLTDZ");
            if (!fsltdz || !*fsltdz)
                return fsltdz ? fail(line, QStringLiteral("FSLTDZ is empty")) : fsltdz.error();
            staged.floodLimits.append(FloodLimitPeriod{stcd, value("BGMD"), value("EDMD"), **fsltdz});
        }
    }
    data.stations += staged.stations;
    data.river += staged.river;
    data.reservoirs += staged.reservoirs;
    data.rain += staged.rain;
    data.riverThresholds += staged.riverThresholds;
    data.floodLimits += staged.floodLimits;
    return {};
}

} // namespace lookout::feeds
