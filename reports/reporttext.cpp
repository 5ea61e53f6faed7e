// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "reports/reporttext.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextBlock>
#include <QTextLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>

namespace lookout::reports {

namespace {

const char *const kStyle =
    "body { font-family: 'Noto Sans CJK SC', 'Noto Sans', sans-serif; font-size: 11pt; color: #111; max-width: 50em; margin: 2em auto; }"
    "h1 { font-size: 18pt; text-align: center; margin-bottom: 0.6em; }"
    "h2 { font-size: 13pt; border-bottom: 1px solid #888; margin-top: 1.2em; }"
    "p { line-height: 150%; margin: 0.3em 0; }"
    "li { line-height: 150%; }"
    "table { border-collapse: collapse; margin: 0.4em 0; } td, th { border: 1px solid #999; padding: 2px 6px; font-size: 9.5pt; vertical-align: top; }"
    "th { background: #e8edf3; } table.toc td { border: none; font-size: 11pt; } img { max-width: 100%; height: auto; }"
    ".banner { background: #fff3c4; border: 2px solid #c89000; padding: 4px; text-align: center; font-weight: bold; }"
    ".draft { color: #b00000; font-weight: bold; text-align: center; }"
    "p.figure { text-align: center; margin: 0.8em 0; line-height: 100%; } .caption { font-size: 9pt; color: #444; }";

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// The sections a table of contents lists: the "## " lines after its "[[toc]]".
QStringList sectionsAfterToc(const QStringList &lines)
{
    QStringList sections;
    bool after = false;
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        after = after || line == QLatin1String("[[toc]]");
        if (after && line.startsWith(QLatin1String("## ")))
            sections << line.mid(3);
    }
    return sections;
}

QStringList cellsOf(const QString &line)
{
    QStringList cells = line.mid(1).split(QLatin1Char('|'));
    if (!cells.isEmpty() && cells.back().trimmed().isEmpty())
        cells.removeLast();
    for (QString &cell : cells)
        cell = cell.trimmed();
    return cells;
}

// `pages`: each listed section's page (the PDF's second pass); empty in HTML, where the contents
// link to the sections.
const QRegularExpression &figurePattern()
{
    static const QRegularExpression figure(QStringLiteral("^!\\[(.*)\\]\\(([^)]+)\\)$"));
    return figure;
}

// `printed`: the PDF, whose figures carry their caption in the image (a caption alone at the top
// of the next page is what Qt's pagination would otherwise make of a figure at a page's foot).
QString bodyOf(const QString &text, const QList<int> &pages, bool printed)
{
    const QRegularExpression &figure = figurePattern();
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString html;
    enum class Open { None, List, Table } open = Open::None;
    bool breakNext = false;
    bool tocSeen = !text.contains(QLatin1String("[[toc]]"));  // sections are numbered from the contents on
    int section = 0;
    auto close = [&] {
        html += open == Open::List ? QStringLiteral("</ul>\n") : open == Open::Table ? QStringLiteral("</table>\n") : QString();
        open = Open::None;
    };
    // The attribute that puts a block on a new page after "---".
    auto breakStyle = [&] {
        const QString style = breakNext ? QStringLiteral(" style=\"page-break-before: always\"") : QString();
        breakNext = false;
        return style;
    };
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty()) {
            close();
            continue;
        }
        if (line.startsWith(QLatin1String("- "))) {
            if (open != Open::List) {
                close();
                html += QStringLiteral("<ul%1>\n").arg(breakStyle());
            }
            open = Open::List;
            html += QStringLiteral("<li>%1</li>\n").arg(escaped(line.mid(2)));
            continue;
        }
        if (line.startsWith(QLatin1Char('|'))) {
            const bool header = open != Open::Table;
            if (header) {
                close();
                html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"%1>\n").arg(breakStyle());
            }
            open = Open::Table;
            const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
            html += QStringLiteral("<tr>");
            for (const QString &cell : cellsOf(line))
                html += QStringLiteral("<%1>%2</%1>").arg(tag, escaped(cell));
            html += QStringLiteral("</tr>\n");
            continue;
        }
        close();
        if (line == QLatin1String("---")) {
            breakNext = true;
        } else if (line == QLatin1String("[[toc]]")) {
            tocSeen = true;
            const QStringList sections = sectionsAfterToc(lines);
            html += QStringLiteral("<table class=\"toc\" width=\"100%\"%1>\n").arg(breakStyle());
            for (int i = 0; i < sections.size(); ++i)
                html += pages.isEmpty() ? QStringLiteral("<tr><td><a href=\"#s%1\">%2</a></td></tr>\n").arg(i + 1).arg(escaped(sections[i]))
                                        : QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>\n").arg(escaped(sections[i]), QString::number(pages.value(i)));
            html += QStringLiteral("</table>\n");
        } else if (line.startsWith(QLatin1String("## "))) {
            const QString id = tocSeen ? QStringLiteral(" id=\"s%1\"").arg(++section) : QString();
            html += QStringLiteral("<h2%1%2>%3</h2>\n").arg(id, breakStyle(), escaped(line.mid(3)));
        } else if (line.startsWith(QLatin1String("# "))) {
            html += QStringLiteral("<h1%1>%2</h1>\n").arg(breakStyle(), escaped(line.mid(2)));
        } else if (const QRegularExpressionMatch match = figure.match(line); match.hasMatch()) {
            html += printed ? QStringLiteral("<p class=\"figure\"%1><img src=\"%2.png\" width=\"960\"/></p>\n").arg(breakStyle(), escaped(match.captured(2)))
                            : QStringLiteral("<p class=\"figure\"%1><img src=\"%2.png\" width=\"960\"/><br/><span class=\"caption\">%3</span></p>\n")
                                  .arg(breakStyle(), escaped(match.captured(2)), escaped(match.captured(1)));
        } else {
            html += QStringLiteral("<p%1>%2</p>\n").arg(breakStyle(), escaped(line));
        }
    }
    close();
    return html;
}

