// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "plans/inventorygeojson.h"

#include "plans/inventoryfields.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace lookout::plans {

namespace {

// The properties Lookout's layout reads; others are allowed and ignored, as extra CSV columns are.
const QStringList kFields{QStringLiteral("id"),       QStringLiteral("kind"),     QStringLiteral("name"),         QStringLiteral("area"),
                          QStringLiteral("status"),   QStringLiteral("unit"),     QStringLiteral("people"),       QStringLiteral("specialties"),
                          QStringLiteral("base"),     QStringLiteral("item"),     QStringLiteral("quantity"),     QStringLiteral("stock_unit"),
                          QStringLiteral("level"),    QStringLiteral("type"),     QStringLiteral("capacity_day"), QStringLiteral("capacity_night"),
                          QStringLiteral("occupancy")};

Error notJson(const QByteArray &bytes, const QString &file, const QJsonParseError &parse)
{
    const qsizetype offset = std::clamp<qsizetype>(parse.offset, 0, bytes.size());
    const qsizetype line = bytes.left(offset).count('\n') + 1;
    return makeError(Error::Code::Corrupt,
                     QStringLiteral("not JSON: %1 at byte %2 (line %3)").arg(parse.errorString()).arg(offset).arg(line), {file});
}

// A value as the CSV would hold it: a text, or a number written back shortest-exact so that the
// shared reader's number checks see what the file said.
Result<QString> valueText(const QJsonValue &value, const QString &where, const QString &name)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return QString();
    case QJsonValue::String: return value.toString().trimmed();
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::Bool: return inventoryFieldError(where, name, QStringLiteral("true or false is not a text or a number"));
    case QJsonValue::Array: return inventoryFieldError(where, name, QStringLiteral("a list is not a text or a number"));
    case QJsonValue::Object: return inventoryFieldError(where, name, QStringLiteral("an object is not a text or a number"));
    }
    return QString();
}

