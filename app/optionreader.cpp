// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "optionreader.h"

namespace lookout::app {

OptionReader &OptionReader::value(const char *name, QString *into)
{
    m_options.append(Option{QString::fromLatin1(name), into, nullptr, nullptr});
    return *this;
}

OptionReader &OptionReader::list(const char *name, QStringList *into)
{
    m_options.append(Option{QString::fromLatin1(name), nullptr, into, nullptr});
    return *this;
}

OptionReader &OptionReader::flag(const char *name, bool *into)
{
    m_options.append(Option{QString::fromLatin1(name), nullptr, nullptr, into});
    return *this;
}

Result<QStringList> OptionReader::read(const QStringList &arguments, qsizetype from) const
{
    QStringList positional;
    for (qsizetype i = from; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!argument.startsWith(QLatin1String("--"))) {
            positional.append(argument);
            continue;
        }
        const auto option = std::find_if(m_options.begin(), m_options.end(), [&](const Option &o) { return o.name == argument; });
        if (option == m_options.end())
            return makeError(Error::Code::InvalidArgument, QStringLiteral("unknown option '%1' for %2").arg(argument, m_command));
        if (option->flag) {
            *option->flag = true;
            continue;
        }
        if (i + 1 >= arguments.size())
            return makeError(Error::Code::InvalidArgument, QStringLiteral("%1 takes a value").arg(argument));
        const QString &value = arguments.at(++i);
        if (option->list)
            option->list->append(value);
        else
            *option->value = value;
    }
    return positional;
}

} // namespace lookout::app
