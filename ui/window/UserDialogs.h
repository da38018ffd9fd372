// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPixmap>
#include <QStringList>

class QPrinter;
class QWidget;

namespace re {

/// Every question and message the window puts to the user in a dialog: file choosers, lists to
/// choose from and message boxes, the only place of ui/ that shows them. When not interactive
/// (tests), no dialog opens: questions take the answers queued with answerNextFileQuestion()
/// (none: the user cancelled), and messages are only announced by messageShown().
class UserDialogs : public QObject
{
    Q_OBJECT
public:
    explicit UserDialogs(QWidget *parent);

    void setInteractive(bool interactive) { m_interactive = interactive; }
    bool isInteractive() const { return m_interactive; }
    /// What the next file question answers when not interactive: file paths (more than one
    /// only for chooseFilesToOpen()), empty for a cancel.
    void answerNextFileQuestion(const QStringList &paths) { m_answers.append(paths); }

    /// The folder file questions start in: the last one a file was opened from or written
    /// to, else the user's documents folder.
    QString startDirectory() const;
    /// Remembers the folder of a file opened or written.
    void rememberDirectoryOf(const QString &path);

    /// A file to open; empty when cancelled.
    QString chooseFileToOpen(const QString &title, const QString &filters);
    /// A folder to open; empty when cancelled.
    QString chooseFolder(const QString &title);
    /// Files to open (several may be chosen); empty when cancelled.
    QStringList chooseFilesToOpen(const QString &title, const QString &filters);
    /// Where to write a file, starting with `suggestedName` in startDirectory(). `filters`
    /// pairs each filter text with its suffix ("png"); a name without a suffix gets the chosen
    /// filter's. Empty when cancelled.
    QString chooseFileToSave(const QString &title, const QString &suggestedName,
        const QList<std::pair<QString, QString>> &filters);

    /// One of `items` (its index), chosen from a list; -1 when cancelled. When not interactive,
    /// the next queued answer names the item's index.
    int chooseItem(const QString &title, const QString &label, const QStringList &items);

    /// The printer and its settings, in the print dialog; false when cancelled. When not
    /// interactive, the next queued answer names a PDF file the printer writes (none: the user
    /// cancelled).
    bool choosePrinter(QPrinter *printer);

    /// A warning in a message box named `objectName` (when interactive), and messageShown().
    void warn(const QString &message, const QString &objectName);
    /// A box of rich text (Help > About).
    void inform(const QString &title, const QString &richText, const QPixmap &icon,
        const QString &objectName);

Q_SIGNALS:
    /// A warning was given (also when not interactive).
    void messageShown(const QString &message);

private:
    QStringList nextAnswer();

    QWidget *m_parent;
    bool m_interactive = true;
    QString m_lastDirectory;
    QList<QStringList> m_answers;
};

} // namespace re
