// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window on screens from 1024x700 to 2560x1600 (and, run again with QT_SCALE_FACTOR=2, at
// twice the pixel density): it opens within its screen, and every pane keeps a usable size.
#include "WindowTestUtils.h"
#include "model/ActionTableModel.h"
#include "model/SectionTreeModel.h"
#include "window/ReaderPane.h"
#include "window/WindowLayout.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QGraphicsView>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QStyle>
#include <QTextLayout>
#include <QTreeView>

using namespace re;
using namespace re::test;
using namespace Qt::StringLiterals;

namespace {

/// The offscreen platform's own screen is 800x800: the tests get one larger than every size
/// they try, in device-independent pixels at any QT_SCALE_FACTOR, or the one RE_TEST_SCREEN
/// names ("1024x700": the window as it opens on a small screen).
QSize testScreen()
{
    const QStringList size = qEnvironmentVariable("RE_TEST_SCREEN").split(u'x');
    if (size.size() == 2 && size.first().toInt() > 0 && size.last().toInt() > 0)
        return { size.first().toInt(), size.last().toInt() };
    return { 2880, 1800 };
}

/// The reader's lines stay this many average characters wide, or more.
constexpr int ReadableCharacters = 40;

QString describe(const QWidget *widget)
{
    QString text;
    QDebug(&text).nospace() << widget->objectName() << ' ' << widget->geometry();
    return text;
}

/// The number of lines `text` takes wrapped between words at `width`.
int wrappedLines(const QString &text, const QFont &font, int width)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    int lines = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        ++lines;
    }
    layout.endLayout();
    return lines;
}

} // namespace

class TestScreenSizes : public QObject
{
    Q_OBJECT

private:
    WindowFixture m_fx;

    QRect available() const { return m_fx.window->screen()->availableGeometry(); }

