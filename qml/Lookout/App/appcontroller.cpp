// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "appcontroller.h"

#include "core/timeformat.h"

#include <QCoreApplication>
#include <QJSEngine>

namespace lookout::qml {

namespace {
AppController *s_instance = nullptr;
}

AppController::AppController(QObject *parent) : QObject(parent)
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &AppController::tick);
    m_ticker.start();
    tick();
}

AppController *AppController::create(QQmlEngine *, QJSEngine *engine)
{
    Q_ASSERT(s_instance);
    Q_UNUSED(engine)
    // Owned by main(), never by the engine.
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void AppController::setInstance(AppController *controller)
{
    s_instance = controller;
}

AppController *AppController::instance()
{
    return s_instance;
}

void AppController::setView(const QString &view)
{
    if (m_view == view)
        return;
    m_view = view;
    emit viewChanged();
}

void AppController::setWorkspace(const QString &path, const QString &title, const QRectF &homeExtent)
{
    m_workspacePath = path;
    m_title = title;
    m_homeExtent = homeExtent;
    emit workspaceChanged();
}

void AppController::setClock(const Clock &clock)
{
    m_clock = clock;
    tick();
}

void AppController::tick()
{
    m_now = m_clock.now();
    // Ages move by the minute; re-evaluating them every second would only churn the views.
    if (m_layers.referenceTime().secsTo(m_now) >= 60 || m_now < m_layers.referenceTime())
        m_layers.setReferenceTime(m_now);
    m_wall.setNow(m_now);
    emit timeChanged();
}

QString AppController::localTime() const
{
    return m_now.toTimeZone(displayZone()).toString(QStringLiteral("HH:mm:ss"));
}

QString AppController::localDate() const
{
    return m_now.toTimeZone(displayZone()).toString(QStringLiteral("yyyy-MM-dd"));
}

QString AppController::utcTime() const
{
    return m_now.toUTC().toString(QStringLiteral("HH:mm:ss")) + QStringLiteral(" UTC");
}

bool AppController::clockLive() const
{
    return m_clock.mode() == Clock::Mode::Live;
}

QString AppController::clockMode() const
{
    switch (m_clock.mode()) {
    case Clock::Mode::Live: return tr("LIVE");
    case Clock::Mode::Replay: return tr("REPLAY");
    case Clock::Mode::Frozen: return tr("FIXED TIME");
    }
    return {};
}

void AppController::setRainLegend(const QString &title, const QVariantList &entries)
{
    m_rainLegendTitle = title;
    m_rainLegend = entries;
    emit rainLegendChanged();
}

void AppController::setHomeExtent(const QRectF &extent)
{
    m_homeExtent = extent;
    emit workspaceChanged();
}

void AppController::setDeskPage(const QString &page)
{
    m_deskPage = page;
    emit viewChanged();
}

QString AppController::version() const
{
    return QCoreApplication::applicationVersion();
}

} // namespace lookout::qml
