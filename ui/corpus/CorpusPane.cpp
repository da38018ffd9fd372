// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/CorpusPane.h"

#include "common/FlowLayout.h"
#include "common/RolePalette.h"
#include "corpus/CorpusImageExport.h"
#include "corpus/CorpusMatrixModel.h"
#include "corpus/CorpusTimeline.h"
#include "corpus/GroupVoteChart.h"
#include "corpus/PartnerStrip.h"
#include "i18n/ThemeLabels.h"
#include "import/ThemeCatalog.h"
#include "library/StatementCounter.h"
#include "map/MapLegend.h"
#include "model/CorpusStatementModel.h"
#include "model/ModelRoles.h"
#include "model/SelectionState.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QPainter>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSet>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace re {

namespace {

QComboBox *filterCombo(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    return combo;
}

/// A matrix cell as the map draws its role: the fill, the hatching of threats and sanctions,
/// the number of statements on a patch of the plain fill.
class MatrixCellDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override
    {
        const QString key = index.data(CorpusMatrixModel::RoleKeyRole).toString();
        if (key.isEmpty()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        const bool dark = RolePalette::isDark(option.palette.color(QPalette::Window));
        const EntityRole role = entityRoleFromKey(key).value_or(EntityRole::Mentioned);
        const QColor fill = RolePalette::fill(role, dark);
        const QRect box = option.rect.adjusted(1, 1, -1, -1);
        painter->save();
        painter->fillRect(box, fill);
        if (RolePalette::pattern(role) != Qt::NoBrush)
            painter->fillRect(
                box, QBrush(RolePalette::patternColor(role, dark), RolePalette::pattern(role)));
        const QString count = index.data(Qt::DisplayRole).toString();
        if (!count.isEmpty()) {
            if (RolePalette::pattern(role) != Qt::NoBrush) {
                const int w = option.fontMetrics.horizontalAdvance(count) + 6;
                const int h = option.fontMetrics.height();
                painter->fillRect(
                    QRect(box.center().x() - w / 2, box.center().y() - h / 2, w, h), fill);
            }
            painter->setPen(matrixCellText(fill));
            painter->drawText(box, Qt::AlignCenter, count);
        }
        if (option.state & QStyle::State_Selected) {
            painter->setPen(QPen(option.palette.color(QPalette::Highlight), 2));
            painter->drawRect(box.adjusted(1, 1, -1, -1));
        }
        painter->restore();
    }
};

/// Refills a combo, keeping the current choice when it is still offered.
void refill(
    QComboBox *combo, const QString &anyText, const QList<std::pair<QString, QString>> &items)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(anyText, QString());
    for (const auto &[key, label] : items)
        combo->addItem(label, key);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

} // namespace

