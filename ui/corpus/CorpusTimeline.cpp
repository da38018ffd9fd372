// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/CorpusTimeline.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace re {

CorpusTimeline::CorpusTimeline(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void CorpusTimeline::setDocuments(const QList<LibraryEntry> &documents)
{
    m_documents = documents;
    m_markers.clear();
    update();
}

QString CorpusTimeline::describe(const LibraryEntry &entry)
{
    const QLocale locale;
    QStringList lines;
    lines << (entry.title.isEmpty() ? tr("Untitled resolution") : entry.title);
    QStringList details;
    if (!entry.reference.isEmpty())
        details << entry.reference;
    if (entry.date.isValid())
        details << locale.toString(entry.date, QLocale::LongFormat);
    if (!details.isEmpty())
        lines << details.join(u", "_s);
    if (const std::optional<double> margin = voteMargin(entry)) {
        lines << tr("%1 for, %2 against, %3 abstentions (margin %4 %)")
                     .arg(entry.votesFor)
                     .arg(entry.against)
                     .arg(entry.abstentions)
                     .arg(*margin >= 0 ? u"+"_s + locale.toString(*margin, 'f', 0)
                                       : locale.toString(*margin, 'f', 0));
    } else {
        lines << tr("The summary states no vote.");
    }
    lines << tr("%Ln statements", nullptr, entry.statements);
    return lines.join(u'\n');
}

void CorpusTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const ChartStyle style = ChartStyle::fromPalette(palette(), font());
    painter.fillRect(rect(), style.background);
    m_markers
        = paintTimelineChart(painter, QRectF(rect()).adjusted(8, 8, -8, -4), m_documents, style);
}

qint64 CorpusTimeline::documentAt(const QPointF &pos) const
{
    // Painted largest first: the last marker hit is the one drawn on top.
    for (auto it = m_markers.crbegin(); it != m_markers.crend(); ++it) {
        const QPointF centre = it->bounds.center();
        const qreal radius = std::max(6.0, it->bounds.width() / 2);
        if (QLineF(centre, pos).length() <= radius)
            return it->documentId;
    }
    return 0;
}

bool CorpusTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const qint64 id = documentAt(help->pos());
        for (const LibraryEntry &entry : std::as_const(m_documents)) {
            if (id != 0 && entry.id == id) {
                QToolTip::showText(help->globalPos(), describe(entry), this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void CorpusTimeline::mouseMoveEvent(QMouseEvent *event)
{
    setCursor(documentAt(event->position()) != 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QWidget::mouseMoveEvent(event);
}

void CorpusTimeline::mousePressEvent(QMouseEvent *event)
{
    const qint64 id = event->button() == Qt::LeftButton ? documentAt(event->position()) : 0;
    if (id != 0)
        Q_EMIT documentActivated(id);
    else
        QWidget::mousePressEvent(event);
}

} // namespace re
