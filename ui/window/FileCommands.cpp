// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/FileCommands.h"

#include "export/BriefExport.h"
#include "export/ImageExport.h"
#include "import/DocumentLoader.h"
#include "io/FileNames.h"
#include "map/MapExport.h"
#include "map/MapPane.h"
#include "model/ResolutionModel.h"
#include "model/SelectionState.h"
#include "session/DocumentSession.h"
#include "vote/BulkExport.h"
#include "vote/RollCallReader.h"
#include "voteview/ChartExport.h"
#include "voteview/VotePane.h"
#include "window/ActionTablePane.h"
#include "window/RecentFilesMenu.h"
#include "window/UserDialogs.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMimeData>
#include <QPrinter>
#include <QUrl>
#include <algorithm>

namespace re {

namespace {

/// The image formats every image export offers, PNG first.
QList<std::pair<QString, QString>> imageFilters()
{
    return { { FileCommands::tr("PNG image (*.png)"), QStringLiteral("png") },
        { FileCommands::tr("SVG image (*.svg)"), QStringLiteral("svg") },
        { FileCommands::tr("PDF document (*.pdf)"), QStringLiteral("pdf") } };
}

QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

} // namespace

FileCommands::FileCommands(ResolutionModel *model, UserDialogs *dialogs, QWidget *parent)
    : QObject(parent), m_model(model), m_dialogs(dialogs), m_recent(new RecentFilesMenu(parent))
{
    m_open = addAction(QStringLiteral("actionOpen"), tr("&Open\u2026"),
        tr("Open an OEIL summary (.md, .txt, .html) or a saved document (.json)"));
    m_open->setShortcut(QKeySequence::Open);
    m_openBundled = addAction(QStringLiteral("actionOpenBundled"), tr("Open &Bundled Resolution"),
        tr("Go back to the resolution that comes with the program, 2025/2119(INI)"));
    m_saveAs = addAction(QStringLiteral("actionSaveAs"), tr("Save &As\u2026"),
        tr("Save the document with its entities and actions as JSON"));
    // Ctrl+S too: a document opened from a summary has no saved file of its own to write over.
    m_saveAs->setShortcuts({ QKeySequence::Save, QKeySequence::SaveAs });
    m_exportActions = addAction(QStringLiteral("actionExportActions"), tr("&Export Actions\u2026"),
        tr("Write the actions the table shows as CSV or JSON"));
    m_exportActions->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportMap = addAction(QStringLiteral("actionExportMap"), tr("Export &Map\u2026"),
        tr("Save the map as it is shown as PNG, SVG or PDF"));
    m_exportChart = addAction(QStringLiteral("actionExportChart"), tr("Export &Chart\u2026"),
        tr("Save the vote chart shown as PNG, SVG or PDF"));
    m_exportBrief = addAction(QStringLiteral("actionExportBrief"), tr("Expor&t Brief\u2026"),
        tr("Write a PDF brief: the resolution's title, vote and map, and the statements the "
           "table shows"));
    m_print = addAction(QStringLiteral("actionPrint"), tr("Pri&nt\u2026"),
        tr("Print the brief: the resolution's title, vote and map, and the statements the table "
           "shows"));
    m_print->setShortcut(QKeySequence::Print);
    m_importRollCall
        = addAction(QStringLiteral("actionImportRollCall"), tr("&Import Roll-call Data\u2026"),
            tr("Add the vote's breakdown by political group and country from HowTheyVote.eu's "
               "files or export, or from the Parliament's roll-call record"));
    m_removeRollCall
        = addAction(QStringLiteral("actionRemoveRollCall"), tr("&Remove Roll-call Data"),
            tr("Show the vote as the document states it, without the "
               "roll-call data you added"));

    connect(m_open, &QAction::triggered, this, &FileCommands::openWithDialog);
    connect(m_recent, &RecentFilesMenu::fileChosen, this, &FileCommands::openFileInBackground);
    connect(m_openBundled, &QAction::triggered, this, [this] {
        m_model->session()->cancelOpen(); // a file still being read would replace it
        m_model->session()->setDocument(bundledDocument());
    });
    connect(m_saveAs, &QAction::triggered, this, &FileCommands::saveAsWithDialog);
    connect(m_exportActions, &QAction::triggered, this, &FileCommands::exportActionsWithDialog);
    connect(m_exportMap, &QAction::triggered, this, &FileCommands::exportMapWithDialog);
    connect(m_exportChart, &QAction::triggered, this, &FileCommands::exportChartWithDialog);
    connect(m_exportBrief, &QAction::triggered, this, &FileCommands::exportBriefWithDialog);
    connect(m_print, &QAction::triggered, this, &FileCommands::printWithDialog);
    connect(m_importRollCall, &QAction::triggered, this, &FileCommands::importRollCallWithDialog);
    connect(m_removeRollCall, &QAction::triggered, this,
        [this] { m_model->session()->detachRollCall(); });

    DocumentSession *session = m_model->session();
    connect(session, &DocumentSession::openStarted, this, [this](const QString &path) {
        Q_EMIT statusMessage(tr("Opening \u201c%1\u201d\u2026").arg(fileName(path)));
    });
    connect(session, &DocumentSession::openFinished, this,
        [this](const QString &path, bool opened, const QString &error) {
            if (!m_model->session()->isOpening())
                Q_EMIT statusMessage({});
            if (opened) {
                m_dialogs->rememberDirectoryOf(path);
                m_recent->addFile(path, m_model->document().procedure.title,
                    m_model->document().procedure.reference);
                warnIfNotASummary(path);
            } else if (!error.isEmpty()) {
                report(false, tr("Could not open \u201c%1\u201d: %2"), path, error,
                    QStringLiteral("loadErrorBox"));
            }
            Q_EMIT openingFinished(path, opened);
        });
    connect(session, &DocumentSession::rollCallStarted, this, [this](const QStringList &paths) {
        Q_EMIT statusMessage(
            tr("Reading roll-call data from \u201c%1\u201d\u2026").arg(fileName(paths.value(0))));
    });
    connect(session, &DocumentSession::rollCallFinished, this,
        [this](bool attached, const QString &error) {
            Q_EMIT statusMessage({});
            if (attached) {
                Q_EMIT rollCallAttached();
            } else if (!error.isEmpty()) {
                m_dialogs->warn(tr("The roll-call data was not added: %1.").arg(error),
                    QStringLiteral("rollCallErrorBox"));
            }
        });
    connect(m_model, &ResolutionModel::documentChanged, this, &FileCommands::updateActions);
    connect(m_model, &ResolutionModel::voteChanged, this, &FileCommands::updateActions);
    updateActions();
}

QStringList FileCommands::openableFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile()
            && documentFileSuffixes().contains(QFileInfo(url.toLocalFile()).suffix().toLower()))
            files << url.toLocalFile();
    }
    return files;
}