CorpusPane::CorpusPane(QWidget *parent)
    : QWidget(parent)
    , m_scope(filterCombo(this, u"corpusScopeCombo"_s, tr("Corpus")))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_timeline(new CorpusTimeline(this))
    , m_matrixOrder(filterCombo(this, u"corpusMatrixOrder"_s, tr("Order of the rows")))
    , m_matrixTable(new QTableView(this))
    , m_matrixModel(new CorpusMatrixModel(this))
    , m_text(new QLineEdit(this))
    , m_partner(filterCombo(this, u"corpusPartnerFilter"_s, tr("Partner filter")))
    , m_theme(filterCombo(this, u"corpusThemeFilter"_s, tr("Theme filter")))
    , m_kind(filterCombo(this, u"corpusKindFilter"_s, tr("Kind filter")))
    , m_addressee(filterCombo(this, u"corpusAddresseeFilter"_s, tr("Addressee filter")))
    , m_yearFrom(new QSpinBox(this))
    , m_yearTo(new QSpinBox(this))
    , m_count(new QLabel(this))
    , m_strip(new PartnerStrip(this))
    , m_table(new QTableView(this))
    , m_statements(new CorpusStatementModel(this))
    , m_votes(new GroupVoteChart(this))
    , m_textTimer(new QTimer(this))
    , m_counter(new StatementCounter(this))
{
    setObjectName(u"corpusPane"_s);
    m_scope->setToolTip(tr("The resolutions shown together: your whole library or one folder"));
    m_scope->setMinimumContentsLength(16);
    m_summary->setObjectName(u"corpusSummary"_s);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs->setObjectName(u"corpusTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createTimelineTab(), tr("Timeline"));
    m_tabs->addTab(createMatrixTab(), tr("Partners"));
    m_tabs->addTab(createStatementsTab(), tr("Statements"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_matrixTab && m_matrixStale)
            refreshMatrix();
        if (m_tabs->currentWidget() == m_statementsTab && m_filterChoicesStale)
            refreshFilterChoices();
    });
    m_votes->setObjectName(u"corpusVotes"_s);
    m_tabs->addTab(m_votes, tr("Votes by Group"));

    auto *header = new FlowLayout(nullptr, 6);
    auto *scopeLabel = new QLabel(tr("Corpus:"), this);
    scopeLabel->setBuddy(m_scope);
    header->addGroup({ scopeLabel, m_scope });
    header->addGroup({ m_summary });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);

    connect(m_scope, &QComboBox::activated, this,
        [this](int index) { setFolder(m_scope->itemData(index).toString()); });
    connect(m_timeline, &CorpusTimeline::documentActivated, this,
        [this](qint64 id) { Q_EMIT openRequested(id, {}); });
    m_textTimer->setSingleShot(true);
    m_textTimer->setInterval(250);
    connect(m_textTimer, &QTimer::timeout, this, &CorpusPane::applyFilters);
    connect(m_counter, &StatementCounter::counted, this, &CorpusPane::showCount);
    refresh();
}

CorpusPane::~CorpusPane() = default;

QWidget *CorpusPane::createTimelineTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(u"corpusTimelineTab"_s);
    m_timeline->setObjectName(u"corpusTimeline"_s);
    m_timeline->setParent(tab);
    auto *exportButton = new QPushButton(tr("Export Timeline…"), tab);
    exportButton->setObjectName(u"corpusExportTimeline"_s);
    exportButton->setToolTip(tr("Save the timeline as a PNG, SVG or PDF image"));
    connect(exportButton, &QPushButton::clicked, this, &CorpusPane::exportTimelineRequested);
    auto *note = new QLabel(tr("One circle per resolution: its vote margin (for minus against) "
                               "by date, its size the number of statements. Click to read it."),
        tab);
    note->setObjectName(u"corpusTimelineNote"_s);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *bar = new QHBoxLayout;
    bar->addWidget(note, 1);
    bar->addWidget(exportButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_timeline, 1);
    return tab;
}

QWidget *CorpusPane::createMatrixTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(u"corpusMatrixTab"_s);
    m_matrixTab = tab;
    m_matrixOrder->setParent(tab);
    m_matrixOrder->addItem(tr("First appearance"), int(MatrixOrder::FirstAppearance));
    m_matrixOrder->addItem(tr("Most statements"), int(MatrixOrder::Count));
    m_matrixOrder->addItem(tr("Most role changes"), int(MatrixOrder::RoleChanges));
    connect(m_matrixOrder, &QComboBox::activated, this, &CorpusPane::refreshMatrix);
    auto *orderLabel = new QLabel(tr("Rows by:"), tab);
    orderLabel->setBuddy(m_matrixOrder);
    auto *exportButton = new QPushButton(tr("Export Matrix…"), tab);
    exportButton->setObjectName(u"corpusExportMatrix"_s);
    exportButton->setToolTip(tr("Save the matrix as a PNG or SVG image"));
    connect(exportButton, &QPushButton::clicked, this, &CorpusPane::exportMatrixRequested);

    m_matrixTable->setParent(tab);
    m_matrixTable->setObjectName(u"corpusMatrix"_s);
    m_matrixTable->setModel(m_matrixModel);
    m_matrixTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrixTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrixTable->horizontalHeader()->setDefaultSectionSize(
        fontMetrics().horizontalAdvance(u"0000"_s) * 2);
    m_matrixTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_matrixTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_matrixTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_matrixTable->setWordWrap(false);
    m_matrixTable->setItemDelegate(new MatrixCellDelegate(m_matrixTable));
    // A cell read: that resolution; a row chosen: its entity's statements and roles over time.
    connect(m_matrixTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        const qint64 id
            = m_matrixModel
                  ->headerData(index.column(), Qt::Horizontal, CorpusMatrixModel::DocumentIdRole)
                  .toLongLong();
        if (id != 0)
            Q_EMIT openRequested(id, {});
    });
    connect(m_matrixTable->verticalHeader(), &QHeaderView::sectionClicked, this, [this](int row) {
        if (row < 0 || row >= m_matrixModel->matrix().rows.size())
            return;
        if (m_filterChoicesStale)
            refreshFilterChoices();
        const int index = m_partner->findData(m_matrixModel->matrix().rows.at(row).entityId);
        if (index >= 0) {
            m_partner->setCurrentIndex(index);
            applyFilters();
            shareFilters();
        }
    });
    auto *bar = new QHBoxLayout;
    bar->addWidget(orderLabel);
    bar->addWidget(m_matrixOrder);
    bar->addStretch(1);
    bar->addWidget(exportButton);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_matrixTable, 1);
    m_matrixLegend = new MapLegendWidget(tab);
    m_matrixLegend->setObjectName(u"corpusMatrixLegend"_s);
    layout->addWidget(m_matrixLegend);
    return tab;
}

