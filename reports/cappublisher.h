// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "feeds/httpclient.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace lookout::reports {

// One issued message as published.
struct PublishedMessage {
    QString identifier;
    QString headline;
    QString msgType;  // Alert, Update, Cancel
    QString status;   // Actual, Exercise, Test
    QDateTime sent;
    QByteArray xml;
};

// The file a message is published as: its identifier with anything but letters, digits, '.', '-'
// and '_' made '_', then ".xml".
QString publishedFileName(const QString &identifier);

// Publishes to a folder any web server can serve downstream: `message`'s file, and index.atom
// (Atom 1.0) listing every message of `issued` newest first, each entry linking its file. Both
// written whole or not at all (a file is replaced only by a complete new one).
Result<void> publishToFolder(const QString &folder, const PublishedMessage &message, const QList<PublishedMessage> &issued,
                             const QString &feedTitle, const QString &sender);

// POSTs the message to a downstream endpoint (Content-Type application/cap+xml) and waits for the
// answer (not on the GUI thread). An HTTP error, a timeout or a refused connection is an error
// saying so; nothing is retried silently.
Result<int> postMessage(feeds::HttpClient &client, const QString &url, const QByteArray &xml, int timeoutMs = 15000);

} // namespace lookout::reports
