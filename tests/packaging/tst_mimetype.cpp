// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QMimeDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

/// The shared-mime-info package of saved documents, read by Qt's own MIME database from the
/// build folder: saved documents are recognised by name or content; other JSON is not claimed.
class TestMimeType : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    static QByteArray savedDocument()
    {
        QFile file(QStringLiteral(RE_TEST_DATA "/io/document-synthetic.json"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Before the first use of QMimeDatabase: our package first, then the system's.
        qputenv("XDG_DATA_DIRS", RE_PACKAGING_SHARE ":/usr/local/share:/usr/share");
        QVERIFY(
            QFile::exists(QStringLiteral(RE_PACKAGING_SHARE "/mime/packages/" RE_APP_ID ".xml")));
        QVERIFY(m_dir.isValid());
        QVERIFY(!savedDocument().isEmpty());
    }

    void typeIsDeclared()
    {
        const QMimeType type = QMimeDatabase().mimeTypeForName(QStringLiteral(RE_MIME_TYPE));
        QVERIFY(type.isValid());
        QVERIFY(type.inherits(QStringLiteral("application/json")));
        QCOMPARE(type.comment(), QStringLiteral("Resolution Explorer document"));
        QVERIFY(type.globPatterns().contains(QStringLiteral("*.rexp.json")));
    }

    void recognises_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");

        const QString ours = QStringLiteral(RE_MIME_TYPE);
        const QString json = QStringLiteral("application/json");
        const QByteArray other = "{\n  \"format\": \"something-else/1\",\n  \"a\": 1\n}\n";
        const QByteArray compact = "{\"format\":\"resolution-explorer/1\",\"procedure\":{}}";
        QTest::newRow("saved, .rexp.json")
            << QStringLiteral("a.rexp.json") << savedDocument() << ours;
        QTest::newRow("saved, no extension") << QStringLiteral("saved") << savedDocument() << ours;
        QTest::newRow("compact, no extension") << QStringLiteral("compact") << compact << ours;
        // A plain .json name is application/json whatever it holds: *.json is never claimed.
        QTest::newRow("other JSON, .json") << QStringLiteral("other.json") << other << json;
        QTest::newRow("saved, .json") << QStringLiteral("saved.json") << savedDocument() << json;
    }

    void recognises()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);

        const QString path = write(name, bytes);
        QVERIFY(!path.isEmpty());
        QCOMPARE(QMimeDatabase().mimeTypeForFile(path).name(), expected);
    }

    void contentAlone()
    {
        QMimeDatabase db;
        QCOMPARE(db.mimeTypeForData(savedDocument()).name(), QStringLiteral(RE_MIME_TYPE));
        QVERIFY(db.mimeTypeForData(QByteArray("{\"format\": \"other/1\"}")).name()
            != QStringLiteral(RE_MIME_TYPE));
    }
};

QTEST_GUILESS_MAIN(TestMimeType)
#include "tst_mimetype.moc"
