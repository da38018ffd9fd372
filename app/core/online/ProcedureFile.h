// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace re {

/// What a Legislative Observatory (OEIL) procedure file page says about a procedure.
struct ProcedureFile
{
    QString reference; ///< "2021/2540(RSP)"
    QString title; ///< "Resolution on the situation in Myanmar"
    QString committee; ///< committee responsible: "AFET Foreign Affairs"; empty if none
    QList<Rapporteur> rapporteurs; ///< of the committee responsible (not the shadows)
    QList<KeyEvent> events; ///< in the page's order
    QString stage; ///< "Procedure completed" (Technical information, "Stage reached")

    /// The summary id of the "Decision by Parliament" row; empty when it has none.
    QString decisionSummaryId() const;
    /// The last event with a summary (the page's order is by date); nullptr when none has.
    const KeyEvent *latestSummary() const;
};

/// Reads an OEIL procedure file page (HTML, as served or saved from a browser). Returns nullopt
/// with one sentence in *error when the page is not a procedure file (no reference heading and
/// no "Key events" table): a bot-check or error page, or another kind of page.
std::optional<ProcedureFile> parseProcedureFile(const QByteArray &html, QString *error);

} // namespace re
