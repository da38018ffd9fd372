// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/BriefExport.h"

#include "document/Document.h"
#include "export/PageFlow.h"
#include "i18n/CountryNames.h"
#include "io/AtomicWrite.h"
#include "map/MapExport.h"
#include "vote/VoteModel.h"
#include "vote/VotePosition.h"
#include "voteview/ChartStyle.h"
#include "voteview/TotalsChart.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QImage>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace re {

namespace {

/// The translation context of this file's messages, written so that lupdate files them there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(re::BriefExport)
};

// The map as exportMap() draws it, at a size where its legend stays readable on the page.
constexpr qreal kMapImageWidth = 720;
constexpr qreal kMapImageDpr = 2.5;
// The totals chart's scene: wide enough for its labels beside the donut.
constexpr qreal kChartSceneWidth = 700;
constexpr int kChartFontPixels = 14;

/// Fonts and colours of the brief: black text on white, one accent for headings.
struct BriefStyle
{
    QString family;
    QColor text { 0x1A, 0x1A, 0x1A };
    QColor muted { 0x5F, 0x63, 0x68 };
    QColor accent { 0x1F, 0x3A, 0x5F };
    QColor rule { 0xC4, 0xC9, 0xCF };
    QColor shade { 0xF0, 0xF3, 0xF6 };

    BriefStyle()
    {
        // A real family in the PDF (never a Qt alias): DejaVu Sans when installed.
        const QString dejaVu = u"DejaVu Sans"_s;
        family = QFontDatabase::hasFamily(dejaVu) ? dejaVu : QFontInfo(QFont()).family();
    }
    QFont font(qreal points, bool bold = false) const
    {
        QFont f(family);
        f.setPointSizeF(points);
        f.setBold(bold);
        // No ligatures: text copied from the PDF keeps its plain "fi" and "ff".
        f.setStyleStrategy(QFont::PreferNoShaping);
        return f;
    }
};

QString longDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

QString titleOf(const Document &document)
{
    return document.procedure.title.isEmpty() ? Tr::tr("Untitled resolution")
                                              : document.procedure.title;
}

/// "Parent › Child", or what stands before the first heading.
QString sectionPath(const Document &document, int section)
{
    if (section < 0 || section >= document.sections.size())
        return Tr::tr("Before the first heading");
    QStringList titles;
    for (int s = section; s >= 0 && s < document.sections.size() && titles.size() < 16;
         s = document.sections.at(s).parent)
        titles.prepend(document.sections.at(s).title);
    return titles.join(u" › "_s);
}

/// The statement's text with its reporting verb in bold.
QList<QTextLayout::FormatRange> verbFormats(const Action &action)
{
    const qsizetype start = action.verbSpan.start - action.sentence.start;
    if (action.verbSpan.length <= 0 || start < 0
        || start + action.verbSpan.length > action.text.size())
        return {};
    QTextLayout::FormatRange range;
    range.start = int(start);
    range.length = int(action.verbSpan.length);
    range.format.setFontWeight(QFont::Bold);
    return { range };
}

/// Height of `text` wrapped to `width` in `font` on `device`.
qreal textHeight(QPaintDevice *device, const QFont &font, qreal width, const QString &text)
{
    const QFontMetricsF metrics(font, device);
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::AlignLeft | Qt::TextWordWrap, text)
        .height();
}

