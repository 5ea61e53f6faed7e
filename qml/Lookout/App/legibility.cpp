// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "legibility.h"

#include <QFont>
#include <QFontInfo>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTextDocumentFragment>

namespace lookout::qml {

namespace {

void walk(QQuickItem *item, double opacity, const QRectF &window, QList<ShownText> &found)
{
    if (!item->isVisible())
        return;
    opacity *= item->opacity();
    if (opacity <= 0.01)
        return;
    const QVariant text = item->property("text");
    const QVariant font = item->property("font");
    if (text.typeId() == QMetaType::QString && font.typeId() == QMetaType::QFont && !text.toString().trimmed().isEmpty()
        && item->width() > 0 && item->height() > 0) {
        const QRectF onScreen = item->mapRectToScene(item->boundingRect());
        if (onScreen.intersects(window)) {
            const QFont f = font.value<QFont>();
            const double size = f.pixelSize() > 0 ? f.pixelSize() : QFontInfo(f).pixelSize();
            const double scale = item->height() > 0 ? onScreen.height() / item->height() : 1.0;
            // What is read: rich text without its markup.
            const QString shown = Qt::mightBeRichText(text.toString()) ? QTextDocumentFragment::fromHtml(text.toString()).toPlainText() : text.toString();
            found.append({shown.simplified(), size * scale});
        }
    }
    // A map's labels are drawn into its image: the map says which, and at what size.
    if (const QVariant labels = item->property("drawnLabels"); labels.typeId() == QMetaType::QVariantList && item->height() > 0) {
        const double scale = item->mapRectToScene(item->boundingRect()).height() / item->height();
        for (const QVariant &label : labels.toList()) {
            const QVariantMap drawn = label.toMap();
            found.append({drawn.value(QStringLiteral("text")).toString().simplified(), drawn.value(QStringLiteral("pixelSize")).toDouble() * scale});
        }
    }
    for (QQuickItem *child : item->childItems())
        walk(child, opacity, window, found);
}

} // namespace

QList<ShownText> visibleTexts(QQuickItem *root)
{
    QList<ShownText> found;
    if (!root)
        return found;
    const QRectF window = root->window() ? QRectF(0, 0, root->window()->width(), root->window()->height())
                                         : root->mapRectToScene(root->boundingRect());
    walk(root, 1.0, window, found);
    return found;
}

QList<ShownText> smallerThan(const QList<ShownText> &texts, double minimumPixels)
{
    QList<ShownText> small;
    for (const ShownText &text : texts)
        if (text.pixelSize < minimumPixels - 0.5)
            small.append(text);
    return small;
}

QList<ShownText> textsSmallerThan(QQuickItem *root, double minimumPixels)
{
    return smallerThan(visibleTexts(root), minimumPixels);
}

} // namespace lookout::qml
