// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "store/hotspotchunk.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace lookout::store {

namespace {

constexpr char kMagic[4] = {'L', 'H', 'S', '1'};
constexpr int kRecordBytes = 40;
// Positions in micro-degrees and measurements in thousandths: exact for FIRMS, which publishes
// positions to at most 5 decimals and measurements to at most 2.
constexpr double kPositionScale = 1e6;
constexpr double kValueScale = 1e3;

qint32 scaled(double value, double scale)
{
    return qint32(std::clamp(std::llround(value * scale), qint64(INT32_MIN), qint64(INT32_MAX)));
}

template <typename T>
void put(char *&out, T value)
{
    qToLittleEndian(value, out);
    out += sizeof(T);
}

template <typename T>
T take(const char *&in)
{
    const T value = qFromLittleEndian<T>(in);
    in += sizeof(T);
    return value;
}

} // namespace

std::vector<std::pair<qsizetype, qsizetype>> chunkRanges(const QList<const feeds::Hotspot *> &sortedByTime)
{
    std::vector<std::pair<qsizetype, qsizetype>> ranges;
    QSet<QString> strings;
    qsizetype first = 0;
    // The reader interns its texts: a row whose three share the previous row's storage adds none
    // (no hashing a row for the common case).
    const QChar *last[3] = {nullptr, nullptr, nullptr};
    for (qsizetype i = 0; i < sortedByTime.size(); ++i) {
        const feeds::Hotspot &h = *sortedByTime.at(i);
        const QChar *now[3] = {h.instrument.constData(), h.satellite.constData(), h.version.constData()};
        if (i > first && i - first < kChunkRows && std::equal(now, now + 3, last))
            continue;
        std::copy(now, now + 3, last);
        int added = 0;
        for (const QString *text : {&h.instrument, &h.satellite, &h.version})
            added += strings.contains(*text) ? 0 : 1;
        if (i > first && (i - first >= kChunkRows || strings.size() + added > 255)) {
            ranges.emplace_back(first, i);
            first = i;
            strings.clear();
        }
        strings.insert(h.instrument);
        strings.insert(h.satellite);
        strings.insert(h.version);
    }
    if (first < sortedByTime.size())
        ranges.emplace_back(first, sortedByTime.size());
    return ranges;
}

QByteArray packHotspots(const QList<feeds::Hotspot> &hotspots)
{
    QList<const feeds::Hotspot *> pointers;
    pointers.reserve(hotspots.size());
    for (const feeds::Hotspot &h : hotspots)
        pointers.append(&h);
    return packHotspots(pointers.constData(), pointers.size());
}