/// Draws wrapped text at the top of `area`; returns its height.
qreal drawWrapped(QPainter &painter, const QRectF &area, const QFont &font, const QColor &colour,
    const QString &text)
{
    painter.setFont(font);
    painter.setPen(colour);
    const qreal height = textHeight(painter.device(), font, area.width(), text);
    painter.drawText(QRectF(area.left(), area.top(), area.width(), height),
        Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    return height;
}

/// The totals donut (TotalsChart, as the vote pane and exportChart() draw it) in `rect`.
void paintTotalsChart(
    QPainter &painter, const QRectF &rect, const Document &document, const QString &family)
{
    QFont font(family);
    font.setPixelSize(kChartFontPixels);
    const ChartStyle style = ChartStyle::forExport(font);
    VoteModel votes(document.vote);
    QGraphicsScene scene; // declared after the model: the chart goes first
    auto *chart = new TotalsChart(&votes, style);
    scene.addItem(chart);
    const QRectF sceneRect(
        0, 0, kChartSceneWidth, kChartSceneWidth * rect.height() / std::max(1.0, rect.width()));
    chart->setGeometry(sceneRect);
    chart->setMargins(QMargins(0, 0, 0, 0));
    scene.setSceneRect(sceneRect);
    scene.setBackgroundBrush(Qt::NoBrush);
    scene.render(&painter, rect, sceneRect);
}

/// The map's logical size: the width above, the height of the region shown plus room for the
/// map's own header, legend and source note.
QSizeF mapImageSize(const BriefOptions &options)
{
    const QRectF region = options.mapColouring == MapColouring::Vote ? europeMapRegion()
        : options.mapRegion.isEmpty()                                ? QRectF()
                                                                     : options.mapRegion;
    const qreal aspect = region.isEmpty() || region.height() <= 0
        ? 2.05 // the Equal Earth world
        : region.width() / region.height();
    const qreal height = std::clamp(kMapImageWidth / aspect + 130, 320.0, 640.0);
    return { kMapImageWidth, height };
}

/// The map as exportMap() draws it, as a picture for the page.
QImage mapImage(const Document &document, const BriefOptions &options, const QString &family)
{
    const QSizeF size = mapImageSize(options);
    QImage image((size * kMapImageDpr).toSize(), QImage::Format_RGB32);
    image.setDevicePixelRatio(kMapImageDpr);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    QFont font = painter.font();
    font.setFamily(family);
    painter.setFont(font);
    const QRectF region
        = options.mapColouring == MapColouring::Vote ? europeMapRegion() : options.mapRegion;
    paintMapImage(painter, QRectF(QPointF(0, 0), size), document, region, options.mapColouring);
    painter.end();
    return image;
}

/// The brief's content, laid out on a PageFlow.
class BriefWriter
{
public:
    BriefWriter(PageFlow &flow, const Document &document, const QList<int> &actions,
        const BriefOptions &options)
        : m_flow(flow), m_document(document), m_actions(actions), m_options(options)
    { }

    void write()
    {
        writeTitle();
        writeFilter();
        writeVote();
        writeMap();
        writeStatements();
        writeSources();
    }

    /// The running header of the pages after the first and every page's footer.
    void paintFrame(
        QPainter &painter, int page, int pageCount, qreal headerHeight, qreal footerTop) const
    {
        const qreal width = m_flow.width();
        const QFont small = m_style.font(7.5);
        const QFontMetricsF metrics(small, painter.device());
        painter.setFont(small);
        QPen rule(m_style.rule);
        rule.setWidthF(m_flow.mm(0.25));

        const QString pageText = Tr::tr("Page %1 of %2").arg(page + 1).arg(pageCount);
        const qreal footerBaseline = footerTop + m_flow.mm(3.2) + metrics.ascent();
        painter.setPen(rule);
        painter.drawLine(
            QPointF(0, footerTop + m_flow.mm(1.5)), QPointF(width, footerTop + m_flow.mm(1.5)));
        painter.setPen(m_style.muted);
        const qreal pageWidth = metrics.horizontalAdvance(pageText);
        painter.drawText(QPointF(width - pageWidth, footerBaseline), pageText);
        const QString maker = Tr::tr("Brief made with Resolution Explorer");
        painter.drawText(QPointF(0, footerBaseline),
            metrics.elidedText(maker, Qt::ElideRight, width - pageWidth - m_flow.mm(5)));

        if (page == 0)
            return;
        const Procedure &procedure = m_document.procedure;
        const QString date = procedure.date.isValid() ? longDate(procedure.date) : QString();
        const qreal dateWidth = metrics.horizontalAdvance(date);
        QString running = titleOf(m_document);
        if (!procedure.reference.isEmpty())
            running = procedure.reference + u"  ·  "_s + running;
        const qreal baseline = metrics.ascent();
        painter.drawText(QPointF(0, baseline),
            metrics.elidedText(running, Qt::ElideRight, width - dateWidth - m_flow.mm(6)));
        painter.drawText(QPointF(width - dateWidth, baseline), date);
        painter.setPen(rule);
        const qreal ruleY = headerHeight - m_flow.mm(3);
        painter.drawLine(QPointF(0, ruleY), QPointF(width, ruleY));
    }

private:
    void addText(const QString &text, const QFont &font, const QColor &colour,
        qreal lineSpacing = 1.0, qreal keepWithNext = 0)
    {
        PageFlow::Text t;
        t.layout = m_flow.layout(text, font, m_flow.width());
        t.colour = colour;
        t.lineSpacing = lineSpacing;
        t.keepWithNext = keepWithNext;
        m_flow.addText(t);
    }

    /// A heading with a rule under it, kept with `keepWithNext` of what follows.
    void addHeading(const QString &text, qreal keepWithNext)
    {
        const QFont font = m_style.font(12, true);
        const qreal textHeightValue = textHeight(m_flow.device(), font, m_flow.width(), text);
        const qreal height = textHeightValue + m_flow.mm(3);
        m_flow.keepRoom(height + keepWithNext);
        const QColor accent = m_style.accent;
        const QColor ruleColour = m_style.rule;
        const qreal ruleWidth = m_flow.mm(0.3);
        const qreal gap = m_flow.mm(1.2);
        m_flow.addBlock(height, [=](QPainter &painter, const QRectF &rect) {
            const qreal used = drawWrapped(painter, rect, font, accent, text);
            QPen pen(ruleColour);
            pen.setWidthF(ruleWidth);
            painter.setPen(pen);
            const qreal y = rect.top() + used + gap;
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
        });
        m_flow.addSpace(m_flow.mm(2));
    }

    qreal bodyLine() const
    {
        return QFontMetricsF(m_style.font(9.5), m_flow.device()).height() * 1.25;
    }

    void writeTitle()
    {
        const Procedure &procedure = m_document.procedure;
        addText(Tr::tr("Brief on a European Parliament resolution"), m_style.font(8.5, true),
            m_style.accent);
        m_flow.addSpace(m_flow.mm(1.5));
        addText(titleOf(m_document), m_style.font(19, true), m_style.text, 1.05);
        m_flow.addSpace(m_flow.mm(2));
        QStringList details;
        if (!procedure.reference.isEmpty())
            details.append(procedure.reference);
        if (procedure.date.isValid())
            details.append(longDate(procedure.date));
        if (!procedure.stage.isEmpty())
            details.append(procedure.stage);
        if (!details.isEmpty())
            addText(details.join(u"  ·  "_s), m_style.font(10), m_style.text, 1.2);
        QStringList people;
        if (!procedure.committee.isEmpty())
            people.append(Tr::tr("Committee responsible: %1").arg(procedure.committee));
        QStringList rapporteurs;
        for (const Rapporteur &rapporteur : procedure.rapporteurs) {
            rapporteurs.append(rapporteur.group.isEmpty()
                    ? rapporteur.name
                    : Tr::tr("%1 (%2)").arg(rapporteur.name, rapporteur.group));
        }
        if (!rapporteurs.isEmpty())
            people.append(Tr::tr("Rapporteur: %1").arg(rapporteurs.join(u", "_s)));
        if (!people.isEmpty())
            addText(people.join(u"  ·  "_s), m_style.font(9), m_style.muted, 1.2);
        m_flow.addSpace(m_flow.mm(5));
    }

    void writeFilter()
    {
        const int total = int(m_document.actions.size());
        const int shown = int(m_actions.size());
        const QString label = Tr::tr("Statements in this brief");
        const QString description = briefFilterDescription(m_document, m_options.filter);
        const QString count = !m_options.filter.hasCriteria() && shown == total
            ? Tr::tr("All %n statements of the resolution.", "", total)
            : Tr::tr("%1 of the resolution's %2 statements.").arg(shown).arg(total);
        const QFont labelFont = m_style.font(8, true);
        const QFont descriptionFont = m_style.font(10.5, true);
        const QFont countFont = m_style.font(9);
        const qreal pad = m_flow.mm(3.5);
        const qreal inner = m_flow.width() - 2 * pad;
        QPaintDevice *device = m_flow.device();
        const qreal gap = m_flow.mm(1);
        const qreal height = 2 * pad + textHeight(device, labelFont, inner, label) + gap
            + textHeight(device, descriptionFont, inner, description) + gap
            + textHeight(device, countFont, inner, count);
        const BriefStyle style = m_style;
        const qreal bar = m_flow.mm(1.2);
        m_flow.addBlock(height, [=](QPainter &painter, const QRectF &rect) {
            painter.fillRect(rect, style.shade);
            painter.fillRect(QRectF(rect.left(), rect.top(), bar, rect.height()), style.accent);
            QRectF area = rect.adjusted(pad, pad, -pad, -pad);
            area.setTop(
                area.top() + drawWrapped(painter, area, labelFont, style.muted, label) + gap);
            area.setTop(area.top()
                + drawWrapped(painter, area, descriptionFont, style.text, description) + gap);
            drawWrapped(painter, area, countFont, style.text, count);
        });
        m_flow.addSpace(m_flow.mm(7));
    }

    void writeVote()
    {
        const qreal chartHeight = m_flow.mm(54);
        addHeading(Tr::tr("The vote"), m_document.vote ? chartHeight : bodyLine());
        if (!m_document.vote) {
            addText(Tr::tr("The document states no vote."), m_style.font(9.5), m_style.text);
            m_flow.addSpace(m_flow.mm(7));
            return;
        }
        const Vote &vote = *m_document.vote;
        const QString result = vote.adopted() ? Tr::tr("Adopted") : Tr::tr("Rejected");
        // The words of voteResultSentence(), under the result.
        const QString counts
            = QCoreApplication::translate("re::Vote", "%1 for, %2 against, %3 abstentions")
                  .arg(vote.votesFor)
                  .arg(vote.against)
                  .arg(vote.abstentions);
        QStringList details { Tr::tr("%1 votes cast").arg(QLocale().toString(vote.cast())) };
        if (vote.seats > 0) {
            details.append(Tr::tr("%1 of %2 members did not vote")
                               .arg(voteCount(vote, VotePosition::DidNotVote))
                               .arg(vote.seats));
        }
        const QString detail = details.join(u"; "_s) + u'.';
        const QFont resultFont = m_style.font(17, true);
        const QFont countsFont = m_style.font(11);
        const QFont detailFont = m_style.font(9);
        const BriefStyle style = m_style;
        const Document *document = &m_document;
        const qreal gap = m_flow.mm(2);
        const qreal column = m_flow.width() * 0.32;
        m_flow.addBlock(chartHeight, [=](QPainter &painter, const QRectF &rect) {
            QRectF text(rect.left(), rect.top(), column, rect.height());
            QPaintDevice *device = painter.device();
            const qreal height = textHeight(device, resultFont, column, result) + gap
                + textHeight(device, countsFont, column, counts) + gap
                + textHeight(device, detailFont, column, detail);
            text.setTop(rect.center().y() - height / 2);
            text.setTop(
                text.top() + drawWrapped(painter, text, resultFont, style.text, result) + gap);
            text.setTop(
                text.top() + drawWrapped(painter, text, countsFont, style.text, counts) + gap);
            drawWrapped(painter, text, detailFont, style.muted, detail);
            const QRectF chart(
                rect.left() + column, rect.top(), rect.width() - column, rect.height());
            paintTotalsChart(painter, chart, *document, style.family);
        });
        m_flow.addSpace(m_flow.mm(7));
    }

    void writeMap()
    {
        const QSizeF size = mapImageSize(m_options);
        const qreal natural = m_flow.width() * size.height() / size.width();
        // Somewhat smaller rather than alone on the next page, leaving this one half empty.
        const qreal smallest = natural * 0.75;
        addHeading(m_options.mapColouring == MapColouring::Vote
                ? Tr::tr("How MEPs voted, by member state")
                : Tr::tr("Partners and threats named"),
            smallest);
        const qreal height = std::clamp(m_flow.remaining(), smallest, natural);
        const QImage image = mapImage(m_document, m_options, m_style.family);
        m_flow.addBlock(height, [image, size](QPainter &painter, const QRectF &rect) {
            const qreal width = rect.height() * size.width() / size.height();
            painter.drawImage(
                QRectF(rect.center().x() - width / 2, rect.top(), width, rect.height()), image);
        });
        m_flow.addSpace(m_flow.mm(7));
    }

    void writeStatements()
    {
        addHeading(Tr::tr("Statements"), 3 * bodyLine());
        if (m_actions.isEmpty()) {
            addText(noStatementsSentence(), m_style.font(9.5), m_style.text, 1.25);
            return;
        }
        const QFont kindFont = m_style.font(8, true);
        const QFont bodyFont = m_style.font(9.5);
        const QFontMetricsF kindMetrics(kindFont, m_flow.device());
        const QFontMetricsF bodyMetrics(bodyFont, m_flow.device());
        qreal kindWidth = 0;
        for (VerbKind kind : allVerbKinds())
            kindWidth = std::max(kindWidth, kindMetrics.horizontalAdvance(verbKindLabel(kind)));
        const qreal indent = std::min(kindWidth + m_flow.mm(4), m_flow.width() / 4);
        const qreal textWidth = m_flow.width() - indent;

        int shownSection = -2; // none yet
        m_flow.setPageBreakHandler([this, &shownSection] {
            if (shownSection == -2)
                return;
            addText(Tr::tr("%1 (continued)").arg(sectionPath(m_document, shownSection)),
                m_style.font(9, true), m_style.muted);
            m_flow.addSpace(m_flow.mm(1.5));
        });
        for (const int index : m_actions) {
            if (index < 0 || index >= m_document.actions.size())
                continue;
            const Action &action = m_document.actions.at(index);
            if (action.section != shownSection) {
                if (shownSection != -2)
                    m_flow.addSpace(m_flow.mm(3));
                shownSection = -2; // a heading at a page's top needs no "continued"
                addText(sectionPath(m_document, action.section), m_style.font(10.5, true),
                    m_style.text, 1.1, 2 * bodyLine() + m_flow.mm(1.5));
                m_flow.addSpace(m_flow.mm(1.5));
                shownSection = action.section;
            }
            PageFlow::Text text;
            text.layout = m_flow.layout(action.text, bodyFont, textWidth, verbFormats(action));
            text.x = indent;
            text.colour = m_style.text;
            text.lineSpacing = 1.25;
            const QString kind = verbKindLabel(action.verb);
            const QColor accent = m_style.accent;
            const qreal ascentDifference = bodyMetrics.ascent() - kindMetrics.ascent();
            text.besideFirstLine = [=](QPainter &painter, const QRectF &rect) {
                painter.setFont(kindFont);
                painter.setPen(accent);
                painter.drawText(
                    QPointF(rect.left(), rect.top() + ascentDifference + kindMetrics.ascent()),
                    kind);
            };
            m_flow.addText(text);
            m_flow.addSpace(m_flow.mm(2.2));
        }
        m_flow.setPageBreakHandler({});
    }

    QString noStatementsSentence() const
    {
        if (m_document.actions.isEmpty())
            return Tr::tr("The document has no statements.");
        QString sentence = Tr::tr("None of the resolution's %n statements matches this filter.", "",
            int(m_document.actions.size()));
        const ActionFilter &filter = m_options.filter;
        // whyNoAction() explains a filter of one entity; otherwise it says no more than this.
        if (filter.entities.size() == 1 && filter.theme.isEmpty() && filter.verb.isEmpty()
            && filter.text.isEmpty())
            sentence += u' ' + filter.whyNoAction(m_document);
        return sentence;
    }

    void writeSources()
    {
        const Procedure &procedure = m_document.procedure;
        QStringList lines;
        if (procedure.reference.isEmpty()) {
            lines.append(Tr::tr("Source: European Parliament, Legislative Observatory (OEIL)."));
        } else if (procedure.date.isValid()) {
            lines.append(Tr::tr("Source: European Parliament, Legislative Observatory (OEIL), "
                                "summary of procedure %1 dated %2.")
                             .arg(procedure.reference, longDate(procedure.date)));
        } else {
            lines.append(Tr::tr("Source: European Parliament, Legislative Observatory (OEIL), "
                                "summary of procedure %1.")
                             .arg(procedure.reference));
        }
        if (!procedure.sourceUrl.isEmpty()) {
            lines.append(procedure.fetched.isValid()
                    ? Tr::tr("Fetched from %1 on %2.")
                          .arg(procedure.sourceUrl, longDate(procedure.fetched.date()))
                    : Tr::tr("Fetched from %1.").arg(procedure.sourceUrl));
        }
        const bool breakdown = m_document.vote
            && (!m_document.vote->groups.isEmpty() || !m_document.vote->countries.isEmpty());
        if (breakdown && !m_document.vote->breakdownSource.isEmpty())
            lines.append(Tr::tr("Roll-call data: %1.").arg(m_document.vote->breakdownSource));
        lines.append(Tr::tr("Map: Natural Earth."));
        lines.append(Tr::tr("The statements are the summary's sentences as it gives them; their "
                            "sections and kinds (from the reporting verb, in bold) were read by "
                            "Resolution Explorer."));

        m_flow.addSpace(m_flow.mm(6));
        const QFont font = m_style.font(8);
        const qreal firstLine = QFontMetricsF(font, m_flow.device()).height() * 2;
        addText(Tr::tr("Sources"), m_style.font(8.5, true), m_style.text, 1.3, firstLine);
        for (const QString &line : lines)
            addText(line, font, m_style.muted, 1.25);
    }

    PageFlow &m_flow;
    const Document &m_document;
    const QList<int> &m_actions;
    const BriefOptions &m_options;
    BriefStyle m_style;
};

} // namespace

