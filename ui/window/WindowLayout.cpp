// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/WindowLayout.h"

#include <QDataStream>
#include <QIODevice>
#include <QSettings>

namespace re {

namespace {

constexpr quint32 Magic = 0x52454c59; // "RELY"
constexpr auto StreamVersion = QDataStream::Qt_6_4;

} // namespace

QByteArray WindowLayout::encode(int version) const
{
    QByteArray payload;
    {
        QDataStream out(&payload, QIODevice::WriteOnly);
        out.setVersion(StreamVersion);
        out << Magic << qint32(version) << geometry << windowState << mainSplitter
            << readingSplitter << tableHeader << entityFilter << themeFilter << verbFilter
            << sectionOnly << searchText;
    }
    QByteArray bytes = payload;
    QDataStream out(&bytes, QIODevice::WriteOnly | QIODevice::Append);
    out.setVersion(StreamVersion);
    out << quint16(qChecksum(payload));
    return bytes;
}

std::optional<WindowLayout> WindowLayout::decode(const QByteArray &bytes)
{
    constexpr qsizetype checksumSize = sizeof(quint16);
    if (bytes.size() < qsizetype(sizeof(quint32) + sizeof(qint32)) + checksumSize)
        return std::nullopt;
    const QByteArray payload = bytes.first(bytes.size() - checksumSize);
    QDataStream checksumIn(bytes.sliced(bytes.size() - checksumSize));
    checksumIn.setVersion(StreamVersion);
    quint16 checksum = 0;
    checksumIn >> checksum;
    if (checksum != qChecksum(payload))
        return std::nullopt;

    QDataStream in(payload);
    in.setVersion(StreamVersion);
    quint32 magic = 0;
    qint32 version = 0;
    in >> magic >> version;
    if (in.status() != QDataStream::Ok || magic != Magic || version != Version)
        return std::nullopt;
    WindowLayout layout;
    in >> layout.geometry >> layout.windowState >> layout.mainSplitter >> layout.readingSplitter
        >> layout.tableHeader >> layout.entityFilter >> layout.themeFilter >> layout.verbFilter
        >> layout.sectionOnly >> layout.searchText;
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return layout;
}

std::optional<WindowLayout> WindowLayout::load(const QSettings &settings)
{
    const QVariant value = settings.value(QLatin1String(SettingsKey));
    if (!value.canConvert<QByteArray>())
        return std::nullopt;
    return decode(value.toByteArray());
}

void WindowLayout::save(QSettings &settings) const
{
    settings.setValue(QLatin1String(SettingsKey), encode());
}

} // namespace re
