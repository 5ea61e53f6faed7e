// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/clock.h"
#include "incidentdesk.h"
#include "plandesk.h"
#include "reportdesk.h"
#include "resourcedesk.h"
#include "seatlogin.h"
#include "maplayermodel.h"
#include "monitorlist.h"
#include "typhooncard.h"
#include "wallboard.h"
#include "warninglistmodel.h"

#include <QObject>
#include <QRect>
#include <QRectF>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace lookout::qml {

// The facade the app's QML binds to: which view to show, the workspace's map layers and home
// view, the warnings, the typhoon card, the water, rainfall, fire and fire-danger panels, and
// the scenario clock's time in Asia/Shanghai and UTC (ticking every second).
// Built and filled by app/main.cpp (the composition root) before QML loads, then handed to the
// engine as the `App` singleton. GUI thread only.
class AppController : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON
    Q_PROPERTY(QString view READ view NOTIFY viewChanged FINAL)
    Q_PROPERTY(QString deskPage READ deskPage NOTIFY viewChanged FINAL)
    Q_PROPERTY(QString title READ title NOTIFY workspaceChanged FINAL)
    // A seat of a shared server: how its connection stands ("" on an embedded workspace), and
    // whether it is down (the views show it in red; the desk's actions are refused meanwhile).
    Q_PROPERTY(QString serverStatus READ serverStatus NOTIFY serverChanged FINAL)
    Q_PROPERTY(bool serverDown READ serverDown NOTIFY serverChanged FINAL)
    Q_PROPERTY(QString workspacePath READ workspacePath NOTIFY workspaceChanged FINAL)
    Q_PROPERTY(lookout::qml::MapLayerModel *layers READ layers CONSTANT FINAL)
    Q_PROPERTY(QRectF homeExtent READ homeExtent NOTIFY workspaceChanged FINAL)
    Q_PROPERTY(QString localTime READ localTime NOTIFY timeChanged FINAL)
    Q_PROPERTY(QString localDate READ localDate NOTIFY timeChanged FINAL)
    Q_PROPERTY(QString utcTime READ utcTime NOTIFY timeChanged FINAL)
    Q_PROPERTY(QString clockMode READ clockMode NOTIFY timeChanged FINAL)
    Q_PROPERTY(bool clockLive READ clockLive NOTIFY timeChanged FINAL)
    Q_PROPERTY(QString version READ version CONSTANT FINAL)
    Q_PROPERTY(lookout::qml::WarningListModel *warnings READ warnings CONSTANT FINAL)
    Q_PROPERTY(lookout::qml::TyphoonCard *typhoon READ typhoon CONSTANT FINAL)
    Q_PROPERTY(lookout::qml::MonitorList *water READ water CONSTANT FINAL)
    Q_PROPERTY(lookout::qml::MonitorList *rainfall READ rainfall CONSTANT FINAL)
    Q_PROPERTY(lookout::qml::MonitorList *fire READ fire CONSTANT FINAL)
    Q_PROPERTY(lookout::qml::MonitorList *fireDanger READ fireDanger CONSTANT FINAL)
    // The wall's active incidents; the desk's incident and duty pages.
    Q_PROPERTY(lookout::qml::MonitorList *incidents READ incidents CONSTANT FINAL)
    Q_PROPERTY(lookout::qml::IncidentDesk *incidentDesk READ incidentDesk CONSTANT FINAL)
    Q_PROPERTY(lookout::qml::PlanDesk *planDesk READ planDesk CONSTANT FINAL)
    Q_PROPERTY(lookout::qml::ResourceDesk *resourceDesk READ resourceDesk CONSTANT FINAL)
    Q_PROPERTY(lookout::qml::ReportDesk *reportDesk READ reportDesk CONSTANT FINAL)
    // The wall's key figures, tour and takeovers; which part of it the first window shows (all,
    // map, board) and how it takes the screens (one, span, each; wallGeometry spans them all).
    Q_PROPERTY(lookout::qml::WallBoard *wall READ wall CONSTANT FINAL)
    Q_PROPERTY(QString wallPart READ wallPart CONSTANT FINAL)
    Q_PROPERTY(QString wallScreens READ wallScreens CONSTANT FINAL)
    Q_PROPERTY(QRect wallGeometry READ wallGeometry CONSTANT FINAL)
    // The sign-in to a shared server (the login view).
    Q_PROPERTY(lookout::qml::SeatLogin *login READ login CONSTANT FINAL)
    // The rainfall layer's legend: a title and a list of {color, label}; empty without the layer.
    Q_PROPERTY(QString rainLegendTitle READ rainLegendTitle NOTIFY rainLegendChanged FINAL)
    Q_PROPERTY(QVariantList rainLegend READ rainLegend NOTIFY rainLegendChanged FINAL)

