// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Help > Keyboard Shortcuts and Help > User Guide.
#include "WindowTestUtils.h"
#include "window/KeyboardShortcuts.h"
#include "window/UserGuide.h"

#include <QAction>
#include <QImage>
#include <QMenuBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace re;
using namespace Qt::StringLiterals;

class TestHelp : public QObject
{
    Q_OBJECT

    test::WindowFixture m_fx;

    static const ShortcutEntry *entryFor(const QList<ShortcutEntry> &entries, const QString &action)
    {
        for (const ShortcutEntry &entry : entries) {
            if (entry.action == action)
                return &entry;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() { m_fx.setUpOnce("tst_help"); }
    void init() { m_fx.createWithEmptySettings(); }
    void cleanup() { m_fx.destroy(); }

    void listsEveryShortcut()
    {
        const QList<ShortcutEntry> entries = windowShortcuts(m_fx.window.get());
        const auto keys = [](const QKeySequence &sequence) {
            return sequence.toString(QKeySequence::NativeText);
        };
        const ShortcutEntry *procedure = entryFor(entries, u"Open Procedure\u2026"_s);
        QVERIFY(procedure);
        QCOMPARE(procedure->group, u"File"_s);
        QCOMPARE(procedure->keys, keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)));
        QVERIFY(entryFor(entries, u"Next Mention"_s));
        QCOMPARE(entryFor(entries, u"Back"_s)->keys, keys(QKeySequence::Back));
        const ShortcutEntry *copy = entryFor(entries, u"Copy with Citation"_s);
        QVERIFY(copy);
        QCOMPARE(copy->group, u"Actions"_s); // works in the action table
        // Every action of the window with a shortcut is listed.
        qsizetype withShortcut = 0;
        for (const QAction *action : m_fx.window->findChildren<QAction *>()) {
            if (!action->shortcuts().isEmpty() && !action->text().isEmpty())
                ++withShortcut;
        }
        QCOMPARE(entries.size(), withShortcut);
    }

    void windowShortcutsDoNotClash()
    {
        // The menus' shortcuts work in the whole window: each key once.
        QStringList menus;
        for (const QAction *menu : m_fx.window->menuBar()->actions())
            menus << menu->text().remove(u'&');
        QVERIFY(menus.contains(u"File"_s));
        QHash<QString, QString> owner;
        for (const ShortcutEntry &entry : windowShortcuts(m_fx.window.get())) {
            if (!menus.contains(entry.group))
                continue;
            for (const QString &key : entry.keys.split(u", "_s)) {
                QVERIFY2(!owner.contains(key),
                    qPrintable(
                        key + u" is both "_s + owner.value(key) + u" and "_s + entry.action));
                owner.insert(key, entry.action);
            }
        }
    }

    void shortcutsDialog()
    {
        m_fx.find<QAction>("actionKeyboardShortcuts")->trigger();
        auto *dialog = m_fx.find<QDialog>("keyboardShortcutsDialog");
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *table = dialog->findChild<QTreeWidget *>(u"shortcutsTable"_s);
        QVERIFY(table);
        QVERIFY(table->topLevelItemCount() > windowShortcuts(m_fx.window.get()).size());
        dialog->close();
    }

    void userGuideShowsTheGuideWithItsPictures()
    {
        m_fx.find<QAction>("actionUserGuide")->trigger();
        auto *dialog = m_fx.find<UserGuideDialog>("userGuideDialog");
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QTextDocument *document = dialog->browser()->document();
        QVERIFY(document->toPlainText().contains(u"Filter the statements by partner"_s));
        int pictures = 0;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                if (!format.isImageFormat())
                    continue;
                const QUrl url
                    = dialog->browser()->source().resolved(QUrl(format.toImageFormat().name()));
                QVERIFY2(
                    !document->resource(QTextDocument::ImageResource, url).value<QImage>().isNull(),
                    qPrintable(url.toString()));
                QVERIFY(format.toImageFormat().width() > 0); // fitted to the text
                ++pictures;
            }
        }
        QVERIFY(pictures >= 2);
        dialog->close();
    }
};

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
