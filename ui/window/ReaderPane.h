// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "window/ReaderDocument.h"

#include <QTextBrowser>

class QAction;

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
    /// Where the filtered entities' names are in the text shown, in reading order.
    QList<TextSpan> filteredMentions() const;

    /// Edit > Next Mention (F3) and Previous Mention (Shift+F3): the names of the filtered
    /// entities in the text, in turn, selected and scrolled into view.
    QAction *nextMentionAction() const { return m_nextMention; }
    QAction *previousMentionAction() const { return m_previousMention; }

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
    /// A newly chosen entity: its first name in the text, in its section when the text shown
    /// does not name it (unless the filter keeps to the section read).
    void showFirstMention(const QString &entityId);
    /// Selects the mention after (or before) the one last stepped to, or the view's top.
    void stepMention(bool forward);
    /// Scrolls so that `position` sits a third of the way down the view.
    void scrollToPosition(qsizetype position);

    ResolutionModel *m_model;
    ReaderLayout m_layout;
    QStringList m_searchTerms;
    QPoint m_pressPos;
    Qt::KeyboardModifiers m_activationModifiers; ///< of the click or key activating a link
    bool m_scrollingToCurrent = false; ///< updateHighlights() scrolls; it marks after
    QAction *m_nextMention;
    QAction *m_previousMention;
    /// The entity whose first mention is shown once the text of its section is rendered.
    QString m_pendingMention;
    qsizetype m_lastMention = -1; ///< start of the mention last stepped to, -1 for none
    /// The text is written and laid out at the first paint, at the reader's real width: laid
    /// out earlier, it would be laid out again for every size the window takes on its way to
    /// the screen.
    bool m_renderPending = true;
};

} // namespace re
