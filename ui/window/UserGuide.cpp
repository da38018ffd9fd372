// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/UserGuide.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QImage>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QUrl>
#include <QVBoxLayout>

namespace re {

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userGuideDialog"));
    setWindowTitle(tr("User Guide"));
    m_browser->setObjectName(QStringLiteral("userGuideBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(QUrl(QLatin1String(Source)), QTextDocument::MarkdownResource);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    const int em = fontMetrics().averageCharWidth();
    resize(em * 96, fontMetrics().height() * 40);
    fitImages();
}

void UserGuideDialog::fitImages()
{
    QTextDocument *document = m_browser->document();
    const qreal widest = fontMetrics().averageCharWidth() * 84;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            const QImage picture = document
                                       ->resource(QTextDocument::ImageResource,
                                           m_browser->source().resolved(QUrl(image.name())))
                                       .value<QImage>();
            if (picture.isNull() || picture.width() <= widest)
                continue;
            image.setWidth(widest);
            image.setHeight(widest * picture.height() / picture.width());
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

} // namespace re
