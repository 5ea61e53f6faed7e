// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "plans/matchfiles.h"

#include "feeds/csvreader.h"
#include "plans/csvrows.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace lookout::plans {

namespace {

using csv::rowError;

// One row's common columns: id, kind, quantity, lon, lat.
struct Row {
    QString id;
    QString kind;
    qint64 quantity = 0;
    GeoPoint position;
};

template <typename Item>
Result<QList<Item>> readTable(const QByteArray &bytes, const QString &file, const QStringList &optional,
                              const std::function<Result<Item>(const Row &, const feeds::CsvColumns &, const QStringList &, int)> &make)
{
    feeds::CsvReader reader(bytes);
    QStringList header;
    if (!reader.next(header) || header.join(QString()).trimmed().isEmpty())
        return makeError(Error::Code::Empty, QStringLiteral("the file is empty: a header line id,kind,quantity,lon,lat is needed"), {file});
    for (QString &name : header)
        name = name.trimmed().toLower();
    const feeds::CsvColumns columns(header);
    for (const char *required : {"id", "kind", "quantity", "lon", "lat"})
        if (!columns.has(QLatin1String(required)))
            return rowError(file, 1, QLatin1String(required), QStringLiteral("no '%1' column (the header needs id, kind, quantity, lon, lat%2)")
                                                                   .arg(QLatin1String(required), optional.isEmpty() ? QString() : QStringLiteral("; optional ") + optional.join(QStringLiteral(", "))));
    QList<Item> items;
    QSet<QString> ids;
    auto read = csv::forEachRow(reader, header.size(), file, [&](const QStringList &row, int line) -> Result<void> {
        Row common;
        common.id = columns.value(row, QStringLiteral("id"));
        if (common.id.isEmpty())
            return rowError(file, line, QStringLiteral("id"), QStringLiteral("empty"));
        if (ids.contains(common.id))
            return rowError(file, line, QStringLiteral("id"), QStringLiteral("\"%1\" is used twice").arg(common.id));
        ids.insert(common.id);
        common.kind = columns.value(row, QStringLiteral("kind"));
        if (common.kind.isEmpty())
            return rowError(file, line, QStringLiteral("kind"), QStringLiteral("empty"));
        auto quantity = csv::wholeNumber(columns, row, QStringLiteral("quantity"), file, line, -1);
        if (!quantity)
            return quantity.error();
        if (*quantity < 0)
            return rowError(file, line, QStringLiteral("quantity"), QStringLiteral("empty: a whole number of 0 or more"));
        common.quantity = *quantity;
        auto point = csv::position(columns, row, QStringLiteral("lon"), QStringLiteral("lat"), file, line);
        if (!point)
            return point.error();
        common.position = *point;
        auto item = make(common, columns, row, line);
        if (!item)
            return item.error();
        items.append(*item);
        return {};
    });
    if (!read)
        return read.error();
    return items;
}

} // namespace

Result<QList<Need>> readNeedsCsv(const QByteArray &bytes, const QString &file)
{
    return readTable<Need>(bytes, file, {QStringLiteral("within_minutes")},
                           [&](const Row &row, const feeds::CsvColumns &columns, const QStringList &fields, int line) -> Result<Need> {
                               Need need{row.id, row.kind, row.quantity, row.position, std::nullopt};
                               const QString within = columns.value(fields, QStringLiteral("within_minutes"));
                               if (!within.isEmpty()) {
                                   bool ok = false;
                                   const double minutes = within.toDouble(&ok);
                                   if (!ok || minutes < 0)
                                       return rowError(file, line, QStringLiteral("within_minutes"), QStringLiteral("\"%1\" is not a number of minutes").arg(within));
                                   need.withinMinutes = minutes;
                               }
                               return need;
                           });
}

Result<QList<Resource>> readResourcesCsv(const QByteArray &bytes, const QString &file)
{
    return readTable<Resource>(bytes, file, {QStringLiteral("status")},
                               [&](const Row &row, const feeds::CsvColumns &columns, const QStringList &fields, int line) -> Result<Resource> {
                                   const QString status = columns.value(fields, QStringLiteral("status")).toLower();
                                   static const QStringList known{QStringLiteral("available"), QStringLiteral("assigned"), QStringLiteral("resting"),
                                                                  QStringLiteral("unavailable"), QStringLiteral("open"), QStringLiteral("closed"),
                                                                  QStringLiteral("full")};
                                   if (!status.isEmpty() && !known.contains(status))
                                       return rowError(file, line, QStringLiteral("status"),
                                                       QStringLiteral("\"%1\" is not one of %2").arg(status, known.join(QStringLiteral(", "))));
                                   return Resource{row.id, row.kind, row.quantity, row.position, status.isEmpty() || status == QLatin1String("available")};
                               });
}

QJsonObject toJson(const Matching &matching, const QJsonObject &travel)
{
    QJsonArray assignments, gaps;
    for (const Assignment &a : matching.assignments)
        assignments.append(QJsonObject{{QStringLiteral("need"), a.need},
                                       {QStringLiteral("resource"), a.resource},
                                       {QStringLiteral("quantity"), a.quantity},
                                       {QStringLiteral("minutes"), std::round(a.minutes * 100.0) / 100.0}});
    for (const Gap &g : matching.gaps)
        gaps.append(QJsonObject{{QStringLiteral("need"), g.need},
                                {QStringLiteral("kind"), g.kind},
                                {QStringLiteral("needed"), g.needed},
                                {QStringLiteral("covered"), g.covered},
                                {QStringLiteral("short"), g.short_()},
                                {QStringLiteral("reason"), toString(g.reason)}});
    return {{QStringLiteral("covered"), matching.covered},
            {QStringLiteral("total"), matching.total},
            {QStringLiteral("objective"), std::round(matching.objective * 1000.0) / 1000.0},
            {QStringLiteral("travel"), travel},
            {QStringLiteral("assignments"), assignments},
            {QStringLiteral("gaps"), gaps}};
}

} // namespace lookout::plans
