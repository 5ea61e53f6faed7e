// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "situation/situation.h"

#include <QAbstractListModel>
#include <QColor>
#include <QDateTime>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace lookout::qml {

// The fixes of one track for the desk's track table (newest first).
class TrackTableModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("part of TyphoonCard")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged FINAL)
    Q_PROPERTY(QString caption READ caption NOTIFY countChanged FINAL)

public:
    enum Role { TimeRole = Qt::UserRole + 1, PositionRole, GradeRole, GradeColorRole, WindRole, PressureRole, MotionRole, RadiiRole };
    Q_ENUM(Role)
    explicit TrackTableModel(QObject *parent = nullptr);
    void setTrack(const feeds::TyphoonTrack *track);
    QString caption() const { return m_caption; }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    std::vector<feeds::TrackPoint> m_points;
    QString m_caption;
};

// The typhoon card of the wall and the desk's typhoon page: the storm nearest in time, as known
// at the scenario clock, with each value labelled by the agency and averaging it comes from,
// the distance and bearing to the reference districts, and which districts each wind circle
// covers now and (carried along a forecast) when. GUI thread only; filled by the application.
class TyphoonCard : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("built by the application")
    Q_PROPERTY(bool active READ active NOTIFY changed FINAL)
    Q_PROPERTY(QString title READ title NOTIFY changed FINAL)
    Q_PROPERTY(QString grade READ grade NOTIFY changed FINAL)
    Q_PROPERTY(QColor gradeColor READ gradeColor NOTIFY changed FINAL)
    Q_PROPERTY(QString position READ position NOTIFY changed FINAL)
    Q_PROPERTY(QStringList winds READ winds NOTIFY changed FINAL)
    Q_PROPERTY(QString pressure READ pressure NOTIFY changed FINAL)
    Q_PROPERTY(QString motion READ motion NOTIFY changed FINAL)
    Q_PROPERTY(QString lastFix READ lastFix NOTIFY changed FINAL)
    Q_PROPERTY(QStringList distances READ distances NOTIFY changed FINAL)
    Q_PROPERTY(QVariantList exposure READ exposure NOTIFY changed FINAL)
    Q_PROPERTY(QString exposureNote READ exposureNote NOTIFY changed FINAL)
    Q_PROPERTY(QString sourceText READ sourceText NOTIFY changed FINAL)
    Q_PROPERTY(QString sourceState READ sourceState NOTIFY changed FINAL)
    Q_PROPERTY(lookout::qml::TrackTableModel *track READ track CONSTANT FINAL)
    Q_PROPERTY(QVariantList gradeLegend READ gradeLegend CONSTANT FINAL)

public:
    explicit TyphoonCard(QObject *parent = nullptr);

    // The situation's storm (its fixes, circles over the districts, distances), as text for the
    // wall and desk; null: no active storm.
    void setStorm(const situation::CycloneSituation *storm, const QDateTime &at);
    void setSource(const QString &text, const QString &state);
    // Which record a value or layer comes from, in the interface's language: "CMA best track",
    // "CMA real-time" (温州台风网), else the agency ("JTWC").
    static QString recordName(const QString &format, const QString &agency);

    bool active() const { return m_active; }
    QString title() const { return m_title; }
    QString grade() const { return m_grade; }
    QColor gradeColor() const { return m_gradeColor; }
    QString position() const { return m_position; }
    QStringList winds() const { return m_winds; }
    QString pressure() const { return m_pressure; }
    QString motion() const { return m_motion; }
    QString lastFix() const { return m_lastFix; }
    QStringList distances() const { return m_distances; }
    QVariantList exposure() const { return m_exposure; }
    QString exposureNote() const { return m_exposureNote; }
    QString sourceText() const { return m_sourceText; }
    QString sourceState() const { return m_sourceState; }
    TrackTableModel *track() { return &m_track; }
    // The GB/T 19201 grades with their map colours ({name, code, color}), for the legend.
    QVariantList gradeLegend() const;

signals:
    void changed();

private:
    bool m_active = false;
    QString m_title, m_grade, m_position, m_pressure, m_motion, m_lastFix, m_exposureNote, m_sourceText, m_sourceState;
    QColor m_gradeColor;
    QStringList m_winds, m_distances;
    QVariantList m_exposure;
    TrackTableModel m_track;
};

} // namespace lookout::qml
