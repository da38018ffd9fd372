// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/UserDialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace re {

UserDialogs::UserDialogs(QWidget *parent) : QObject(parent), m_parent(parent) { }

QString UserDialogs::startDirectory() const
{
    return m_lastDirectory.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : m_lastDirectory;
}

void UserDialogs::rememberDirectoryOf(const QString &path)
{
    m_lastDirectory = QFileInfo(path).absolutePath();
}

QStringList UserDialogs::nextAnswer()
{
    return m_answers.isEmpty() ? QStringList() : m_answers.takeFirst();
}

QString UserDialogs::chooseFileToOpen(const QString &title, const QString &filters)
{
    if (!m_interactive)
        return nextAnswer().value(0);
    return QFileDialog::getOpenFileName(m_parent, title, startDirectory(), filters);
}

int UserDialogs::chooseItem(const QString &title, const QString &label, const QStringList &items)
{
    if (!m_interactive) {
        bool ok = false;
        const int index = nextAnswer().value(0).toInt(&ok);
        return ok && index >= 0 && index < items.size() ? index : -1;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(m_parent, title, label, items, 0, false, &ok);
    return ok ? int(items.indexOf(chosen)) : -1;
}

QString UserDialogs::chooseFolder(const QString &title)
{
    if (!m_interactive)
        return nextAnswer().value(0);
    return QFileDialog::getExistingDirectory(m_parent, title, startDirectory());
}

QStringList UserDialogs::chooseFilesToOpen(const QString &title, const QString &filters)
{
    if (!m_interactive)
        return nextAnswer();
    return QFileDialog::getOpenFileNames(m_parent, title, startDirectory(), filters);
}

QString UserDialogs::chooseFileToSave(const QString &title, const QString &suggestedName,
    const QList<std::pair<QString, QString>> &filters)
{
    QStringList texts;
    for (const auto &filter : filters)
        texts.append(filter.first);
    QString chosenFilter = texts.value(0);
    QString path;
    if (m_interactive) {
        path = QFileDialog::getSaveFileName(m_parent, title,
            QDir(startDirectory()).filePath(suggestedName), texts.join(QStringLiteral(";;")),
            &chosenFilter);
    } else {
        path = nextAnswer().value(0);
    }
    if (path.isEmpty() || !QFileInfo(path).suffix().isEmpty())
        return path;
    const qsizetype chosen = std::max(qsizetype(0), texts.indexOf(chosenFilter));
    return filters.isEmpty() ? path : path + u'.' + filters.at(chosen).second;
}

bool UserDialogs::choosePrinter(QPrinter *printer)
{
    if (!m_interactive) {
        const QString path = nextAnswer().value(0);
        if (path.isEmpty())
            return false;
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(path);
        return true;
    }
    QPrintDialog dialog(printer, m_parent);
    dialog.setObjectName(QStringLiteral("printDialog"));
    return dialog.exec() == QDialog::Accepted;
}

void UserDialogs::warn(const QString &message, const QString &objectName)
{
    Q_EMIT messageShown(message);
    if (!m_interactive)
        return;
    QMessageBox box(
        QMessageBox::Warning, tr("Resolution Explorer"), message, QMessageBox::Ok, m_parent);
    box.setObjectName(objectName);
    box.exec();
}

void UserDialogs::inform(
    const QString &title, const QString &richText, const QPixmap &icon, const QString &objectName)
{
    if (!m_interactive)
        return;
    QMessageBox box(QMessageBox::NoIcon, title, richText, QMessageBox::Ok, m_parent);
    box.setObjectName(objectName);
    box.setTextFormat(Qt::RichText);
    box.setIconPixmap(icon);
    box.exec();
}

} // namespace re
