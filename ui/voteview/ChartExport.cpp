// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "voteview/ChartExport.h"

#include "io/AtomicWrite.h"
#include "vote/VoteBreakdownModel.h"
#include "vote/VoteModel.h"
#include "voteview/BreakdownChart.h"
#include "voteview/ChartStyle.h"
#include "voteview/HemicycleWidget.h"
#include "voteview/TotalsChart.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>

namespace re {

namespace {

/// The translation context of this file's messages, written so that lupdate files them there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(re::ChartExport)
};

/// What the chart shows, under the header.
QString chartSubtitle(const Vote &vote, ChartKind kind)
{
    switch (kind) {
    case ChartKind::Totals:
        return Tr::tr("Share of the %1 votes cast").arg(vote.cast());
    case ChartKind::Hemicycle:
        return vote.groups.isEmpty()
            ? Tr::tr("One dot per vote, by position (the document gives no breakdown by group)")
            : Tr::tr("One dot per member, by political group (roll-call data) and position");
    case ChartKind::Groups:
        return Tr::tr("Votes by political group (roll-call data); beside each group, its "
                      "cohesion: the share of its voting members in its most common position");
    case ChartKind::Countries:
        return Tr::tr("Votes by country (roll-call data)");
    }
    return {};
}

void renderChart(QPainter &painter, const QRectF &body, QChart *chart)
{
    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns and deletes the chart
    const QRectF sceneRect(QPointF(0, 0), body.size());
    chart->setGeometry(sceneRect);
    chart->setMargins(QMargins(0, 0, 0, 0));
    scene.setSceneRect(sceneRect);
    scene.setBackgroundBrush(Qt::NoBrush);
    scene.render(&painter, body, sceneRect);
}

} // namespace

