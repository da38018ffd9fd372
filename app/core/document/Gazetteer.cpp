// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/Gazetteer.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace re {

namespace {

/// Letters, digits and combining marks make up words; anything else separates them.
bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u2018' || c == u'\u02BC';
}

bool isHyphen(QChar c)
{
    return c == u'-' || c == u'\u2010' || c == u'\u2011';
}

qsizetype firstWordLength(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && isWordChar(text[i]))
        ++i;
    return i;
}

/// End of pattern matched at text[pos], or -1. Apostrophes and hyphens match their typographic
/// variants, a space matches any run of white space, and the match must end a word.
qsizetype matchAt(QStringView text, qsizetype pos, QStringView pattern)
{
    const qsizetype n = text.size();
    qsizetype t = pos;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (t >= n)
            return -1;
        const QChar p = pattern[i];
        const QChar c = text[t];
        if (p.isSpace()) {
            if (!c.isSpace())
                return -1;
            while (t < n && text[t].isSpace())
                ++t;
            while (i + 1 < pattern.size() && pattern[i + 1].isSpace())
                ++i;
            continue;
        }
        if (c != p && !(isApostrophe(c) && isApostrophe(p)) && !(isHyphen(c) && isHyphen(p)))
            return -1;
        ++t;
    }
    if (t < n && isWordChar(text[t]))
        return -1;
    return t;
}

/// The translated message; texts are marked with QT_TRANSLATE_NOOP for lupdate.
QString message(const char *text)
{
    return QCoreApplication::translate("re::Gazetteer", text);
}

/// "entry 12 of "countries"", with the id when it is known.
QString entryName(int number, const QString &section, const QString &id)
{
    if (id.isEmpty())
        return message(QT_TRANSLATE_NOOP("re::Gazetteer", "entry %1 of \"%2\""))
            .arg(number)
            .arg(section);
    return message(QT_TRANSLATE_NOOP("re::Gazetteer", "entry %1 of \"%2\" (%3)"))
        .arg(number)
        .arg(section, id);
}

/// Reads an optional list of non-empty strings; false when it is there but not such a list.
bool readNames(const QJsonObject &object, const QString &key, QStringList *names)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray())
        return false;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        const QString name = item.toString().trimmed();
        if (!item.isString() || name.isEmpty())
            return false;
        if (!names->contains(name))
            names->append(name);
    }
    return true;
}

bool isThreeDigits(const QString &code)
{
    return code.size() == 3
        && std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

/// Reads one entry of a section; an error sentence when it is malformed.
QString readEntry(const QJsonValue &value, int number, const QString &section, EntityKind kind,
    GazetteerEntry *entry)
{
    if (!value.isObject())
        return message(QT_TRANSLATE_NOOP("re::Gazetteer", "The %1 is not an object."))
            .arg(entryName(number, section, {}));
    const QJsonObject object = value.toObject();
    entry->kind = kind;
    entry->id = object.value(u"id").toString().trimmed();
    if (entry->id.isEmpty())
        return message(QT_TRANSLATE_NOOP("re::Gazetteer", "The %1 has no id."))
            .arg(entryName(number, section, {}));
    const QString where = entryName(number, section, entry->id);
    entry->name = object.value(u"name").toString().trimmed();
    if (entry->name.isEmpty())
        return message(QT_TRANSLATE_NOOP("re::Gazetteer", "The %1 has no name.")).arg(where);
    if (kind == EntityKind::Country) {
        entry->numeric = object.value(u"numeric").toString();
        if (!entry->numeric.isEmpty() && !isThreeDigits(entry->numeric))
            return message(QT_TRANSLATE_NOOP(
                               "re::Gazetteer", "The numeric code of the %1 is not three digits."))
                .arg(where);
    }
    const std::pair<QString, QStringList *> lists[] = {
        { u"forms"_s, &entry->forms },
        { u"adjectives"_s, &entry->adjectives },
        { u"members"_s, &entry->members },
    };
    for (const auto &[key, names] : lists) {
        if (!readNames(object, key, names))
            return message(
                QT_TRANSLATE_NOOP("re::Gazetteer", "The \"%1\" of the %2 is not a list of names."))
                .arg(key, where);
    }
    if (entry->forms.isEmpty())
        return message(QT_TRANSLATE_NOOP("re::Gazetteer", "The %1 has no forms.")).arg(where);
    return {};
}

} // namespace

