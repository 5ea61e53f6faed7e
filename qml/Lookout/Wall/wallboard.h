// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include <QColor>
#include <QDateTime>
#include <QObject>
#include <QRectF>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace lookout::qml {

// A key figure as the wall shows it: its caption, the figure, one line under it, and the data
// behind it with its age. Worded by the app's presenter from the situation's key figures.
struct WallTile {
    QString kind;        // "warnings", "storm", … (situation::KeyFigure::Kind)
    QString caption;
    QString value;       // the figure; empty when `chips` carry it
    QVariantList chips;  // {text, color} per level (warnings by colour, incidents by level)
    QString note;
    QColor tone;         // the figure's colour
    QString state;       // "nodata" | "clear" | "reported"
    QString focus;       // the tour focus that shows its details; empty: none
    QDateTime newest;    // the newest datum behind it
};

// One line of a focus's panel: the thing, its figure, the colour of its state.
struct WallLine {
    QString text;
    QString value;
    QColor color;
};

// A focus of the tour that has something to show: a map extent and a panel of lines.
struct WallFocus {
    QString id;          // situation::toString(TourFocus)
    QString name;        // the tour strip's short name: "Typhoon"
    QString title;       // the panel's: "Typhoon · 山竹 MANGKHUT"
    QRectF extent;       // lon/lat
    QList<WallLine> lines;
    QString source;      // where its data comes from and how old, one line
};

// What takes the wall over: a banner in the level's colour, the map to its area, held until the
// desk acknowledges it in the record.
struct WallTakeover {
    QString key;
    QString kind;        // "warning" | "level" | "suggestion"
    QString headline;
    QStringList lines;
    QColor color;
    QRectF extent;       // invalid: keep the map where the tour had it
    QString sender;      // a warning's: the desk acknowledges the warning itself
    QString identifier;
    QString incident;    // the incident it concerns (its acknowledgement is that incident's entry)
};

// The wall's board: the key-figure tiles, the tour of foci (a dwell each, steered by keys), and
// the takeover that interrupts it. Filled by the app's presenter with each situation; the tour
// advances on its own timer. GUI thread.
class WallBoard : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("filled by the app")
    Q_PROPERTY(QVariantList tiles READ tiles NOTIFY tilesChanged FINAL)
    Q_PROPERTY(QVariantList foci READ foci NOTIFY tourChanged FINAL)
    Q_PROPERTY(int focusIndex READ focusIndex NOTIFY tourChanged FINAL)
    Q_PROPERTY(QVariantMap focus READ focus NOTIFY tourChanged FINAL)
    Q_PROPERTY(bool paused READ paused NOTIFY tourChanged FINAL)
    Q_PROPERTY(int dwellSeconds READ dwellSeconds NOTIFY tourChanged FINAL)
    Q_PROPERTY(QVariantMap takeover READ takeover NOTIFY takeoverChanged FINAL)
    Q_PROPERTY(int takeovers READ takeoverCount NOTIFY takeoverChanged FINAL)
    Q_PROPERTY(QVariantList pendingTakeovers READ pendingTakeovers NOTIFY takeoverChanged FINAL)

public:
    explicit WallBoard(QObject *parent = nullptr);

    void setTiles(QList<WallTile> tiles);
    // The foci with content, in tour order. The tour stays on the focus it showed when that one
    // still has content, else starts from the first.
    void setFoci(QList<WallFocus> foci);
    void setTakeovers(QList<WallTakeover> takeovers);
    // The clock: tile ages are worded against it.
    void setNow(const QDateTime &now);
    // How long each focus is shown; 0 stops the tour on the current focus.
    void setDwellSeconds(int seconds);
    // Shows the focus named, holding the tour there (paused, as the operator's space key does)
    // unless `pause` is false (a render, whose tour does not move anyway); false when there is no
    // such focus with content.
    bool holdFocus(const QString &id, bool pause = true);
    // Hides takeovers on this wall (a render of one focus); they stay pending on the desk.
    void setTakeoversShown(bool shown);

    QVariantList tiles() const { return m_tileRows; }
    QVariantList foci() const;
    int focusIndex() const { return m_index; }
    QVariantMap focus() const;
    bool paused() const { return m_paused; }
    int dwellSeconds() const { return m_dwell; }
    QVariantMap takeover() const;
    int takeoverCount() const { return m_takeoversShown ? int(m_takeovers.size()) : 0; }
    QVariantList pendingTakeovers() const;  // for the desk's notice: every one, shown or not
    const QList<WallFocus> &focusList() const { return m_foci; }

    // The operator's keys (arrows, space, number keys): next and previous focus, pause, the n-th
    // focus of the tour order (1-based, over those with content).
    Q_INVOKABLE void next();
    Q_INVOKABLE void previous();
    Q_INVOKABLE void togglePause();
    Q_INVOKABLE void select(int number);

signals:
    void tilesChanged();
    void tourChanged();
    void takeoverChanged();

private:
    void refreshTiles();
    bool touring() const;
    // A step, a pause or a new dwell starts the dwell again; new data on the same stop keeps it.
    void restartTimer();
    void keepTimer(bool sameStop);

    QList<WallTile> m_tiles;
    QVariantList m_tileRows;
    QList<WallFocus> m_foci;
    QList<WallTakeover> m_takeovers;
    QDateTime m_now;
    int m_index = 0;
    int m_dwell = 20;
    bool m_paused = false;
    bool m_takeoversShown = true;
    QTimer m_timer;
};

} // namespace lookout::qml
