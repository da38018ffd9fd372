// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/Corpus.h"

#include <QWidget>

namespace re {

/// One entity's roles over time: a cell per resolution of the corpus, in date order, filled
/// with its role colour there (empty where the resolution does not name it), the year below.
class PartnerStrip : public QWidget
{
    Q_OBJECT
public:
    explicit PartnerStrip(QWidget *parent = nullptr);

    /// The entity's row of a matrix over `documents`; an empty row hides nothing but draws
    /// empty cells.
    void setRow(const QList<LibraryEntry> &documents, const MatrixRow &row);
    const MatrixRow &row() const { return m_row; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF cellRect(qsizetype column) const;

    QList<LibraryEntry> m_documents;
    MatrixRow m_row;
};

} // namespace re
