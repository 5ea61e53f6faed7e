// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <deque>
#include <optional>

namespace lookout::feeds {

// Reads RFC 4180 CSV from UTF-8 bytes (a BOM is skipped): fields separated by commas, quoted
// with '"' when they hold commas, quotes ("" inside) or line breaks; LF or CRLF line ends.
// Zero-copy: a record's fields are views into the buffer (a quoted field with "" inside is
// unescaped into the reader's own storage), valid until the next call. Not thread-safe; the
// buffer must outlive the reader.
class CsvReader {
public:
    explicit CsvReader(const QByteArray &bytes);

    // The next record; false at the end. An unterminated quote ends the record at the end of the
    // data and sets hasError().
    bool next(QList<QByteArrayView> &fields);
    // The same, as strings (for small files and headers).
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
    std::deque<QByteArray> m_unescaped;  // this record's fields that needed unescaping
    QList<QByteArrayView> m_views;
};

// The field without surrounding blanks (IBTrACS writes a missing value as one space).
QByteArrayView trimmed(QByteArrayView field);
// A number from a field, or nullopt when it is blank or not a number. No allocation.
std::optional<double> toDouble(QByteArrayView field);

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

// The next record of a table whose header has `fields` columns, blank lines skipped; false at
// the end. `wrongFields` is "N fields where the header has M" when the record has another number
// of fields (the caller adds its file and reader.lineNumber()), else empty.
bool nextTableRow(CsvReader &reader, qsizetype fields, QStringList &row, QString &wrongFields);

} // namespace lookout::feeds
