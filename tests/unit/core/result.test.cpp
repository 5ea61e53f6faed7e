// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "core/result.h"

#include <gtest/gtest.h>

using namespace lookout;

namespace {
Result<int> half(int value)
{
    if (value % 2)
        return makeError(Error::Code::InvalidArgument, QStringLiteral("odd value"), {QString::number(value)});
    return value / 2;
}
} // namespace

TEST(Result, CarriesValueOrError)
{
    auto good = half(8);
    ASSERT_TRUE(good.ok());
    EXPECT_EQ(*good, 4);

    auto bad = half(7);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, Error::Code::InvalidArgument);
    EXPECT_EQ(bad.error().toString(), QStringLiteral("odd value (7)"));
}

TEST(Result, ContextReadsOutermostFirst)
{
    Error error = makeError(Error::Code::Corrupt, QStringLiteral("bad ring"), {QStringLiteral("feature 3")});
    error = std::move(error).withContext(QStringLiteral("zhuhai.json"));
    EXPECT_EQ(error.toString(), QStringLiteral("bad ring (zhuhai.json; feature 3)"));
    EXPECT_EQ(Error::codeName(Error::Code::Corrupt), QStringLiteral("corrupt"));
}

TEST(Result, VoidResult)
{
    Result<void> fine;
    EXPECT_TRUE(fine.ok());
    Result<void> failed = makeError(Error::Code::Io, QStringLiteral("disk full"));
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().message, QStringLiteral("disk full"));
}
