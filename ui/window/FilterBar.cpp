// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/FilterBar.h"

#include "common/FlowLayout.h"
#include "i18n/ThemeLabels.h"
#include "model/FilterHistory.h"
#include "model/ResolutionModel.h"
#include "model/SelectionState.h"
#include "window/EntityFilterButton.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace re {

namespace {

constexpr int SearchDelayMs = 200;

void selectData(QComboBox *combo, const QString &value)
{
    int index = combo->findData(value);
    if (index < 0) {
        // A filter this document does not offer (e.g. restored from settings): still shown.
        combo->addItem(value, value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

} // namespace

FilterBar::FilterBar(ResolutionModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_entities(new EntityFilterButton(model, this))
    , m_theme(new QComboBox(this))
    , m_verb(new QComboBox(this))
    , m_sectionOnly(new QCheckBox(tr("This section only"), this))
    , m_search(new QLineEdit(this))
    , m_searchTimer(new QTimer(this))
    , m_count(new QLabel(this))
    , m_clearButton(new QPushButton(tr("Clear filters"), this))
    , m_clearAction(new QAction(tr("&Clear Filters"), this))
{
    setObjectName(QStringLiteral("filterBar"));
    SelectionState *state = m_model->selection();

    m_theme->setObjectName(QStringLiteral("themeFilter"));
    m_theme->setAccessibleName(tr("Theme filter"));
    m_theme->setToolTip(tr("Show only the actions on one policy theme"));
    m_theme->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_theme->setMinimumContentsLength(18);
    connect(m_theme, &QComboBox::activated, this,
        [this, state](int index) { state->setThemeFilter(m_theme->itemData(index).toString()); });

    m_verb->setObjectName(QStringLiteral("verbFilter"));
    m_verb->setAccessibleName(tr("Kind of action filter"));
    m_verb->setToolTip(tr("Show only one kind of action: calls, regrets, condemnations\u2026"));
    m_verb->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_verb, &QComboBox::activated, this,
        [this, state](int index) { state->setVerbFilter(m_verb->itemData(index).toString()); });

    m_sectionOnly->setObjectName(QStringLiteral("sectionOnlyCheck"));
    m_sectionOnly->setToolTip(tr("Show only the actions of the section selected in the tree"));
    connect(m_sectionOnly, &QCheckBox::clicked, state, &SelectionState::setSectionOnly);

    m_search->setObjectName(QStringLiteral("actionSearch"));
    m_search->setPlaceholderText(tr("Search actions"));
    m_search->setAccessibleName(tr("Search actions"));
    m_search->setToolTip(tr("Show only the actions whose sentence, entities or themes contain "
                            "this text"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 22);
    m_searchTimer->setObjectName(QStringLiteral("actionSearchTimer"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &FilterBar::commitSearch);
    connect(m_search, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &FilterBar::commitSearch);
    auto *clearSearch = new QAction(tr("Clear Search"), m_search);
    clearSearch->setObjectName(QStringLiteral("actionClearActionSearch"));
    clearSearch->setShortcut(Qt::Key_Escape);
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    m_search->addAction(clearSearch);
    connect(clearSearch, &QAction::triggered, this, [this] {
        m_search->clear();
        commitSearch();
    });

    m_count->setObjectName(QStringLiteral("actionCount"));
    m_count->setAccessibleName(tr("Number of actions shown"));
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_clearAction->setObjectName(QStringLiteral("actionClearFilters"));
    m_clearAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_clearAction->setShortcutContext(Qt::WindowShortcut);
    m_clearAction->setToolTip(tr("Show all actions again (Ctrl+Shift+L)"));
    connect(m_clearAction, &QAction::triggered, this, [this, state] {
        // Typing not yet committed is part of what is cleared.
        m_searchTimer->stop();
        m_search->clear();
        state->clearFilters();
    });
    m_clearButton->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clearButton->setToolTip(m_clearAction->toolTip());
    connect(m_clearButton, &QPushButton::clicked, m_clearAction, &QAction::trigger);

    // Back and Forward through the filters, as a browser through pages.
    FilterHistory *history = m_model->filterHistory();
    m_back = new QAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("&Back"), this);
    m_forward = new QAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("&Forward"), this);
    m_back->setObjectName(QStringLiteral("actionFilterBack"));
    m_forward->setObjectName(QStringLiteral("actionFilterForward"));
    m_back->setShortcut(QKeySequence::Back);
    m_forward->setShortcut(QKeySequence::Forward);
    m_back->setToolTip(tr("Back to the previous filters (%1)")
                           .arg(m_back->shortcut().toString(QKeySequence::NativeText)));
    m_forward->setToolTip(tr("Forward to the next filters (%1)")
                              .arg(m_forward->shortcut().toString(QKeySequence::NativeText)));
    m_back->setStatusTip(tr("Go back to the previous filters"));
    m_forward->setStatusTip(tr("Go forward to the next filters"));
    connect(m_back, &QAction::triggered, history, &FilterHistory::back);
    connect(m_forward, &QAction::triggered, history, &FilterHistory::forward);
    const auto updateHistory = [this, history] {
        m_back->setEnabled(history->canGoBack());
        m_forward->setEnabled(history->canGoForward());
    };
    connect(history, &FilterHistory::changed, this, updateHistory);
    updateHistory();
    auto *backButton = new QToolButton(this);
    backButton->setObjectName(QStringLiteral("filterBackButton"));
    backButton->setDefaultAction(m_back);
    backButton->setAutoRaise(true);
    auto *forwardButton = new QToolButton(this);
    forwardButton->setObjectName(QStringLiteral("filterForwardButton"));
    forwardButton->setDefaultAction(m_forward);
    forwardButton->setAutoRaise(true);

    // One row where the pane is wide enough; else the criteria on one row and the search with
    // its count on the next (and on more rows if even the criteria do not fit), never overlapping.
    auto *layout = new FlowLayout(this, 6);
    layout->addGroup({ backButton, forwardButton, m_entities, m_theme, m_verb, m_sectionOnly });
    layout->addGroup({ m_search, m_count, m_clearButton });
    const QList<QWidget *> order { m_entities, m_theme, m_verb, m_sectionOnly, m_search,
        m_clearButton };
    for (qsizetype i = 0; i + 1 < order.size(); ++i)
        setTabOrder(order.at(i), order.at(i + 1));

    connect(state, &SelectionState::filterChanged, this,
        [this](const ActionFilter &filter, const ActionFilter &previous) {
            followState();
            // The search field follows a change of the text only: text being typed is not
            // overwritten by another criterion's change.
            if (filter.text != previous.text && m_search->text() != filter.text) {
                m_searchTimer->stop();
                m_search->setText(filter.text);
            }
        });
    connect(m_model, &ResolutionModel::documentChanged, this, [this] {
        rebuildChoices();
        followState();
        m_search->setText(m_model->selection()->searchText());
    });
    rebuildChoices();
    followState();
    m_search->setText(state->searchText());
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::setCounts(int shown, int total)
{
    m_count->setText(tr("%1 of %2 actions").arg(shown).arg(total));
}

void FilterBar::rebuildChoices()
{
    const Document &document = m_model->document();
    QMap<QString, int> themes; // sorted by name
    QMap<VerbKind, int> verbs;
    for (const Action &action : document.actions) {
        for (const QString &theme : action.themes)
            ++themes[theme];
        for (VerbKind kind : allVerbKinds()) {
            if (action.hasAct(kind))
                ++verbs[kind];
        }
    }

    m_theme->clear();
    m_theme->addItem(tr("All themes"), QString());
    for (auto it = themes.cbegin(); it != themes.cend(); ++it)
        m_theme->addItem(tr("%1 (%2)").arg(themeLabel(it.key())).arg(it.value()), it.key());

    // The combo stays narrow; its list is as wide as the longest theme.
    m_theme->view()->setMinimumWidth(m_theme->view()->sizeHintForColumn(0)
        + m_theme->style()->pixelMetric(QStyle::PM_ScrollBarExtent));

    m_verb->clear();
    m_verb->addItem(tr("All kinds of action"), QString());
    for (VerbKind kind : allVerbKinds()) {
        if (verbs.contains(kind))
            m_verb->addItem(
                tr("%1 (%2)").arg(verbKindLabel(kind)).arg(verbs.value(kind)), verbKindKey(kind));
    }
}

void FilterBar::followState()
{
    const SelectionState *state = m_model->selection();
    selectData(m_theme, state->themeFilter());
    selectData(m_verb, state->verbFilter());
    m_sectionOnly->setChecked(state->sectionOnly());
    m_clearAction->setEnabled(state->hasFilters());
    m_clearButton->setEnabled(state->hasFilters());
}

void FilterBar::commitSearch()
{
    m_searchTimer->stop();
    m_model->selection()->setSearchText(m_search->text());
}

} // namespace re