    static QList<QModelIndex> allRows(const QAbstractItemModel *model, const QModelIndex &parent)
    {
        QList<QModelIndex> rows;
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            rows << index << allRows(model, index);
        }
        return rows;
    }

    /// Every pane of the window at its present size: at least its minimum, none empty, the
    /// reader readable, the filter bar without overlaps, the section titles whole.
    void checkPanes()
    {
        const QSize size = m_fx.window->size();
        const QSize frame = m_fx.window->frameGeometry().size();
        QVERIFY(frame.width() <= available().width() && frame.height() <= available().height());

        // The reader: lines of ReadableCharacters at least (its text's margins aside), words
        // kept whole.
        auto *reader = m_fx.find<ReaderPane>("reader");
        QVERIFY(reader);
        QVERIFY(!reader->document()->isEmpty());
        const qreal readable
            = QFontMetricsF(reader->font()).averageCharWidth() * ReadableCharacters;
        const qreal lines = reader->viewport()->width() - 2 * reader->document()->documentMargin();
        QVERIFY2(lines >= readable - 1, qPrintable(describe(reader)));
        QCOMPARE(reader->wordWrapMode(), QTextOption::WordWrap);

        // The tree, the table, the map and the vote: each at least its minimum, none empty. A
        // dock behind another's tab is looked at in front.
        for (const char *name : { "sectionTreePane", "actionTablePane", "mapPane", "votePane" }) {
            auto *pane = m_fx.find<QWidget>(name);
            QVERIFY2(pane, name);
            auto *dock = qobject_cast<QDockWidget *>(pane->parentWidget());
            const bool behind = dock && !pane->isVisible();
            if (behind) {
                dock->raise();
                m_fx.resizeWindow(size);
            }
            QVERIFY2(pane->isVisible(), name);
            const QSize minimum = pane->minimumSizeHint().expandedTo(pane->minimumSize());
            QVERIFY2(pane->width() >= std::max(1, minimum.width())
                    && pane->height() >= std::max(1, minimum.height()),
                qPrintable(describe(pane)));
            if (behind) {
                m_fx.find<QDockWidget>("mapDock")->raise();
                m_fx.resizeWindow(size);
            }
        }
        auto *table = m_fx.find<QTableView>("actionTable");
        QVERIFY(table->viewport()->height() >= table->rowHeight(0));
        // The sentences keep lines of ReadableCharacters, or the side columns gave them all they
        // could (down to their titles: a narrow window's docks take half of it); never less
        // than half. No column's title is cut.
        const int sentence = table->columnWidth(ActionTableModel::TextColumn);
        const int em = table->fontMetrics().averageCharWidth();
        const QHeaderView *header = table->horizontalHeader();
        bool sidesAtMinimum = true;
        for (const int column :
            { ActionTableModel::AddresseesColumn, ActionTableModel::EntitiesColumn,
                ActionTableModel::ThemesColumn, ActionTableModel::SectionColumn }) {
            const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
            const int titleWidth = header->fontMetrics().horizontalAdvance(title);
            QVERIFY2(table->columnWidth(column) >= titleWidth, qPrintable(title));
            sidesAtMinimum = sidesAtMinimum
                && table->columnWidth(column)
                    <= std::max(header->minimumSectionSize(), titleWidth + 3 * em);
        }
        QVERIFY2(sentence >= em * ReadableCharacters || sidesAtMinimum,
            qPrintable(QString::number(sentence)));
        QVERIFY2(sentence >= em * ReadableCharacters / 2, qPrintable(QString::number(sentence)));
        auto *map = m_fx.find<QGraphicsView>("mapView");
        QVERIFY(map);
        QVERIFY2(map->width() >= std::max(1, map->minimumSizeHint().width())
                && map->height() >= std::max(1, map->minimumSizeHint().height()),
            qPrintable(describe(map)));

        // The map dock keeps about a third of the window, the window's centre the rest.
        auto *mapDock = m_fx.find<QDockWidget>("mapDock");
        QVERIFY2(mapDock->width() >= size.width() / 4 && mapDock->width() <= size.width() / 2,
            qPrintable(describe(mapDock)));

        // The filter bar: no control on another, each whole inside the bar, the count and the
        // search readable.
        auto *bar = m_fx.find<QWidget>("filterBar");
        QList<QWidget *> controls;
        for (QWidget *child : bar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (!child->isWindow() && child->isVisibleTo(bar))
                controls << child;
        }
        QVERIFY(controls.size() >= 7);
        for (qsizetype i = 0; i < controls.size(); ++i) {
            QVERIFY2(bar->rect().contains(controls.at(i)->geometry()),
                qPrintable(describe(controls.at(i))));
            for (qsizetype j = i + 1; j < controls.size(); ++j) {
                QVERIFY2(!controls.at(i)->geometry().intersects(controls.at(j)->geometry()),
                    qPrintable(
                        describe(controls.at(i)) + u" overlaps "_s + describe(controls.at(j))));
            }
        }
        auto *count = m_fx.find<QLabel>("actionCount");
        QVERIFY2(count->width() >= count->sizeHint().width(), qPrintable(describe(count)));
        auto *search = m_fx.find<QLineEdit>("actionSearch");
        QVERIFY(search->width() >= search->minimumWidth());
        QVERIFY(search->minimumWidth() >= search->fontMetrics().averageCharWidth() * 20);
        QVERIFY(table->geometry().top() >= bar->geometry().bottom());

        // The section titles wrap between words, every line shown.
        auto *tree = m_fx.find<QTreeView>("sectionTree");
        const int margin = 2 * (tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
        for (const QModelIndex &index : allRows(tree->model(), {})) {
            const QRect rect = tree->visualRect(index);
            QFont font = tree->font();
            if (const QVariant own = index.data(Qt::FontRole); own.isValid())
                font = own.value<QFont>().resolve(font);
            const int lines = wrappedLines(index.data().toString(), font, rect.width() - margin);
            QVERIFY2(rect.height() >= lines * QFontMetrics(font).lineSpacing(),
                qPrintable(index.data().toString()));
        }
    }

    /// Whether a window of `size`, with its frame, fits on the screen.
    bool fits(const QSize &size) const
    {
        const QSize frame = m_fx.window->frameGeometry().size() - m_fx.window->size();
        return size.width() + frame.width() <= available().width()
            && size.height() + frame.height() <= available().height();
    }

    static void addSizes()
    {
        QTest::addColumn<QSize>("size");
        for (const QSize size :
            { QSize(1024, 700), QSize(1366, 768), QSize(1600, 1000), QSize(2560, 1600) })
            QTest::addRow("%dx%d", size.width(), size.height()) << size;
    }

private Q_SLOTS:
    void initTestCase() { m_fx.setUpOnce("tst_screensizes"); }
    void init() { m_fx.createWithEmptySettings(); }
    void cleanup() { m_fx.destroy(); }

    void firstSizeFitsTheScreen_data()
    {
        QTest::addColumn<QRect>("available");
        QTest::newRow("1024x700 less a panel") << QRect(0, 0, 1024, 668);
        QTest::newRow("1366x768 less a top panel") << QRect(0, 32, 1366, 736);
        QTest::newRow("1600x1000") << QRect(0, 0, 1600, 1000);
        QTest::newRow("1920x1080 less a panel") << QRect(0, 0, 1920, 1040);
        QTest::newRow("2560x1600") << QRect(0, 0, 2560, 1600);
        QTest::newRow("4K, right of another screen") << QRect(1920, 0, 3840, 2160);
        QTest::newRow("800x600") << QRect(0, 0, 800, 600);
    }

    void firstSizeFitsTheScreen()
    {
        QFETCH(QRect, available);
        const QSize size = WindowLayout::defaultWindowSize(available);
        QVERIFY2(size.width() <= available.width() && size.height() <= available.height(),
            qPrintable(u"%1x%2"_s.arg(size.width()).arg(size.height())));
        // Most of the screen, and all of the default where the screen has room for it.
        QVERIFY(size.width() >= available.width() * 3 / 4);
        QVERIFY(size.height() >= available.height() * 3 / 4);
        if (available.width() >= WindowLayout::DefaultWindowSize.width()
            && available.height() >= WindowLayout::DefaultWindowSize.height()) {
            QVERIFY(size.width() >= WindowLayout::DefaultWindowSize.width());
            QVERIFY(size.height() >= WindowLayout::DefaultWindowSize.height());
        }

        // A size kept from a larger screen is made to fit; one that fits is kept.
        const QSize fitted = WindowLayout::fittedWindowSize(QSize(5000, 3000), available);
        QVERIFY(fitted.width() <= available.width() && fitted.height() <= available.height());
        QCOMPARE(WindowLayout::fittedWindowSize(size, available), size);
    }

    void windowOpensWithinItsScreen()
    {
        QCOMPARE(m_fx.window->size(), WindowLayout::defaultWindowSize(available()));
        // Every pane's minimum together leaves room for that size, and for a 1024x700 window.
        const QSize minimum = m_fx.window->minimumSizeHint();
        const QSize limit = m_fx.window->size().boundedTo(QSize(1024, 700));
        QVERIFY2(minimum.width() <= limit.width() && minimum.height() <= limit.height(),
            qPrintable(u"%1x%2"_s.arg(minimum.width()).arg(minimum.height())));
        checkPanes();
    }

    void panesStayUsable_data() { addSizes(); }

    void panesStayUsable()
    {
        QFETCH(QSize, size);
        if (!fits(size))
            QSKIP("the screen is smaller than this size");
        m_fx.resizeWindow(size);
        // No minimum made the window larger than asked, or than its screen.
        QCOMPARE(m_fx.window->size(), size);
        checkPanes();
    }

    void wideTableWidensItsSideColumns()
    {
        // The sentence column does not take all of a wide window: entities, themes and
        // sections get a share and show more.
        if (!fits(QSize(2560, 1600)))
            QSKIP("the screen is smaller than 2560x1600");
        auto *table = m_fx.find<QTableView>("actionTable");
        m_fx.resizeWindow(QSize(1366, 768));
        const int narrowSection = table->columnWidth(ActionTableModel::SectionColumn);
        const int narrowEntities = table->columnWidth(ActionTableModel::EntitiesColumn);
        const int narrowText = table->columnWidth(ActionTableModel::TextColumn);
        const int narrowViewport = table->viewport()->width();
        m_fx.resizeWindow(QSize(2560, 1600));
        QVERIFY(table->columnWidth(ActionTableModel::SectionColumn) > narrowSection);
        QVERIFY(table->columnWidth(ActionTableModel::EntitiesColumn) > narrowEntities);
        const int grownText = table->columnWidth(ActionTableModel::TextColumn) - narrowText;
        const int grownViewport = table->viewport()->width() - narrowViewport;
        QVERIFY2(grownText <= grownViewport * 3 / 4,
            qPrintable(u"%1 of %2"_s.arg(grownText).arg(grownViewport)));
        // And back: the side columns give their width back.
        m_fx.resizeWindow(QSize(1366, 768));
        QCOMPARE(table->columnWidth(ActionTableModel::SectionColumn), narrowSection);
    }

    void docksGrowWithTheWindow()
    {
        if (!fits(QSize(2560, 1600)))
            QSKIP("the screen is smaller than 2560x1600");
        auto *mapDock = m_fx.find<QDockWidget>("mapDock");
        m_fx.resizeWindow(QSize(1600, 1000));
        const qreal share = qreal(mapDock->width()) / 1600;
        QVERIFY2(share > 0.25 && share < 0.4, qPrintable(QString::number(share)));
        m_fx.resizeWindow(QSize(2560, 1600));
        QVERIFY2(qAbs(mapDock->width() - share * 2560) <= 4, qPrintable(describe(mapDock)));

        // A width the user gives the dock is the share kept from then on.
        m_fx.window->resizeDocks({ mapDock }, { 1000 }, Qt::Horizontal);
        m_fx.resizeWindow(QSize(2560, 1600));
        QCOMPARE(mapDock->width(), 1000);
        m_fx.resizeWindow(QSize(2000, 1600));
        QVERIFY2(qAbs(mapDock->width() - 1000.0 / 2560 * 2000) <= 4, qPrintable(describe(mapDock)));
    }

    void restoredSizeFitsTheScreen()
    {
        // A window left larger than this screen (it was on a larger one) comes back fitting.
        m_fx.resizeWindow(available().size() + QSize(500, 400));
        m_fx.window->close(); // saves the layout
        m_fx.destroy();
        m_fx.create();
        const QSize size = m_fx.window->size();
        QVERIFY2(size.width() <= available().width() && size.height() <= available().height(),
            qPrintable(u"%1x%2"_s.arg(size.width()).arg(size.height())));
    }
};

int main(int argc, char **argv)
{
    // On the offscreen platform (the tests' own), a screen testScreen() large: the device
    // pixels it takes at QT_SCALE_FACTOR.
    QTemporaryDir configDir;
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (configDir.isValid() && (platform.isEmpty() || platform == "offscreen")) {
        const double scale = qEnvironmentVariableIsSet("QT_SCALE_FACTOR")
            ? qEnvironmentVariable("QT_SCALE_FACTOR").toDouble()
            : 1.0;
        const QString path = configDir.filePath(u"screens.json"_s);
        QFile config(path);
        if (!config.open(QIODevice::WriteOnly))
            return 1;
        config.write(QStringLiteral(R"({"screens": [{"name": "TestScreen", "x": 0, "y": 0, )"
                                    R"("width": %1, "height": %2, "logicalDpi": 96, )"
                                    R"("logicalBaseDpi": 96, "dpr": 1}]})")
                         .arg(qRound(testScreen().width() * scale))
                         .arg(qRound(testScreen().height() * scale))
                         .toUtf8());
        config.close();
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(path));
    }
    QApplication app(argc, argv);
    TestScreenSizes test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_screensizes.moc"
