// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "feeds/csvreader.h"

namespace lookout::feeds {

CsvReader::CsvReader(const QByteArray &bytes) : m_bytes(bytes)
{
    if (m_bytes.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
}

bool CsvReader::next(QStringList &fields)
{
    fields.clear();
    if (m_pos >= m_bytes.size())
        return false;
    m_recordLine = m_line;
    QByteArray field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    const qsizetype size = m_bytes.size();
    while (m_pos < size) {
        const char c = m_bytes[m_pos++];
        if (quoted) {
            if (c == '"') {
                if (m_pos < size && m_bytes[m_pos] == '"') {
                    field.append('"');
                    ++m_pos;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n')
                    ++m_line;
                field.append(c);
            }
            continue;
        }
        if (c == '"' && field.isEmpty() && !fieldWasQuoted) {
            quoted = true;
            fieldWasQuoted = true;
        } else if (c == ',') {
            fields.append(QString::fromUtf8(field));
            field.clear();
            fieldWasQuoted = false;
        } else if (c == '\n') {
            ++m_line;
            if (field.endsWith('\r'))
                field.chop(1);
            fields.append(QString::fromUtf8(field));
            return true;
        } else {
            field.append(c);
        }
    }
    if (quoted)
        m_error = true;
    if (field.endsWith('\r'))
        field.chop(1);
    fields.append(QString::fromUtf8(field));
    return true;
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

} // namespace lookout::feeds
