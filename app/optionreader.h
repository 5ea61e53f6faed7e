// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"

#include <QList>
#include <QStringList>

namespace lookout::app {

// Reads a subcommand's options into the fields named for them: `--name VALUE` into a string, a
// repeatable `--name VALUE` appended to a list, a `--flag` into a bool; the other words are its
// positional arguments. An unknown option or a missing value is one line saying which.
class OptionReader {
public:
    explicit OptionReader(QString command) : m_command(std::move(command)) {}
    OptionReader &value(const char *name, QString *into);
    OptionReader &list(const char *name, QStringList *into);
    OptionReader &flag(const char *name, bool *into);
    // Reads arguments[from..]; returns the positional ones.
    Result<QStringList> read(const QStringList &arguments, qsizetype from = 0) const;

private:
    struct Option {
        QString name;
        QString *value = nullptr;
        QStringList *list = nullptr;
        bool *flag = nullptr;
    };
    QString m_command;
    QList<Option> m_options;
};

} // namespace lookout::app
