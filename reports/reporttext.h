// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"

#include <QImage>
#include <QMap>
#include <QString>

namespace lookout::reports {

// A report's text is what the officer edits and issues, and what the record keeps: plain lines,
// "# " the title, "## " a section, "- " a list item, "![caption](name)" a figure (an image the
// renderer is given), "| a | b |" a table row (the first row of a table is its header), "---" a
// page break before what follows, "[[toc]]" the table of contents (the sections after it, with
// their page numbers in the PDF, as links in HTML), anything else a paragraph. One text, rendered
// to HTML and to PDF, so that what is exported is exactly what was issued.

// A self-contained HTML page (UTF-8, its own style, Chinese fonts named); figures as
// <img src="NAME.png">, the files the caller writes beside it. `exercise` puts the exercise
// banner on top; `draft` a DRAFT mark.
QString reportHtml(const QString &text, bool exercise, bool draft = false);
// The page and its figures into `folder` (created): index.html and NAME.png for each image.
Result<void> writeReportHtml(const QString &text, const QString &folder, bool exercise, const QMap<QString, QImage> &images = {});

// The same page as a PDF (A4, Noto CJK embedded, page numbers in the footer): through Qt's
// text layout and PDF writer, so a QGuiApplication must exist. `images` by the names the text uses.
Result<void> writeReportPdf(const QString &text, const QString &path, bool exercise, bool draft = false,
                            const QMap<QString, QImage> &images = {});

} // namespace lookout::reports
