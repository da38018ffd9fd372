// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QTextLayout>
#include <algorithm>
#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPainter;
class QPaintDevice;

namespace re {

/// Content laid out top to bottom on the pages of a paged device, then painted. Text is broken
/// into lines and a page ends only between two lines, never inside one; a block (a figure, a
/// box) moves to the next page whole. The pages are all known before the first is painted, so
/// that each can say "Page N of M". Lengths are the device's pixels; mm() converts.
class PageFlow
{
public:
    using PaintFunction = std::function<void(QPainter &painter, const QRectF &rect)>;

    /// Text of one layout (see layout()), its lines placed one under the other.
    struct Text
    {
        std::shared_ptr<QTextLayout> layout;
        qreal x = 0; ///< left edge of the lines
        QColor colour;
        qreal lineSpacing = 1.0; ///< distance between lines, in line heights
        /// How many first lines must start on one page (no lone first line at a page's foot).
        int keepTogether = 2;
        /// Room wanted under those first lines on the same page (a heading keeps with what
        /// follows it).
        qreal keepWithNext = 0;
        /// Painted beside the first line, in a rect from the left edge to `x`, as high as the
        /// line (a statement's kind).
        PaintFunction besideFirstLine;
    };

    /// The body spans from `firstTop` (first page) or `top` (the others, under their running
    /// header) to `bottom` on every page, across the device's whole paint width.
    PageFlow(QPaintDevice *device, qreal firstTop, qreal top, qreal bottom);

    qreal mm(qreal millimetres) const;
    qreal width() const { return m_width; }
    QPaintDevice *device() const { return m_device; }
    /// Where the next item goes on the current page.
    qreal y() const { return m_y; }
    /// The room left on the current page.
    qreal remaining() const { return std::max<qreal>(0, m_bottom - m_y); }

    /// `text` in `font` broken into lines of `width` for the device; `formats` mark runs of it.
    std::shared_ptr<QTextLayout> layout(const QString &text, const QFont &font, qreal width,
        const QList<QTextLayout::FormatRange> &formats = {}) const;
    /// The height addText() gives the first `lines` lines of a layout.
    static qreal linesHeight(const QTextLayout &layout, int lines, qreal lineSpacing = 1.0);

    void addText(const Text &text);
    /// A block as wide as the page, painted by `paint`; on the next page when it does not fit.
    void addBlock(qreal height, const PaintFunction &paint);
    /// Vertical space, dropped at the top of a page.
    void addSpace(qreal height);
    /// Starts a new page unless `height` fits under y().
    void keepRoom(qreal height);
    /// Called at each page break inside the content, at the top of the new page (to repeat a
    /// heading, say); what it adds must fit on one page.
    void setPageBreakHandler(std::function<void()> handler) { m_onPageBreak = std::move(handler); }

    int pageCount() const { return int(m_pages.size()); }

    /// Paints every page with `painter` (active on `device`): first `frame` (the running header
    /// and footer of page `page`, counted from 0), then the content.
    void paint(QPagedPaintDevice *device, QPainter &painter,
        const std::function<void(QPainter &painter, int page, int pageCount)> &frame) const;

private:
    struct Item
    {
        QRectF rect;
        PaintFunction paint;
    };

    bool fits(qreal height) const { return m_y + height <= m_bottom + 0.01; }
    bool atPageTop() const;
    void newPage();
    void place(qreal height, const PaintFunction &paint);

    QPaintDevice *m_device;
    qreal m_firstTop;
    qreal m_top;
    qreal m_bottom;
    qreal m_width;
    qreal m_y;
    QList<QList<Item>> m_pages;
    std::function<void()> m_onPageBreak;
    bool m_breaking = false;
};

} // namespace re