QWidget *CorpusPane::createStatementsTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(u"corpusStatementsTab"_s);
    m_statementsTab = tab;
    m_text->setParent(tab);
    m_text->setObjectName(u"corpusSearch"_s);
    m_text->setPlaceholderText(tr("Search the statements…"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(fontMetrics().averageCharWidth() * 22);
    m_text->setToolTip(tr("Show only the statements that hold all these words"));
    connect(m_text, &QLineEdit::textEdited, m_textTimer, qOverload<>(&QTimer::start));
    connect(m_text, &QLineEdit::returnPressed, this, &CorpusPane::applyFilters);

    QList<std::pair<QString, QString>> themes;
    for (const QString &name : ThemeCatalog::builtin().names())
        themes.append({ name, themeLabel(name) });
    refill(m_theme, tr("Any theme"), themes);
    QList<std::pair<QString, QString>> kinds;
    for (const VerbKind kind : allVerbKinds())
        kinds.append({ verbKindKey(kind), verbKindLabel(kind) });
    refill(m_kind, tr("Any kind"), kinds);
    refill(m_partner, tr("Any partner"), {});
    refill(m_addressee, tr("Any addressee"), {});
    for (QSpinBox *year : { m_yearFrom, m_yearTo }) {
        year->setParent(tab);
        year->setRange(1950, 2100);
        year->setSpecialValueText(tr("any"));
        year->setMinimum(1949);
        year->setValue(1949);
        connect(year, &QSpinBox::valueChanged, m_textTimer, qOverload<>(&QTimer::start));
    }
    m_yearFrom->setObjectName(u"corpusYearFrom"_s);
    m_yearFrom->setAccessibleName(tr("From year"));
    m_yearTo->setObjectName(u"corpusYearTo"_s);
    m_yearTo->setAccessibleName(tr("To year"));
    for (QComboBox *combo : { m_partner, m_theme, m_kind, m_addressee }) {
        combo->setParent(tab);
        connect(combo, &QComboBox::activated, this, &CorpusPane::applyFilters);
    }
    for (QComboBox *combo : { m_partner, m_theme, m_kind })
        connect(combo, &QComboBox::activated, this, &CorpusPane::shareFilters);
    auto *yearsLabel = new QLabel(tr("Years:"), tab);
    yearsLabel->setBuddy(m_yearFrom);
    auto *dash = new QLabel(u"–"_s, tab);
    m_count->setParent(tab);
    m_count->setObjectName(u"corpusStatementCount"_s);

    m_strip->setParent(tab);
    m_strip->setObjectName(u"corpusPartnerStrip"_s);
    m_strip->hide();

    m_table->setParent(tab);
    m_table->setObjectName(u"corpusStatementTable"_s);
    m_table->setModel(m_statements);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() * 3 + 6);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(CorpusStatementModel::StatementColumn, QHeaderView::Stretch);
    columns->resizeSection(
        CorpusStatementModel::DateColumn, fontMetrics().horizontalAdvance(u"0000-00-00__"_s));
    columns->resizeSection(CorpusStatementModel::ReferenceColumn,
        fontMetrics().horizontalAdvance(u"2025/2119(INI)_____"_s));
    columns->resizeSection(
        CorpusStatementModel::KindColumn, fontMetrics().horizontalAdvance(u"Condemnation__"_s));
    columns->resizeSection(
        CorpusStatementModel::SectionColumn, fontMetrics().averageCharWidth() * 20);
    columns->setStretchLastSection(false);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const CorpusStatement *statement = m_statements->statement(index.row()))
            Q_EMIT openRequested(statement->documentId, statement->actionId);
    });

    auto *filters = new FlowLayout(nullptr, 6);
    filters->addGroup({ m_text });
    filters->addGroup({ m_partner, m_theme, m_kind, m_addressee });
    filters->addGroup({ yearsLabel, m_yearFrom, dash, m_yearTo, m_count });
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_strip);
    layout->addWidget(m_table, 1);
    return tab;
}

void CorpusPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitStatementColumns();
}

void CorpusPane::fitStatementColumns()
{
    // The statement keeps at least 28 characters: the section goes first, then the date (the
    // reference says the year, the tooltip the rest).
    const int room = width() - 24;
    const int statement = fontMetrics().averageCharWidth() * 28;
    QHeaderView *columns = m_table->horizontalHeader();
    const auto widthOf = [columns](int column) { return columns->sectionSize(column); };
    int used = widthOf(CorpusStatementModel::ReferenceColumn)
        + widthOf(CorpusStatementModel::KindColumn) + statement;
    const bool date = room >= used + widthOf(CorpusStatementModel::DateColumn);
    used += date ? widthOf(CorpusStatementModel::DateColumn) : 0;
    const bool section = room >= used + widthOf(CorpusStatementModel::SectionColumn);
    m_table->setColumnHidden(CorpusStatementModel::DateColumn, !date);
    m_table->setColumnHidden(CorpusStatementModel::SectionColumn, !section);
}

void CorpusPane::setLibrary(Library *library)
{
    m_library = library;
    refresh();
}

void CorpusPane::setFolder(const QString &folder)
{
    m_folder = folder.isEmpty() ? QString() : QFileInfo(folder).absoluteFilePath();
    refresh();
}

QString CorpusPane::title() const
{
    if (m_folder.isEmpty())
        return tr("Your library: %Ln resolutions", nullptr, int(m_documents.size()));
    return tr("%1: %Ln resolutions", nullptr, int(m_documents.size()))
        .arg(QDir(m_folder).dirName());
}

QList<qint64> CorpusPane::documentIds() const
{
    // The whole library is no list (every query reads an empty one as every document): 10 000
    // ids in each query cost more than the query itself.
    if (m_folder.isEmpty())
        return {};
    QList<qint64> ids;
    for (const LibraryEntry &entry : m_documents)
        ids.append(entry.id);
    return ids;
}