QString pageHtml(const QString &text, bool exercise, bool draft, const QList<int> &pages, bool printed = false)
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"/><title>%1</title><style>%2</style></head><body>\n")
                       .arg(escaped(text.section(QLatin1Char('\n'), 0, 0).remove(QRegularExpression(QStringLiteral("^#\\s*")))),
                            QString::fromLatin1(kStyle));
    if (exercise)
        html += QStringLiteral("<div class=\"banner\">演练 EXERCISE — 本文件为演练内容，非真实事件 / exercise content, not a real event</div>\n");
    if (draft)
        html += QStringLiteral("<div class=\"draft\">草稿 DRAFT — 未签发 / not issued</div>\n");
    return html + bodyOf(text, pages, printed) + QStringLiteral("</body></html>\n");
}

// The image with its caption drawn under it, as the PDF prints a figure.
QImage withCaption(const QImage &image, const QString &caption)
{
    const int strip = std::max(40, image.width() / 28);
    QImage framed(image.width(), image.height() + strip, QImage::Format_RGB32);
    framed.fill(Qt::white);
    QPainter painter(&framed);
    painter.drawImage(0, 0, image);
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPixelSize(strip * 11 / 20);
    painter.setFont(font);
    painter.setPen(QColor(68, 68, 68));
    painter.drawText(QRect(0, image.height(), image.width(), strip), Qt::AlignCenter, caption);
    return framed;
}

// The page of each level-2 heading of the laid-out document after the first `skip`, in order.
QList<int> headingPages(QTextDocument &document, double pageHeight, qsizetype skip)
{
    document.pageCount();  // lays the whole document out (the layout is lazy)
    QList<int> pages;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != 2)
            continue;
        // Where its first line is: pagination moves a heading that does not fit to the next page.
        double top = document.documentLayout()->blockBoundingRect(block).top();
        if (block.layout() && block.layout()->lineCount() > 0)
            top += block.layout()->lineAt(0).y() + block.layout()->lineAt(0).height() / 2;
        pages << int(top / pageHeight) + 1;
    }
    return pages.mid(skip);
}

} // namespace

QString reportHtml(const QString &text, bool exercise, bool draft)
{
    return pageHtml(text, exercise, draft, {}, false);
}

Result<void> writeReportHtml(const QString &text, const QString &folder, bool exercise, const QMap<QString, QImage> &images)
{
    if (!QDir().mkpath(folder))
        return makeError(Error::Code::Io, QStringLiteral("cannot create the folder"), {folder});
    for (auto it = images.cbegin(); it != images.cend(); ++it)
        if (!it.value().save(QDir(folder).filePath(it.key() + QStringLiteral(".png"))))
            return makeError(Error::Code::Io, QStringLiteral("cannot write the figure %1").arg(it.key()), {folder});
    QFile file(QDir(folder).filePath(QStringLiteral("index.html")));
    const QByteArray html = reportHtml(text, exercise).toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(html) != html.size())
        return makeError(Error::Code::Io, QStringLiteral("cannot write: %1").arg(file.errorString()), {file.fileName()});
    return {};
}

Result<void> writeReportPdf(const QString &text, const QString &path, bool exercise, bool draft, const QMap<QString, QImage> &images)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
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
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (const QRegularExpressionMatch match = figurePattern().match(line.trimmed()); match.hasMatch() && images.contains(match.captured(2)))
            document.addResource(QTextDocument::ImageResource, QUrl(match.captured(2) + QStringLiteral(".png")),
                                 withCaption(images.value(match.captured(2)), match.captured(1)));
    QPainter painter;
    if (!painter.begin(&writer))
        return makeError(Error::Code::Io, QStringLiteral("cannot write the PDF"), {path});
    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    const double footer = writer.resolution() * 0.35;
    document.setPageSize(QSizeF(page.width(), page.height() - footer));
    // Two passes when there are contents: laid out once to learn the sections' pages, then again
    // with them (the numbers take the same lines, so the pages do not move).
    document.setHtml(pageHtml(text, exercise, draft, {}, true));
    if (text.contains(QLatin1String("[[toc]]")))
        document.setHtml(pageHtml(text, exercise, draft,
                                  headingPages(document, page.height() - footer,
                                               text.count(QStringLiteral("\n## ")) - sectionsAfterToc(text.split(QLatin1Char('\n'))).size()),
                                  true));
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
