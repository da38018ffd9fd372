// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/MapExport.h"

#include "common/RolePalette.h"
#include "geo/WorldMap.h"
#include "i18n/CountryNames.h"
#include "io/AtomicWrite.h"
#include "map/MapFraming.h"
#include "map/MapItems.h"
#include "map/MapLegend.h"
#include "map/MapStyle.h"
#include "map/VoteMapStyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace re {

namespace {

constexpr qreal padding = 12;

/// The translation context of this file's messages, written so that lupdate files them there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(re::MapExport)
};

/// Title line: the document's title, else a generic name; subtitle: reference and date.
std::pair<QString, QString> titles(const Document &document)
{
    const Procedure &p = document.procedure;
    QString title = p.title.isEmpty() ? Tr::tr("Partner map") : p.title;
    QStringList details;
    if (!p.reference.isEmpty())
        details.append(p.reference);
    if (p.date.isValid())
        details.append(QLocale().toString(p.date, QLocale::LongFormat));
    return { title, details.join(QStringLiteral(" \u00b7 ")) };
}

} // namespace

QString mapSourceNote(const Document &document, MapColouring colouring)
{
    const QString reference = document.procedure.reference;
    if (colouring == MapColouring::Vote && document.vote) {
        return QCoreApplication::translate("re::MapExport",
            "Sources: European Parliament, Legislative Observatory (OEIL), procedure %1; "
            "roll-call data: %2; map: Natural Earth")
            .arg(reference, document.vote->breakdownSource);
    }
    return reference.isEmpty()
        ? QCoreApplication::translate("re::MapExport",
            "Sources: European Parliament, Legislative Observatory (OEIL); map: Natural Earth")
        : QCoreApplication::translate("re::MapExport",
            "Sources: European Parliament, Legislative Observatory (OEIL), procedure %1; map: "
            "Natural Earth")
              .arg(reference);
}

