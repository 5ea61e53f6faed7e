// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "incidents/incidentledger.h"
#include "store/sqlitejournal.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <optional>

namespace lookout::test {

QDateTime utc(int year, int month, int day, int hour, int minute = 0);
// The standard output of `program` (empty after 30 s without an end).
QString run(const QString &program, const QStringList &arguments);

// A workspace with the districts and divisions of Zhuhai and Jiangmen, the real tracks of
// Mangkhut and the VIIRS detections, and the Mangkhut exercise recorded as the demo records it.
class MangkhutExerciseTest : public ::testing::Test {
protected:
    void SetUp() override;
    incidents::RecordState knownAt(const QDateTime &at);

    QTemporaryDir m_dir;
    std::optional<store::Workspace> m_workspace;
    std::optional<store::SqliteJournal> m_journal;
};

} // namespace lookout::test
