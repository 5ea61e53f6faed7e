// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// libFuzzer target: the plan reader (yaml-cpp underneath) on arbitrary bytes returns a plan whose
// levels are valid response levels and whose every problem is located, or the problems; it never
// throws or crashes.
#include "plans/planreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const lookout::plans::PlanReading reading = lookout::plans::readPlan(bytes, QStringLiteral("fuzz.yaml"));
    if (reading.ok() != reading.problems.isEmpty())
        __builtin_trap();  // a plan and problems, or neither
    if (reading.plan) {
        for (const lookout::plans::PlanLevel &level : reading.plan->levels)
            if (level.level < 1 || level.level > 4)
                __builtin_trap();  // a level the reader let through outside Ⅳ … Ⅰ
        if (reading.plan->id.isEmpty() || reading.plan->levels.isEmpty())
            __builtin_trap();
    }
    for (const lookout::plans::PlanProblem &problem : reading.problems)
        if (problem.message.isEmpty())
            __builtin_trap();  // a problem that says nothing
    return 0;
}
