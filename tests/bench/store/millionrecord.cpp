// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "tests/bench/store/millionrecord.h"

#include "incidents/incidentbook.h"
#include "store/sqlitejournal.h"

#include <QJsonArray>

#include <cstdlib>

namespace lookout::test {

void appendMillionEntryRecord(const QString &path, const QDateTime &start)
{
    auto journal = store::openSqliteJournal(path);
    if (!journal)
        std::abort();
    QList<store::JournalDraft> batch;
    const QString commander = QStringLiteral("张指挥");
    qint64 minute = 0;
    for (int incident = 1; incident <= 1000; ++incident) {
        const QString id = QStringLiteral("%1-%2").arg(2018 + (incident - 1) / 999).arg((incident - 1) % 999 + 1, 3, 10, QLatin1Char('0'));
        auto at = [&] { return start.addSecs(60 * minute++); };
        auto level = [&](const char *action, int to) {
            return store::JournalDraft{at(), QStringLiteral("zhang"), QStringLiteral("wall"), incidents::kinds::kIncidentLevel,
                                       QJsonObject{{QStringLiteral("incident"), id}, {QStringLiteral("action"), QLatin1String(action)},
                                                   {QStringLiteral("level"), to}, {QStringLiteral("commander"), commander},
                                                   {QStringLiteral("reason"), QStringLiteral("signal")}},
                                       0};
        };
        batch.append(store::JournalDraft{at(), QStringLiteral("li"), QStringLiteral("desk-1"), incidents::kinds::kIncidentOpened,
                                         QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("title"), QStringLiteral("暴雨 %1").arg(incident)},
                                                     {QStringLiteral("hazard"), QStringLiteral("rainstorm")},
                                                     {QStringLiteral("districts"), QJsonArray{QStringLiteral("台山市")}}},
                                         0});
        batch.append(level("start", 4));
        batch.append(level("raise", 3));
        batch.append(level("raise", 2));
        for (int note = 0; note < 993; ++note)
            batch.append(store::JournalDraft{at(), QStringLiteral("li.duty"), QStringLiteral("desk-1"), QStringLiteral("note"),
                                             QJsonObject{{QStringLiteral("incident"), id},
                                                         {QStringLiteral("text"), QStringLiteral("台山转移群众 %1 人 evacuated").arg(minute)}},
                                             0});
        batch.append(level("lower", 4));
        batch.append(level("end", 0));
        batch.append(store::JournalDraft{at(), QStringLiteral("li"), QStringLiteral("desk-1"), incidents::kinds::kIncidentClosed,
                                         QJsonObject{{QStringLiteral("incident"), id}, {QStringLiteral("reason"), QStringLiteral("over")}}, 0});
        if (batch.size() >= 50000) {
            if (!(*journal)->append(batch).ok())
                std::abort();
            batch.clear();
        }
    }
    if (!batch.isEmpty() && !(*journal)->append(batch).ok())
        std::abort();
}

} // namespace lookout::test
