// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/ReaderPane.h"

#include "model/ResolutionModel.h"
#include "model/SelectionState.h"
#include "window/WindowPalette.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QtMath>
#include <algorithm>
#include <utility>

namespace re {

namespace {

/// Comfortable reading: lines of at most about 80 characters, centred in wide panes.
constexpr qreal MaxLineCharacters = 80;
/// Still readable: lines of at least about 40 characters, however narrow the window.
constexpr qreal MinLineCharacters = 40;

/// The reader's width for lines of MinLineCharacters, with its scroll bar and margins.
int readableMinimumWidth(const QTextBrowser *reader)
{
    const qreal text = QFontMetricsF(reader->font()).averageCharWidth() * MinLineCharacters
        + 2 * reader->document()->documentMargin();
    return qCeil(text) + reader->verticalScrollBar()->sizeHint().width() + 2 * reader->frameWidth();
}

/// Holds back the layout of a document while it is rewritten: with a null (0 x 0) page size,
/// QTextDocumentLayout skips every change. When this goes, the page size comes back (unless
/// the view set a new one meanwhile) and the text is laid out once, the way the layout does a
/// whole document: the visible part at once, the rest on its timer, after the paint.
class LayoutHeldBack
{
public:
    explicit LayoutHeldBack(QTextDocument *text) : m_text(text), m_pageSize(text->pageSize())
    {
        m_text->setPageSize(QSizeF(0, 0));
    }
    ~LayoutHeldBack()
    {
        if (m_text->pageSize().isNull())
            m_text->setPageSize(m_pageSize);
    }
    LayoutHeldBack(const LayoutHeldBack &) = delete;
    LayoutHeldBack &operator=(const LayoutHeldBack &) = delete;

private:
    QTextDocument *m_text;
    QSizeF m_pageSize;
};

} // namespace

ReaderPane::ReaderPane(ResolutionModel *model, QWidget *parent)
    : QTextBrowser(parent)
    , m_model(model)
    , m_nextMention(new QAction(tr("&Next Mention"), this))
    , m_previousMention(new QAction(tr("Pre&vious Mention"), this))
{
    setObjectName(QStringLiteral("reader"));
    setAccessibleName(tr("Resolution text"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setAcceptDrops(false); // files dropped here open in the window
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    setFrameShape(QFrame::NoFrame);
    // Always there: a scroll bar appearing once the text is laid out would narrow the page
    // and lay the whole text out a second time.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    document()->setUndoRedoEnabled(false); // read-only: rewriting it keeps no undo history
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    setFont(font);
    // Words wrap whole (a word longer than a line overflows rather than breaks), and no splitter
    // gives the reader less than lines of MinLineCharacters (render() follows the font and the
    // text's margins).
    setWordWrapMode(QTextOption::WordWrap);
    setMinimumWidth(readableMinimumWidth(this));

    SelectionState *state = m_model->selection();
    connect(this, &QTextBrowser::anchorClicked, this, &ReaderPane::onAnchorClicked);
    connect(
        this, qOverload<const QUrl &>(&QTextBrowser::highlighted), this, [this](const QUrl &url) {
            m_model->selection()->setHoveredEntity(
                url.scheme() == u"entity" ? url.path() : QString());
        });
    connect(m_model, &ResolutionModel::documentChanged, this, &ReaderPane::requestRender);
    // The lines under the title name where fetched roll-call data came from.
    connect(m_model, &ResolutionModel::voteChanged, this, &ReaderPane::requestRender);
    connect(state, &SelectionState::currentSectionChanged, this, &ReaderPane::requestRender);
    connect(state, &SelectionState::currentActionChanged, this, [this] { updateHighlights(true); });
    const auto refresh = [this] { updateHighlights(false); };
    // The marked sentences follow the model's result of the filter (for a large document it
    // lands after the keystroke, from the worker thread), not every filter change: a keystroke
    // re-marks nothing until it changes what is shown. Entity names are tinted at once.
    connect(m_model, &ResolutionModel::acceptedActionsChanged, this, refresh);
    connect(state, &SelectionState::filterChanged, this,
        [this, refresh](const ActionFilter &filter, const ActionFilter &previous) {
            if (filter.entities == previous.entities)
                return;
            refresh();
            m_lastMention = -1;
            for (const QString &id : filter.entities) {
                if (!previous.entities.contains(id)) {
                    showFirstMention(id);
                    break;
                }
            }
        });
    m_nextMention->setObjectName(QStringLiteral("actionNextMention"));
    m_nextMention->setShortcut(QKeySequence(Qt::Key_F3));
    m_nextMention->setStatusTip(tr("Go to the next name of the entities the filter chose"));
    m_previousMention->setObjectName(QStringLiteral("actionPreviousMention"));
    m_previousMention->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    m_previousMention->setStatusTip(tr("Go to the previous name of the entities the filter chose"));
    connect(m_nextMention, &QAction::triggered, this, [this] { stepMention(true); });
    connect(m_previousMention, &QAction::triggered, this, [this] { stepMention(false); });
    // The words searched for in the section titles are marked in the text too.
    connect(state, &SelectionState::sectionSearchChanged, this, &ReaderPane::setSearchHighlight);
    connect(state, &SelectionState::hoveredEntityChanged, this, refresh);
    // Sentences are marked around the view only: scrolling marks those coming into it.
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (!m_scrollingToCurrent)
            updateHighlights(false);
    });
}

void ReaderPane::setSearchHighlight(const QString &text)
{
    const QStringList terms = text.split(u' ', Qt::SkipEmptyParts);
    if (terms == m_searchTerms)
        return;
    m_searchTerms = terms;
    updateHighlights(false);
}

QString ReaderPane::shownSection() const
{
    ensureRendered();
    return m_layout.sectionId;
}

QString ReaderPane::highlightedText() const
{
    ensureRendered();
    const auto span = actionSpan(m_model->selection()->currentAction());
    if (!span)
        return {};
    QTextCursor cursor(document());
    cursor.setPosition(int(span->start));
    cursor.setPosition(int(span->end()), QTextCursor::KeepAnchor);
    return cursor.selectedText();
}

std::optional<TextSpan> ReaderPane::actionSpan(const QString &actionId) const
{
    ensureRendered();
    const auto it = m_layout.actions.constFind(actionId);
    if (actionId.isEmpty() || it == m_layout.actions.cend())
        return std::nullopt;
    return *it;
}

void ReaderPane::requestRender()
{
    if (!m_renderPending)
        render();
}

void ReaderPane::ensureRendered() const
{
    // Rendering is what a const accessor sees as already done: the text it asks about.
    if (m_renderPending)
        const_cast<ReaderPane *>(this)->render();
}

void ReaderPane::render()
{
    m_renderPending = false;
    const QString sectionId = m_model->selection()->currentSection();
    const bool sameSection = sectionId == m_layout.sectionId && !document()->isEmpty();
    const int scroll = verticalScrollBar()->value();
    {
        const LayoutHeldBack heldBack(document());
        m_layout = buildReaderDocument(document(), m_model->document(), m_model->actionCounts(),
            sectionId, palette(), font(), sideMargin());
    }
    setMinimumWidth(readableMinimumWidth(this));
    // The view's own cursor was pushed to the end by the insertions: back to the top.
    setTextCursor(QTextCursor(document()));
    verticalScrollBar()->setValue(sameSection ? scroll : 0);
    m_lastMention = -1;
    updateHighlights(true);
    if (!m_pendingMention.isEmpty())
        showFirstMention(std::exchange(m_pendingMention, QString()));
}

QList<TextSpan> ReaderPane::filteredMentions() const
{
    ensureRendered();
    QList<TextSpan> spans;
    for (const QString &id : m_model->selection()->entityFilter()) {
        for (auto it = m_layout.mentions.constFind(id);
             it != m_layout.mentions.cend() && it.key() == id; ++it)
            spans << it.value();
    }
    std::sort(spans.begin(), spans.end(),
        [](const TextSpan &a, const TextSpan &b) { return a.start < b.start; });
    return spans;
}

void ReaderPane::scrollToPosition(qsizetype position)
{
    // A third of the way down, not at the very edge.
    QTextCursor cursor(document());
    cursor.setPosition(int(position));
    const QRect rect = cursorRect(cursor);
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(bar->value() + rect.top() - viewport()->height() / 3);
}

void ReaderPane::showFirstMention(const QString &entityId)
{
    if (m_renderPending) {
        m_pendingMention = entityId;
        return;
    }
    QList<TextSpan> spans;
    for (auto it = m_layout.mentions.constFind(entityId);
         it != m_layout.mentions.cend() && it.key() == entityId; ++it)
        spans << it.value();
    if (!spans.isEmpty()) {
        const auto first = std::min_element(spans.cbegin(), spans.cend(),
            [](const TextSpan &a, const TextSpan &b) { return a.start < b.start; });
        // A current action shown stays in view: the table chose it.
        const auto current = actionSpan(m_model->selection()->currentAction());
        if (!current)
            scrollToPosition(first->start);
        return;
    }
    // Not named in the text shown: go to the section that names it first, unless the filter
    // keeps to the section being read.
    SelectionState *state = m_model->selection();
    if (state->filter().sectionOnly || !state->currentAction().isEmpty())
        return;
    const Document &document = m_model->document();
    for (const Mention &mention : document.mentions) {
        if (mention.entity != entityId || mention.paragraph < 0
            || mention.paragraph >= document.paragraphs.size())
            continue;
        const int section = document.paragraphs.at(mention.paragraph).section;
        const QString sectionId = section >= 0 ? document.sections.at(section).id : QString();
        if (sectionId == m_layout.sectionId)
            return;
        m_pendingMention = entityId;
        state->setCurrentSection(sectionId);
        return;
    }
}

void ReaderPane::stepMention(bool forward)
{
    const QList<TextSpan> spans = filteredMentions();
    if (spans.isEmpty())
        return;
    // From the mention last stepped to, or else from the top of the view.
    const qsizetype from = m_lastMention >= 0
        ? m_lastMention
        : cursorForPosition(viewport()->rect().topLeft()).position() - (forward ? 1 : 0);
    const TextSpan *chosen = nullptr;
    if (forward) {
        const auto it = std::find_if(spans.cbegin(), spans.cend(),
            [from](const TextSpan &span) { return span.start > from; });
        chosen = it != spans.cend() ? &*it : &spans.first(); // wraps around
    } else {
        const auto it = std::find_if(spans.crbegin(), spans.crend(),
            [from](const TextSpan &span) { return span.start < from; });
        chosen = it != spans.crend() ? &*it : &spans.last();
    }
    m_lastMention = chosen->start;
    QTextCursor cursor(document());
    cursor.setPosition(int(chosen->start));
    cursor.setPosition(int(chosen->end()), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    scrollToPosition(chosen->start);
}

void ReaderPane::updateHighlights(bool scrollToCurrent)
{
    if (m_renderPending)
        return; // render() comes to it
    const auto current = actionSpan(m_model->selection()->currentAction());
    if (scrollToCurrent && current) {
        // The scroll bar's signal would come back here for the sentences now in view: they are
        // marked below.
        const QScopedValueRollback<bool> scrolling(m_scrollingToCurrent, true);
        scrollToPosition(current->start);
    }
    const QPalette pal = palette();
    const SelectionState *state = m_model->selection();
    const std::shared_ptr<const AcceptedActions> accepted = m_model->acceptedActions();
    QList<QTextEdit::ExtraSelection> selections;
    // Inside an edit block a new cursor does not work out its x position (which shapes its
    // line); the highlights never need it, and with thousands of sentences it would be most of
    // a keystroke. Nothing is edited, so closing the block changes nothing.
    QTextCursor batch(document());
    batch.beginEditBlock();
    // Only what is in view and a screen around it: a selection costs its repainted area on
    // every change, and a long document marks tens of thousands of sentences. Scrolling and
    // resizing mark what comes into view.
    const auto [from, to] = markedRange();
    const auto add
        = [this, &selections, from, to](const TextSpan &span, const QTextCharFormat &format) {
              if (span.end() < from || span.start > to)
                  return;
              QTextEdit::ExtraSelection selection;
              selection.cursor = QTextCursor(document());
              selection.cursor.setPosition(int(span.start));
              selection.cursor.setPosition(int(span.end()), QTextCursor::KeepAnchor);
              selection.format = format;
              selections << selection;
          };

    // Action sentences; with filters on, only those the action table shows: the same accepted
    // set (all of them, as there, until a large document's first result is there).
    QTextCharFormat actionFormat;
    actionFormat.setBackground(WindowPalette::actionBackground(pal));
    for (const auto &[action, span] : std::as_const(m_layout.actionSpans)) {
        if (!accepted || accepted->contains(action))
            add(span, actionFormat);
    }

    // Names of the filtered or hovered entities, tinted in their role's colour.
    QStringList tinted = state->entityFilter();
    if (!state->hoveredEntity().isEmpty())
        tinted << state->hoveredEntity();
    for (const QString &id : std::as_const(tinted)) {
        const Entity *entity = m_model->entity(id);
        const QColor role
            = WindowPalette::roleText(entity ? entity->role : EntityRole::Mentioned, pal);
        QTextCharFormat format;
        format.setBackground(WindowPalette::mix(pal.color(QPalette::Base), role, 0.22));
        for (auto it = m_layout.mentions.constFind(id);
             it != m_layout.mentions.cend() && it.key() == id; ++it)
            add(it.value(), format);
    }

    // The current action, then search matches on top.
    if (current) {
        QTextCharFormat format;
        format.setBackground(WindowPalette::currentActionBackground(pal));
        format.setForeground(pal.color(QPalette::Text));
        add(*current, format);
    }
    QTextCharFormat matchFormat;
    matchFormat.setBackground(WindowPalette::searchMatchBackground(pal));
    matchFormat.setForeground(pal.color(QPalette::Text));
    for (const QString &term : std::as_const(m_searchTerms)) {
        QTextCursor found(document());
        while (!(found = document()->find(term, found)).isNull())
            add(TextSpan { found.selectionStart(), found.selectionEnd() - found.selectionStart() },
                matchFormat);
    }
    batch.endEditBlock();
    setExtraSelections(selections);
}

std::pair<qsizetype, qsizetype> ReaderPane::markedRange() const
{
    const QRect view = viewport()->rect();
    const qsizetype first = cursorForPosition(view.topLeft()).position();
    const qsizetype last = cursorForPosition(view.bottomRight()).position();
    const qsizetype screen = std::max<qsizetype>(last - first, 1);
    return { first - screen, last + screen };
}

qreal ReaderPane::sideMargin() const
{
    const QFontMetricsF metrics(font());
    const qreal maxWidth = metrics.averageCharWidth() * MaxLineCharacters;
    return std::max<qreal>(0, (viewport()->width() - maxWidth) / 2);
}

void ReaderPane::updateMargins()
{
    const qreal side = sideMargin();
    QTextFrameFormat format = document()->rootFrame()->frameFormat();
    if (qFuzzyCompare(format.leftMargin() + 1, side + 1))
        return;
    format.setLeftMargin(side);
    format.setRightMargin(side);
    document()->rootFrame()->setFrameFormat(format);
}

void ReaderPane::onAnchorClicked(const QUrl &url)
{
    // The sources under the title: the procedure file, the vote's page. Only the user's click
    // opens them, in the user's browser.
    if (url.scheme() == u"https" || url.scheme() == u"http") {
        QDesktopServices::openUrl(url);
        return;
    }
    if (url.scheme() != u"entity")
        return;
    const QString id = url.path();
    SelectionState *state = m_model->selection();
    if (m_activationModifiers & Qt::ControlModifier)
        state->toggleEntity(id);
    else if (state->entityFilter() == QStringList { id })
        state->setEntityFilter({});
    else
        state->setEntityFilter({ id });
}

void ReaderPane::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        requestRender();
}

void ReaderPane::paintEvent(QPaintEvent *event)
{
    ensureRendered();
    QTextBrowser::paintEvent(event);
}

void ReaderPane::resizeEvent(QResizeEvent *event)
{
    {
        // New margins and the view's new width: one layout, not one for each.
        const LayoutHeldBack heldBack(document());
        updateMargins();
        QTextBrowser::resizeEvent(event);
    }
    updateHighlights(false); // other sentences may be in view now
}

void ReaderPane::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    QTextBrowser::mousePressEvent(event);
}

void ReaderPane::keyPressEvent(QKeyEvent *event)
{
    m_activationModifiers = event->modifiers();
    QTextBrowser::keyPressEvent(event);
}

void ReaderPane::mouseReleaseEvent(QMouseEvent *event)
{
    m_activationModifiers = event->modifiers();
    QTextBrowser::mouseReleaseEvent(event);
    // A plain click (no drag, no selection, not on a link) on a marked sentence selects it.
    const QPoint pos = event->position().toPoint();
    if (event->button() != Qt::LeftButton || textCursor().hasSelection()
        || (pos - m_pressPos).manhattanLength() > QApplication::startDragDistance()
        || !anchorAt(pos).isEmpty())
        return;
    const int position = cursorForPosition(pos).position();
    for (auto it = m_layout.actions.cbegin(); it != m_layout.actions.cend(); ++it) {
        if (it.value().contains(position)) {
            m_model->selection()->setCurrentAction(it.key());
            return;
        }
    }
}

} // namespace re
