// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/PageFlow.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLine>
#include <QTextOption>
#include <algorithm>

namespace re {

PageFlow::PageFlow(QPaintDevice *device, qreal firstTop, qreal top, qreal bottom)
    : m_device(device)
    , m_firstTop(firstTop)
    , m_top(top)
    , m_bottom(bottom)
    , m_width(device->width())
    , m_y(firstTop)
{
    m_pages.append(QList<Item>());
}

qreal PageFlow::mm(qreal millimetres) const
{
    return millimetres * m_device->logicalDpiY() / 25.4;
}

std::shared_ptr<QTextLayout> PageFlow::layout(const QString &text, const QFont &font, qreal width,
    const QList<QTextLayout::FormatRange> &formats) const
{
    auto layout = std::make_shared<QTextLayout>(text, font, m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    layout->setFormats(formats);
    layout->beginLayout();
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(width);
        // Every line at the origin: each is drawn where the flow places it.
        line.setPosition(QPointF(0, 0));
    }
    layout->endLayout();
    return layout;
}

qreal PageFlow::linesHeight(const QTextLayout &layout, int lines, qreal lineSpacing)
{
    qreal height = 0;
    for (int i = 0; i < std::min(lines, layout.lineCount()); ++i)
        height += layout.lineAt(i).height() * lineSpacing;
    return height;
}

bool PageFlow::atPageTop() const
{
    return m_y <= (m_pages.size() == 1 ? m_firstTop : m_top) + 0.01;
}

void PageFlow::newPage()
{
    m_pages.append(QList<Item>());
    m_y = m_top;
    if (m_onPageBreak && !m_breaking) {
        m_breaking = true;
        m_onPageBreak();
        m_breaking = false;
    }
}

void PageFlow::place(qreal height, const PaintFunction &paint)
{
    m_pages.last().append({ QRectF(0, m_y, m_width, height), paint });
    m_y += height;
}

void PageFlow::keepRoom(qreal height)
{
    if (!fits(height) && !atPageTop())
        newPage();
}

void PageFlow::addSpace(qreal height)
{
    if (!atPageTop())
        m_y = std::min(m_y + height, m_bottom);
}

void PageFlow::addBlock(qreal height, const PaintFunction &paint)
{
    keepRoom(height);
    place(height, paint);
}

void PageFlow::addText(const Text &text)
{
    const QTextLayout &layout = *text.layout;
    const int lines = layout.lineCount();
    if (lines == 0)
        return;
    // A text one line longer than what must stay together stays together whole: no lone
    // last line on the next page either.
    const int together = lines <= text.keepTogether + 1 ? lines : text.keepTogether;
    keepRoom(linesHeight(layout, together, text.lineSpacing) + text.keepWithNext);
    for (int i = 0; i < lines; ++i) {
        const QTextLine line = layout.lineAt(i);
        const qreal step = line.height() * text.lineSpacing;
        if (!fits(line.height()))
            newPage();
        const std::shared_ptr<QTextLayout> shared = text.layout;
        const PaintFunction beside = i == 0 ? text.besideFirstLine : PaintFunction();
        const qreal x = text.x;
        const QColor colour = text.colour;
        const qreal lineHeight = line.height();
        place(step, [shared, i, x, colour, beside, lineHeight](QPainter &painter, const QRectF &r) {
            if (beside)
                beside(painter, QRectF(r.left(), r.top(), x, lineHeight));
            painter.setPen(colour);
            shared->lineAt(i).draw(&painter, QPointF(r.left() + x, r.top()));
        });
    }
}

void PageFlow::paint(QPagedPaintDevice *device, QPainter &painter,
    const std::function<void(QPainter &painter, int page, int pageCount)> &frame) const
{
    const int count = pageCount();
    for (int page = 0; page < count; ++page) {
        if (page > 0)
            device->newPage();
        if (frame) {
            painter.save();
            frame(painter, page, count);
            painter.restore();
        }
        for (const Item &item : m_pages.at(page)) {
            if (!item.paint)
                continue;
            painter.save();
            item.paint(painter, item.rect);
            painter.restore();
        }
    }
}

} // namespace re
