// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/MapStyle.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QLabel;
class QToolButton;

namespace re {

/// The map's chips: one checkable button per organisation that is not a place (NATO, the UN...),
/// in rows that wrap. A chip reports clicks (with the keyboard modifiers) and hovering.
class MapChipBar : public QWidget
{
    Q_OBJECT
public:
    struct Chip
    {
        QString id;
        QString text;
        CountryLook look;
        QString toolTip;
    };

    /// The most chips shown; a document naming more organisations (only a hostile or synthetic
    /// one: real resolutions name a dozen) shows the first ones and says how many are left out.
    static constexpr int MaxChips = 40;

    explicit MapChipBar(QWidget *parent = nullptr);

    /// Replaces the chips (the first MaxChips of them); hides the bar when there are none.
    void setChips(const QList<Chip> &chips, const QColor &swatchBorder);
    /// The chip of an entity id (objectName "mapChip_<id>"), nullptr if none.
    QToolButton *chip(const QString &id) const { return m_chips.value(id); }
    /// Checks the chips in `checked` and sets those in `emphasised` in bold.
    void setStates(const QSet<QString> &checked, const QSet<QString> &emphasised);

Q_SIGNALS:
    void chipClicked(const QString &id, Qt::KeyboardModifiers modifiers);
    /// The pointer entered a chip (its id) or left it (empty).
    void chipHovered(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QHash<QString, QToolButton *> m_chips;
    QLabel *m_more = nullptr; ///< "and N more", when chips were left out
};

/// A small swatch of a look, for chips: its outline when it has one, else `border`.
QIcon mapSwatchIcon(const CountryLook &look, const QColor &border);

} // namespace re
