// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// documentFromJson(): the validating reader of the resolution-explorer/1 format (docs/FORMAT.md).
#include "io/DocumentJson.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <climits>
#include <cmath>

using namespace Qt::StringLiterals;

namespace re {

namespace {

/// Validating reader: every method returns false after recording the first problem met.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(re::DocumentJson)
public:
    std::optional<Document> read(const QJsonObject &root);
    /// The first problem met, one sentence.
    const QString &error() const { return m_error; }

private:
    enum class Expect { String, Id, WholeNumber, List, Object, SpanPair };

    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }
    bool typeError(const QString &path, Expect expect);
    static QString join(const QString &path, QLatin1String key)
    {
        return path.isEmpty() ? QString(key) : path + u'.' + key;
    }
    static QString item(const QString &path, qsizetype index)
    {
        return path + u'[' + QString::number(index) + u']';
    }

    bool value(const QJsonObject &object, const QString &path, QLatin1String key, QJsonValue *out);
    bool string(const QJsonObject &object, const QString &path, QLatin1String key, QString *out);
    bool id(const QJsonObject &object, const QString &path, QLatin1String key, QString *out);
    bool wholeNumber(const QJsonValue &value, const QString &path, double max, qint64 *out);
    bool count(const QJsonObject &object, const QString &path, QLatin1String key, int *out);
    /// A count of votes or seats: at most MaxVotes.
    bool votes(const QJsonObject &object, const QString &path, QLatin1String key, int *out);
    bool list(const QJsonObject &object, const QString &path, QLatin1String key, QJsonArray *out);
    bool object(const QJsonValue &value, const QString &path, QJsonObject *out);
    bool stringList(
        const QJsonObject &object, const QString &path, QLatin1String key, QStringList *out);
    bool span(const QJsonValue &value, const QString &path, TextSpan *out);
    bool spanInParagraph(const TextSpan &span, const QString &path, int paragraph);
    bool paragraphRef(const QJsonObject &object, const QString &path, int *out);
    bool entityRef(const QString &entityId, const QString &path);
    bool registerId(QHash<QString, int> &ids, const QString &id, int index, const QString &path);

    bool readProcedure(const QJsonObject &root);
    bool readProcedureFileKeys(const QJsonObject &procedure);
    bool readVoteRows(const QJsonObject &vote, QLatin1String key, QList<VoteBreakdownRow> *out);
    bool readVote(const QJsonObject &root);
    bool readParagraphs(const QJsonObject &owner, const QString &path, int section);
    bool readSections(const QJsonObject &owner, const QString &path, int parent, int depth);
    bool readEntities(const QJsonObject &root);
    bool readMentions(const QJsonObject &root);
    bool readActions(const QJsonObject &root);
    bool readActs(const QJsonObject &object, const QString &path, Action *action);

    QString m_error;
    Document m_document;
    QHash<QString, int> m_paragraphIds;
    QHash<QString, int> m_sectionIds;
    QHash<QString, int> m_entityIds;
    QHash<QString, int> m_actionIds;
};

constexpr double MaxCount = INT_MAX;
constexpr double MaxOffset = 9007199254740992.0; // 2^53: every whole number a double holds

bool Reader::typeError(const QString &path, Expect expect)
{
    switch (expect) {
    case Expect::String:
        return fail(tr("%1 must be a string").arg(path));
    case Expect::Id:
        return fail(tr("%1 must be a non-empty string").arg(path));
    case Expect::WholeNumber:
        return fail(tr("%1 must be a whole number of 0 or more").arg(path));
    case Expect::List:
        return fail(tr("%1 must be a list").arg(path));
    case Expect::Object:
        return fail(tr("%1 must be an object").arg(path));
    case Expect::SpanPair:
        return fail(tr("%1 must be a list of two whole numbers [start, length]").arg(path));
    }
    return false;
}

