// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "reports/reporttext.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>
#include <QUrl>

namespace lookout::reports {

namespace {

const char *const kStyle =
    "body { font-family: 'Noto Sans CJK SC', 'Noto Sans', sans-serif; font-size: 11pt; color: #111; max-width: 50em; margin: 2em auto; }"
    "h1 { font-size: 18pt; text-align: center; margin-bottom: 0.6em; }"
    "h2 { font-size: 13pt; border-bottom: 1px solid #888; margin-top: 1.2em; }"
    "p { line-height: 150%; margin: 0.3em 0; }"
    "li { line-height: 150%; }"
    "table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: 2px 6px; }"
    ".banner { background: #fff3c4; border: 2px solid #c89000; padding: 4px; text-align: center; font-weight: bold; }"
    ".draft { color: #b00000; font-weight: bold; text-align: center; }"
    ".figure { text-align: center; margin: 0.8em 0; } .caption { font-size: 9pt; color: #444; }";

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString bodyOf(const QString &text)
{
    static const QRegularExpression figure(QStringLiteral("^!\\[(.*)\\]\\(([^)]+)\\)$"));
    QString html;
    bool inList = false;
    auto closeList = [&] {
        if (inList)
            html += QStringLiteral("</ul>\n");
        inList = false;
    };
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty()) {
            closeList();
            continue;
        }
        if (line.startsWith(QLatin1String("- "))) {
            if (!inList)
                html += QStringLiteral("<ul>\n");
            inList = true;
            html += QStringLiteral("<li>%1</li>\n").arg(escaped(line.mid(2)));
            continue;
        }
        closeList();
        if (line.startsWith(QLatin1String("## ")))
            html += QStringLiteral("<h2>%1</h2>\n").arg(escaped(line.mid(3)));
        else if (line.startsWith(QLatin1String("# ")))
            html += QStringLiteral("<h1>%1</h1>\n").arg(escaped(line.mid(2)));
        else if (const QRegularExpressionMatch match = figure.match(line); match.hasMatch())
            html += QStringLiteral("<div class=\"figure\"><img src=\"%1.png\" width=\"600\"/><div class=\"caption\">%2</div></div>\n")
                        .arg(escaped(match.captured(2)), escaped(match.captured(1)));
        else
            html += QStringLiteral("<p>%1</p>\n").arg(escaped(line));
    }
    closeList();
    return html;
}

} // namespace

QString reportHtml(const QString &text, bool exercise, bool draft)
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"/><title>%1</title><style>%2</style></head><body>\n")
                       .arg(escaped(text.section(QLatin1Char('\n'), 0, 0).remove(QRegularExpression(QStringLiteral("^#\\s*")))),
                            QString::fromLatin1(kStyle));
    if (exercise)
        html += QStringLiteral("<div class=\"banner\">演练 EXERCISE — 本文件为演练内容，非真实事件 / exercise content, not a real event</div>\n");
    if (draft)
        html += QStringLiteral("<div class=\"draft\">草稿 DRAFT — 未签发 / not issued</div>\n");
    return html + bodyOf(text) + QStringLiteral("</body></html>\n");
}

Result<void> writeReportPdf(const QString &text, const QString &path, bool exercise, bool draft, const QMap<QString, QImage> &images)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 18, 18, 22), QPageLayout::Millimeter);
    writer.setResolution(150);
    writer.setTitle(text.section(QLatin1Char('\n'), 0, 0).remove(QRegularExpression(QStringLiteral("^#\\s*"))));
    writer.setCreator(QStringLiteral("Lookout"));
    QTextDocument document;
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPointSizeF(10.5);
    document.setDefaultFont(font);
    for (auto it = images.cbegin(); it != images.cend(); ++it)
        document.addResource(QTextDocument::ImageResource, QUrl(it.key() + QStringLiteral(".png")), it.value());
    document.setHtml(reportHtml(text, exercise, draft));
    QPainter painter;
    if (!painter.begin(&writer))
        return makeError(Error::Code::Io, QStringLiteral("cannot write the PDF"), {path});
    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    const double footer = writer.resolution() * 0.35;
    document.setPageSize(QSizeF(page.width(), page.height() - footer));
    const int pages = document.pageCount();
    for (int n = 0; n < pages; ++n) {
        if (n > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -n * (page.height() - footer));
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, n * (page.height() - footer), page.width(), page.height() - footer);
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        QFont small = font;
        small.setPointSizeF(8);
        painter.setFont(small);
        painter.setPen(QColor(90, 90, 90));
        painter.drawText(QRectF(0, page.height() - footer * 0.8, page.width(), footer * 0.8), Qt::AlignCenter,
                         QStringLiteral("%1 / %2").arg(n + 1).arg(pages) + (exercise ? QStringLiteral("    演练 EXERCISE") : QString()));
    }
    if (!painter.end())
        return makeError(Error::Code::Io, QStringLiteral("the PDF could not be finished"), {path});
    return {};
}

} // namespace lookout::reports
