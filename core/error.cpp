// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "core/result.h"

namespace lookout {

QString Error::toString() const
{
    if (context.isEmpty())
        return message;
    return message + QStringLiteral(" (") + context.join(QStringLiteral("; ")) + QLatin1Char(')');
}

QString Error::codeName(Code code)
{
    switch (code) {
    case Code::InvalidArgument: return QStringLiteral("invalid-argument");
    case Code::NotFound: return QStringLiteral("not-found");
    case Code::Io: return QStringLiteral("io");
    case Code::Corrupt: return QStringLiteral("corrupt");
    case Code::Empty: return QStringLiteral("empty");
    case Code::Unsupported: return QStringLiteral("unsupported");
    case Code::Projection: return QStringLiteral("projection");
    case Code::Cancelled: return QStringLiteral("cancelled");
    case Code::Conflict: return QStringLiteral("conflict");
    case Code::Refused: return QStringLiteral("refused");
    case Code::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("unknown");
}

Error &&Error::withContext(const QString &where) &&
{
    context.prepend(where);
    return std::move(*this);
}

} // namespace lookout