bool Reader::value(
    const QJsonObject &object, const QString &path, QLatin1String key, QJsonValue *out)
{
    const auto it = object.constFind(key);
    if (it == object.constEnd())
        return fail(tr("the document lacks the key %1").arg(join(path, key)));
    *out = it.value();
    return true;
}

bool Reader::string(const QJsonObject &object, const QString &path, QLatin1String key, QString *out)
{
    QJsonValue v;
    if (!value(object, path, key, &v))
        return false;
    if (!v.isString())
        return typeError(join(path, key), Expect::String);
    *out = v.toString();
    return true;
}

bool Reader::id(const QJsonObject &object, const QString &path, QLatin1String key, QString *out)
{
    QJsonValue v;
    if (!value(object, path, key, &v))
        return false;
    if (!v.isString() || v.toString().isEmpty())
        return typeError(join(path, key), Expect::Id);
    *out = v.toString();
    return true;
}

bool Reader::wholeNumber(const QJsonValue &value, const QString &path, double max, qint64 *out)
{
    const double d = value.toDouble(-1);
    if (!value.isDouble() || !(d >= 0 && d <= max) || std::floor(d) != d)
        return typeError(path, Expect::WholeNumber);
    *out = qint64(d);
    return true;
}

bool Reader::count(const QJsonObject &object, const QString &path, QLatin1String key, int *out)
{
    QJsonValue v;
    qint64 n = 0;
    if (!value(object, path, key, &v) || !wholeNumber(v, join(path, key), MaxCount, &n))
        return false;
    *out = int(n);
    return true;
}

bool Reader::votes(const QJsonObject &object, const QString &path, QLatin1String key, int *out)
{
    if (!count(object, path, key, out))
        return false;
    if (*out > MaxVotes) {
        return fail(tr("%1 is %L2, more than the %L3 seats and votes of any parliament")
                        .arg(join(path, key))
                        .arg(*out)
                        .arg(MaxVotes));
    }
    return true;
}

bool Reader::list(
    const QJsonObject &object, const QString &path, QLatin1String key, QJsonArray *out)
{
    QJsonValue v;
    if (!value(object, path, key, &v))
        return false;
    if (!v.isArray())
        return typeError(join(path, key), Expect::List);
    *out = v.toArray();
    return true;
}

bool Reader::object(const QJsonValue &value, const QString &path, QJsonObject *out)
{
    if (!value.isObject())
        return typeError(path, Expect::Object);
    *out = value.toObject();
    return true;
}

bool Reader::stringList(
    const QJsonObject &object, const QString &path, QLatin1String key, QStringList *out)
{
    QJsonArray array;
    if (!list(object, path, key, &array))
        return false;
    out->clear();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString())
            return typeError(item(join(path, key), i), Expect::String);
        out->append(array.at(i).toString());
    }
    return true;
}

bool Reader::span(const QJsonValue &value, const QString &path, TextSpan *out)
{
    const QJsonArray pair = value.toArray();
    if (!value.isArray() || pair.size() != 2)
        return typeError(path, Expect::SpanPair);
    return wholeNumber(pair.at(0), item(path, 0), MaxOffset, &out->start)
        && wholeNumber(pair.at(1), item(path, 1), MaxOffset, &out->length);
}

bool Reader::spanInParagraph(const TextSpan &span, const QString &path, int paragraph)
{
    const Paragraph &p = m_document.paragraphs.at(paragraph);
    if (span.end() <= p.text.size())
        return true;
    return fail(tr("%1 [%2, %3] lies outside the %4 characters of paragraph %5")
                    .arg(path)
                    .arg(span.start)
                    .arg(span.length)
                    .arg(p.text.size())
                    .arg(p.id));
}

bool Reader::paragraphRef(const QJsonObject &object, const QString &path, int *out)
{
    QString ref;
    if (!id(object, path, "paragraph"_L1, &ref))
        return false;
    *out = m_paragraphIds.value(ref, -1);
    if (*out < 0) {
        return fail(tr("%1 names paragraph \"%2\", which the document does not contain")
                        .arg(join(path, "paragraph"_L1), ref));
    }
    return true;
}

