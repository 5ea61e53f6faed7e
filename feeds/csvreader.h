// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace lookout::feeds {

// Reads RFC 4180 CSV from UTF-8 bytes (a BOM is skipped): fields separated by commas, quoted
// with '"' when they hold commas, quotes ("" inside) or line breaks; LF or CRLF line ends.
// Not thread-safe; one reader per buffer. The buffer must outlive the reader.
class CsvReader {
public:
    explicit CsvReader(const QByteArray &bytes);

    // The next record into `fields`; false at the end. An unterminated quote ends the record at
    // the end of the data and sets hasError().
    bool next(QStringList &fields);
    // The 1-based line on which the record last returned by next() started.
    int lineNumber() const { return m_recordLine; }
    bool hasError() const { return m_error; }

private:
    const QByteArray &m_bytes;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_recordLine = 0;
    bool m_error = false;
};

// Column positions by header name, so files whose column sets differ between versions (IBTrACS
// v04r00 / v04r01) read the same.
class CsvColumns {
public:
    explicit CsvColumns(const QStringList &header);
    int indexOf(const QString &name) const { return m_index.value(name, -1); }
    bool has(const QString &name) const { return m_index.contains(name); }
    // The trimmed field, or an empty string when the column is absent or the row is short.
    QString value(const QStringList &row, const QString &name) const;

private:
    QHash<QString, int> m_index;
};

} // namespace lookout::feeds
