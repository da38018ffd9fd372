// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/LibrarySql.h"

#include "document/Document.h"
#include "library/Library.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace re::librarysql {

namespace {

bool execute(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = QCoreApplication::translate("re::Library", "the library could not be written: %1")
                     .arg(query.lastError().text());
    return false;
}

/// The driver binds a null QString as NULL: the NOT NULL columns get an empty text instead.
QString notNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

} // namespace

QSqlDatabase connection(const QString &name)
{
    return QSqlDatabase::database(name, false);
}

qint64 statementDay(const QDate &date)
{
    return date.isValid() && date.year() >= 1 && date.year() <= 9999 ? date.toJulianDay() : 0;
}

QString statementDaySql(const QString &column)
{
    // julianday() counts from noon: a date's midnight is n - 0.5 for QDate's day n.
    return u"coalesce(CAST(julianday(%1) + 0.5 AS INTEGER), 0)"_s.arg(column);
}

void addYearRange(Condition &condition, int yearFrom, int yearTo)
{
    if (yearFrom > 0) {
        condition.clauses.append(u"d.date >= ?"_s);
        condition.values.append(QDate(yearFrom, 1, 1).toString(Qt::ISODate));
    }
    if (yearTo > 0) {
        condition.clauses.append(u"d.date <= ?"_s);
        condition.values.append(QDate(yearTo, 12, 31).toString(Qt::ISODate));
    }
}

QByteArray statementTag(Tag tag, const QByteArray &utf8Value)
{
    QByteArray value = utf8Value;
    if (tag == Tag::Theme || tag == Tag::Addressee) {
        for (char &c : value) {
            if (c >= 'A' && c <= 'Z')
                c = char(c - 'A' + 'a');
        }
    }
    return char(tag) + value.toHex();
}

QString fullTextMatch(const CorpusQuery &query)
{
    QStringList parts;
    if (const QString words = Library::ftsQuery(query.text); !words.isEmpty())
        parts.append(words);
    const auto tagged = [](Tag tag, const QString &value) {
        return u"\"%1\""_s.arg(QString::fromLatin1(statementTag(tag, value.toUtf8())));
    };
    if (!query.entities.isEmpty()) {
        QStringList any;
        for (const QString &id : query.entities)
            any.append(tagged(Tag::Entity, id));
        parts.append(u"tags : (%1)"_s.arg(any.join(u" OR "_s)));
    }
    if (const QString theme = query.theme.trimmed(); !theme.isEmpty())
        parts.append(u"tags : "_s + tagged(Tag::Theme, theme));
    if (!query.kind.isEmpty())
        parts.append(u"tags : "_s + tagged(Tag::Act, query.kind));
    if (const QString addressee = query.addressee.trimmed(); !addressee.isEmpty())
        parts.append(u"tags : "_s + tagged(Tag::Addressee, addressee));
    if (parts.size() == 1)
        return parts.constFirst();
    return parts.isEmpty() ? QString() : u'(' + parts.join(u") AND ("_s) + u')';
}

bool onlyFullText(const CorpusQuery &query)
{
    return query.yearFrom <= 0 && query.yearTo <= 0 && query.documentIds.isEmpty();
}

std::optional<qint64> fullTextCount(const QSqlDatabase &db, const QString &match)
{
    QSqlQuery count(db);
    count.setForwardOnly(true);
    count.prepare(u"SELECT count(*) FROM statements_fts WHERE statements_fts MATCH ?"_s);
    count.addBindValue(match);
    if (!count.exec() || !count.next())
        return std::nullopt;
    return count.value(0).toLongLong();
}

Condition corpusCondition(const CorpusQuery &query, StatementScan scan)
{
    const QString unindexed = scan == StatementScan::Indexed ? QString() : u"+"_s;
    Condition condition;
    if (const QString match = fullTextMatch(query); !match.isEmpty()) {
        condition.clauses.append(scan == StatementScan::FullTextOrder ? u"statements_fts MATCH ?"_s
                                                                      : unindexed
                    + u"s.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)"_s);
        condition.values.append(match);
    }
    addYearRange(condition, query.yearFrom, query.yearTo);
    if (!query.documentIds.isEmpty())
        condition.clauses.append(unindexed
            + idsIn(scan == StatementScan::DocumentOrder ? u"d.id"_s : u"s.document_id"_s,
                query.documentIds));
    return condition;
}

