// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/DocumentLoader.h"
#include "model/ActionFilter.h"
#include "model/ModelRoles.h"
#include "model/ResolutionModel.h"
#include "window/About.h"
#include "window/FileCommands.h"
#include "window/MainWindow.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QSettings>
#include <QStringList>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <memory>

namespace re::test {

/// The IdRole of every row of a flat model, in row order.
inline QStringList rowIds(const QAbstractItemModel *model)
{
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, 0).data(IdRole).toString();
    return ids;
}

/// Row of the item whose IdRole is `id` in a flat model, -1 if none.
inline int rowOfId(const QAbstractItemModel *model, const QString &id)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(IdRole).toString() == id)
            return row;
    }
    return -1;
}

/// Document position of the first link to `href`, -1 if none.
inline int linkPosition(const QTextDocument *document, const QString &href)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorHref() == href)
                return fragment.position();
        }
    }
    return -1;
}

/// Settings of the test program in a temporary folder, never the user's.
inline void useTemporarySettings(const QTemporaryDir &dir, const char *testName)
{
    QCoreApplication::setOrganizationName(QStringLiteral("ResolutionExplorerTests"));
    QCoreApplication::setApplicationName(QLatin1String(testName));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
}

/// The real window on the bundled document, shown, with modal message boxes off.
class WindowFixture
{
public:
    /// For initTestCase(): private settings for `testName`, and the bundled document the
    /// window tests rely on (actions, Norway).
    void setUpOnce(const char *testName)
    {
        QVERIFY(m_settingsDir.isValid());
        useTemporarySettings(m_settingsDir, testName);
        const Document document = bundledDocument();
        QVERIFY(!document.actions.isEmpty());
        QVERIFY(document.entityIndex(QStringLiteral("NOR")) >= 0);
    }

    /// For init(): a new window that starts from empty settings.
    void createWithEmptySettings()
    {
        QSettings().clear();
        create();
    }

    void create()
    {
        model = std::make_unique<ResolutionModel>();
        model->setDocument(bundledDocument());
        window = std::make_unique<MainWindow>(model.get());
        window->setInteractive(false);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }

    void destroy()
    {
        window.reset();
        model.reset();
    }

    /// Resizes the shown window and lets its layouts settle: the docks, splitters and views
    /// answer a resize with posted layout requests and zero timers, not at once.
    void resizeWindow(const QSize &size)
    {
        window->resize(size);
        for (int pass = 0; pass < 5; ++pass) {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
        }
    }

    /// A child of the window by objectName, nullptr if there is none.
    template<typename T> T *find(const char *name) const
    {
        return window ? window->findChild<T *>(QLatin1String(name)) : nullptr;
    }

    /// The model behind the action table (the rows shown).
    QAbstractItemModel *table() const { return find<QTableView>("actionTable")->model(); }

    /// Ids of the actions the filter accepts on the current document.
    QStringList expectedActions(const ActionFilter &filter) const
    {
        QStringList ids;
        const Document &doc = model->document();
        for (int i = 0; i < doc.actions.size(); ++i) {
            if (filter.accepts(doc, i))
                ids << doc.actions.at(i).id;
        }
        return ids;
    }

    static void clickRow(QTableView *view, int row)
    {
        const QRect rect = view->visualRect(view->model()->index(row, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    }

    std::unique_ptr<ResolutionModel> model;
    std::unique_ptr<MainWindow> window;

private:
    QTemporaryDir m_settingsDir;
};

} // namespace re::test
