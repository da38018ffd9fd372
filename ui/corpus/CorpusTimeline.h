// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpus/CorpusImageExport.h"

#include <QWidget>

namespace re {

/// The corpus's resolutions on a timeline (paintTimelineChart(), as the export draws it, in the
/// window's palette): hover shows a resolution's title, reference, date and vote; a click opens
/// it (documentActivated()).
class CorpusTimeline : public QWidget
{
    Q_OBJECT
public:
    explicit CorpusTimeline(QWidget *parent = nullptr);

    void setDocuments(const QList<LibraryEntry> &documents);
    const QList<LibraryEntry> &documents() const { return m_documents; }
    /// The markers as last painted.
    const QList<TimelineMarker> &markers() const { return m_markers; }
    /// The tooltip text of a resolution.
    static QString describe(const LibraryEntry &entry);

    QSize sizeHint() const override { return { 520, 300 }; }
    QSize minimumSizeHint() const override { return { 260, 180 }; }

Q_SIGNALS:
    void documentActivated(qint64 documentId);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    /// The document whose marker is under `pos`, the smallest one on top; 0 for none.
    qint64 documentAt(const QPointF &pos) const;

    QList<LibraryEntry> m_documents;
    QList<TimelineMarker> m_markers;
};

} // namespace re