std::optional<ChartKind> chartKindFromString(const QString &text)
{
    const QString key = text.trimmed().toLower();
    for (ChartKind kind :
        { ChartKind::Totals, ChartKind::Hemicycle, ChartKind::Groups, ChartKind::Countries }) {
        if (chartKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString chartKindKey(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Totals:
        return QStringLiteral("totals");
    case ChartKind::Hemicycle:
        return QStringLiteral("hemicycle");
    case ChartKind::Groups:
        return QStringLiteral("groups");
    case ChartKind::Countries:
        return QStringLiteral("countries");
    }
    return {};
}

QString chartKindLabel(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Totals:
        return Tr::tr("Totals");
    case ChartKind::Hemicycle:
        return Tr::tr("Hemicycle");
    case ChartKind::Groups:
        return Tr::tr("Groups");
    case ChartKind::Countries:
        return Tr::tr("Countries");
    }
    return {};
}

QList<ChartKind> availableChartKinds(const Document &document)
{
    QList<ChartKind> kinds;
    for (ChartKind kind :
        { ChartKind::Totals, ChartKind::Hemicycle, ChartKind::Groups, ChartKind::Countries }) {
        if (chartUnavailableReason(document, kind).isEmpty())
            kinds.append(kind);
    }
    return kinds;
}

QString chartUnavailableReason(const Document &document, ChartKind kind)
{
    if (!document.vote)
        return Tr::tr("this document states no vote");
    const Vote &vote = *document.vote;
    const bool rollCall = !vote.groups.isEmpty() || !vote.countries.isEmpty();
    if ((kind == ChartKind::Groups || kind == ChartKind::Countries) && !rollCall)
        return Tr::tr("this document has no roll-call data: add it with --roll-call");
    if (kind == ChartKind::Groups && vote.groups.isEmpty())
        return Tr::tr("the roll-call data has no breakdown by political group");
    if (kind == ChartKind::Countries && vote.countries.isEmpty())
        return Tr::tr("the roll-call data has no breakdown by country: the Parliament's roll-call "
                      "record names no member's country; HowTheyVote.eu's members or countries "
                      "file gives it");
    return {};
}

QString chartHeader(const Document &document)
{
    const Procedure &procedure = document.procedure;
    QStringList details;
    if (!procedure.reference.isEmpty())
        details.append(procedure.reference);
    if (procedure.date.isValid())
        details.append(procedure.date.toString(QStringLiteral("dd/MM/yyyy")));
    const QString title
        = procedure.title.isEmpty() ? Tr::tr("Untitled resolution") : procedure.title;
    if (details.isEmpty())
        return title;
    return Tr::tr("%1 — %2").arg(title, details.join(QStringLiteral(", ")));
}

ImageExportOptions chartExportOptions(const Document &document, ChartKind kind)
{
    ImageExportOptions options;
    switch (kind) {
    case ChartKind::Totals:
        options.size = QSize(1200, 760);
        break;
    case ChartKind::Hemicycle:
        options.size = QSize(1200, 860);
        break;
    case ChartKind::Groups:
        options.size = QSize(1200, 820);
        break;
    case ChartKind::Countries: {
        const int rows = document.vote ? int(document.vote->countries.size()) : 27;
        options.size = QSize(1200, std::max(820, 260 + rows * 30));
        break;
    }
    }
    options.title = chartHeader(document) + QStringLiteral(": ") + chartKindLabel(kind);
    return options;
}

QString chartSourceNote(const Document &document, ChartKind kind)
{
    const QString reference = document.procedure.reference;
    QString note = reference.isEmpty()
        ? Tr::tr("Source: European Parliament, Legislative Observatory (OEIL)")
        : Tr::tr("Source: European Parliament, Legislative Observatory (OEIL), procedure %1")
              .arg(reference);
    const bool breakdown = kind != ChartKind::Totals && document.vote
        && (!document.vote->groups.isEmpty() || !document.vote->countries.isEmpty());
    if (breakdown && !document.vote->breakdownSource.isEmpty())
        note += Tr::tr("; roll-call data: %1").arg(document.vote->breakdownSource);
    return note;
}

void paintChartImage(
    QPainter &painter, const QRectF &target, const Document &document, ChartKind kind)
{
    painter.save();
    // Sizes follow the image: 15 px text on a 1200 px wide image.
    const qreal factor = std::clamp(target.width() / 1200.0, 0.5, 3.0);
    auto [style, area] = beginExportImage(painter, target, factor);
    // The source note at the foot, on one line or wrapped; the chart takes what is left.
    const QString note = chartSourceNote(document, kind);
    const qreal noteHeight
        = drawFootNote(painter, area, note, style.scaledFont(0.8, false), style.mutedText);
    area.setBottom(area.bottom() - noteHeight - 8 * factor);
    area.setTop(area.top()
        + drawParagraph(
            painter, area, chartHeader(document), style.scaledFont(1.45, true), style.text)
        + 8 * factor);
    const QString unavailable = chartUnavailableReason(document, kind);
    if (!document.vote || !unavailable.isEmpty()) {
        drawParagraph(painter, area, unavailable, style.font, style.mutedText);
        painter.restore();
        return;
    }
    const Vote &vote = *document.vote;
    QString result = voteResultSentence(vote);
    if (vote.seats > 0)
        result += Tr::tr("; %1 of %2 members did not vote")
                      .arg(voteCount(vote, VotePosition::DidNotVote))
                      .arg(vote.seats);
    area.setTop(area.top()
        + drawParagraph(painter, area, result, style.scaledFont(1.15, true), style.text)
        + 4 * factor);
    area.setTop(area.top()
        + drawParagraph(painter, area, chartSubtitle(vote, kind), style.font, style.mutedText)
        + 12 * factor);

    switch (kind) {
    case ChartKind::Hemicycle:
        paintHemicycle(painter, area, vote, style);
        break;
    case ChartKind::Totals: {
        VoteModel votes(document.vote);
        renderChart(painter, area, new TotalsChart(&votes, style));
        break;
    }
    case ChartKind::Groups:
    case ChartKind::Countries: {
        VoteBreakdownModel rows(document.vote,
            kind == ChartKind::Groups ? VoteBreakdownModel::Kind::Groups
                                      : VoteBreakdownModel::Kind::Countries);
        renderChart(painter, area, new BreakdownChart(&rows, style));
        break;
    }
    }
    painter.restore();
}

std::optional<QByteArray> chartImageFile(const Document &document, ChartKind kind,
    const QString &path, const ImageExportOptions &options, QString *error)
{
    const QString unavailable = chartUnavailableReason(document, kind);
    if (!unavailable.isEmpty()) {
        if (error)
            *error = unavailable;
        return std::nullopt;
    }
    ImageExportOptions withTitle = options;
    if (withTitle.title.isEmpty())
        withTitle.title = chartExportOptions(document, kind).title;
    return renderImageFile(
        path, withTitle,
        [&document, kind](QPainter &painter, const QRectF &target) {
            paintChartImage(painter, target, document, kind);
        },
        error);
}

bool exportChart(const Document &document, ChartKind kind, const QString &path,
    const ImageExportOptions &options, QString *error)
{
    const std::optional<QByteArray> bytes = chartImageFile(document, kind, path, options, error);
    return bytes && writeFileAtomically(path, *bytes, error);
}

} // namespace re
