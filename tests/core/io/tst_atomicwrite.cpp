// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/AtomicWrite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

// Failures are provoked in ways that also hold when the tests run as root, which they do in
// our containers: root ignores permission bits (CAP_DAC_OVERRIDE), so a chmod-ed folder stops
// nobody. Instead the tests use
//  - a path whose parent is an existing regular file: no one can create a file "inside" a file
//    (ENOTDIR), root included;
//  - /proc: procfs refuses to create files, root included;
//  - a file-size limit (RLIMIT_FSIZE, which binds root too) smaller than the data: the
//    temporary file is created and the write fails half-way, the one case that shows the old
//    file survives a failure in the middle of writing.
// The chmod case runs only when the tests do not run as root.

namespace re {

class TestAtomicWrite : public QObject
{
    Q_OBJECT

private:
    static QStringList entries(const QString &folder)
    {
        return QDir(folder).entryList(
            QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    }

    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
    }

    static bool put(const QString &path, const QByteArray &data)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
    }

    static void verifyError(const QString &error, const QString &path)
    {
        const QString prefix = u"cannot write %1: "_s.arg(QDir::toNativeSeparators(path));
        QVERIFY2(error.startsWith(prefix), qPrintable(error));
        QVERIFY2(error.size() > prefix.size(), qPrintable(error));
        QVERIFY2(!error.contains(u'\n'), qPrintable(error));
        QVERIFY2(!error.endsWith(u'.'), qPrintable(error));
    }

private Q_SLOTS:
    void writesAndReplaces_data()
    {
        QTest::addColumn<QByteArray>("old");
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("new file") << QByteArray() << QByteArray("{\"a\": 1}\n");
        QTest::newRow("longer") << QByteArray("old") << QByteArray(100000, 'x');
        QTest::newRow("shorter") << QByteArray(100000, 'o') << QByteArray("new");
        QTest::newRow("empty") << QByteArray("old") << QByteArray();
    }

    void writesAndReplaces()
    {
        QFETCH(QByteArray, old);
        QFETCH(QByteArray, data);
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString path = folder.filePath(u"document.json"_s);
        if (!old.isEmpty())
            QVERIFY(put(path, old));
        QString error = u"unchanged"_s;
        QVERIFY(writeFileAtomically(path, data, &error));
        QCOMPARE(error, u"unchanged"_s); // success leaves *error alone
        QCOMPARE(contents(path), data);
        QCOMPARE(entries(folder.path()), QStringList { u"document.json"_s });
        QVERIFY(writeFileAtomically(path, data, nullptr)); // a null error pointer is fine
    }

    void refusesUnwritablePaths_data()
    {
        // %T is the test's temporary folder; it holds old.json and the folder "folder".
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("guard"); ///< a file that must stay byte-identical
        QTest::newRow("parent is a regular file") << u"%T/old.json/new.json"_s << u"%T/old.json"_s;
        QTest::newRow("target is a folder") << u"%T/folder"_s << u"%T/old.json"_s;
        QTest::newRow("missing folder") << u"%T/missing/new.json"_s << u"%T/old.json"_s;
        QTest::newRow("new file in /proc") << u"/proc/re-atomic-write-test.json"_s << QString();
        QTest::newRow("existing file in /proc") << u"/proc/version"_s << u"/proc/version"_s;
    }

    void refusesUnwritablePaths()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, guard);
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QVERIFY(put(folder.filePath(u"old.json"_s), "old contents\n"));
        QVERIFY(QDir(folder.path()).mkdir(u"folder"_s));
        const QString path = QString(pattern).replace(u"%T"_s, folder.path());
        guard.replace(u"%T"_s, folder.path());
        const QByteArray before = guard.isEmpty() ? QByteArray() : contents(guard);
        const QStringList entriesBefore = entries(folder.path());
        const bool pathExisted = QFileInfo::exists(path);

        QString error;
        QVERIFY(!writeFileAtomically(path, "new contents\n", &error));
        verifyError(error, path);
        if (!guard.isEmpty())
            QCOMPARE(contents(guard), before);
        QCOMPARE(entries(folder.path()), entriesBefore); // no temporary file left behind
        QCOMPARE(QFileInfo::exists(path), pathExisted);
        QCOMPARE(entries(folder.path() + u"/folder"_s), QStringList());
    }

    void failureMidWriteKeepsTheOldFile()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString path = folder.filePath(u"document.json"_s);
        const QByteArray old("old contents\n");
        QVERIFY(put(path, old));

        // Files may grow to 64 KiB only; writing 1 MiB fails after the temporary file exists.
        rlimit saved {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        rlimit limited = saved;
        limited.rlim_cur = 64 * 1024;
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
        QString error;
        const bool written = writeFileAtomically(path, QByteArray(1024 * 1024, 'n'), &error);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &saved), 0);
        std::signal(SIGXFSZ, previousHandler);

        QVERIFY(!written);
        verifyError(error, path);
        QCOMPARE(contents(path), old);
        QCOMPARE(entries(folder.path()), QStringList { u"document.json"_s });
    }

    void refusesReadOnlyFolderWhenNotRoot()
    {
        if (geteuid() == 0)
            QSKIP("root ignores folder permissions; the other failure tests cover this case");
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString path = folder.filePath(u"document.json"_s);
        QVERIFY(put(path, "old contents\n"));
        QFile::Permissions permissions = QFile::permissions(folder.path());
        QVERIFY(QFile::setPermissions(folder.path(), QFile::ReadOwner | QFile::ExeOwner));
        QString error;
        const bool written = writeFileAtomically(path, "new contents\n", &error);
        QVERIFY(QFile::setPermissions(folder.path(), permissions));
        QVERIFY(!written);
        verifyError(error, path);
        QCOMPARE(contents(path), QByteArray("old contents\n"));
        QCOMPARE(entries(folder.path()), QStringList { u"document.json"_s });
    }

    void refusesEmptyPath()
    {
        QString error;
        QVERIFY(!writeFileAtomically(QString(), "data", &error));
        QCOMPARE(error, u"cannot write: no file name given"_s);
    }
};

} // namespace re

QTEST_GUILESS_MAIN(re::TestAtomicWrite)
#include "tst_atomicwrite.moc"