void CorpusPane::refresh()
{
    // Every document once: the scope list needs all their folders, and the whole library is
    // the corpus when no folder is chosen.
    const QList<LibraryEntry> all = m_library ? m_library->documents() : QList<LibraryEntry>();
    m_documents.clear();
    if (m_library && m_folder.isEmpty()) {
        m_documents = all;
    } else if (m_library) {
        CorpusSelection selection;
        selection.folder = m_folder;
        m_documents = m_library->documents(selection);
    }
    refreshScopes(all);
    int statements = 0;
    QDate first, last;
    for (const LibraryEntry &entry : std::as_const(m_documents)) {
        statements += entry.statements;
        if (entry.date.isValid()) {
            first = first.isValid() ? std::min(first, entry.date) : entry.date;
            last = last.isValid() ? std::max(last, entry.date) : entry.date;
        }
    }
    if (!m_library)
        m_summary->setText(tr("Open a folder as a corpus, or add resolutions to your library."));
    else if (m_documents.isEmpty())
        m_summary->setText(tr("No resolution yet: open a folder as a corpus (File menu)."));
    else if (first.isValid())
        m_summary->setText(
            tr("%Ln resolutions from %1 to %2, %3 statements", nullptr, int(m_documents.size()))
                .arg(first.year())
                .arg(last.year())
                .arg(QLocale().toString(statements)));
    else
        m_summary->setText(tr("%Ln resolutions, %1 statements", nullptr, int(m_documents.size()))
                               .arg(QLocale().toString(statements)));
    m_timeline->setDocuments(m_documents);
    // The matrix costs most of the view (every entity of every document): only for its tab.
    m_matrixStale = true;
    if (m_tabs->currentWidget() == m_matrixTab)
        refreshMatrix();
    // The partner and addressee lists (every entity of the corpus) only for the tab that shows
    // them, or a matrix row that chooses a partner.
    m_filterChoicesStale = true;
    if (m_tabs->currentWidget() == m_statementsTab)
        refreshFilterChoices();
    applyFilters();
    const bool any = m_library && !m_documents.isEmpty();
    m_votes->setVotes(any ? m_library->groupVotes(documentIds()) : QList<DocumentGroupVotes>(),
        int(m_documents.size()));
    Q_EMIT namingCountsChanged(
        any ? m_library->resolutionsNaming(documentIds()) : QHash<QString, int>());
}

void CorpusPane::refreshScopes(const QList<LibraryEntry> &all)
{
    QStringList folders;
    for (const LibraryEntry &entry : all) {
        if (entry.sourcePath.startsWith(u':'))
            continue;
        const QString folder = QFileInfo(entry.sourcePath).absolutePath();
        if (!folders.contains(folder))
            folders.append(folder);
    }
    if (!m_folder.isEmpty() && !folders.contains(m_folder))
        folders.append(m_folder);
    folders.sort();
    const QSignalBlocker blocker(m_scope);
    m_scope->clear();
    m_scope->addItem(tr("Whole library"), QString());
    for (const QString &folder : std::as_const(folders)) {
        m_scope->addItem(QDir(folder).dirName(), folder);
        m_scope->setItemData(
            m_scope->count() - 1, QDir::toNativeSeparators(folder), Qt::ToolTipRole);
    }
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(m_folder)));
}

const CorpusMatrix &CorpusPane::matrix()
{
    if (m_matrixStale)
        refreshMatrix();
    return m_matrixModel->matrix();
}

void CorpusPane::refreshMatrix()
{
    m_matrixStale = false;
    const bool any = m_library && !m_documents.isEmpty();
    const auto order = MatrixOrder(m_matrixOrder->currentData().toInt());
    m_matrixModel->setMatrix(any ? m_library->matrix(documentIds(), order) : CorpusMatrix());
    const CorpusMatrix &matrix = m_matrixModel->matrix();
    const bool dark = RolePalette::isDark(palette().color(QPalette::Window));
    // The legend: the roles the cells show, with how many entities have each somewhere.
    QMap<EntityRole, int> roles;
    for (const MatrixRow &row : std::as_const(matrix.rows)) {
        QSet<EntityRole> ofRow;
        for (const MatrixCell &cell : row.cells)
            ofRow.insert(matrixCellRole(cell));
        for (const EntityRole role : std::as_const(ofRow))
            ++roles[role];
    }
    QList<MapLegendEntry> legend;
    for (auto it = roles.cbegin(); it != roles.cend(); ++it) {
        const EntityRole role = it.key();
        legend.append({ entityRoleLabel(role),
            { RolePalette::fill(role, dark), RolePalette::pattern(role),
                RolePalette::patternColor(role, dark) },
            it.value() });
    }
    m_matrixLegend->setEntries(legend);
    refreshPartnerStrip();
}