// The properties the layout reads, by lower-case name, as texts; `specialties` may be a list.
Result<QHash<QString, QString>> propertyTexts(const QJsonObject &feature, const QString &where)
{
    QHash<QString, QString> texts;
    const QJsonObject properties = feature.value(QLatin1String("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QString name = it.key().trimmed().toLower();
        if (!kFields.contains(name))
            continue;
        if (name == QLatin1String("specialties") && it.value().isArray()) {
            QStringList specialties;
            for (const QJsonValue &specialty : it.value().toArray()) {
                if (!specialty.isString())
                    return inventoryFieldError(where, it.key(), QStringLiteral("a list of specialties holds texts only"));
                specialties.append(specialty.toString());
            }
            texts.insert(name, specialties.join(QLatin1Char(';')));
            continue;
        }
        auto text = valueText(it.value(), where, it.key());
        if (!text)
            return text.error();
        texts.insert(name, *text);
    }
    // RFC 7946's own feature id stands in for a missing `id` property.
    if (texts.value(QStringLiteral("id")).isEmpty() && feature.contains(QLatin1String("id"))) {
        auto id = valueText(feature.value(QLatin1String("id")), where, QStringLiteral("id"));
        if (!id)
            return id.error();
        texts.insert(QStringLiteral("id"), *id);
    }
    return texts;
}

Result<GeoPoint> pointOf(const QJsonObject &feature, const QString &where)
{
    const QJsonValue geometry = feature.value(QLatin1String("geometry"));
    if (!geometry.isObject())
        return inventoryFieldError(where, QStringLiteral("geometry"), QStringLiteral("no geometry: each resource is a Point"));
    const QString type = geometry.toObject().value(QLatin1String("type")).toString();
    if (type != QLatin1String("Point"))
        return inventoryFieldError(where, QStringLiteral("geometry"),
                                   QStringLiteral("a %1, not a Point: each resource is one place").arg(type.isEmpty() ? QStringLiteral("geometry without a type") : type));
    const QJsonArray coordinates = geometry.toObject().value(QLatin1String("coordinates")).toArray();
    const GeoPoint point{coordinates.at(0).toDouble(NAN), coordinates.at(1).toDouble(NAN)};
    if (coordinates.size() < 2 || !(std::abs(point.lon) <= 180) || !(std::abs(point.lat) <= 90))
        return inventoryFieldError(where, QStringLiteral("geometry"), QStringLiteral("the coordinates are not [longitude, latitude] in degrees"));
    return point;
}

// One feature into the collector: one record, or for a depot with a `stock` list one record per
// stock line, as a CSV gives a depot one row per stock item.
Result<void> addFeature(InventoryCollector &collector, const QJsonValue &value, const QString &where, const InventoryAreaResolver &areas,
                        bool exercise)
{
    const QJsonObject feature = value.toObject();
    if (feature.value(QLatin1String("type")).toString() != QLatin1String("Feature"))
        return inventoryFieldError(where, QStringLiteral("type"), QStringLiteral("not a GeoJSON Feature"));
    auto texts = propertyTexts(feature, where);
    if (!texts)
        return texts.error();
    const Result<GeoPoint> point = pointOf(feature, where);
    const auto position = [&] { return point; };
    QJsonValue stock;
    const QJsonObject properties = feature.value(QLatin1String("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it)
        if (it.key().trimmed().toLower() == QLatin1String("stock"))
            stock = it.value();
    if (stock.isUndefined() || stock.isNull() || texts->value(QStringLiteral("kind")).toLower() != QLatin1String("depot"))
        return collector.add({where, [&](const QString &name) { return texts->value(name); }, position}, areas, exercise);
    if (!stock.isArray())
        return inventoryFieldError(where, QStringLiteral("stock"), QStringLiteral("not a list of {item, quantity, unit}"));
    QList<std::pair<QString, QHash<QString, QString>>> records;  // where, fields
    if (!texts->value(QStringLiteral("item")).isEmpty() || stock.toArray().isEmpty())
        records.append({where, *texts});
    for (qsizetype i = 0; i < stock.toArray().size(); ++i) {
        const QString lineWhere = QStringLiteral("%1 stock %2").arg(where).arg(i + 1);
        const QJsonObject line = stock.toArray().at(i).toObject();
        QHash<QString, QString> record = *texts;
        for (const auto &[from, into] : {std::pair{"item", "item"}, std::pair{"quantity", "quantity"}, std::pair{"unit", "stock_unit"}}) {
            auto text = valueText(line.value(QLatin1String(from)), lineWhere, QLatin1String(from));
            if (!text)
                return text.error();
            record.insert(QLatin1String(into), *text);
        }
        if (record.value(QStringLiteral("item")).isEmpty())
            return inventoryFieldError(lineWhere, QStringLiteral("item"), QStringLiteral("a stock line names its item"));
        records.append({lineWhere, record});
    }
    for (const auto &record : records)
        if (auto added = collector.add({record.first, [&](const QString &name) { return record.second.value(name); }, position}, areas, exercise);
            !added)
            return added;
    return {};
}

} // namespace

Result<QList<incidents::InventoryItem>> readInventoryGeoJson(const QByteArray &bytes, const QString &file, const InventoryAreaResolver &areas,
                                                              bool exercise)
{
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parse);
    if (parse.error != QJsonParseError::NoError)
        return notJson(bytes, file, parse);
    const QJsonObject collection = document.object();
    if (collection.value(QLatin1String("type")).toString() != QLatin1String("FeatureCollection") || !collection.value(QLatin1String("features")).isArray())
        return makeError(Error::Code::Corrupt, QStringLiteral("not a GeoJSON FeatureCollection"), {file});
    const QJsonArray features = collection.value(QLatin1String("features")).toArray();
    InventoryCollector collector;
    QList<Error> bad;
    for (qsizetype i = 0; i < features.size(); ++i)
        if (auto added = addFeature(collector, features.at(i), QStringLiteral("%1 feature %2").arg(file).arg(i + 1), areas, exercise); !added)
            bad.append(added.error());
    if (!bad.isEmpty())
        return badInventoryRecords(bad, file, features.size(), QStringLiteral("features"));
    if (collector.items().isEmpty())
        return makeError(Error::Code::Empty, QStringLiteral("no resource in the file"), {file});
    return collector.items();
}

} // namespace lookout::plans
