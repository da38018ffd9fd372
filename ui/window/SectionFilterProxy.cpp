// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/SectionFilterProxy.h"

#include "model/ModelRoles.h"
#include "model/ResolutionModel.h"

#include <QFont>
#include <algorithm>

namespace re {

SectionFilterProxy::SectionFilterProxy(ResolutionModel *model, QObject *parent)
    : QSortFilterProxyModel(parent), m_model(model)
{
    setRecursiveFilteringEnabled(true);
    // Section ids repeat from one document to the next: forget the old document's answers
    // before anything asks about the new one.
    connect(model, &ResolutionModel::documentAboutToChange, this, [this] { m_matches.clear(); });
}

void SectionFilterProxy::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_terms = text.split(u' ', Qt::SkipEmptyParts);
    m_matches.clear();
    invalidateFilter();
}

bool SectionFilterProxy::matches(const QString &sectionId) const
{
    if (m_terms.isEmpty() || sectionId.isEmpty())
        return false;
    const auto known = m_matches.constFind(sectionId);
    if (known != m_matches.cend())
        return *known;
    const bool match = searchMatches(sectionId);
    m_matches.insert(sectionId, match);
    return match;
}

bool SectionFilterProxy::searchMatches(const QString &sectionId) const
{
    const Document &document = m_model->document();
    const int index = document.sectionIndex(sectionId);
    if (index < 0)
        return false;
    const Section &section = document.sections.at(index);
    return std::all_of(m_terms.cbegin(), m_terms.cend(), [&](const QString &term) {
        if (section.title.contains(term, Qt::CaseInsensitive))
            return true;
        return std::any_of(section.paragraphs.cbegin(), section.paragraphs.cend(), [&](int p) {
            return p >= 0 && p < document.paragraphs.size()
                && document.paragraphs.at(p).text.contains(term, Qt::CaseInsensitive);
        });
    });
}

QVariant SectionFilterProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::FontRole && index.column() == 0 && !m_terms.isEmpty()
        && matches(index.data(IdRole).toString())) {
        QFont font = QSortFilterProxyModel::data(index, role).value<QFont>();
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole && index.column() == 0) {
        // Titles are often longer than the pane is wide.
        const QVariant tip = QSortFilterProxyModel::data(index, role);
        return tip.isValid() ? tip : QSortFilterProxyModel::data(index, Qt::DisplayRole);
    }
    return QSortFilterProxyModel::data(index, role);
}

bool SectionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_terms.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    // The whole-resolution row stays only as the parent of matching sections.
    return matches(index.data(IdRole).toString());
}

} // namespace re