void FileCommands::setPanes(ActionTablePane *table, MapPane *map, VotePane *vote)
{
    m_table = table;
    m_map = map;
    m_vote = vote;
    connect(vote, &VotePane::importRequested, this, &FileCommands::importRollCallWithDialog);
    connect(vote, &VotePane::exportRequested, this, &FileCommands::exportChartWithDialog);
    connect(map, &MapPane::exportRequested, this, &FileCommands::exportMapWithDialog);
}

QAction *FileCommands::addAction(const QString &name, const QString &text, const QString &tip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setStatusTip(tip);
    return action;
}

void FileCommands::updateActions()
{
    const Document &document = m_model->document();
    m_openBundled->setEnabled(m_model->session()->source().kind != DocumentSource::Kind::Bundled);
    m_exportChart->setEnabled(!availableChartKinds(document).isEmpty());
    m_importRollCall->setEnabled(document.vote.has_value());
    m_removeRollCall->setEnabled(m_model->session()->hasRollCall());
}

bool FileCommands::report(bool ok, const QString &what, const QString &path, const QString &error,
    const QString &boxName, const QString &done)
{
    if (ok) {
        m_dialogs->rememberDirectoryOf(path);
        if (!done.isEmpty())
            Q_EMIT fileWritten(done.arg(QDir::toNativeSeparators(path)));
    } else {
        m_dialogs->warn(what.arg(fileName(path), error), boxName);
    }
    return ok;
}

bool FileCommands::openFile(const QString &path)
{
    QString error;
    const bool opened = m_model->session()->openNow(path, &error);
    if (opened) {
        m_recent->addFile(path);
        warnIfNotASummary(path);
    }
    return report(opened, tr("Could not open \u201c%1\u201d: %2"), path, error,
        QStringLiteral("loadErrorBox"));
}

void FileCommands::openFileInBackground(const QString &path)
{
    m_model->session()->open(path);
}

void FileCommands::warnIfNotASummary(const QString &path)
{
    const QString warning = summaryWarning(m_model->document());
    if (!warning.isEmpty()) {
        m_dialogs->warn(tr("\u201c%1\u201d is open, but %2.").arg(fileName(path), warning),
            QStringLiteral("summaryWarningBox"));
    }
}

bool FileCommands::isOpening() const
{
    return m_model->session()->isOpening();
}

