// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QLabel;
class QStatusBar;

namespace re {

class ResolutionModel;

/// The status bar's two labels: the document (where it came from and its counts) and the
/// vote's result. They follow the shared model.
class DocumentStatus : public QObject
{
    Q_OBJECT
public:
    DocumentStatus(ResolutionModel *model, QStatusBar *bar);

private:
    void update();

    ResolutionModel *m_model;
    QLabel *m_document;
    QLabel *m_vote;
};

} // namespace re
