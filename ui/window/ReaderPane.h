// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "window/ReaderDocument.h"

#include <QTextBrowser>

namespace re {

class ResolutionModel;

/// The text of the current section (or of the whole resolution): read-only, selectable,
/// entity names as links in their role's colour, action sentences marked, the current action
/// highlighted and scrolled into view. Clicking a name sets the entity filter (Ctrl+click
/// toggles it); clicking a marked sentence makes it the current action. Follows the shared
/// SelectionState only.
class ReaderPane : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ReaderPane(ResolutionModel *model, QWidget *parent = nullptr);

    /// The section shown ("" for the whole resolution).
    QString shownSection() const;
    /// The text of the highlighted current action, empty when none is shown.
    QString highlightedText() const;
    /// Document span of an action's sentence if the reader shows it.
    std::optional<TextSpan> actionSpan(const QString &actionId) const;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    /// Marks the words of `text` (the state's section search) wherever they occur.
    void setSearchHighlight(const QString &text);
    /// Renders now, or leaves it to the first paint when that has not happened yet.
    void requestRender();
    void ensureRendered() const;
    void render();
    void updateHighlights(bool scrollToCurrent);
    /// Document positions from a screen above the view to a screen below it: what is marked.
    std::pair<qsizetype, qsizetype> markedRange() const;
    /// Left and right margin that centres lines of at most MaxLineCharacters.
    qreal sideMargin() const;
    void updateMargins();
    void onAnchorClicked(const QUrl &url);

    ResolutionModel *m_model;
    ReaderLayout m_layout;
    QStringList m_searchTerms;
    QPoint m_pressPos;
    Qt::KeyboardModifiers m_activationModifiers; ///< of the click or key activating a link
    bool m_scrollingToCurrent = false; ///< updateHighlights() scrolls; it marks after
    /// The text is written and laid out at the first paint, at the reader's real width: laid
    /// out earlier, it would be laid out again for every size the window takes on its way to
    /// the screen.
    bool m_renderPending = true;
};

} // namespace re
