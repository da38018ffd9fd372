// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/WindowLayout.h"

#include "window/SettingsCheck.h"

#include <QDataStream>
#include <QIODevice>
#include <QScreen>
#include <QSettings>

namespace re {

namespace {

constexpr quint32 Magic = 0x52454c59; // "RELY"
constexpr auto StreamVersion = QDataStream::Qt_6_4;
/// Of a screen larger than DefaultWindowSize, the first window takes this much.
constexpr qreal LargeScreenShare = 0.8;
/// Of a smaller screen, the first window takes this much: its frame needs the rest.
constexpr qreal SmallScreenShare = 0.92;

} // namespace

QByteArray WindowLayout::encode(int version) const
{
    QByteArray payload;
    {
        QDataStream out(&payload, QIODevice::WriteOnly);
        out.setVersion(StreamVersion);
        out << Magic << qint32(version) << geometry << windowState << mainSplitter
            << readingSplitter << tableHeader;
        if (version == 1)
            out << filter.entities << filter.theme << filter.verb << filter.sectionOnly
                << filter.text;
        else
            out << filter.toText();
    }
    QByteArray bytes = payload;
    QDataStream out(&bytes, QIODevice::WriteOnly | QIODevice::Append);
    out.setVersion(StreamVersion);
    out << quint16(qChecksum(payload));
    return bytes;
}

std::optional<WindowLayout> WindowLayout::decode(const QByteArray &bytes, QString *problem)
{
    const auto refuse = [problem](const char *why) -> std::optional<WindowLayout> {
        if (problem)
            *problem = QString::fromLatin1(why);
        return std::nullopt;
    };
    constexpr qsizetype checksumSize = sizeof(quint16);
    if (bytes.size() < qsizetype(sizeof(quint32) + sizeof(qint32)) + checksumSize)
        return refuse("it is too short to be a layout");
    const QByteArray payload = bytes.first(bytes.size() - checksumSize);
    QDataStream checksumIn(bytes.sliced(bytes.size() - checksumSize));
    checksumIn.setVersion(StreamVersion);
    quint16 checksum = 0;
    checksumIn >> checksum;
    if (checksum != qChecksum(payload))
        return refuse("its checksum does not match (the value is damaged)");

    QDataStream in(payload);
    in.setVersion(StreamVersion);
    quint32 magic = 0;
    qint32 version = 0;
    in >> magic >> version;
    if (in.status() != QDataStream::Ok || magic != Magic)
        return refuse("it is not a layout of this program");
    if (version != Version && version != 1)
        return refuse("it was saved by another version of the program");
    WindowLayout layout;
    in >> layout.geometry >> layout.windowState >> layout.mainSplitter >> layout.readingSplitter
        >> layout.tableHeader;
    if (version == 1) {
        ActionFilter &filter = layout.filter;
        in >> filter.entities >> filter.theme >> filter.verb >> filter.sectionOnly >> filter.text;
    } else {
        QString text;
        in >> text;
        const std::optional<ActionFilter> filter = ActionFilter::fromText(text);
        if (!filter)
            return refuse("its filter is not one this program writes");
        layout.filter = *filter;
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return refuse("it is truncated or holds more than a layout");
    return layout;
}

QSize WindowLayout::defaultWindowSize(const QRect &available)
{
    if (!available.isValid())
        return DefaultWindowSize;
    const QSize room = available.size();
    if (room.width() >= DefaultWindowSize.width() && room.height() >= DefaultWindowSize.height())
        return (room * LargeScreenShare).expandedTo(DefaultWindowSize).boundedTo(room);
    // A frame the window manager adds comes on top of this size: leave room for it.
    return (room * SmallScreenShare).boundedTo(DefaultWindowSize);
}

QSize WindowLayout::defaultWindowSize(const QScreen *screen)
{
    return defaultWindowSize(screen ? screen->availableGeometry() : QRect());
}

QSize WindowLayout::fittedWindowSize(const QSize &size, const QRect &available)
{
    return available.isValid() ? size.boundedTo(available.size()) : size;
}

std::optional<WindowLayout> WindowLayout::load(const QSettings &settings)
{
    const QVariant value = settings.value(QLatin1String(SettingsKey));
    if (!value.isValid())
        return std::nullopt; // first start: nothing stored, nothing to say
    QString problem = QStringLiteral("it is not a byte array");
    std::optional<WindowLayout> layout;
    if (value.canConvert<QByteArray>())
        layout = decode(value.toByteArray(), &problem);
    if (!layout) {
        qCWarning(lcSettings).noquote()
            << QStringLiteral("Ignoring the saved window layout in %1 (%2): %3; the default "
                              "layout is used.")
                   .arg(settings.fileName(), QLatin1String(SettingsKey), problem);
    }
    return layout;
}

void WindowLayout::save(QSettings &settings) const
{
    settings.setValue(QLatin1String(SettingsKey), encode());
}

} // namespace re
