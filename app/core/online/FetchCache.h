// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "online/WebClient.h"

#include <QString>
#include <QUrl>
#include <optional>

namespace re {

/// What the program fetched, kept in the user's cache folder
/// (QStandardPaths::CacheLocation/online) with its address and date, so that what was opened
/// once opens again offline. Each page is two files named by a hash of its address: NAME.body
/// (the bytes as fetched) and NAME.json ({"url", "fetched", "content_type"}), both written
/// through QSaveFile, the description last: a page without one is not in the cache.
class FetchCache
{
public:
    /// The cache in `folder`; by default the user's cache folder.
    explicit FetchCache(const QString &folder = {});

    QString folder() const { return m_folder; }
    std::optional<FetchedPage> find(const QUrl &url) const;
    /// Keeps the page; false with one sentence in *error when it cannot be written.
    bool store(const FetchedPage &page, QString *error) const;

    /// Where the document built from a procedure's fetched pages is kept, as a saved document
    /// (docs/FORMAT.md): FOLDER/documents/2021-2540-RSP.json. Open Recent lists it.
    QString documentPath(const QString &reference) const;

    static QString defaultFolder();

private:
    QString baseName(const QUrl &url) const;
    QString m_folder;
};

} // namespace re