bool Reader::entityRef(const QString &entityId, const QString &path)
{
    if (m_entityIds.contains(entityId))
        return true;
    return fail(
        tr("%1 names entity \"%2\", which the document does not contain").arg(path, entityId));
}

bool Reader::registerId(QHash<QString, int> &ids, const QString &id, int index, const QString &path)
{
    if (ids.contains(id))
        return fail(tr("%1 repeats the id \"%2\"").arg(path, id));
    ids.insert(id, index);
    return true;
}

bool Reader::readProcedure(const QJsonObject &root)
{
    QJsonValue v;
    QJsonObject procedure;
    Procedure &out = m_document.procedure;
    if (!value(root, {}, "procedure"_L1, &v) || !object(v, u"procedure"_s, &procedure)
        || !string(procedure, u"procedure"_s, "reference"_L1, &out.reference)
        || !string(procedure, u"procedure"_s, "title"_L1, &out.title)
        || !value(procedure, u"procedure"_s, "date"_L1, &v)
        || !string(procedure, u"procedure"_s, "stage"_L1, &out.stage))
        return false;
    if (!v.isNull()) {
        const QString date = v.toString();
        out.date = QDate::fromString(date, u"yyyy-MM-dd");
        if (!v.isString() || date.size() != 10 || !out.date.isValid())
            return fail(tr("procedure.date must be a date written YYYY-MM-DD, or null"));
    }
    return readProcedureFileKeys(procedure);
}

bool Reader::readProcedureFileKeys(const QJsonObject &procedure)
{
    const QString path = u"procedure"_s;
    Procedure &out = m_document.procedure;
    if ((procedure.contains("committee"_L1)
            && !string(procedure, path, "committee"_L1, &out.committee))
        || (procedure.contains("source_url"_L1)
            && !string(procedure, path, "source_url"_L1, &out.sourceUrl)))
        return false;
    if (procedure.contains("fetched"_L1)) {
        QString fetched;
        if (!string(procedure, path, "fetched"_L1, &fetched))
            return false;
        out.fetched = QDateTime::fromString(fetched, Qt::ISODate);
        if (!out.fetched.isValid())
            return fail(tr("procedure.fetched must be a date and time written "
                           "YYYY-MM-DDTHH:MM:SSZ"));
    }
    if (procedure.contains("rapporteurs"_L1)) {
        QJsonArray rows;
        if (!list(procedure, path, "rapporteurs"_L1, &rows))
            return false;
        const QString listPath = join(path, "rapporteurs"_L1);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QString itemPath = item(listPath, i);
            QJsonObject o;
            Rapporteur rapporteur;
            if (!object(rows.at(i), itemPath, &o)
                || !string(o, itemPath, "name"_L1, &rapporteur.name)
                || !string(o, itemPath, "group"_L1, &rapporteur.group))
                return false;
            out.rapporteurs.append(rapporteur);
        }
    }
    if (procedure.contains("events"_L1)) {
        QJsonArray rows;
        if (!list(procedure, path, "events"_L1, &rows))
            return false;
        const QString listPath = join(path, "events"_L1);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QString itemPath = item(listPath, i);
            QJsonObject o;
            KeyEvent event;
            QString date;
            if (!object(rows.at(i), itemPath, &o) || !string(o, itemPath, "date"_L1, &date)
                || !string(o, itemPath, "event"_L1, &event.event)
                || !string(o, itemPath, "reference"_L1, &event.reference)
                || !string(o, itemPath, "summary_id"_L1, &event.summaryId))
                return false;
            event.date = QDate::fromString(date, u"yyyy-MM-dd");
            if (!date.isEmpty() && !event.date.isValid())
                return fail(
                    tr("%1 must be a date written YYYY-MM-DD").arg(join(itemPath, "date"_L1)));
            out.events.append(event);
        }
    }
    return true;
}

