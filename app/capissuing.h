// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "feeds/capalert.h"
#include "incidents/incident.h"
#include "reports/capcompose.h"
#include "store/workspace.h"

#include <QByteArray>
#include <QString>

namespace lookout::app {

// How this workspace issues CAP: its sender and issuer code, where it publishes and where it
// POSTs (settings cap_sender, cap_sender_name, cap_issuer_code, cap_publish_folder, cap_post_url;
// a folder relative to the workspace's own). Defaults: issuer 440400, sender lookout-<issuer>,
// published to cap-out/ beside the workspace, no POST.
struct CapChannel {
    reports::CapIssuer issuer;
    QString publishFolder;
    QString postUrl;
    int postTimeoutMs = 15000;
};
CapChannel capChannelOf(store::Workspace &workspace, const QString &publishFolder = {}, const QString &postUrl = {});

// What issuing did. The message is issued once it is in the record; publishing and the POST
// follow, and what failed of them is said (the message stays issued and published as far as it
// got; nothing is retried silently).
struct CapIssued {
    feeds::CapAlert alert;
    QByteArray xml;
    qint64 sequence = 0;
    QString publishedTo;   // the folder
    int postStatus = 0;    // HTTP status of the POST; 0: none made
    QString postProblem;   // why the POST failed
};

enum class CapAction { Alert, Update, Cancel };

// Issues a warning (or an update or cancel of one this bureau issued, `previous` its identifier):
// composed from the form, written as CAP 1.2, recorded as a `cap.issued` entry by `actor`, taken
// into the workspace's own warning registry (so the wall shows it like any other), published
// to the channel's folder with the Atom index, and POSTed when the channel has an endpoint.
Result<CapIssued> issueCap(store::Workspace &workspace, const CapChannel &channel, CapAction action, const reports::CapForm &form,
                           const QString &previous, const QString &note, const incidents::Actor &actor);

// The form a message was issued with (its Chinese and English blocks), to start an update from.
Result<reports::CapForm> formOfIssued(const QByteArray &xml);

} // namespace lookout::app
