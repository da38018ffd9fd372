// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every file the program writes (saved documents, action exports, images, settings) replaces
// the old file whole or not at all: on a full disk (simulated with a file size limit, which
// fails writes like ENOSPC does) and in a read-only folder the old file stays as it was and no
// temporary file is left behind.
#include "export/ImageExport.h"
#include "import/DocumentLoader.h"
#include "io/AtomicWrite.h"
#include "model/ResolutionModel.h"
#include "window/FileCommands.h"
#include "window/MainWindow.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QPainter>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <functional>
#include <memory>
#include <sys/resource.h>
#include <unistd.h>

using namespace re;

namespace {

const QByteArray OldContent = "the old file, which must survive\n";

/// While alive, no file of this process can grow past `bytes` (writes fail with EFBIG, as on
/// a full disk). SIGXFSZ is ignored so that the write fails instead of killing the process.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        m_ok = getrlimit(RLIMIT_FSIZE, &m_old) == 0;
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        m_ok = m_ok && setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    bool isActive() const { return m_ok; }

private:
    rlimit m_old {};
    void (*m_oldHandler)(int) = nullptr;
    bool m_ok = false;
};

QStringList entries(const QString &dir)
{
    QStringList names = QDir(dir).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden);
    names.removeIf([](const QString &name) { return name.endsWith(u".lock"); });
    return names;
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

bool writeOld(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(OldContent) == OldContent.size();
}

/// A writer under test: writes `path`, returns false with *error on failure.
using Writer = std::function<bool(const QString &path, QString *error)>;

} // namespace

