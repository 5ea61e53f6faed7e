// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "wallboard.h"

#include "core/timeformat.h"

namespace lookout::qml {

namespace {

QVariantList lineList(const QList<WallLine> &lines)
{
    QVariantList out;
    for (const WallLine &line : lines)
        out.append(QVariantMap{{QStringLiteral("text"), line.text}, {QStringLiteral("value"), line.value}, {QStringLiteral("color"), line.color}});
    return out;
}

QVariantMap takeoverMap(const WallTakeover &takeover)
{
    return {{QStringLiteral("key"), takeover.key},        {QStringLiteral("kind"), takeover.kind},
            {QStringLiteral("headline"), takeover.headline}, {QStringLiteral("lines"), takeover.lines},
            {QStringLiteral("color"), takeover.color},    {QStringLiteral("extent"), takeover.extent},
            {QStringLiteral("sender"), takeover.sender},  {QStringLiteral("identifier"), takeover.identifier},
            {QStringLiteral("incident"), takeover.incident}};
}

} // namespace

WallBoard::WallBoard(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &WallBoard::next);
}

void WallBoard::setTiles(QList<WallTile> tiles)
{
    m_tiles = std::move(tiles);
    refreshTiles();
}

void WallBoard::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_tiles.isEmpty())
        refreshTiles();
}

// Rewords the ages; the tiles change only when a text does (a minute, not every second).
void WallBoard::refreshTiles()
{
    QVariantList rows;
    for (const WallTile &tile : m_tiles) {
        QString age;
        if (tile.state == QLatin1String("nodata"))
            age = tr("no data");
        else if (tile.newest.isValid() && m_now.isValid())
            age = tr("%1 ago").arg(formatAge(std::max<qint64>(0, tile.newest.secsTo(m_now))));
        rows.append(QVariantMap{{QStringLiteral("kind"), tile.kind},   {QStringLiteral("caption"), tile.caption},
                                {QStringLiteral("value"), tile.value}, {QStringLiteral("chips"), tile.chips},
                                {QStringLiteral("note"), tile.note},   {QStringLiteral("tone"), tile.tone},
                                {QStringLiteral("state"), tile.state}, {QStringLiteral("focus"), tile.focus},
                                {QStringLiteral("age"), age}});
    }
    if (rows != m_tileRows) {
        m_tileRows = rows;
        emit tilesChanged();
    }
}

void WallBoard::setFoci(QList<WallFocus> foci)
{
    const QString shown = m_index < m_foci.size() ? m_foci.at(m_index).id : QString();
    m_foci = std::move(foci);
    m_index = 0;
    for (int i = 0; i < m_foci.size(); ++i)
        if (m_foci.at(i).id == shown)
            m_index = i;
    emit tourChanged();
    // A new picture of the same stop keeps its dwell: seats refresh more often than it lasts.
    keepTimer(m_index < m_foci.size() && m_foci.at(m_index).id == shown);
}

void WallBoard::setTakeovers(QList<WallTakeover> takeovers)
{
    m_takeovers = std::move(takeovers);
    emit takeoverChanged();
    keepTimer(true);
}

void WallBoard::setDwellSeconds(int seconds)
{
    m_dwell = std::max(0, seconds);
    emit tourChanged();
    restartTimer();
}

bool WallBoard::holdFocus(const QString &id, bool pause)
{
    for (int i = 0; i < m_foci.size(); ++i)
        if (m_foci.at(i).id == id) {
            m_index = i;
            m_paused = m_paused || pause;
            emit tourChanged();
            restartTimer();
            return true;
        }
    return false;
}

void WallBoard::setTakeoversShown(bool shown)
{
    m_takeoversShown = shown;
    emit takeoverChanged();
    restartTimer();
}

QVariantList WallBoard::foci() const
{
    QVariantList out;
    for (const WallFocus &focus : m_foci)
        out.append(QVariantMap{{QStringLiteral("id"), focus.id}, {QStringLiteral("name"), focus.name}});
    return out;
}

QVariantMap WallBoard::focus() const
{
    if (m_index >= m_foci.size())
        return {};
    const WallFocus &focus = m_foci.at(m_index);
    return {{QStringLiteral("id"), focus.id},         {QStringLiteral("title"), focus.title},
            {QStringLiteral("extent"), focus.extent}, {QStringLiteral("lines"), lineList(focus.lines)},
            {QStringLiteral("source"), focus.source}};
}

QVariantMap WallBoard::takeover() const
{
    if (!m_takeoversShown || m_takeovers.isEmpty())
        return {};
    return takeoverMap(m_takeovers.front());
}

QVariantList WallBoard::pendingTakeovers() const
{
    QVariantList out;
    for (const WallTakeover &takeover : m_takeovers)
        out.append(takeoverMap(takeover));
    return out;
}

void WallBoard::next()
{
    if (!m_foci.isEmpty())
        m_index = (m_index + 1) % int(m_foci.size());
    emit tourChanged();
    restartTimer();
}

void WallBoard::previous()
{
    if (!m_foci.isEmpty())
        m_index = (m_index + int(m_foci.size()) - 1) % int(m_foci.size());
    emit tourChanged();
    restartTimer();
}

void WallBoard::togglePause()
{
    m_paused = !m_paused;
    emit tourChanged();
    restartTimer();
}

void WallBoard::select(int number)
{
    if (number < 1 || number > m_foci.size())
        return;
    m_index = number - 1;
    emit tourChanged();
    restartTimer();
}

// The tour moves while not paused, with more than one focus, and no takeover on the wall.
bool WallBoard::touring() const
{
    return !m_paused && m_dwell > 0 && m_foci.size() > 1 && takeoverCount() == 0;
}

void WallBoard::restartTimer()
{
    m_timer.stop();
    if (touring())
        m_timer.start(m_dwell * 1000);
}

void WallBoard::keepTimer(bool sameStop)
{
    if (!touring())
        m_timer.stop();
    else if (!sameStop || !m_timer.isActive())
        m_timer.start(m_dwell * 1000);
}

} // namespace lookout::qml
