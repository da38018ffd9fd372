// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/MapChipBar.h"

#include "common/FlowLayout.h"
#include "map/MapItems.h"

#include <QEvent>
#include <QGuiApplication>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QToolButton>

namespace re {

namespace {
constexpr char entityIdProperty[] = "entityId";
} // namespace

QIcon mapSwatchIcon(const CountryLook &look, const QColor &border)
{
    QPixmap pixmap(16, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    QPainterPath path;
    path.addRect(QRectF(0.5, 0.5, 15, 11));
    paintCountryFill(&painter, path, look);
    painter.setPen(look.outline.isValid() ? look.outline : border);
    painter.drawPath(path);
    return QIcon(pixmap);
}

MapChipBar::MapChipBar(QWidget *parent) : QWidget(parent)
{
    auto *layout = new FlowLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
}

void MapChipBar::setChips(const QList<Chip> &chips, const QColor &swatchBorder)
{
    qDeleteAll(m_chips);
    m_chips.clear();
    delete m_more;
    m_more = nullptr;
    for (const Chip &chip : chips.mid(0, MaxChips)) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("mapChip_") + chip.id);
        button->setProperty(entityIdProperty, chip.id);
        button->setText(chip.text);
        button->setIcon(mapSwatchIcon(chip.look, swatchBorder));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setCheckable(true);
        button->setToolTip(chip.toolTip);
        button->installEventFilter(this);
        const QString id = chip.id;
        connect(button, &QToolButton::clicked, this,
            [this, id] { Q_EMIT chipClicked(id, QGuiApplication::keyboardModifiers()); });
        layout()->addWidget(button);
        m_chips.insert(chip.id, button);
    }
    if (chips.size() > MaxChips) {
        m_more
            = new QLabel(tr("and %n more (see Entities)", "", int(chips.size() - MaxChips)), this);
        m_more->setObjectName(QStringLiteral("mapChipsMore"));
        layout()->addWidget(m_more);
    }
    setVisible(!m_chips.isEmpty());
}

void MapChipBar::setStates(const QSet<QString> &checked, const QSet<QString> &emphasised)
{
    for (auto it = m_chips.cbegin(); it != m_chips.cend(); ++it) {
        QToolButton *button = it.value();
        button->setChecked(checked.contains(it.key()));
        QFont font = button->font();
        font.setBold(emphasised.contains(it.key()));
        button->setFont(font);
    }
}

bool MapChipBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Enter || event->type() == QEvent::Leave) {
        const QString id = watched->property(entityIdProperty).toString();
        if (!id.isEmpty())
            Q_EMIT chipHovered(event->type() == QEvent::Enter ? id : QString());
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace re
