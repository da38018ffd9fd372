// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"

#include <QString>
#include <QStringList>

namespace re {

/// The criteria that choose actions. The table's proxy and the command line's --export-actions
/// both use accepts(), so the window and scripts always agree on what a filter shows.
struct ActionFilter
{
    QStringList entities; ///< entity ids; an action matches if it involves any of them
    QString theme;        ///< theme name, empty for any
    QString verb;         ///< verb kind key ("call"), empty for any
    QString section;      ///< section id; matches the section and its sub-sections; empty for any
    QString text;         ///< free text, case-insensitive, in the sentence, entities and themes

    bool isEmpty() const;
    bool accepts(const Document &document, int actionIndex) const;
    friend bool operator==(const ActionFilter &, const ActionFilter &) = default;
};

} // namespace re