void CorpusPane::refreshFilterChoices()
{
    m_filterChoicesStale = false;
    const bool any = m_library && !m_documents.isEmpty();
    QList<std::pair<QString, QString>> partners;
    if (any) {
        for (const auto &[id, name] : m_library->entities(documentIds()))
            partners.append({ id, name });
    }
    refill(m_partner, tr("Any partner"), partners);
    QList<std::pair<QString, QString>> addressees;
    if (any) {
        for (const QString &addressee : m_library->addressees(documentIds()))
            addressees.append({ addressee, addressee });
    }
    refill(m_addressee, tr("Any addressee"), addressees);
}

void CorpusPane::refreshPartnerStrip()
{
    const QString partner = m_partner->currentData().toString();
    if (!partner.isEmpty())
        matrix();
    const auto row
        = std::find_if(m_matrixModel->matrix().rows.cbegin(), m_matrixModel->matrix().rows.cend(),
            [&partner](const MatrixRow &r) { return r.entityId == partner; });
    if (partner.isEmpty() || row == m_matrixModel->matrix().rows.cend()) {
        m_strip->hide();
        return;
    }
    m_strip->setRow(m_matrixModel->matrix().documents, *row);
    m_strip->show();
}

CorpusQuery CorpusPane::statementQuery() const
{
    CorpusQuery query;
    query.text = m_text->text().trimmed();
    if (const QString partner = m_partner->currentData().toString(); !partner.isEmpty())
        query.entities = { partner };
    query.theme = m_theme->currentData().toString();
    query.kind = m_kind->currentData().toString();
    query.addressee = m_addressee->currentData().toString();
    query.yearFrom = m_yearFrom->value() == m_yearFrom->minimum() ? 0 : m_yearFrom->value();
    query.yearTo = m_yearTo->value() == m_yearTo->minimum() ? 0 : m_yearTo->value();
    query.documentIds = documentIds();
    return query;
}

void CorpusPane::applyFilters()
{
    m_textTimer->stop();
    refreshPartnerStrip();
    if (!m_library || m_documents.isEmpty()) {
        m_statements->clear();
        m_count->clear();
        return;
    }
    const CorpusQuery query = statementQuery();
    const Library *library = m_library;
    m_statements->setPageReader([library, query](int offset, int limit) {
        return library->statements(query, offset, limit);
    });
    // The count follows the table, from its own thread (a library in memory has no file another
    // connection could read: counted here).
    if (m_library->path() == u":memory:")
        showCount(m_library->statementCount(query));
    else
        m_counter->count(m_library->path(), query);
}

void CorpusPane::setSelection(SelectionState *selection)
{
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = selection;
    if (m_selection) {
        connect(m_selection, &SelectionState::filterChanged, this,
            [this](const ActionFilter &filter) { followSharedFilter(filter); });
    }
}

void CorpusPane::shareFilters()
{
    if (!m_selection)
        return;
    const QScopedValueRollback sharing(m_sharing, true);
    ActionFilter filter = m_selection->filter();
    const QString partner = m_partner->currentData().toString();
    filter.entities = partner.isEmpty() ? QStringList() : QStringList { partner };
    filter.theme = m_theme->currentData().toString();
    filter.verb = m_kind->currentData().toString();
    m_selection->setFilter(filter);
}

void CorpusPane::followSharedFilter(const ActionFilter &filter)
{
    if (m_sharing)
        return;
    // One partner is a corpus filter; several (or one the corpus does not name) are none.
    if (m_filterChoicesStale && filter.entities.size() == 1)
        refreshFilterChoices();
    const auto choose = [](QComboBox *combo, const QString &key) {
        const int index = std::max(0, combo->findData(key));
        if (combo->currentIndex() == index)
            return false;
        combo->setCurrentIndex(index);
        return true;
    };
    bool changed
        = choose(m_partner, filter.entities.size() == 1 ? filter.entities.first() : QString());
    changed = choose(m_theme, filter.theme) || changed;
    changed = choose(m_kind, filter.verb) || changed;
    if (changed)
        applyFilters();
}

void CorpusPane::showCount(qint64 statements)
{
    if (statements < 0)
        m_count->clear();
    else
        m_count->setText(tr("%Ln statements", nullptr, int(statements)));
}

} // namespace re
