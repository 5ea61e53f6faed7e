// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <variant>

namespace lookout {

// What went wrong, said so that a duty officer or a developer can act on it: a stable code for
// programs, a message for people, and the context (file, line, field, layer...) that locates it.
// Plain value type; safe to copy between threads.
struct Error {
    enum class Code {
        InvalidArgument,  // the caller asked for something that makes no sense
        NotFound,         // a file, layer or record that is not there
        Io,               // the operating system refused a read or a write
        Corrupt,          // the bytes are there but are not what their format says
        Empty,            // a well-formed source that holds nothing usable
        Unsupported,      // a format, CRS or feature this build cannot handle
        Projection,       // PROJ could not build or run a transform
        Cancelled,        // the owner cancelled the job
        Conflict,         // someone else changed it first: read again and retry
        Refused,          // a shared server's rules refused it (what the seat may read or write)
        Internal,         // a bug: an invariant did not hold
    };

    Code code = Code::Internal;
    QString message;
    QStringList context;

    // "message (context; context)" on one line, for logs and the CLI.
    QString toString() const;
    static QString codeName(Code code);

    // Adds a context line in front (outermost first), so errors read from the top down.
    Error &&withContext(const QString &where) &&;
};

// Either a value or an Error: what every public library function returns instead of throwing.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}  // NOLINT: implicit on purpose
    Result(Error error) : m_state(std::move(error)) {}  // NOLINT: implicit on purpose

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// Result<void>: success carries nothing.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}  // NOLINT: implicit on purpose

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(Error::Code code, QString message, QStringList context = {})
{
    return Error{code, std::move(message), std::move(context)};
}

} // namespace lookout
