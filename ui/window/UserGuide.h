// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace re {

/// Help > User Guide: docs/USER-GUIDE.md with its screenshots, compiled into the program
/// (":/doc/USER-GUIDE.md"), so that the guide always matches the program it comes with.
class UserGuideDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr const char *Source = "qrc:/doc/USER-GUIDE.md";

    explicit UserGuideDialog(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }

private:
    /// Screenshots at most as wide as the text column.
    void fitImages();

    QTextBrowser *m_browser;
};

} // namespace re