public:
    // No default constructor: the engine must take the instance main() built, through create().
    explicit AppController(QObject *parent);

    // The engine asks for the singleton here; main.cpp has set the instance beforehand.
    static AppController *create(QQmlEngine *, QJSEngine *engine);
    static void setInstance(AppController *controller);
    static AppController *instance();

    QString view() const { return m_view; }
    void setView(const QString &view);
    QString deskPage() const { return m_deskPage; }
    void setDeskPage(const QString &page);
    QString title() const { return m_title; }
    QString workspacePath() const { return m_workspacePath; }
    void setWorkspace(const QString &path, const QString &title, const QRectF &homeExtent);
    QString serverStatus() const { return m_serverStatus; }
    bool serverDown() const { return m_serverDown; }
    void setServerState(const QString &status, bool down)
    {
        m_serverStatus = status;
        m_serverDown = down;
        emit serverChanged();
    }
    MapLayerModel *layers() { return &m_layers; }
    WarningListModel *warnings() { return &m_warnings; }
    TyphoonCard *typhoon() { return &m_typhoon; }
    MonitorList *water() { return &m_water; }
    MonitorList *rainfall() { return &m_rainfall; }
    MonitorList *fire() { return &m_fire; }
    MonitorList *fireDanger() { return &m_fireDanger; }
    MonitorList *incidents() { return &m_incidents; }
    IncidentDesk *incidentDesk() { return &m_incidentDesk; }
    PlanDesk *planDesk() { return &m_planDesk; }
    ResourceDesk *resourceDesk() { return &m_resourceDesk; }
    ReportDesk *reportDesk() { return &m_reportDesk; }
    SeatLogin *login() { return &m_login; }
    WallBoard *wall() { return &m_wall; }
    QString wallPart() const { return m_wallPart; }
    QString wallScreens() const { return m_wallScreens; }
    QRect wallGeometry() const { return m_wallGeometry; }
    // Before QML loads.
    void setWallLayout(const QString &part, const QString &screens, const QRect &geometry)
    {
        m_wallPart = part;
        m_wallScreens = screens;
        m_wallGeometry = geometry;
    }
    QString rainLegendTitle() const { return m_rainLegendTitle; }
    QVariantList rainLegend() const { return m_rainLegend; }
    void setRainLegend(const QString &title, const QVariantList &entries);
    QDateTime now() const { return m_now; }
    QRectF homeExtent() const { return m_homeExtent; }
    // Widens the home view (e.g. to bring an approaching typhoon into the picture).
    void setHomeExtent(const QRectF &extent);

    void setClock(const Clock &clock);
    QString localTime() const;
    QString localDate() const;
    QString utcTime() const;
    QString clockMode() const;
    bool clockLive() const;
    QString version() const;

signals:
    void viewChanged();
    void workspaceChanged();
    void timeChanged();
    void rainLegendChanged();
    void serverChanged();

private:
    void tick();

    SeatLogin m_login;
    QString m_view = QStringLiteral("wall");
    QString m_deskPage = QStringLiteral("map");
    QString m_title;
    QString m_serverStatus;
    bool m_serverDown = false;
    QString m_workspacePath;
    QRectF m_homeExtent;
    MapLayerModel m_layers;
    WarningListModel m_warnings;
    TyphoonCard m_typhoon;
    MonitorList m_water;
    MonitorList m_rainfall;
    MonitorList m_fire;
    MonitorList m_fireDanger;
    MonitorList m_incidents;
    IncidentDesk m_incidentDesk;
    PlanDesk m_planDesk;
    ResourceDesk m_resourceDesk;
    ReportDesk m_reportDesk;
    WallBoard m_wall;
    QString m_wallPart = QStringLiteral("all");
    QString m_wallScreens = QStringLiteral("one");
    QRect m_wallGeometry;
    QString m_rainLegendTitle;
    QVariantList m_rainLegend;
    Clock m_clock;
    QDateTime m_now;
    QTimer m_ticker;
};

} // namespace lookout::qml
