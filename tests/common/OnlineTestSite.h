// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The local site the online tests share: the recorded Legislative Observatory pages and the
// synthetic HowTheyVote.eu answers (tests/data/online/README.md), at the paths of the real
// sites, with the program pointed at it.

#include "common/LocalSite.h"

namespace re::test {

inline void serveRecordedPages(LocalSite &site)
{
    const QString real = QStringLiteral(RE_TEST_DATA "/import/real/");
    const QString online = QStringLiteral(RE_TEST_DATA "/online/");
    const QString vote = QStringLiteral(RE_TEST_DATA "/vote/");
    const QByteArray html = "text/html;charset=UTF-8";
    site.routeFile(QStringLiteral("/oeil/en/procedure-file?reference=2021/2540(RSP)"),
        real + QStringLiteral("oeil-procedure-file_2021-2540-rsp.html"), html);
    site.routeFile(QStringLiteral("/oeil/en/procedure-file?reference=2020/2042(INI)"),
        real + QStringLiteral("oeil-procedure-file_2020-2042-ini.html"), html);
    site.routeFile(QStringLiteral("/oeil/en/procedure-file?reference=2022/2201(INI)"),
        real + QStringLiteral("oeil-procedure-file_2022-2201-ini.html"), html);
    site.routeFile(QStringLiteral("/oeil/en/document-summary?id=1651118"),
        real + QStringLiteral("oeil-document-summary_1651118.html"), html);

    const QByteArray json = "application/json";
    const QByteArray csv = "text/csv; charset=utf-8";
    site.routeFile(QStringLiteral("/api/votes/search?q=2025/2119(INI)&page_size=100"),
        online + QStringLiteral("synthetic-howtheyvote-search-2025-2119-INI.json"), json);
    site.routeFile(QStringLiteral("/api/votes/900001/groups.csv"),
        vote + QStringLiteral("synthetic-groups.csv"), csv);
    site.routeFile(QStringLiteral("/api/votes/900001/countries.csv"),
        vote + QStringLiteral("synthetic-countries.csv"), csv);
    site.routeFile(QStringLiteral("/api/votes/900001/members.csv"),
        vote + QStringLiteral("synthetic-members.csv"), csv);
}

/// Points the program at `site` for both sites.
inline void pointAt(const LocalSite &site)
{
    qputenv("RE_OEIL_BASE_URL", site.base().toUtf8());
    qputenv("RE_HOWTHEYVOTE_BASE_URL", site.base().toUtf8());
}

} // namespace re::test