QString briefFilterDescription(const Document &document, const ActionFilter &filter)
{
    QStringList parts;
    if (!filter.entities.isEmpty()) {
        QStringList names;
        for (const QString &id : filter.entities) {
            const int index = document.entityIndex(id);
            names.append(index >= 0 ? displayName(document.entities.at(index)) : id);
        }
        parts.append(Tr::tr("naming %1").arg(names.join(Tr::tr(" or "))));
    }
    if (!filter.text.trimmed().isEmpty())
        parts.append(Tr::tr("containing “%1”").arg(filter.text.trimmed()));
    if (!filter.theme.isEmpty())
        parts.append(Tr::tr("on the theme %1").arg(filter.theme));
    if (!filter.verb.isEmpty()) {
        const std::optional<VerbKind> kind = verbKindFromKey(filter.verb);
        parts.append(Tr::tr("of the kind %1").arg(kind ? verbKindLabel(*kind) : filter.verb));
    }
    if (!filter.section.isEmpty()) {
        const int section = document.sectionIndex(filter.section);
        parts.append(Tr::tr("in the section “%1”")
                         .arg(section >= 0 ? sectionPath(document, section) : filter.section));
    }
    if (parts.isEmpty())
        return Tr::tr("All statements");
    return Tr::tr("Statements %1").arg(parts.join(u", "_s));
}