bool Reader::readVoteRows(const QJsonObject &vote, QLatin1String key, QList<VoteBreakdownRow> *out)
{
    if (!vote.contains(key))
        return true;
    QJsonArray rows;
    if (!list(vote, u"vote"_s, key, &rows))
        return false;
    const QString listPath = join(u"vote"_s, key);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString path = item(listPath, i);
        QJsonObject o;
        VoteBreakdownRow row;
        if (!object(rows.at(i), path, &o) || !string(o, path, "code"_L1, &row.code)
            || !string(o, path, "label"_L1, &row.label)
            || !string(o, path, "short_label"_L1, &row.shortLabel)
            || !votes(o, path, "for"_L1, &row.votesFor)
            || !votes(o, path, "against"_L1, &row.against)
            || !votes(o, path, "abstentions"_L1, &row.abstentions)
            || !votes(o, path, "did_not_vote"_L1, &row.didNotVote))
            return false;
        out->append(row);
    }
    return true;
}

bool Reader::readVote(const QJsonObject &root)
{
    QJsonValue v;
    if (!value(root, {}, "vote"_L1, &v))
        return false;
    if (v.isNull())
        return true;
    QJsonObject o;
    Vote vote;
    if (!object(v, u"vote"_s, &o) || !votes(o, u"vote"_s, "for"_L1, &vote.votesFor)
        || !votes(o, u"vote"_s, "against"_L1, &vote.against)
        || !votes(o, u"vote"_s, "abstentions"_L1, &vote.abstentions)
        || (o.contains("seats"_L1) && !votes(o, u"vote"_s, "seats"_L1, &vote.seats))
        || !readVoteRows(o, "groups"_L1, &vote.groups)
        || !readVoteRows(o, "countries"_L1, &vote.countries)
        || (o.contains("breakdown_source"_L1)
            && !string(o, u"vote"_s, "breakdown_source"_L1, &vote.breakdownSource))
        || (o.contains("source_url"_L1) && !string(o, u"vote"_s, "source_url"_L1, &vote.sourceUrl)))
        return false;
    if (vote.cast() > MaxVotes) {
        return fail(tr("vote: the votes cast add up to %L1, more than the %L2 seats of any "
                       "parliament")
                        .arg(vote.cast())
                        .arg(MaxVotes));
    }
    m_document.vote = vote;
    return true;
}

bool Reader::readParagraphs(const QJsonObject &owner, const QString &ownerPath, int section)
{
    QJsonArray array;
    if (!list(owner, ownerPath, "paragraphs"_L1, &array))
        return false;
    const QString listPath = join(ownerPath, "paragraphs"_L1);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = item(listPath, i);
        QJsonObject o;
        Paragraph paragraph;
        paragraph.section = section;
        QJsonArray emphasis;
        QJsonValue offset;
        if (!object(array.at(i), path, &o) || !id(o, path, "id"_L1, &paragraph.id)
            || !string(o, path, "text"_L1, &paragraph.text)
            || !list(o, path, "emphasis"_L1, &emphasis)
            || !value(o, path, "source_offset"_L1, &offset))
            return false;
        if (!offset.isNull()
            && !wholeNumber(
                offset, join(path, "source_offset"_L1), MaxOffset, &paragraph.sourceOffset))
            return false;
        const int index = int(m_document.paragraphs.size());
        if (!registerId(m_paragraphIds, paragraph.id, index, join(path, "id"_L1)))
            return false;
        m_document.paragraphs.append(paragraph);
        for (qsizetype e = 0; e < emphasis.size(); ++e) {
            const QString spanPath = item(join(path, "emphasis"_L1), e);
            TextSpan emphasisSpan;
            if (!span(emphasis.at(e), spanPath, &emphasisSpan)
                || !spanInParagraph(emphasisSpan, spanPath, index))
                return false;
            m_document.paragraphs[index].emphasis.append(emphasisSpan);
        }
        if (section >= 0)
            m_document.sections[section].paragraphs.append(index);
    }
    return true;
}