bool FileCommands::saveDocumentAs(const QString &path)
{
    QString error;
    return report(m_model->session()->save(path, &error), tr("Could not save \u201c%1\u201d: %2"),
        path, error, QStringLiteral("saveErrorBox"), tr("Document saved to %1"));
}

bool FileCommands::exportActions(const QString &path)
{
    QString error;
    const QList<int> rows = m_table->shownActionIndexes();
    return report(m_model->session()->exportActions(path, rows, &error),
        tr("Could not export the actions to \u201c%1\u201d: %2"), path, error,
        QStringLiteral("exportErrorBox"), tr("Actions exported to %1"));
}

bool FileCommands::exportMapImage(const QString &path)
{
    const Document &document = m_model->document();
    const bool byCorpus = m_map->colouring() == MapColouring::Corpus;
    ImageExportOptions options;
    options.title = byCorpus ? tr("Resolutions naming each country") : document.procedure.title;
    QString error;
    const bool written = exportMap(document, path, options, &error, m_map->visibleRegion(),
        m_map->colouring(), m_map->corpusStyle());
    return report(written, tr("Could not export the map to \u201c%1\u201d: %2"), path, error,
        QStringLiteral("exportErrorBox"), tr("Map exported to %1"));
}

bool FileCommands::exportChartImage(const QString &path)
{
    QString error;
    return report(m_vote->exportChart(path, &error),
        tr("Could not export the chart to \u201c%1\u201d: %2"), path, error,
        QStringLiteral("exportErrorBox"), tr("Chart exported to %1"));
}

BriefOptions FileCommands::briefOptions() const
{
    BriefOptions options;
    options.filter = m_model->selection()->filter();
    options.mapRegion = m_map->visibleRegion();
    options.mapColouring = m_map->colouring();
    return options;
}

bool FileCommands::exportBriefPdf(const QString &path)
{
    QString error;
    const bool written = exportBrief(
        path, m_model->document(), m_table->shownActionIndexes(), briefOptions(), &error);
    return report(written, tr("Could not export the brief to \u201c%1\u201d: %2"), path, error,
        QStringLiteral("exportErrorBox"), tr("Brief exported to %1"));
}

bool FileCommands::printBrief(QPrinter *printer)
{
    if (!paintBrief(printer, m_model->document(), m_table->shownActionIndexes(), briefOptions())) {
        m_dialogs->warn(tr("The brief could not be printed."), QStringLiteral("printErrorBox"));
        return false;
    }
    Q_EMIT fileWritten(printer->outputFormat() == QPrinter::PdfFormat
            ? tr("Brief printed to %1").arg(QDir::toNativeSeparators(printer->outputFileName()))
            : tr("Brief sent to the printer"));
    return true;
}

bool FileCommands::importRollCall(const QStringList &paths)
{
    QString error;
    QString voteId;
    if (paths.size() == 1 && isBulkExport(paths.first())) {
        if (!chooseExportedVoteOf(paths.first(), &voteId))
            return false; // the user cancelled the choice
        // Millions of rows: read on a worker, the status bar shows it and can cancel it.
        m_model->session()->attachRollCallInBackground(paths, voteId);
        return true;
    }
    if (paths.size() == 1 && !chooseRecordedVoteOf(paths.first(), &voteId))
        return false; // the user cancelled the choice
    if (!m_model->session()->attachRollCall(paths, &error, voteId)) {
        m_dialogs->warn(tr("The roll-call data was not added: %1.").arg(error),
            QStringLiteral("rollCallErrorBox"));
        return false;
    }
    Q_EMIT rollCallAttached();
    return true;
}

bool FileCommands::chooseRecordedVoteOf(const QString &path, QString *voteId)
{
    if (!isRollCallRecord(path))
        return true;
    // A record of many votes whose totals do not single out the document's: the user picks.
    QString error;
    const std::optional<QList<RecordedVote>> votes = readRollCallRecordFile(path, &error);
    const Vote stated = m_model->document().vote.value_or(Vote());
    if (!votes || chooseRecordedVote(*votes, stated, {}, &error))
        return true; // attachRollCall() takes it, or says what is wrong
    QStringList items;
    for (const RecordedVote &vote : *votes) {
        items.append(tr("%1: %2 for, %3 against, %4 abstentions \u2014 %5")
                         .arg(vote.id)
                         .arg(vote.votesFor)
                         .arg(vote.against)
                         .arg(vote.abstentions)
                         .arg(vote.description.isEmpty() ? vote.title : vote.description));
    }
    const int chosen = m_dialogs->chooseItem(tr("Choose the Vote"),
        tr("The record holds %n votes and none has this resolution's totals alone. Which one "
           "is its vote?",
            "", int(votes->size())),
        items);
    if (chosen < 0)
        return false;
    *voteId = votes->at(chosen).id;
    return true;
}

