// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/WindowLayout.h"

#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace re;

class TestWindowLayout : public QObject
{
    Q_OBJECT

private:
    static WindowLayout sample()
    {
        WindowLayout layout;
        layout.geometry = QByteArray("geometry-bytes");
        layout.windowState = QByteArray("\x00\x01\x02state", 8);
        layout.mainSplitter = QByteArray("main");
        layout.readingSplitter = QByteArray("reading");
        layout.tableHeader = QByteArray("header");
        layout.filter.entities = { QStringLiteral("NOR"), QStringLiteral("CAN") };
        layout.filter.theme = QStringLiteral("Space");
        layout.filter.verb = QStringLiteral("call");
        layout.filter.sectionOnly = true;
        layout.filter.text = QStringLiteral("Ukraine & NATO = 100%");
        return layout;
    }

private Q_SLOTS:
    void roundTrip()
    {
        const WindowLayout layout = sample();
        const auto decoded = WindowLayout::decode(layout.encode());
        QVERIFY(decoded.has_value());
        QCOMPARE(*decoded, layout);
        QVERIFY(WindowLayout::decode(WindowLayout().encode()).has_value());
    }

    void readsVersionOne()
    {
        // Version 1 stored the criteria one by one; a user's layout and filter survive.
        const auto decoded = WindowLayout::decode(sample().encode(1));
        QVERIFY(decoded.has_value());
        QCOMPARE(*decoded, sample());
    }

    void rejected_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray valid = sample().encode();
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("this is not a layout at all");
        QTest::newRow("truncated") << valid.first(valid.size() / 2);
        QTest::newRow("one byte short") << valid.first(valid.size() - 1);
        QTest::newRow("extra byte") << QByteArray(valid + 'x');
        QByteArray flipped = valid;
        flipped[valid.size() / 2] = char(flipped.at(valid.size() / 2) ^ 0x20);
        QTest::newRow("one bit flipped") << flipped;
        QTest::newRow("older version") << sample().encode(0);
        QTest::newRow("newer version") << sample().encode(WindowLayout::Version + 1);
    }

    void rejected()
    {
        QFETCH(QByteArray, bytes);
        QString problem;
        QVERIFY(!WindowLayout::decode(bytes, &problem).has_value());
        QVERIFY(!problem.isEmpty());
    }

    void settings()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QSettings settings(dir.filePath(QStringLiteral("layout.ini")), QSettings::IniFormat);
        QVERIFY(!WindowLayout::load(settings).has_value());
        sample().save(settings);
        settings.sync();
        QSettings reread(dir.filePath(QStringLiteral("layout.ini")), QSettings::IniFormat);
        const auto loaded = WindowLayout::load(reread);
        QVERIFY(loaded.has_value());
        QCOMPARE(*loaded, sample());

        // A hand-edited value is ignored with a warning naming the settings file.
        reread.setValue(QLatin1String(WindowLayout::SettingsKey), QStringLiteral("width=3"));
        QTest::ignoreMessage(QtWarningMsg,
            QRegularExpression(
                QStringLiteral("^Ignoring the saved window layout in .*layout\\.ini.*too short")));
        QVERIFY(!WindowLayout::load(reread).has_value());
    }
};

QTEST_GUILESS_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