bool Reader::readSections(const QJsonObject &owner, const QString &ownerPath, int parent, int depth)
{
    QJsonArray array;
    if (!list(owner, ownerPath, "sections"_L1, &array))
        return false;
    if (!array.isEmpty() && depth > MaxSectionDepth)
        return fail(tr("the sections are nested deeper than %1 levels").arg(MaxSectionDepth));
    const QString listPath = join(ownerPath, "sections"_L1);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = item(listPath, i);
        QJsonObject o;
        Section section;
        section.parent = parent;
        if (!object(array.at(i), path, &o) || !id(o, path, "id"_L1, &section.id)
            || !string(o, path, "title"_L1, &section.title)
            || !count(o, path, "level"_L1, &section.level))
            return false;
        if (section.level < 1)
            return fail(tr("%1 must be 1 or more").arg(join(path, "level"_L1)));
        const int index = int(m_document.sections.size());
        if (!registerId(m_sectionIds, section.id, index, join(path, "id"_L1)))
            return false;
        m_document.sections.append(section);
        if (parent >= 0)
            m_document.sections[parent].children.append(index);
        if (!readParagraphs(o, path, index) || !readSections(o, path, index, depth + 1))
            return false;
    }
    return true;
}

bool Reader::readEntities(const QJsonObject &root)
{
    QJsonArray array;
    if (!list(root, {}, "entities"_L1, &array))
        return false;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = item(u"entities"_s, i);
        QJsonObject o;
        Entity entity;
        QString kind;
        QString role;
        if (!object(array.at(i), path, &o) || !id(o, path, "id"_L1, &entity.id)
            || !string(o, path, "name"_L1, &entity.name) || !string(o, path, "kind"_L1, &kind)
            || !string(o, path, "role"_L1, &role)
            || !stringList(o, path, "members"_L1, &entity.members)
            || !string(o, path, "via"_L1, &entity.via)
            || !string(o, path, "evidence"_L1, &entity.evidence))
            return false;
        const auto parsedKind = entityKindFromKey(kind);
        if (!parsedKind) {
            return fail(tr("%1 is \"%2\", which is not a known entity kind")
                            .arg(join(path, "kind"_L1), kind));
        }
        const auto parsedRole = entityRoleFromKey(role);
        if (!parsedRole) {
            return fail(tr("%1 is \"%2\", which is not a known entity role")
                            .arg(join(path, "role"_L1), role));
        }
        entity.kind = *parsedKind;
        entity.role = *parsedRole;
        if (!registerId(m_entityIds, entity.id, int(i), join(path, "id"_L1)))
            return false;
        m_document.entities.append(entity);
    }
    // "via" may name an entity listed later, so references are checked once all are known.
    for (qsizetype i = 0; i < m_document.entities.size(); ++i) {
        const Entity &entity = m_document.entities.at(i);
        const QString path = item(u"entities"_s, i);
        if (!entity.via.isEmpty() && !entityRef(entity.via, join(path, "via"_L1)))
            return false;
        if (!entity.evidence.isEmpty() && !m_paragraphIds.contains(entity.evidence)) {
            return fail(tr("%1 names paragraph \"%2\", which the document does not contain")
                            .arg(join(path, "evidence"_L1), entity.evidence));
        }
    }
    return true;
}