class TestAtomicWrites : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ResolutionModel> m_model;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_settingsDir;

    QHash<QString, Writer> writers()
    {
        QHash<QString, Writer> all;
        all.insert(QStringLiteral("writeFileAtomically"), [](const QString &path, QString *error) {
            return writeFileAtomically(path, QByteArray(256 * 1024, 'x'), error);
        });
        all.insert(QStringLiteral("save document"), [this](const QString &path, QString *error) {
            QSignalSpy errors(m_window.get(), &MainWindow::errorShown);
            const bool ok = m_window->fileCommands()->saveDocumentAs(path);
            if (!errors.isEmpty())
                *error = errors.first().first().toString();
            return ok;
        });
        all.insert(QStringLiteral("export actions"), [this](const QString &path, QString *error) {
            QSignalSpy errors(m_window.get(), &MainWindow::errorShown);
            const bool ok = m_window->fileCommands()->exportActions(path);
            if (!errors.isEmpty())
                *error = errors.first().first().toString();
            return ok;
        });
        const auto image = [](const QString &path, QString *error) {
            ImageExportOptions options;
            options.title = QStringLiteral("Reliability test image");
            return exportImage(
                path, options,
                [](QPainter &painter, const QRectF &target) {
                    for (int i = 0; i < 200; ++i) {
                        painter.setPen(QColor::fromHsv((i * 7) % 360, 200, 200));
                        painter.drawText(target.adjusted(i, i, 0, 0), QString::number(i * 7919));
                    }
                },
                error);
        };
        all.insert(QStringLiteral("export image"), image);
        all.insert(QStringLiteral("settings"), [](const QString &path, QString *error) {
            QSettings settings(path, QSettings::IniFormat);
            settings.setValue(QStringLiteral("window/layout"), QByteArray(64 * 1024, 'L'));
            settings.sync();
            if (settings.status() != QSettings::NoError)
                *error = QStringLiteral("settings status %1").arg(int(settings.status()));
            return settings.status() == QSettings::NoError;
        });
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("ResolutionExplorerTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_atomicwrites"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        m_model = std::make_unique<ResolutionModel>();
        m_model->setDocument(bundledDocument());
        m_window = std::make_unique<MainWindow>(m_model.get());
        m_window->setInteractive(false);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_model.reset();
    }

    void fullDiskKeepsOldFile_data()
    {
        QTest::addColumn<QString>("writer");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("raw bytes")
            << QStringLiteral("writeFileAtomically") << QStringLiteral("data.bin");
        QTest::newRow("saved document")
            << QStringLiteral("save document") << QStringLiteral("r\u00e9solution.json");
        QTest::newRow("actions as CSV")
            << QStringLiteral("export actions") << QStringLiteral("actions.csv");
        QTest::newRow("actions as JSON")
            << QStringLiteral("export actions") << QStringLiteral("actions.json");
        QTest::newRow("PNG") << QStringLiteral("export image") << QStringLiteral("map.png");
        QTest::newRow("SVG") << QStringLiteral("export image") << QStringLiteral("map.svg");
        QTest::newRow("PDF") << QStringLiteral("export image") << QStringLiteral("map.pdf");
        QTest::newRow("settings") << QStringLiteral("settings") << QStringLiteral("app.ini");
    }

    void fullDiskKeepsOldFile()
    {
        QFETCH(QString, writer);
        QFETCH(QString, fileName);
        const Writer write = writers().value(writer);
        QVERIFY(write);
        QTemporaryDir dir;
        const QString path = dir.filePath(fileName);

        // Without a limit the writer works (so the failure below is the disk's).
        QString error;
        QVERIFY2(write(path, &error), qPrintable(error));
        QVERIFY(QFileInfo(path).size() > qint64(OldContent.size()));

        QVERIFY(writeOld(path));
        bool ok = true;
        {
            const FileSizeLimit limit(8);
            QVERIFY(limit.isActive());
            ok = write(path, &error);
        }
        QVERIFY(!ok);
        QVERIFY(!error.isEmpty());
        QVERIFY2(!error.contains(u'\n'), qPrintable(error));
        QCOMPARE(contentOf(path), OldContent);
        QCOMPARE(entries(dir.path()), QStringList { fileName });
    }

    void fullDiskOnTheCommandLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("actions export.csv"));
        QVERIFY(writeOld(path));
        // The shell ignores SIGXFSZ and lowers the limit; exec keeps both for the program.
        QProcess process;
        process.start(QStringLiteral("/bin/sh"),
            { QStringLiteral("-c"), QStringLiteral("trap '' XFSZ; ulimit -f 0; exec \"$0\" \"$@\""),
                QStringLiteral(RE_EXE), QStringLiteral("--export-actions"), path });
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 2);
        const QByteArray err = process.readAllStandardError().trimmed();
        QVERIFY2(!err.contains('\n'), err.constData());
        QVERIFY2(err.startsWith(QByteArray("resolution-explorer: " + path.toUtf8() + ": ")),
            err.constData());
        QCOMPARE(contentOf(path), OldContent);
        QCOMPARE(entries(dir.path()), QStringList { QFileInfo(path).fileName() });
    }

    void readOnlyFolderKeepsOldFile()
    {
        QTemporaryDir dir;
        // Others may enter the test folder (for the unprivileged run below).
        QVERIFY(QFile::setPermissions(dir.path(),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                | QFile::ExeOther));
        const QString folder = dir.filePath(QStringLiteral("read-only folder"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/actions.csv");
        QVERIFY(writeOld(path));
        QVERIFY(QFile::setPermissions(
            folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
        const auto restore = qScopeGuard([&folder]() {
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        });

        QString program = QStringLiteral(RE_EXE);
        QStringList arguments { QStringLiteral("--export-actions"), path };
        if (::geteuid() == 0) {
            // root writes anywhere: run the program as "nobody", for whom the folder is read-only.
            const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            if (setpriv.isEmpty())
                QSKIP("running as root without setpriv: a read-only folder cannot be simulated");
            arguments = QStringList { QStringLiteral("--reuid=65534"),
                QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"), program }
                + arguments;
            program = setpriv;
        } else {
            QString error;
            QVERIFY(!writeFileAtomically(path, "new", &error));
            QVERIFY2(error.contains(path), qPrintable(error));
            QVERIFY(!m_window->fileCommands()->exportActions(path));
        }
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        env.insert(QStringLiteral("HOME"), dir.path());
        process.setProcessEnvironment(env);
        process.start(program, arguments);
        QVERIFY(process.waitForFinished(120000));
        const QByteArray err = process.readAllStandardError().trimmed();
        QCOMPARE(process.exitCode(), 2);
        QVERIFY2(!err.contains('\n'), err.constData());
        QVERIFY2(err.startsWith(QByteArray("resolution-explorer: " + path.toUtf8() + ": ")),
            err.constData());
        QCOMPARE(contentOf(path), OldContent);
        QCOMPARE(entries(folder), QStringList { QStringLiteral("actions.csv") });
    }
};

QTEST_MAIN(TestAtomicWrites)
#include "tst_atomicwrites.moc"