bool FileCommands::chooseExportedVoteOf(const QString &path, QString *voteId)
{
    // votes.csv alone (quick); a procedure with exactly one main vote needs no question.
    QString error;
    const std::optional<QList<ExportedVote>> votes
        = bulkExportVotes(path, m_model->document().procedure.reference, &error);
    if (!votes || votes->isEmpty())
        return true; // attachRollCall() says what is wrong
    const auto mainVotes
        = std::count_if(votes->cbegin(), votes->cend(), [](const auto &v) { return v.main; });
    if (mainVotes == 1)
        return true;
    QStringList items;
    for (const ExportedVote &vote : *votes) {
        items.append(tr("%1 (%2): %3 for, %4 against, %5 abstentions \u2014 %6%7")
                         .arg(vote.id, vote.timestamp.left(10))
                         .arg(vote.counts[0])
                         .arg(vote.counts[1])
                         .arg(vote.counts[2])
                         .arg(vote.title, vote.main ? tr(" (main vote)") : QString()));
    }
    const int chosen = m_dialogs->chooseItem(tr("Choose the Vote"),
        tr("HowTheyVote.eu's export holds %n votes of this procedure and no single main vote. "
           "Which one is the resolution's?",
            "", int(votes->size())),
        items);
    if (chosen < 0)
        return false;
    *voteId = votes->at(chosen).id;
    return true;
}

void FileCommands::openWithDialog()
{
    const QString path = m_dialogs->chooseFileToOpen(tr("Open Resolution"),
        tr("Resolutions (*.md *.txt *.html *.htm *.json);;OEIL summaries (*.md *.txt *.html "
           "*.htm);;Saved documents (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFileInBackground(path);
}

void FileCommands::saveAsWithDialog()
{
    // *.rexp.json: the desktop opens such files with this program (packaging/README.md).
    const QString path = m_dialogs->chooseFileToSave(tr("Save Document As"),
        suggestedFileName(m_model->document(), {}, QStringLiteral("rexp.json")),
        { { tr("Resolution Explorer documents (*.rexp.json *.json)"),
            QStringLiteral("rexp.json") } });
    if (!path.isEmpty())
        saveDocumentAs(path);
}

void FileCommands::exportActionsWithDialog()
{
    const QString path = m_dialogs->chooseFileToSave(tr("Export Actions"),
        suggestedFileName(m_model->document(), QStringLiteral("actions"), QStringLiteral("csv")),
        { { tr("CSV table (*.csv)"), QStringLiteral("csv") },
            { tr("JSON (*.json)"), QStringLiteral("json") } });
    if (!path.isEmpty())
        exportActions(path);
}

void FileCommands::exportMapWithDialog()
{
    const QString path = m_dialogs->chooseFileToSave(tr("Export Map"),
        suggestedFileName(m_model->document(), QStringLiteral("map"), QStringLiteral("png")),
        imageFilters());
    if (!path.isEmpty())
        exportMapImage(path);
}

void FileCommands::exportChartWithDialog()
{
    const QString kind = chartKindKey(m_vote->currentChartKind());
    const QString path = m_dialogs->chooseFileToSave(tr("Export Chart"),
        suggestedFileName(m_model->document(), kind, QStringLiteral("png")), imageFilters());
    if (!path.isEmpty())
        exportChartImage(path);
}

void FileCommands::exportBriefWithDialog()
{
    const QString path = m_dialogs->chooseFileToSave(tr("Export Brief"),
        suggestedFileName(m_model->document(), QStringLiteral("brief"), QStringLiteral("pdf")),
        { { tr("PDF document (*.pdf)"), QStringLiteral("pdf") } });
    if (!path.isEmpty())
        exportBriefPdf(path);
}

void FileCommands::printWithDialog()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(briefPageLayout());
    printer.setDocName(m_model->document().procedure.title);
    if (m_dialogs->choosePrinter(&printer))
        printBrief(&printer);
}

void FileCommands::importRollCallWithDialog()
{
    const QStringList files = m_dialogs->chooseFilesToOpen(tr("Import Roll-call Data"),
        tr("Roll-call data (*.csv *.xml *.zip);;HowTheyVote.eu CSV files (*.csv);;HowTheyVote.eu "
           "bulk export (*.zip);;The Parliament's roll-call record (*.xml);;All files (*)"));
    if (!files.isEmpty())
        importRollCall(files);
}

} // namespace re