bool Reader::readMentions(const QJsonObject &root)
{
    QJsonArray array;
    if (!list(root, {}, "mentions"_L1, &array))
        return false;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = item(u"mentions"_s, i);
        QJsonObject o;
        Mention mention;
        QJsonValue start;
        QJsonValue length;
        if (!object(array.at(i), path, &o) || !id(o, path, "entity"_L1, &mention.entity)
            || !entityRef(mention.entity, join(path, "entity"_L1))
            || !paragraphRef(o, path, &mention.paragraph) || !value(o, path, "start"_L1, &start)
            || !wholeNumber(start, join(path, "start"_L1), MaxOffset, &mention.span.start)
            || !value(o, path, "length"_L1, &length)
            || !wholeNumber(length, join(path, "length"_L1), MaxOffset, &mention.span.length)
            || !spanInParagraph(mention.span, path, mention.paragraph))
            return false;
        m_document.mentions.append(mention);
    }
    return true;
}

bool Reader::readActs(const QJsonObject &o, const QString &path, Action *action)
{
    if (!o.contains("acts"_L1)) {
        // A document of format 1.0: the action's one verb is its one act.
        action->acts = { { action->verb, action->paragraph, action->verbSpan, false } };
        return true;
    }
    QJsonArray acts;
    if (!list(o, path, "acts"_L1, &acts))
        return false;
    if (acts.isEmpty())
        return fail(tr("%1 must hold at least one act").arg(join(path, "acts"_L1)));
    for (qsizetype a = 0; a < acts.size(); ++a) {
        const QString actPath = item(join(path, "acts"_L1), a);
        QJsonObject act;
        QString verb;
        QJsonValue span;
        QJsonValue implicit;
        SpeechAct parsed;
        if (!object(acts.at(a), actPath, &act) || !string(act, actPath, "verb"_L1, &verb)
            || !paragraphRef(act, actPath, &parsed.paragraph)
            || !value(act, actPath, "span"_L1, &span)
            || !this->span(span, join(actPath, "span"_L1), &parsed.span)
            || !spanInParagraph(parsed.span, join(actPath, "span"_L1), parsed.paragraph)
            || !value(act, actPath, "implicit"_L1, &implicit))
            return false;
        const auto kind = verbKindFromKey(verb);
        if (!kind) {
            return fail(
                tr("%1 is \"%2\", which is not a known verb").arg(join(actPath, "verb"_L1), verb));
        }
        if (!implicit.isBool())
            return fail(tr("%1 must be true or false").arg(join(actPath, "implicit"_L1)));
        parsed.kind = *kind;
        parsed.implicit = implicit.toBool();
        action->acts.append(parsed);
    }
    return true;
}

bool Reader::readActions(const QJsonObject &root)
{
    QJsonArray array;
    if (!list(root, {}, "actions"_L1, &array))
        return false;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = item(u"actions"_s, i);
        QJsonObject o;
        Action action;
        QString verb;
        QJsonValue section;
        QJsonValue sentence;
        QJsonValue verbSpan;
        if (!object(array.at(i), path, &o) || !id(o, path, "id"_L1, &action.id)
            || !string(o, path, "text"_L1, &action.text) || !string(o, path, "verb"_L1, &verb)
            || !stringList(o, path, "addressees"_L1, &action.addressees)
            || !stringList(o, path, "entities"_L1, &action.entities)
            || !stringList(o, path, "themes"_L1, &action.themes)
            || !value(o, path, "section"_L1, &section) || !paragraphRef(o, path, &action.paragraph)
            || !value(o, path, "sentence"_L1, &sentence)
            || !span(sentence, join(path, "sentence"_L1), &action.sentence)
            || !spanInParagraph(action.sentence, join(path, "sentence"_L1), action.paragraph)
            || !value(o, path, "verb_span"_L1, &verbSpan)
            || !span(verbSpan, join(path, "verb_span"_L1), &action.verbSpan)
            || !spanInParagraph(action.verbSpan, join(path, "verb_span"_L1), action.paragraph))
            return false;
        const auto parsedVerb = verbKindFromKey(verb);
        if (!parsedVerb) {
            return fail(
                tr("%1 is \"%2\", which is not a known verb").arg(join(path, "verb"_L1), verb));
        }
        action.verb = *parsedVerb;
        if (!readActs(o, path, &action))
            return false;
        for (qsizetype e = 0; e < action.entities.size(); ++e) {
            if (!entityRef(action.entities.at(e), item(join(path, "entities"_L1), e)))
                return false;
        }
        if (!section.isNull()) {
            if (!section.isString() || section.toString().isEmpty())
                return fail(tr("%1 must be a section id or null").arg(join(path, "section"_L1)));
            action.section = m_sectionIds.value(section.toString(), -1);
            if (action.section < 0) {
                return fail(tr("%1 names section \"%2\", which the document does not contain")
                                .arg(join(path, "section"_L1), section.toString()));
            }
        }
        if (!registerId(m_actionIds, action.id, int(i), join(path, "id"_L1)))
            return false;
        m_document.actions.append(action);
    }
    return true;
}

