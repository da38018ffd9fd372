// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/FlowLayout.h"

#include <QStyle>
#include <QWidget>
#include <algorithm>

namespace re {

FlowLayout::FlowLayout(QWidget *parent, int spacing) : QLayout(parent), m_spacing(spacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    for (const Entry &entry : std::as_const(m_items))
        delete entry.item;
}

void FlowLayout::addGroup(const QList<QWidget *> &widgets)
{
    const int group = m_nextGroup++;
    for (QWidget *widget : widgets) {
        addChildWidget(widget);
        m_items.append({ new QWidgetItem(widget), group });
    }
    invalidate();
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append({ item, m_nextGroup++ });
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return index >= 0 && index < m_items.size() ? m_items.at(index).item : nullptr;
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index).item : nullptr;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::sizeHint() const
{
    return minimumSize();
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const Entry &entry : m_items)
        size = size.expandedTo(entry.item->minimumSize());
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int width = std::max(area.width(), 1);
    struct Placed
    {
        QLayoutItem *item;
        QSize size;
    };
    QList<QList<Placed>> rows(1);
    int x = 0; // the width the current row takes so far
    const auto place = [&](QLayoutItem *item, QSize size) {
        if (!rows.last().isEmpty() && x + m_spacing + size.width() > width) {
            rows.append(QList<Placed>());
            x = 0;
        }
        x += (rows.last().isEmpty() ? 0 : m_spacing) + size.width();
        rows.last().append({ item, size });
    };
    const auto hint = [width](const QLayoutItem *item) {
        const QSize size = item->sizeHint();
        return QSize(std::min(size.width(), width), size.height());
    };

    for (qsizetype first = 0; first < m_items.size();) {
        // A group goes to the next row whole when it does not fit in what is left of this one.
        qsizetype end = first;
        int groupWidth = -m_spacing;
        for (; end < m_items.size() && m_items.at(end).group == m_items.at(first).group; ++end) {
            if (!m_items.at(end).item->isEmpty())
                groupWidth += m_spacing + hint(m_items.at(end).item).width();
        }
        if (!rows.last().isEmpty() && groupWidth > 0 && x + m_spacing + groupWidth > width) {
            rows.append(QList<Placed>());
            x = 0;
        }
        for (; first < end; ++first) {
            QLayoutItem *item = m_items.at(first).item;
            if (!item->isEmpty())
                place(item, hint(item));
        }
    }

    const Qt::LayoutDirection direction
        = parentWidget() ? parentWidget()->layoutDirection() : Qt::LeftToRight;
    int y = area.y();
    bool firstRow = true;
    for (const QList<Placed> &row : std::as_const(rows)) {
        if (row.isEmpty())
            continue;
        if (!firstRow)
            y += m_spacing;
        firstRow = false;
        int used = -m_spacing;
        int height = 0;
        int expanding = 0;
        for (const Placed &placed : row) {
            used += m_spacing + placed.size.width();
            height = std::max(height, placed.size.height());
            if (placed.item->expandingDirections() & Qt::Horizontal)
                ++expanding;
        }
        if (apply) {
            // What the row leaves goes to its expanding items, in equal shares.
            int extra = std::max(0, width - used);
            int left = area.x();
            for (const Placed &placed : row) {
                int itemWidth = placed.size.width();
                if (expanding > 0 && (placed.item->expandingDirections() & Qt::Horizontal)) {
                    const int share = extra / expanding;
                    itemWidth += share;
                    extra -= share;
                    --expanding;
                }
                const QRect geometry(
                    left, y + (height - placed.size.height()) / 2, itemWidth, placed.size.height());
                placed.item->setGeometry(QStyle::visualRect(direction, area, geometry));
                left += itemWidth + m_spacing;
            }
        }
        y += height;
    }
    return y - rect.y() + contentsMargins().bottom();
}

} // namespace re