QPageLayout briefPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 16, 18, 14),
        QPageLayout::Millimeter);
}

bool paintBrief(QPagedPaintDevice *device, const Document &document,
    const QList<int> &actionIndexes, const BriefOptions &options)
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);

    const qreal mm = device->logicalDpiY() / 25.4;
    const qreal headerHeight = 10 * mm;
    const qreal footerHeight = 9 * mm;
    const qreal footerTop = device->height() - footerHeight;
    PageFlow flow(device, 0, headerHeight, footerTop - 2 * mm);
    BriefWriter writer(flow, document, actionIndexes, options);
    writer.write();
    flow.paint(device, painter, [&](QPainter &p, int page, int pageCount) {
        writer.paintFrame(p, page, pageCount, headerHeight, footerTop);
    });
    return painter.end();
}

std::optional<QByteArray> briefFile(const QString &path, const Document &document,
    const QList<int> &actionIndexes, const BriefOptions &options, QString *error)
{
    auto fail = [error](const QString &sentence) -> std::optional<QByteArray> {
        if (error)
            *error = sentence;
        return std::nullopt;
    };
    if (QFileInfo(path).suffix().compare(u"pdf"_s, Qt::CaseInsensitive) != 0)
        return fail(
            Tr::tr("cannot export %1: a brief is a PDF: the file name must end in .pdf").arg(path));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    bool painted = false;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        writer.setTitle(Tr::tr("Brief: %1").arg(titleOf(document)));
        writer.setCreator(u"Resolution Explorer"_s);
        if (writer.setPageLayout(briefPageLayout()))
            painted = paintBrief(&writer, document, actionIndexes, options);
    }
    buffer.close();
    if (!painted || bytes.isEmpty())
        return fail(Tr::tr("cannot export %1: the brief could not be rendered").arg(path));
    return bytes;
}

bool exportBrief(const QString &path, const Document &document, const QList<int> &actionIndexes,
    const BriefOptions &options, QString *error)
{
    const std::optional<QByteArray> bytes
        = briefFile(path, document, actionIndexes, options, error);
    return bytes && writeFileAtomically(path, *bytes, error);
}

} // namespace re
