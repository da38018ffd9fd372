// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window under a dark system palette: every role colour, the text and the charts stay
// readable. With RE_SCREENSHOT_DIR set it also writes dark-window.png there (the screenshot
// script uses it: docs/screenshots/take-screenshots.sh).
#include "WindowTestUtils.h"
#include "common/Contrast.h"
#include "common/RolePalette.h"
#include "voteview/ChartStyle.h"
#include "window/WindowPalette.h"

#include <QApplication>
#include <QStyleFactory>

using namespace re;
using re::test::contrast;
using namespace Qt::StringLiterals;

namespace {

/// A dark palette as desktops give one (Fusion's roles, dark greys, light text).
QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    dark.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
    return dark;
}

} // namespace

class TestDarkPalette : public QObject
{
    Q_OBJECT

    test::WindowFixture m_fx;

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(darkPalette());
        m_fx.setUpOnce("tst_darkpalette");
        m_fx.createWithEmptySettings();
    }

    void cleanupTestCase() { m_fx.destroy(); }

    void roleColoursReadOnTheDarkBase()
    {
        const QPalette palette = m_fx.window->palette();
        QVERIFY(palette.color(QPalette::Base).lightnessF() < 0.5);
        const QColor base = palette.color(QPalette::Base);
        for (EntityRole role : allEntityRoles()) {
            const QColor text = WindowPalette::roleText(role, palette);
            QVERIFY2(contrast(text, base) >= 3.0,
                qPrintable(entityRoleKey(role) + u": "_s + QString::number(contrast(text, base))));
        }
        for (const QColor &background : { WindowPalette::actionBackground(palette),
                 WindowPalette::currentActionBackground(palette),
                 WindowPalette::searchMatchBackground(palette) })
            QVERIFY(contrast(palette.color(QPalette::Text), background) >= 4.5);
        QVERIFY(contrast(WindowPalette::mutedText(palette), base) >= 3.0);
        QVERIFY(contrast(WindowPalette::errorText(palette), base) >= 4.5);
    }

    void chartsFollowThePalette()
    {
        const ChartStyle style
            = ChartStyle::fromPalette(m_fx.window->palette(), m_fx.window->font());
        QVERIFY(style.dark);
        QVERIFY(contrast(style.text, style.background) >= 7.0);
        QVERIFY(contrast(style.mutedText, style.background) >= 3.0);
    }

    void screenshot()
    {
        const QString folder = qEnvironmentVariable("RE_SCREENSHOT_DIR");
        m_fx.window->resize(1600, 1000);
        QTest::qWait(200);
        const QImage shot = m_fx.window->grab().toImage();
        QVERIFY(!shot.isNull());
        // Mostly dark: the panes took the palette.
        qint64 darkPixels = 0;
        for (int y = 0; y < shot.height(); y += 8) {
            for (int x = 0; x < shot.width(); x += 8)
                darkPixels += QColor(shot.pixel(x, y)).lightnessF() < 0.35;
        }
        const qint64 samples = qint64(shot.height() / 8 + 1) * (shot.width() / 8 + 1);
        QVERIFY2(darkPixels * 2 > samples, qPrintable(QString::number(darkPixels)));
        if (!folder.isEmpty())
            QVERIFY(shot.save(folder + u"/dark-window.png"_s));
    }
};

QTEST_MAIN(TestDarkPalette)
#include "tst_darkpalette.moc"