QByteArray packHotspots(const feeds::Hotspot *const *hotspots, qsizetype count)
{
    QHash<QString, int> index;
    QList<QByteArray> strings;
    auto lookup = [&](const QString &text) {
        auto found = index.constFind(text);
        if (found != index.constEnd())
            return *found;
        index.insert(text, int(strings.size()));
        strings.append(text.toUtf8());
        return int(strings.size() - 1);
    };
    // The reader interns its texts: per column, the same storage as the last row's is the same
    // index (no hashing a row for the common case).
    struct Last {
        const QChar *text = nullptr;
        int index = -1;
    } last[3];
    auto stringIndex = [&](int column, const QString &text) {
        if (!last[column].text || text.constData() != last[column].text)
            last[column] = {text.constData(), lookup(text)};
        return last[column].index;
    };
    QList<std::array<quint8, 3>> indexes;
    indexes.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const feeds::Hotspot &h = *hotspots[i];
        indexes.append({quint8(stringIndex(0, h.instrument)), quint8(stringIndex(1, h.satellite)), quint8(stringIndex(2, h.version))});
    }

    const qint64 base = count > 0 ? hotspots[0]->time.toSecsSinceEpoch() : 0;
    qsizetype size = 4 + 4 + 8 + 1;
    for (const QByteArray &text : strings)
        size += 2 + text.size();
    size += count * kRecordBytes;
    QByteArray bytes(size, Qt::Uninitialized);
    char *out = bytes.data();
    std::memcpy(out, kMagic, 4);
    out += 4;
    put<quint32>(out, quint32(count));
    put<qint64>(out, base);
    put<quint8>(out, quint8(strings.size()));
    for (const QByteArray &text : strings) {
        put<quint16>(out, quint16(text.size()));
        std::memcpy(out, text.constData(), std::size_t(text.size()));
        out += text.size();
    }
    for (qsizetype i = 0; i < count; ++i) {
        const feeds::Hotspot &h = *hotspots[i];
        put<qint32>(out, qint32(h.time.toSecsSinceEpoch() - base));
        put<qint32>(out, scaled(h.position.lon, kPositionScale));
        put<qint32>(out, scaled(h.position.lat, kPositionScale));
        for (double value : {h.brightness, h.brightness2, h.frp, h.scanKm, h.trackKm})
            put<qint32>(out, scaled(value, kValueScale));
        for (quint8 stringIndexValue : indexes.at(i))
            put<quint8>(out, stringIndexValue);
        put<quint8>(out, quint8(h.confidence));
        put<qint8>(out, qint8(std::clamp(h.confidencePercent, -1, 100)));
        put<quint8>(out, h.day ? 1 : 0);
        put<qint8>(out, qint8(std::clamp(h.type, -1, 127)));
        put<quint8>(out, 0);
    }
    return bytes;
}

Result<QList<feeds::Hotspot>> unpackHotspots(const QByteArray &bytes)
{
    auto corrupt = [](const QString &why) { return makeError(Error::Code::Corrupt, QStringLiteral("a hotspot chunk is damaged: %1").arg(why)); };
    if (bytes.size() < 17 || std::memcmp(bytes.constData(), kMagic, 4) != 0)
        return corrupt(QStringLiteral("not an LHS1 chunk"));
    const char *in = bytes.constData() + 4;
    const char *end = bytes.constData() + bytes.size();
    const quint32 rows = take<quint32>(in);
    const qint64 base = take<qint64>(in);
    const int count = take<quint8>(in);
    QList<QString> strings;
    for (int i = 0; i < count; ++i) {
        if (end - in < 2)
            return corrupt(QStringLiteral("string table cut short"));
        const quint16 length = take<quint16>(in);
        if (end - in < length)
            return corrupt(QStringLiteral("string table cut short"));
        strings.append(QString::fromUtf8(in, length));
        in += length;
    }
    if (end - in != qint64(rows) * kRecordBytes)
        return corrupt(QStringLiteral("%1 records announced, %2 bytes left").arg(rows).arg(end - in));
    QList<feeds::Hotspot> hotspots;
    hotspots.reserve(rows);
    for (quint32 row = 0; row < rows; ++row) {
        feeds::Hotspot h;
        h.time = QDateTime::fromSecsSinceEpoch(base + take<qint32>(in), QTimeZone::utc());
        h.position.lon = take<qint32>(in) / kPositionScale;
        h.position.lat = take<qint32>(in) / kPositionScale;
        for (double *value : {&h.brightness, &h.brightness2, &h.frp, &h.scanKm, &h.trackKm})
            *value = take<qint32>(in) / kValueScale;
        const quint8 instrument = take<quint8>(in), satellite = take<quint8>(in), version = take<quint8>(in);
        if (instrument >= strings.size() || satellite >= strings.size() || version >= strings.size())
            return corrupt(QStringLiteral("record %1 names a string the chunk does not have").arg(row));
        h.instrument = strings.at(instrument);
        h.satellite = strings.at(satellite);
        h.version = strings.at(version);
        h.confidence = feeds::Hotspot::Confidence(std::min<int>(take<quint8>(in), 2));
        h.confidencePercent = take<qint8>(in);
        h.day = take<quint8>(in) != 0;
        h.type = take<qint8>(in);
        in += 1;
        hotspots.append(std::move(h));
    }
    return hotspots;
}

} // namespace lookout::store
