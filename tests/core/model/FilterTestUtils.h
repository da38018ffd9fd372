// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ActionFilter.h"

#include <QList>
#include <QSortFilterProxyModel>

namespace re::test {

/// Source rows a proxy shows, in its order.
inline QList<int> shownSourceRows(const QSortFilterProxyModel &proxy)
{
    QList<int> rows;
    for (int row = 0; row < proxy.rowCount(); ++row)
        rows << proxy.mapToSource(proxy.index(row, 0)).row();
    return rows;
}

/// The actions a filter accepts, asked action by action without any index.
inline QList<int> acceptedOneByOne(const ActionFilter &filter, const Document &doc)
{
    QList<int> rows;
    for (int i = 0; i < doc.actions.size(); ++i) {
        if (filter.accepts(doc, i))
            rows << i;
    }
    return rows;
}

} // namespace re::test
