// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/ActionFilter.h"

#include "document/Involvement.h"
#include "i18n/CountryNames.h"
#include "import/ThemeCatalog.h"

#include <QCoreApplication>
#include <QUrlQuery>
#include <algorithm>
#include <vector>

namespace re {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(re::ActionFilter)
};

/// The trimmed free text as accepts() compares it; empty when there is no text criterion.
QString foldedNeedle(const QString &text)
{
    return text.trimmed().toCaseFolded();
}

// The keys of the text form, in their canonical order.
const QString EntityKey = QStringLiteral("entity");
const QString ThemeKey = QStringLiteral("theme");
const QString KindKey = QStringLiteral("kind");
const QString SectionKey = QStringLiteral("section");
const QString TextKey = QStringLiteral("text");

} // namespace

bool ActionFilter::isEmpty() const
{
    return entities.isEmpty() && theme.isEmpty() && verb.isEmpty() && section.isEmpty()
        && text.isEmpty();
}

bool ActionFilter::hasCriteria() const
{
    return !entities.isEmpty() || !theme.isEmpty() || !verb.isEmpty() || sectionOnly
        || !section.isEmpty() || !text.isEmpty();
}

bool ActionFilter::accepts(const Document &document, int actionIndex) const
{
    if (actionIndex < 0 || actionIndex >= document.actions.size())
        return false;
    const Action &action = document.actions.at(actionIndex);

    if (!verb.isEmpty()) {
        const std::optional<VerbKind> kind = verbKindFromKey(verb);
        if (!kind || !action.hasAct(*kind))
            return false;
    }
    if (!theme.isEmpty() && !action.themes.contains(theme, Qt::CaseInsensitive))
        return false;
    if (!section.isEmpty()) {
        const int sectionIndex = document.sectionIndex(section);
        if (sectionIndex < 0 || !document.sectionSubtree(sectionIndex).contains(action.section))
            return false;
    }
    if (!entities.isEmpty()) {
        const QStringList involved = document.involvedEntities(action);
        const bool any = std::any_of(entities.cbegin(), entities.cend(),
            [&](const QString &id) { return involved.contains(id); });
        if (!any)
            return false;
    }
    if (!text.isEmpty()) {
        const QString needle = text.trimmed();
        if (action.text.contains(needle, Qt::CaseInsensitive))
            return true;
        for (const QString &theme : action.themes) {
            if (theme.contains(needle, Qt::CaseInsensitive))
                return true;
        }
        for (const QString &id : action.entities) {
            const int entityIndex = document.entityIndex(id);
            if (entityIndex < 0)
                continue;
            // The name in the text, and the one the views show.
            const Entity &entity = document.entities.at(entityIndex);
            if (entity.name.contains(needle, Qt::CaseInsensitive)
                || displayName(entity).contains(needle, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
    return true;
}

QList<int> ActionFilter::acceptedActions(const Document &document) const
{
    QList<int> result;
    if (isEmpty()) {
        result.reserve(document.actions.size());
        for (int i = 0; i < document.actions.size(); ++i)
            result.append(i);
        return result;
    }
    return acceptedActions(document, ActionFilterIndex(document));
}

QList<int> ActionFilter::acceptedActions(
    const Document &document, const ActionFilterIndex &index) const
{
    QList<int> result;
    const PreparedActionFilter prepared(*this, document, index);
    for (int i = 0; i < document.actions.size(); ++i) {
        if (prepared.accepts(i))
            result.append(i);
    }
    return result;
}

bool ActionFilter::narrows(const ActionFilter &previous) const
{
    if (entities != previous.entities || theme != previous.theme || verb != previous.verb
        || section != previous.section)
        return false;
    if (previous.text.isEmpty())
        return true;
    if (text.isEmpty())
        return false;
    return foldedNeedle(text).contains(foldedNeedle(previous.text));
}

QString ActionFilter::toText() const
{
    QUrlQuery query;
    for (const QString &id : entities)
        query.addQueryItem(EntityKey, id);
    if (!theme.isEmpty())
        query.addQueryItem(ThemeKey, theme);
    if (!verb.isEmpty())
        query.addQueryItem(KindKey, verb);
    if (sectionOnly || !section.isEmpty())
        query.addQueryItem(SectionKey, section);
    if (!text.isEmpty())
        query.addQueryItem(TextKey, text);
    // Fully encoded, so that '&', '=', '+' and '%' inside values survive the round trip.
    QString encoded;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (!encoded.isEmpty())
            encoded += u'&';
        encoded += key + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    return encoded;
}

std::optional<ActionFilter> ActionFilter::fromText(const QString &text, QString *error)
{
    const auto refuse = [error](const QString &why) -> std::optional<ActionFilter> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    ActionFilter filter;
    if (text.isEmpty())
        return filter;
    const QStringList items = text.split(u'&');
    QStringList seen;
    for (const QString &item : items) {
        const qsizetype equals = item.indexOf(u'=');
        if (equals < 0)
            return refuse(
                Tr::tr("\u201c%1\u201d is not a criterion of the form key=value").arg(item));
        const QString key = item.first(equals);
        const QString value = QUrl::fromPercentEncoding(item.sliced(equals + 1).toUtf8());
        // Only entities may be given more than once.
        if (key != EntityKey && seen.contains(key))
            return refuse(Tr::tr("the criterion \u201c%1\u201d is given twice").arg(key));
        seen.append(key);
        if (key == EntityKey && !value.isEmpty()) {
            if (!filter.entities.contains(value))
                filter.entities.append(value);
        } else if (key == ThemeKey && !value.isEmpty()) {
            filter.theme = value;
        } else if (key == KindKey && !value.isEmpty()) {
            filter.verb = value;
        } else if (key == SectionKey) {
            filter.sectionOnly = true;
            filter.section = value;
        } else if (key == TextKey && !value.isEmpty()) {
            filter.text = value;
        } else {
            return refuse(Tr::tr("\u201c%1\u201d is not a filter criterion").arg(item));
        }
    }
    return filter;
}

FilterCheck::FilterCheck(const ActionFilter &filter, const Document &document)
{
    m_checked.sectionOnly = filter.sectionOnly || !filter.section.isEmpty();
    m_checked.text = filter.text;
    for (const QString &wanted : filter.entities) {
        const auto it = std::find_if(
            document.entities.cbegin(), document.entities.cend(), [&wanted](const Entity &entity) {
                return entity.id.compare(wanted, Qt::CaseInsensitive) == 0
                    || entity.name.compare(wanted, Qt::CaseInsensitive) == 0
                    || displayName(entity).compare(wanted, Qt::CaseInsensitive) == 0;
            });
        if (it == document.entities.cend())
            m_problems.append({ FilterProblem::Criterion::Entity, wanted });
        else if (!m_checked.entities.contains(it->id))
            m_checked.entities.append(it->id);
    }
    if (!filter.theme.isEmpty()) {
        const QStringList themes = ThemeCatalog::builtin().names();
        const auto it = std::find_if(themes.cbegin(), themes.cend(), [&filter](const QString &t) {
            return t.compare(filter.theme, Qt::CaseInsensitive) == 0;
        });
        if (it == themes.cend())
            m_problems.append({ FilterProblem::Criterion::Theme, filter.theme });
        else
            m_checked.theme = *it;
    }
    if (!filter.verb.isEmpty()) {
        if (const auto kind = verbKindFromKey(filter.verb.toLower()))
            m_checked.verb = verbKindKey(*kind);
        else
            m_problems.append({ FilterProblem::Criterion::Verb, filter.verb });
    }
    if (!filter.section.isEmpty()) {
        if (document.sectionIndex(filter.section) >= 0)
            m_checked.section = filter.section;
        else
            m_problems.append({ FilterProblem::Criterion::Section, filter.section });
    }
}

QString ActionFilter::whyNoAction(const Document &document) const
{
    const QString generic
        = QCoreApplication::translate("re::ActionFilter", "No action matches these filters.");
    if (document.actions.isEmpty())
        return QCoreApplication::translate("re::ActionFilter", "This document has no actions.");
    const bool onlyEntity
        = entities.size() == 1 && theme.isEmpty() && verb.isEmpty() && text.isEmpty();
    if (!onlyEntity)
        return generic;
    const QString &id = entities.first();
    const int index = document.entityIndex(id);
    const QString name = index >= 0 ? displayName(document.entities.at(index)) : id;
    if (sectionOnly && !section.isEmpty()) {
        // Mentions in the section and below it.
        const QList<int> subtree = document.sectionSubtree(document.sectionIndex(section));
        std::vector<bool> inSection(size_t(document.sections.size()), false);
        for (int s : subtree)
            inSection[size_t(s)] = true;
        int mentions = 0;
        for (const Mention &mention : document.mentions) {
            if (mention.entity != id || mention.paragraph < 0
                || mention.paragraph >= document.paragraphs.size())
                continue;
            const int s = document.paragraphs.at(mention.paragraph).section;
            if (s >= 0 && size_t(s) < inSection.size() && inSection[size_t(s)])
                ++mentions;
        }
        if (mentions == 0) {
            return QCoreApplication::translate(
                "re::ActionFilter", "%1 is not named in this section.")
                .arg(name);
        }
        if (mentions == 1) {
            return QCoreApplication::translate("re::ActionFilter",
                "%1 is named once in this section, in a sentence that is not a statement.")
                .arg(name);
        }
        return QCoreApplication::translate("re::ActionFilter",
            "%1 is named %2 times in this section, in sentences that are not statements.")
            .arg(name, QString::number(mentions)); // at once: a name may hold "%2"
    }
    const int mentions = document.mentionCount(id);
    if (mentions == 0) {
        return QCoreApplication::translate("re::ActionFilter",
            "%1 is not named in the text itself, only through a grouping with no statement.")
            .arg(name);
    }
    if (mentions == 1) {
        return QCoreApplication::translate(
            "re::ActionFilter", "%1 is named once, in a sentence that is not a statement.")
            .arg(name);
    }
    return QCoreApplication::translate(
        "re::ActionFilter", "%1 is named %2 times, in sentences that are not statements.")
        .arg(name)
        .arg(mentions);
}

} // namespace re
