// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "feeds/csvreader.h"

#include <charconv>

namespace lookout::feeds {

CsvReader::CsvReader(const QByteArray &bytes) : m_bytes(bytes)
{
    if (m_bytes.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
}

bool CsvReader::next(QList<QByteArrayView> &fields)
{
    fields.clear();
    m_unescaped.clear();
    const qsizetype size = m_bytes.size();
    if (m_pos >= size)
        return false;
    m_recordLine = m_line;
    const char *data = m_bytes.constData();
    while (true) {
        qsizetype start = m_pos;
        if (m_pos < size && data[m_pos] == '"') {
            // Quoted: find the closing quote; "" is an escaped quote.
            QByteArray value;
            bool escaped = false;
            qsizetype i = m_pos + 1;
            qsizetype chunk = i;
            while (true) {
                if (i >= size) {
                    m_error = true;
                    break;
                }
                if (data[i] == '"') {
                    if (i + 1 < size && data[i + 1] == '"') {
                        value.append(data + chunk, i + 1 - chunk);
                        i += 2;
                        chunk = i;
                        escaped = true;
                        continue;
                    }
                    break;
                }
                if (data[i] == '\n')
                    ++m_line;
                ++i;
            }
            const qsizetype end = std::min(i, size);
            if (escaped) {
                value.append(data + chunk, end - chunk);
                m_unescaped.push_back(std::move(value));
                fields.append(QByteArrayView(m_unescaped.back()));
            } else {
                fields.append(QByteArrayView(data + m_pos + 1, end - m_pos - 1));
            }
            m_pos = std::min(end + 1, size);
            // Anything between the closing quote and the separator is kept out (lenient).
            while (m_pos < size && data[m_pos] != ',' && data[m_pos] != '\n')
                ++m_pos;
        } else {
            while (m_pos < size && data[m_pos] != ',' && data[m_pos] != '\n')
                ++m_pos;
            qsizetype end = m_pos;
            if (end > start && data[end - 1] == '\r' && (m_pos >= size || data[m_pos] == '\n'))
                --end;
            fields.append(QByteArrayView(data + start, end - start));
        }
        if (m_pos >= size)
            return true;
        if (data[m_pos] == '\n') {
            ++m_pos;
            ++m_line;
            return true;
        }
        ++m_pos;  // the comma
        if (m_pos >= size) {
            fields.append(QByteArrayView());
            return true;
        }
    }
}

bool CsvReader::next(QStringList &fields)
{
    if (!next(m_views))
        return false;
    fields.clear();
    fields.reserve(m_views.size());
    for (QByteArrayView view : std::as_const(m_views))
        fields.append(QString::fromUtf8(view));
    return true;
}

QByteArrayView trimmed(QByteArrayView field)
{
    qsizetype begin = 0;
    qsizetype end = field.size();
    while (begin < end && (field[begin] == ' ' || field[begin] == '\t' || field[begin] == '\r'))
        ++begin;
    while (end > begin && (field[end - 1] == ' ' || field[end - 1] == '\t' || field[end - 1] == '\r'))
        --end;
    return field.sliced(begin, end - begin);
}

std::optional<double> toDouble(QByteArrayView field)
{
    field = trimmed(field);
    if (field.isEmpty())
        return std::nullopt;
    const char *first = field.data();
    if (*first == '+')
        ++first;
    double value = 0.0;
    const auto [end, error] = std::from_chars(first, field.data() + field.size(), value);
    if (error != std::errc() || end != field.data() + field.size())
        return std::nullopt;
    return value;
}

CsvColumns::CsvColumns(const QStringList &header)
{
    for (int i = 0; i < header.size(); ++i)
        m_index.insert(header[i].trimmed(), i);
}

QString CsvColumns::value(const QStringList &row, const QString &name) const
{
    const int index = indexOf(name);
    return index >= 0 && index < row.size() ? row[index].trimmed() : QString();
}

bool nextTableRow(CsvReader &reader, qsizetype fields, QStringList &row, QString &wrongFields)
{
    wrongFields.clear();
    while (reader.next(row)) {
        if (row.size() == 1 && row[0].trimmed().isEmpty())
            continue;
        if (row.size() != fields)
            wrongFields = QStringLiteral("%1 fields where the header has %2").arg(row.size()).arg(fields);
        return true;
    }
    return false;
}

} // namespace lookout::feeds
