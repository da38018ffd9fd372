// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/Library.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTimer;

namespace re {

class CorpusMatrixModel;
class SelectionState;
class StatementCounter;
struct ActionFilter;

class CorpusStatementModel;
class CorpusTimeline;
class GroupVoteChart;
class MapLegendWidget;
class PartnerStrip;

/// The corpus view: the resolutions of a library (all, or those of one folder) together. A
/// timeline of their votes, the partner x resolution matrix of roles, their statements
/// (searched through the library's word index and filtered by partner, theme, kind, addressee
/// and years; read a page at a time), and how each political group voted over time where the
/// user attached roll-call data. Reads the library only; opening a resolution is asked of the
/// window (openRequested()), which shows it in the single-document views.
class CorpusPane : public QWidget
{
    Q_OBJECT
public:
    explicit CorpusPane(QWidget *parent = nullptr);
    ~CorpusPane() override;

    /// The library read (not owned); nullptr shows nothing. Reads it again.
    void setLibrary(Library *library);
    Library *library() const { return m_library; }
    /// The corpus: the documents whose file lies in `folder`; empty for the whole library.
    void setFolder(const QString &folder);
    QString folder() const { return m_folder; }
    /// Reads the library again (it changed).
    void refresh();

    /// The corpus's documents, by date.
    const QList<LibraryEntry> &documents() const { return m_documents; }
    /// The matrix as shown (in the chosen order).
    /// The partner x resolution matrix of the corpus shown, computed when first asked for
    /// after a change (the Partners tab, the partner strip, an export).
    const CorpusMatrix &matrix();
    /// "Corpus of folder X" / "Your library": the exports' title.
    QString title() const;
    CorpusStatementModel *statementModel() const { return m_statements; }
    /// The query the statements table shows.
    CorpusQuery statementQuery() const;
    /// Reads the filter widgets into the statements table at once (typing waits a moment).
    void applyFilters();
    /// The window's shared selection: a partner, theme or kind chosen here filters the
    /// document's views too, and one chosen there (on the map, in the filter bar) filters the
    /// corpus's statements.
    void setSelection(SelectionState *selection);

Q_SIGNALS:
    /// The user asked to read a resolution of the library, at one statement (`actionId`) or
    /// from its start (empty).
    void openRequested(qint64 documentId, const QString &actionId);
    /// The number of the corpus's resolutions that name each entity (for the map).
    void namingCountsChanged(const QHash<QString, int> &counts);
    void exportTimelineRequested();
    void exportMatrixRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    /// Hides the columns the statements table has no room for (its tooltips tell them).
    void fitStatementColumns();
    QWidget *createTimelineTab();
    QWidget *createMatrixTab();
    QWidget *createStatementsTab();
    /// The scope list: the whole library and the folder of each of `all` (every document).
    void refreshScopes(const QList<LibraryEntry> &all);
    void refreshMatrix();
    void refreshFilterChoices();
    void refreshPartnerStrip();
    void showCount(qint64 statements); ///< -1: none to show
    /// The partner, theme and kind chosen here, into the shared selection.
    void shareFilters();
    /// The shared selection's single partner, theme and kind, into the filters here.
    void followSharedFilter(const ActionFilter &filter);
    QList<qint64> documentIds() const;

    Library *m_library = nullptr;
    QString m_folder;
    QList<LibraryEntry> m_documents;
    QWidget *m_matrixTab = nullptr;
    QWidget *m_statementsTab = nullptr;
    bool m_filterChoicesStale = true; ///< the partner and addressee lists are of another corpus
    bool m_matrixStale = true; ///< the corpus changed since m_matrix was computed
    QComboBox *m_scope;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    CorpusTimeline *m_timeline;
    QComboBox *m_matrixOrder;
    QTableView *m_matrixTable;
    CorpusMatrixModel *m_matrixModel;
    MapLegendWidget *m_matrixLegend = nullptr;
    QLineEdit *m_text;
    QComboBox *m_partner;
    QComboBox *m_theme;
    QComboBox *m_kind;
    QComboBox *m_addressee;
    QSpinBox *m_yearFrom;
    QSpinBox *m_yearTo;
    QLabel *m_count;
    PartnerStrip *m_strip;
    QTableView *m_table;
    CorpusStatementModel *m_statements;
    GroupVoteChart *m_votes;
    QTimer *m_textTimer;
    StatementCounter *m_counter;
    SelectionState *m_selection = nullptr;
    bool m_sharing = false; ///< while shareFilters() sets the selection: not followed back
};

} // namespace re
