// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "online/OnlineSources.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace re::OnlineSources {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("re::OnlineSources", text);
}

QUrl baseFrom(const char *variable, const QString &fallback)
{
    const QString value = qEnvironmentVariable(variable).trimmed();
    QUrl url(value.isEmpty() ? fallback : value);
    // The paths below are absolute, so a base's own path is kept as a prefix.
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    return url;
}

QUrl withPath(QUrl base, const QString &path, const QUrlQuery &query = {})
{
    base.setPath(base.path() + path);
    if (!query.isEmpty())
        base.setQuery(query);
    return base;
}

/// Year, number and type, with optional spaces before the bracket; any case.
const QRegularExpression &referencePattern()
{
    static const QRegularExpression pattern(
        u"^\\s*(\\d{4})\\s*/\\s*(\\d{4})\\s*\\(\\s*([A-Za-z]{3})\\s*\\)\\s*$"_s);
    return pattern;
}

} // namespace

QUrl oeilBase()
{
    return baseFrom("RE_OEIL_BASE_URL", u"https://oeil.europarl.europa.eu"_s);
}

QUrl howTheyVoteBase()
{
    return baseFrom("RE_HOWTHEYVOTE_BASE_URL", u"https://howtheyvote.eu"_s);
}

QUrl procedureFileUrl(const QString &reference)
{
    QUrlQuery query;
    query.addQueryItem(u"reference"_s, reference);
    return withPath(oeilBase(), u"/oeil/en/procedure-file"_s, query);
}

QUrl documentSummaryUrl(const QString &summaryId)
{
    QUrlQuery query;
    query.addQueryItem(u"id"_s, summaryId);
    return withPath(oeilBase(), u"/oeil/en/document-summary"_s, query);
}

QUrl voteSearchUrl(const QString &reference)
{
    QUrlQuery query;
    query.addQueryItem(u"q"_s, reference);
    query.addQueryItem(u"page_size"_s, u"100"_s);
    return withPath(howTheyVoteBase(), u"/api/votes/search"_s, query);
}

QUrl voteCsvUrl(const QString &voteId, const QString &kind)
{
    return withPath(howTheyVoteBase(), u"/api/votes/"_s + voteId + u'/' + kind + u".csv"_s);
}

QUrl votePageUrl(const QString &voteId)
{
    return withPath(howTheyVoteBase(), u"/votes/"_s + voteId);
}

bool isAllowedBase(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == u"https"_s)
        return true;
    if (url.scheme() != u"http"_s)
        return false;
    if (url.host() == u"localhost"_s)
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

QString canonicalReference(const QString &text)
{
    const QRegularExpressionMatch match = referencePattern().match(text);
    if (!match.hasMatch())
        return {};
    return match.captured(1) + u'/' + match.captured(2) + u'(' + match.captured(3).toUpper() + u')';
}

std::optional<ProcedureInput> parseProcedureInput(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        if (error)
            *error = tr("Type a procedure reference such as 2025/2119(INI), or paste the "
                        "address of its page on the Legislative Observatory.");
        return std::nullopt;
    }
    if (const QString reference = canonicalReference(trimmed); !reference.isEmpty())
        return ProcedureInput { reference, {} };

    const QUrl url = QUrl::fromUserInput(trimmed);
    const bool isOeil = url.isValid()
        && (url.host().endsWith(u"oeil.europarl.europa.eu"_s, Qt::CaseInsensitive)
            || url.host() == oeilBase().host());
    if (isOeil) {
        const QUrlQuery query(url);
        const QString path = url.path();
        if (path.endsWith(u"/procedure-file"_s) || path.endsWith(u"/ficheprocedure.do"_s)) {
            const QString reference
                = canonicalReference(query.queryItemValue(u"reference"_s, QUrl::FullyDecoded));
            if (!reference.isEmpty())
                return ProcedureInput { reference, {} };
        }
        if (path.endsWith(u"/document-summary"_s) || path.endsWith(u"/summary.do"_s)) {
            const QString id = query.queryItemValue(u"id"_s);
            static const QRegularExpression digits(u"^\\d{1,12}$"_s);
            if (digits.match(id).hasMatch())
                return ProcedureInput { {}, id };
        }
        if (error)
            *error = tr("This Legislative Observatory address names neither a procedure file "
                        "nor a summary.");
        return std::nullopt;
    }
    if (error)
        *error = tr("\"%1\" is not a procedure reference: one looks like 2025/2119(INI).")
                     .arg(trimmed.left(80));
    return std::nullopt;
}

} // namespace re::OnlineSources