QString whereClause(const Condition &condition)
{
    return condition.clauses.isEmpty() ? QString()
                                       : u" WHERE "_s + condition.clauses.join(u" AND "_s);
}

QString idsIn(const QString &column, const QList<qint64> &ids)
{
    QStringList numbers;
    numbers.reserve(ids.size());
    for (const qint64 id : ids)
        numbers.append(QString::number(id));
    return u"%1 IN (%2)"_s.arg(column, numbers.join(u", "_s));
}

bool prepareAndRun(QSqlQuery &query, const QString &sql, const Condition &condition)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        qWarning("library: %s", qPrintable(query.lastError().text()));
        return false;
    }
    for (const QVariant &value : condition.values)
        query.addBindValue(value);
    if (!query.exec()) {
        qWarning("library: %s", qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

QString entryColumns()
{
    return u"d.id, d.reference, d.title, d.date, d.votes_for, d.against, d.abstentions, "
           "d.statements, d.source_path, "
           "EXISTS (SELECT 1 FROM document_groups g WHERE g.document_id = d.id)"_s;
}

LibraryEntry readEntry(const QSqlQuery &query)
{
    LibraryEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.reference = query.value(1).toString();
    entry.procedureType = procedureTypeOf(entry.reference);
    entry.title = query.value(2).toString();
    entry.date = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    entry.hasVote = !query.value(4).isNull();
    entry.votesFor = query.value(4).toInt();
    entry.against = query.value(5).toInt();
    entry.abstentions = query.value(6).toInt();
    entry.statements = query.value(7).toInt();
    entry.sourcePath = query.value(8).toString();
    entry.hasGroupVotes = query.value(9).toBool();
    return entry;
}

QString statementColumns()
{
    return u"d.id, d.reference, d.title, d.date, s.action_id, s.kind, s.text, s.section_title"_s;
}

CorpusStatement readStatement(const QSqlQuery &query)
{
    CorpusStatement statement;
    statement.documentId = query.value(0).toLongLong();
    statement.reference = query.value(1).toString();
    statement.title = query.value(2).toString();
    statement.date = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    statement.actionId = query.value(4).toString();
    statement.kind = query.value(5).toString();
    statement.text = query.value(6).toString();
    statement.sectionTitle = query.value(7).toString();
    return statement;
}

bool insertGroupPositions(
    const QSqlDatabase &db, qint64 documentId, const Document &document, QString *error)
{
    if (!document.vote)
        return true;
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO document_groups (document_id, position, code, label, "
                  "short_label, votes_for, against, abstentions, did_not_vote) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    int position = 0;
    for (const VoteBreakdownRow &row : document.vote->groups) {
        query.addBindValue(documentId);
        query.addBindValue(position++);
        query.addBindValue(notNull(row.code));
        query.addBindValue(notNull(row.label));
        query.addBindValue(notNull(row.shortLabel));
        query.addBindValue(row.votesFor);
        query.addBindValue(row.against);
        query.addBindValue(row.abstentions);
        query.addBindValue(row.didNotVote);
        if (!execute(query, error))
            return false;
    }
    return true;
}

bool insertAddressees(
    const QSqlDatabase &db, qint64 statementId, const QStringList &addressees, QString *error)
{
    if (addressees.isEmpty())
        return true;
    QSqlQuery query(db);
    query.prepare(u"INSERT OR IGNORE INTO statement_addressees (statement_id, addressee) "
                  "VALUES (?, ?)"_s);
    for (const QString &addressee : addressees) {
        query.addBindValue(statementId);
        query.addBindValue(notNull(addressee));
        if (!execute(query, error))
            return false;
    }
    return true;
}

} // namespace re::librarysql