const Gazetteer &Gazetteer::builtin()
{
    static const Gazetteer instance = [] {
        QFile file(u":/data/gazetteer.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The built-in gazetteer %s cannot be read: %s", qPrintable(file.fileName()),
                qPrintable(file.errorString()));
        QString error;
        std::optional<Gazetteer> gazetteer = fromJson(file.readAll(), &error);
        if (!gazetteer)
            qFatal("The built-in gazetteer is broken: %s", qPrintable(error));
        return std::move(*gazetteer);
    }();
    return instance;
}

std::optional<Gazetteer> Gazetteer::fromJson(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &sentence) -> std::optional<Gazetteer> {
        if (error)
            *error = sentence;
        return std::nullopt;
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(message(QT_TRANSLATE_NOOP("re::Gazetteer",
                                "The gazetteer is not valid JSON (%1 at offset %2)."))
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    if (!document.isObject())
        return fail(
            message(QT_TRANSLATE_NOOP("re::Gazetteer", "The gazetteer is not a JSON object.")));
    const QJsonObject root = document.object();
    if (!root.value(u"countries").isArray())
        return fail(message(
            QT_TRANSLATE_NOOP("re::Gazetteer", "The gazetteer has no \"countries\" list.")));

    Gazetteer result;
    QHash<QString, QString> formOwner; // form -> id of its entry
    const std::pair<QString, EntityKind> sections[] = {
        { u"countries"_s, EntityKind::Country },
        { u"organisations"_s, EntityKind::Organisation },
        { u"groupings"_s, EntityKind::Grouping },
        { u"institutions"_s, EntityKind::Institution },
    };
    for (const auto &[section, kind] : sections) {
        const QJsonValue list = root.value(section);
        if (list.isUndefined())
            continue;
        if (!list.isArray())
            return fail(
                message(QT_TRANSLATE_NOOP("re::Gazetteer", "The gazetteer's \"%1\" is not a list."))
                    .arg(section));
        const QJsonArray items = list.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            GazetteerEntry entry;
            const QString problem = readEntry(items.at(i), int(i + 1), section, kind, &entry);
            if (!problem.isEmpty())
                return fail(problem);
            if (result.m_byId.contains(entry.id))
                return fail(
                    message(QT_TRANSLATE_NOOP("re::Gazetteer", "The id %1 is used more than once."))
                        .arg(entry.id));
            const int index = int(result.m_entries.size());
            result.m_byId.insert(entry.id, index);
            for (const QString &form : entry.forms + entry.adjectives) {
                if (!isWordChar(form.front()))
                    return fail(message(QT_TRANSLATE_NOOP("re::Gazetteer",
                                            "The form \"%1\" of %2 does not start with a letter "
                                            "or digit."))
                                    .arg(form, entry.id));
                const QString owner = formOwner.value(form);
                if (owner == entry.id)
                    continue; // an adjective written like a form of the same entry
                if (!owner.isEmpty())
                    return fail(message(QT_TRANSLATE_NOOP("re::Gazetteer",
                                            "The form \"%1\" belongs to both %2 and %3."))
                                    .arg(form, owner, entry.id));
                formOwner.insert(form, entry.id);
                result.m_forms.append(Form { form, index });
            }
            result.m_entries.append(entry);
        }
    }

    for (const GazetteerEntry &entry : std::as_const(result.m_entries)) {
        for (const QString &member : entry.members) {
            if (!result.m_byId.contains(member))
                return fail(message(QT_TRANSLATE_NOOP("re::Gazetteer",
                                        "%1 lists the member %2, which the gazetteer does not "
                                        "know."))
                                .arg(entry.id, member));
        }
    }

    if (!readNames(root, u"exclusions"_s, &result.m_exclusions))
        return fail(message(QT_TRANSLATE_NOOP(
            "re::Gazetteer", "The gazetteer's \"exclusions\" is not a list of phrases.")));
    for (const QString &phrase : std::as_const(result.m_exclusions)) {
        if (!isWordChar(phrase.front()))
            return fail(message(QT_TRANSLATE_NOOP("re::Gazetteer",
                                    "The exclusion \"%1\" does not start with a "
                                    "letter or digit."))
                            .arg(phrase));
    }

    result.buildIndex();
    return result;
}

