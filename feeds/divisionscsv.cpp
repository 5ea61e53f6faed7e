// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "feeds/divisionscsv.h"

#include "feeds/csvreader.h"

#include <QSet>

namespace lookout::feeds {

namespace {

Error rowError(const QString &source, int line, const QString &field, const QString &message)
{
    return makeError(Error::Code::Corrupt, QStringLiteral("divisions: %1").arg(message),
                     {QStringLiteral("%1 line %2").arg(source).arg(line), field});
}

// The parent column that applies to a division of this level in the bureau's export layout.
QString exportParentColumn(DivisionLevel level)
{
    switch (level) {
    case DivisionLevel::City: return QStringLiteral("provinceCode");
    case DivisionLevel::District: return QStringLiteral("cityCode");
    case DivisionLevel::Town: return QStringLiteral("areaCode");
    case DivisionLevel::Village: return QStringLiteral("streetCode");
    case DivisionLevel::Province: return {};
    }
    return {};
}

} // namespace

Result<QList<Division>> parseDivisionsCsv(const QByteArray &bytes, const QString &source)
{
    if (bytes.trimmed().isEmpty())
        return makeError(Error::Code::Empty, QStringLiteral("divisions: the file is empty"), {source});
    CsvReader reader(bytes);
    QStringList header;
    if (!reader.next(header))
        return makeError(Error::Code::Empty, QStringLiteral("divisions: the file is empty"), {source});
    const CsvColumns columns(header);
    for (const char *required : {"code", "name"})
        if (!columns.has(QLatin1String(required)))
            return rowError(source, 1, QLatin1String(required),
                            QStringLiteral("no '%1' column (the header needs code and name)").arg(QLatin1String(required)));
    QList<Division> divisions;
    QSet<QString> seen;
    QStringList row;
    QString wrongFields;
    while (nextTableRow(reader, header.size(), row, wrongFields)) {
        const int line = reader.lineNumber();
        if (!wrongFields.isEmpty())
            return rowError(source, line, QString(), wrongFields);
        Division division;
        division.code = columns.value(row, QStringLiteral("code"));
        division.name = columns.value(row, QStringLiteral("name"));
        const auto level = divisionLevelOfCode(division.code);
        if (!level)
            return rowError(source, line, QStringLiteral("code"),
                            QStringLiteral("'%1' is not a division code (2, 4, 6, 9 or 12 digits)").arg(division.code));
        if (division.name.isEmpty())
            return rowError(source, line, QStringLiteral("name"), QStringLiteral("division %1 has no name").arg(division.code));
        division.level = *level;
        division.parent = parentCode(division.code);
        const QString levelText = columns.value(row, QStringLiteral("level"));
        if (!levelText.isEmpty() && divisionLevelFromString(levelText) != level)
            return rowError(source, line, QStringLiteral("level"),
                            QStringLiteral("'%1' is not the level of code %2 (%3)").arg(levelText, division.code, toString(*level)));
        for (const QString &column : {QStringLiteral("parent"), exportParentColumn(*level)}) {
            const QString stated = column.isEmpty() ? QString() : columns.value(row, column);
            if (!stated.isEmpty() && stated != division.parent)
                return rowError(source, line, column,
                                QStringLiteral("parent %1 does not hold code %2 (its prefix is %3)").arg(stated, division.code, division.parent));
        }
        if (seen.contains(division.code))
            return rowError(source, line, QStringLiteral("code"), QStringLiteral("code %1 appears twice").arg(division.code));
        seen.insert(division.code);
        divisions.append(division);
    }
    if (reader.hasError())
        return rowError(source, reader.lineNumber(), QString(), QStringLiteral("a quoted field is not closed"));
    if (divisions.isEmpty())
        return makeError(Error::Code::Empty, QStringLiteral("divisions: a header but no rows"), {source});
    return divisions;
}

} // namespace lookout::feeds
