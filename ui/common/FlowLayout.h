// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLayout>
#include <QList>

namespace re {

/// Places its widgets left to right and wraps them into further rows (the map's chips, the
/// filter bar). Widgets added together with addGroup() stay on one row whenever they fit in
/// one. In each row, the items that expand horizontally (a line edit) share the width the
/// others leave, and every item is centred on the row's height.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 4);
    ~FlowLayout() override;

    /// Adds the widgets as one group: wrapped together onto the next row rather than apart.
    void addGroup(const QList<QWidget *> &widgets);

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSize() const override;
    void setGeometry(const QRect &rect) override;

private:
    struct Entry
    {
        QLayoutItem *item;
        int group; ///< entries of one group are consecutive
    };

    int arrange(const QRect &rect, bool apply) const;

    QList<Entry> m_items;
    int m_spacing;
    int m_nextGroup = 0;
};

} // namespace re