void paintMapImage(QPainter &painter, const QRectF &target, const Document &document,
    const QRectF &region, MapColouring colouring, const CorpusMapStyle &corpus)
{
    const bool dark = false; // exports are for print and slides: always the light palette
    const WorldMap &map = WorldMap::builtin();
    const MapClassification classification(document, map);
    const bool byVote = colouring == MapColouring::Vote;
    const bool byCorpus = colouring == MapColouring::Corpus && corpus.available();
    const VoteMapStyle votes(document);
    const MapOutlineColours colours = mapOutlineColours(dark, QColor());
    const QColor textColor(0x1A, 0x1A, 0x1A);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(target, Qt::white);
    const QRectF inner = target.adjusted(padding, padding, -padding, -padding);

    // Title, elided to the width.
    const QFont base = painter.font();
    QFont titleFont = base;
    titleFont.setPixelSize(std::clamp(int(target.height() / 32), 13, 28));
    titleFont.setBold(true);
    QFont smallFont = base;
    smallFont.setPixelSize(std::clamp(int(target.height() / 50), 10, 18));
    auto [title, subtitle] = titles(document);
    if (byCorpus) {
        title = QCoreApplication::translate("re::MapExport", "Resolutions naming each country");
        subtitle = QCoreApplication::translate(
            "re::MapExport", "A corpus of %Ln resolutions", nullptr, corpus.documents());
    } else if (byVote) {
        subtitle += QCoreApplication::translate(
            "re::MapExport", "  \u00b7  How MEPs voted, by member state (roll-call data)");
    }
    const QFontMetricsF titleMetrics(titleFont);
    const QFontMetricsF smallMetrics(smallFont);
    qreal y = inner.top();
    painter.setPen(textColor);
    painter.setFont(titleFont);
    painter.drawText(QRectF(inner.left(), y, inner.width(), titleMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        titleMetrics.elidedText(title, Qt::ElideRight, inner.width()));
    y += titleMetrics.height();
    if (!subtitle.isEmpty()) {
        painter.setFont(smallFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(QRectF(inner.left(), y, inner.width(), smallMetrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter, subtitle);
        y += smallMetrics.height();
    }
    y += padding / 2;

    // The source note at the foot, the legend above it, then the map in what is left.
    const QString note = byCorpus
        ? QCoreApplication::translate("re::MapExport",
            "Sources: European Parliament, Legislative Observatory (OEIL), the summaries of %Ln "
            "resolutions; map: Natural Earth",
            nullptr, corpus.documents())
        : mapSourceNote(document, colouring);
    const QRectF noteBounds = smallMetrics.boundingRect(
        QRectF(inner.left(), 0, inner.width(), 0), Qt::AlignLeft | Qt::TextWordWrap, note);
    const QRectF noteRect(
        inner.left(), inner.bottom() - noteBounds.height(), inner.width(), noteBounds.height());
    painter.setFont(smallFont);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    painter.drawText(noteRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, note);
    const QList<MapLegendEntry> legend = byCorpus ? corpus.legend(dark)
        : byVote                                  ? votes.legend(dark)
                                                  : classification.legend(dark);
    const qreal legendHeight = paintMapLegend(
        nullptr, QRectF(inner.left(), 0, inner.width(), 0), legend, smallFont, {}, {});
    const QRectF legendRect(
        inner.left(), noteRect.top() - padding / 2 - legendHeight, inner.width(), legendHeight);
    const QRectF mapArea(
        inner.left(), y, inner.width(), std::max<qreal>(0, legendRect.top() - y - padding / 2));

    QRectF shown = region.isEmpty() ? WorldMap::sphere().boundingRect() : region;
    if (!mapArea.isEmpty() && !shown.isEmpty()) {
        const qreal scale
            = std::min(mapArea.width() / shown.width(), mapArea.height() / shown.height());
        const QSizeF drawn = shown.size() * scale;
        const QRectF mapRect(mapArea.center() - QPointF(drawn.width(), drawn.height()) / 2, drawn);
        QTransform transform;
        transform.translate(mapRect.left(), mapRect.top());
        transform.scale(scale, scale);
        transform.translate(-shown.left(), -shown.top());

        painter.save();
        // Devices that clip do it here; the SVG generator does not, so the geometry is clipped
        // to the frame as well (clipRings(), clipLines()).
        painter.setClipRect(mapRect);
        painter.setTransform(transform, true);
        painter.setPen(Qt::NoPen);
        painter.setBrush(RolePalette::seaFill(dark));
        painter.drawPath(clipRings(WorldMap::sphere(), shown));
        // Countries with an outline of their own on top, the widest last, as on screen.
        QList<std::pair<const MapCountry *, CountryLook>> countries;
        for (const MapCountry &country : map.countries()) {
            if (country.bounds.intersects(shown)) {
                countries.append({ &country,
                    byCorpus     ? corpus.look(country.key, dark)
                        : byVote ? votes.look(country.key, dark)
                                 : classification.look(country.key, dark) });
            }
        }
        const auto stacking = [](const CountryLook &look) {
            return look.outline.isValid() ? look.outlineWidth : 0;
        };
        std::stable_sort(
            countries.begin(), countries.end(), [&stacking](const auto &a, const auto &b) {
                return stacking(a.second) < stacking(b.second);
            });
        for (const auto &[country, look] : std::as_const(countries)) {
            // Widths in pixels through the map's scale: a cosmetic pen would be written as
            // "non-scaling-stroke", which not every SVG renderer honours.
            const bool own = look.outline.isValid();
            QPen pen(own ? look.outline : colours.border, (own ? look.outlineWidth : 0.5) / scale);
            pen.setJoinStyle(Qt::RoundJoin);
            pen.setCapStyle(Qt::FlatCap);
            const QPainterPath &path = country->path;
            if (shown.contains(country->bounds)) {
                painter.setPen(pen);
                painter.setBrush(look.fill);
                painter.drawPath(path); // one <path> per country in SVG
                paintHatching(&painter, path, look);
                continue;
            }
            const QPainterPath area = clipRings(path, shown);
            painter.setPen(Qt::NoPen);
            painter.setBrush(look.fill);
            painter.drawPath(area);
            paintHatching(&painter, area, look);
            painter.strokePath(clipLines(path, shown), pen);
        }
        painter.restore();

        // Labels in device coordinates, never overlapping, never cut by the frame, never on a
        // country smaller than the label; the resolution's subject in bold.
        struct Label
        {
            QString text;
            QPointF at;
            QFont font;
        };
        const QFont labelFont = mapLabelFont(smallFont);
        QList<QRectF> rects;
        QList<Label> labels;
        // The vote and corpus maps name no country: their colours are not the document's roles.
        for (const QString &key :
            byVote || byCorpus ? QStringList() : classification.labelledCountries()) {
            const MapCountry *country = map.country(key);
            const int index = document.entityIndex(key);
            if (!country || index < 0)
                continue;
            Label label { displayName(document.entities.at(index)),
                transform.map(country->labelAnchor), labelFont };
            label.font.setBold(classification.isSubject(key));
            const QRectF rect = mapLabelRect(label.text, label.font, label.at);
            const QRectF area = transform.mapRect(countryExtent(country->coarsePath).main);
            rects.append(labelFitsCountry(rect.size(), area) ? rect : QRectF());
            labels.append(label);
        }
        for (const qsizetype i : placeLabels(rects, mapRect))
            paintMapLabel(&painter, labels.at(i).text, labels.at(i).font, labels.at(i).at, colours);
    }

    paintMapLegend(&painter, legendRect, legend, smallFont, textColor, QColor(0x99, 0x99, 0x99));
    painter.restore();
}

std::optional<QByteArray> mapImageFile(const Document &document, const QString &path,
    const ImageExportOptions &options, QString *error, const QRectF &region, MapColouring colouring,
    const CorpusMapStyle &corpus)
{
    const bool byVote = colouring == MapColouring::Vote;
    if (byVote && !VoteMapStyle(document).available()) {
        *error = QCoreApplication::translate("re::MapExport",
            "the map of how MEPs voted needs roll-call data broken down by country (HowTheyVote.eu "
            "members or countries files, or its export)");
        return std::nullopt;
    }
    if (colouring == MapColouring::Corpus && !corpus.available()) {
        *error = QCoreApplication::translate("re::MapExport",
            "the map of the resolutions naming each country needs a corpus: open a folder as a "
            "corpus first");
        return std::nullopt;
    }
    // The vote map is framed on Europe: the member states are what it colours.
    const QRectF shown = byVote ? europeMapRegion() : region;
    ImageExportOptions effective = options;
    if (effective.title.isEmpty())
        effective.title = titles(document).first;
    return renderImageFile(
        path, effective,
        [&document, &shown, colouring, &corpus](QPainter &painter, const QRectF &target) {
            paintMapImage(painter, target, document, shown, colouring, corpus);
        },
        error);
}

QByteArray mapPngBytes(const Document &document, const ImageExportOptions &options,
    const QRectF &region, MapColouring colouring, const CorpusMapStyle &corpus)
{
    const bool byVote = colouring == MapColouring::Vote;
    if ((byVote && !VoteMapStyle(document).available())
        || (colouring == MapColouring::Corpus && !corpus.available()))
        return {};
    const QRectF shown = byVote ? europeMapRegion() : region;
    return renderPng(
        options, [&document, &shown, colouring, &corpus](QPainter &painter, const QRectF &target) {
            paintMapImage(painter, target, document, shown, colouring, corpus);
        });
}

bool exportMap(const Document &document, const QString &path, const ImageExportOptions &options,
    QString *error, const QRectF &region, MapColouring colouring, const CorpusMapStyle &corpus)
{
    const std::optional<QByteArray> bytes
        = mapImageFile(document, path, options, error, region, colouring, corpus);
    return bytes && writeFileAtomically(path, *bytes, error);
}

} // namespace re
