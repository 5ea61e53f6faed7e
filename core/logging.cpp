// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "core/logging.h"

Q_LOGGING_CATEGORY(lcCore, "lookout.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGis, "lookout.gis", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRender, "lookout.render", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "lookout.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFeeds, "lookout.feeds", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "lookout.app", QtInfoMsg)
