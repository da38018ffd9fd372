// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/PartnerStrip.h"

#include "common/RolePalette.h"
#include "corpus/CorpusImageExport.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace re {

PartnerStrip::PartnerStrip(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void PartnerStrip::setRow(const QList<LibraryEntry> &documents, const MatrixRow &row)
{
    m_documents = documents;
    m_row = row;
    update();
}

QSize PartnerStrip::sizeHint() const
{
    return { 400, fontMetrics().height() * 3 + 8 };
}

QSize PartnerStrip::minimumSizeHint() const
{
    return { 120, sizeHint().height() };
}

QRectF PartnerStrip::cellRect(qsizetype column) const
{
    const qreal labelWidth = fontMetrics().horizontalAdvance(m_row.name) + 12;
    const qreal cellWidth = std::clamp(
        (width() * 0.6 - labelWidth) / qreal(std::max<qsizetype>(1, m_documents.size())), 6.0,
        60.0);
    return QRectF(labelWidth + column * cellWidth, 2, cellWidth - 2, fontMetrics().height() * 1.6);
}

void PartnerStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const bool dark = RolePalette::isDark(palette().color(QPalette::Window));
    painter.setPen(palette().color(QPalette::WindowText));
    const QRectF first = cellRect(0);
    painter.drawText(QRectF(0, first.top(), first.left() - 8, first.height()),
        Qt::AlignRight | Qt::AlignVCenter, m_row.name);
    QHash<qint64, const MatrixCell *> cells;
    for (const MatrixCell &cell : m_row.cells)
        cells.insert(cell.documentId, &cell);
    int lastYear = 0;
    for (qsizetype column = 0; column < m_documents.size(); ++column) {
        const QRectF box = cellRect(column);
        const MatrixCell *cell = cells.value(m_documents.at(column).id);
        if (cell) {
            const EntityRole role = matrixCellRole(*cell);
            painter.fillRect(box, RolePalette::fill(role, dark));
            if (RolePalette::pattern(role) != Qt::NoBrush)
                painter.fillRect(
                    box, QBrush(RolePalette::patternColor(role, dark), RolePalette::pattern(role)));
        } else {
            painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DotLine));
            painter.drawRect(box.adjusted(0.5, 0.5, -0.5, -0.5));
        }
        const QDate date = m_documents.at(column).date;
        if (date.isValid() && date.year() != lastYear) {
            lastYear = date.year();
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(QPointF(box.left(), box.bottom() + fontMetrics().ascent() + 2),
                QString::number(lastYear));
        }
    }
    // Its roles in words, in the order they come: "partner to develop → threat".
    QStringList roles;
    for (const MatrixCell &cell : m_row.cells) {
        const QString label = entityRoleLabel(matrixCellRole(cell));
        if (roles.isEmpty() || roles.constLast() != label)
            roles.append(label);
    }
    if (!m_documents.isEmpty() && !roles.isEmpty()) {
        const QRectF end = cellRect(m_documents.size() - 1);
        const QRectF text(end.right() + 10, end.top(), width() - end.right() - 10, end.height());
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
            fontMetrics().elidedText(roles.join(u" \u2192 "_s), Qt::ElideRight, int(text.width())));
    }
}

bool PartnerStrip::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    for (qsizetype column = 0; column < m_documents.size(); ++column) {
        if (!cellRect(column).contains(help->pos()))
            continue;
        const LibraryEntry &entry = m_documents.at(column);
        QString role = tr("not named");
        for (const MatrixCell &cell : m_row.cells) {
            if (cell.documentId == entry.id)
                role = tr("%1, %Ln statements", nullptr, cell.statements)
                           .arg(entityRoleLabel(matrixCellRole(cell)));
        }
        QToolTip::showText(help->globalPos(),
            u"%1 (%2)\n%3"_s.arg(entry.reference.isEmpty() ? entry.title : entry.reference,
                entry.date.toString(Qt::ISODate), role),
            this);
        return true;
    }
    QToolTip::hideText();
    return true;
}

} // namespace re
