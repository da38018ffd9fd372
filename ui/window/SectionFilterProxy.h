// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace re {

class ResolutionModel;

/// Filters a SectionTreeModel by a search: a section matches when every word of the search
/// occurs (case-insensitive) in its title or its own paragraphs. Parents of matches stay
/// (recursive filtering) so the tree keeps its shape; matching rows are shown in bold.
class SectionFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SectionFilterProxy(ResolutionModel *model, QObject *parent = nullptr);

    QString searchText() const { return m_text; }
    void setSearchText(const QString &text);

    /// Whether the section (by id) matches the search itself; false for "" and no search.
    /// Worked out once per search and document (the rows' bold font asks on every paint).
    bool matches(const QString &sectionId) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool searchMatches(const QString &sectionId) const;

    ResolutionModel *m_model;
    QString m_text;
    QStringList m_terms;
    mutable QHash<QString, bool> m_matches; ///< matches() of the current search and document
};

} // namespace re