void Gazetteer::buildIndex()
{
    std::stable_sort(m_forms.begin(), m_forms.end(),
        [](const Form &a, const Form &b) { return a.text.size() > b.text.size(); });
    m_index.clear();
    const auto key = [](QStringView text) { return qHash(text.left(firstWordLength(text))); };
    for (qsizetype i = 0; i < m_forms.size(); ++i)
        m_index[key(m_forms.at(i).text)].append(int(i));
    for (qsizetype i = 0; i < m_exclusions.size(); ++i)
        m_index[key(m_exclusions.at(i))].append(int(-1 - i));
    const auto length = [this](int candidate) {
        return candidate >= 0 ? m_forms.at(candidate).text.size()
                              : m_exclusions.at(-1 - candidate).size();
    };
    for (QList<int> &candidates : m_index) {
        std::stable_sort(candidates.begin(), candidates.end(),
            [&length](int a, int b) { return length(a) > length(b); });
    }
}

const GazetteerEntry *Gazetteer::find(const QString &id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? nullptr : &m_entries.at(*it);
}

/// The end of what wins at the word text[pos, wordEnd): the longest form, or an exclusion at
/// least as long. *form is the index into m_forms, or -1 for an exclusion. -1 when nothing
/// matches.
qsizetype Gazetteer::bestMatch(QStringView text, qsizetype pos, qsizetype wordEnd, int *form) const
{
    const auto it = m_index.constFind(qHash(text.sliced(pos, wordEnd - pos)));
    if (it == m_index.cend())
        return -1;
    qsizetype formEnd = -1;
    qsizetype exclusionEnd = -1;
    int bestForm = -1;
    for (const int candidate : *it) {
        const bool exclusion = candidate < 0;
        const QString &pattern
            = exclusion ? m_exclusions.at(-1 - candidate) : m_forms.at(candidate).text;
        const qsizetype end = matchAt(text, pos, pattern);
        if (end < 0)
            continue;
        if (exclusion) {
            exclusionEnd = std::max(exclusionEnd, end);
        } else if (end > formEnd) {
            formEnd = end;
            bestForm = candidate;
        }
    }
    if (exclusionEnd >= 0 && exclusionEnd >= formEnd) {
        *form = -1;
        return exclusionEnd;
    }
    *form = bestForm;
    return formEnd;
}

QList<Gazetteer::Match> Gazetteer::findMentions(const QString &text) const
{
    QList<Match> matches;
    const QStringView view(text);
    const qsizetype n = view.size();
    qsizetype pos = 0;
    // pos is always at the start of the text or just after a character that is not part of a
    // word, so every word is looked at once, at its start.
    while (pos < n) {
        if (!isWordChar(view[pos])) {
            ++pos;
            continue;
        }
        qsizetype wordEnd = pos + 1;
        while (wordEnd < n && isWordChar(view[wordEnd]))
            ++wordEnd;
        int form = -1;
        const qsizetype end = bestMatch(view, pos, wordEnd, &form);
        if (end < 0) {
            pos = wordEnd;
            continue;
        }
        if (form >= 0)
            matches.append(
                Match { m_entries.at(m_forms.at(form).entry).id, TextSpan { pos, end - pos } });
        pos = end;
    }
    return matches;
}

} // namespace re
