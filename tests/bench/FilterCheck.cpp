// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilterCheck.h"

#include "SyntheticDocuments.h"
#include "import/DocumentLoader.h"
#include "model/ActionFilter.h"

#include <algorithm>
#include <cstdio>

namespace re::bench {
namespace {

QList<ActionFilter> filtersFor(const Document &doc)
{
    QList<ActionFilter> filters;
    filters.append(ActionFilter());
    QStringList someIds;
    for (qsizetype i = 0; i < doc.entities.size(); i += 3)
        someIds.append(doc.entities.at(i).id);
    for (const QString &id : std::as_const(someIds)) {
        ActionFilter filter;
        filter.entities = { id };
        filters.append(filter);
    }
    ActionFilter unknownEntity;
    unknownEntity.entities = { QStringLiteral("no-such-entity") };
    filters.append(unknownEntity);
    for (const Section &section : doc.sections) {
        ActionFilter filter;
        filter.section = section.id;
        filters.append(filter);
    }
    for (const QString &text : { QStringLiteral("s"), QStringLiteral("SECUR"),
             QStringLiteral("  defence  "), QStringLiteral("ia"), QStringLiteral("cyber"),
             QStringLiteral("   "), QStringLiteral("Türk"), QStringLiteral("nato") }) {
        ActionFilter filter;
        filter.text = text;
        filters.append(filter);
    }
    for (const VerbKind kind : allVerbKinds()) {
        ActionFilter filter;
        filter.verb = verbKindKey(kind);
        filter.text = QStringLiteral("the");
        filters.append(filter);
    }
    ActionFilter badVerb;
    badVerb.verb = QStringLiteral("shout");
    filters.append(badVerb);
    if (!doc.actions.isEmpty() && !doc.actions.first().themes.isEmpty()) {
        ActionFilter filter;
        filter.theme = doc.actions.first().themes.first().toUpper();
        filter.entities = someIds.mid(0, 5);
        filters.append(filter);
    }
    return filters;
}

bool agree(const Document &doc, const char *name)
{
    const ActionFilterIndex index(doc);
    const QList<ActionFilter> filters = filtersFor(doc);
    for (const ActionFilter &filter : filters) {
        const PreparedActionFilter prepared(filter, doc, index);
        for (int i = 0; i < doc.actions.size(); ++i) {
            if (prepared.accepts(i) != filter.accepts(doc, i)) {
                std::fprintf(stderr, "filter check failed on %s, action %d, text '%s'\n", name, i,
                    qPrintable(filter.text));
                return false;
            }
        }
    }
    for (const Entity &entity : doc.entities) {
        const int expected = int(
            std::count_if(doc.actions.cbegin(), doc.actions.cend(), [&](const Action &action) {
                return doc.involvedEntities(action).contains(entity.id);
            }));
        if (doc.actionCount(entity.id) != expected) {
            std::fprintf(stderr, "action count check failed on %s, entity %s\n", name,
                qPrintable(entity.id));
            return false;
        }
    }
    std::fprintf(stderr,
        "filter check: indexed and per-action filters agree on %s (%lld filters)\n", name,
        static_cast<long long>(filters.size()));
    return true;
}

} // namespace

bool checkFilterEquivalence()
{
    return agree(bundledDocument(), "the bundled resolution")
        && agree(makeSyntheticDocument(3000, 7), "a synthetic document of 3000 actions");
}

} // namespace re::bench