/// Checks the "format" key; false with the sentence in *error when this program cannot read it.
bool checkFormat(const QJsonObject &root, QString *error)
{
    static const QString prefix = u"resolution-explorer/"_s;
    const QString format = root.value("format"_L1).toString();
    if (!format.startsWith(prefix)) {
        *error = QCoreApplication::translate(
            "re::DocumentJson", "the file is not a Resolution Explorer document");
        return false;
    }
    // "resolution-explorer/<major>" or ".../<major>.<minor>": minors only add keys.
    const QStringList parts = format.mid(prefix.size()).split(u'.');
    const bool wellFormed
        = parts.size() <= 2 && std::all_of(parts.cbegin(), parts.cend(), [](const QString &part) {
              return !part.isEmpty() && std::all_of(part.cbegin(), part.cend(), [](QChar c) {
                  return c >= u'0' && c <= u'9';
              });
          });
    bool fits = false;
    const qlonglong major = wellFormed ? parts.first().toLongLong(&fits) : 0;
    if (wellFormed && (!fits || major > DocumentFormatMajor)) {
        *error
            = QCoreApplication::translate("re::DocumentJson",
                "the document is in format %1, newer than this program reads (%2)")
                  .arg(format, QStringLiteral("resolution-explorer/%1").arg(DocumentFormatMajor));
        return false;
    }
    if (!wellFormed || major != DocumentFormatMajor) {
        *error
            = QCoreApplication::translate("re::DocumentJson",
                "the document is in format %1, which this program does not read (it reads %2)")
                  .arg(format, QStringLiteral("resolution-explorer/%1").arg(DocumentFormatMajor));
        return false;
    }
    return true;
}

std::optional<Document> Reader::read(const QJsonObject &root)
{
    if (!readProcedure(root) || !readVote(root) || !readParagraphs(root, {}, -1)
        || !readSections(root, {}, -1, 1) || !readEntities(root) || !readMentions(root)
        || !readActions(root) || !string(root, {}, "source"_L1, &m_document.sourceName))
        return std::nullopt;
    return std::move(m_document);
}

} // namespace

std::optional<Document> documentFromJson(const QByteArray &json, QString *error)
{
    QString message;
    const auto failed = [&](const QString &sentence) -> std::optional<Document> {
        // One line even when the sentence quotes a value holding line breaks (found by fuzzing).
        if (error)
            *error = sentence.simplified();
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return failed(QCoreApplication::translate(
            "re::DocumentJson", "the file is not valid JSON: %1 at offset %2")
                          .arg(parseError.errorString())
                          .arg(parseError.offset));
    }
    if (!parsed.isObject()) {
        return failed(QCoreApplication::translate("re::DocumentJson",
            "the file is not a Resolution Explorer document: it does not hold a JSON object"));
    }
    const QJsonObject root = parsed.object();
    if (!checkFormat(root, &message))
        return failed(message);
    Reader reader;
    std::optional<Document> document = reader.read(root);
    if (!document)
        return failed(reader.error());
    document->buildLookup();
    return document;
}

} // namespace re
