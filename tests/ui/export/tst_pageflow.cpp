// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/PageFlow.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTest>
#include <QTextLine>
#include <cmath>

using namespace re;
using namespace Qt::StringLiterals;

/// A page flow on an A6 PDF, the body 60 mm high.
class TestPageFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_bytes.clear();
        m_buffer = std::make_unique<QBuffer>(&m_bytes);
        m_buffer->open(QIODevice::WriteOnly);
        m_writer = std::make_unique<QPdfWriter>(m_buffer.get());
        m_writer->setResolution(300);
        m_writer->setPageLayout(QPageLayout(QPageSize(QPageSize::A6), QPageLayout::Portrait,
            QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
        m_flow = std::make_unique<PageFlow>(m_writer.get(), 0, mm(10), mm(60));
    }

    void cleanup()
    {
        m_flow.reset();
        m_writer.reset();
        m_buffer.reset();
    }

    /// A long text fills each page with whole lines and goes on on the next.
    void textBreaksBetweenLines()
    {
        QStringList words;
        for (int i = 0; i < 600; ++i)
            words.append(u"word%1"_s.arg(i));
        PageFlow::Text text;
        text.layout = m_flow->layout(words.join(u' '), font(), m_flow->width());
        text.colour = Qt::black;
        const int lines = text.layout->lineCount();
        QVERIFY(lines > 20);
        const qreal line = text.layout->lineAt(0).height();
        m_flow->addText(text);

        const int firstPage = int(std::floor(mm(60) / line + 0.01));
        const int otherPages = int(std::floor((mm(60) - mm(10)) / line + 0.01));
        const int expected = 1 + int(std::ceil(double(lines - firstPage) / otherPages));
        QCOMPARE(m_flow->pageCount(), expected);
        QVERIFY(m_flow->y() <= mm(60) + 0.01);
        QVERIFY(paintAll());
    }

    /// A block that does not fit moves to the next page whole.
    void blockMovesWhole()
    {
        m_flow->addBlock(mm(40), {});
        QCOMPARE(m_flow->pageCount(), 1);
        m_flow->addBlock(mm(30), {});
        QCOMPARE(m_flow->pageCount(), 2);
        QCOMPARE(m_flow->y(), mm(10) + mm(30));
    }

    /// Space at the top of a page is dropped; a heading keeps with what follows it.
    void headingKeepsWithNext()
    {
        m_flow->addBlock(mm(50), {});
        PageFlow::Text heading;
        heading.layout = m_flow->layout(u"A heading"_s, font(), m_flow->width());
        heading.keepWithNext = mm(15);
        m_flow->addText(heading);
        QCOMPARE(m_flow->pageCount(), 2);
        const qreal afterHeading = m_flow->y();
        QVERIFY(afterHeading > mm(10));
        m_flow->addSpace(mm(2));
        QCOMPARE(m_flow->y(), afterHeading + mm(2));

        m_flow->keepRoom(mm(100)); // more than a page: a new page, then it goes on there
        QCOMPARE(m_flow->pageCount(), 3);
        m_flow->addSpace(mm(5));
        QCOMPARE(m_flow->y(), mm(10));
    }

    /// Each page break calls the handler at the top of the new page.
    void pageBreakHandler()
    {
        int calls = 0;
        m_flow->setPageBreakHandler([&] {
            ++calls;
            QCOMPARE(m_flow->y(), mm(10));
            m_flow->addBlock(mm(5), {});
        });
        m_flow->addBlock(mm(50), {});
        m_flow->addBlock(mm(30), {});
        QCOMPARE(calls, 1);
        QCOMPARE(m_flow->y(), mm(10) + mm(5) + mm(30));
    }

    /// The frame of every page is painted knowing the number of pages.
    void framesKnowThePageCount()
    {
        m_flow->addBlock(mm(50), {});
        m_flow->addBlock(mm(50), {});
        m_flow->addBlock(mm(50), {});
        QList<std::pair<int, int>> frames;
        QPainter painter(m_writer.get());
        m_flow->paint(m_writer.get(), painter, [&](QPainter &, int page, int count) {
            frames.append({ page, count });
        });
        painter.end();
        const QList<std::pair<int, int>> expected { { 0, 3 }, { 1, 3 }, { 2, 3 } };
        QCOMPARE(frames, expected);
    }

private:
    qreal mm(qreal millimetres) const { return millimetres * 300 / 25.4; }

    static QFont font()
    {
        QFont f(u"DejaVu Sans"_s);
        f.setPointSizeF(10);
        return f;
    }

    bool paintAll()
    {
        QPainter painter;
        if (!painter.begin(m_writer.get()))
            return false;
        m_flow->paint(m_writer.get(), painter, {});
        return painter.end();
    }

    QByteArray m_bytes;
    std::unique_ptr<QBuffer> m_buffer;
    std::unique_ptr<QPdfWriter> m_writer;
    std::unique_ptr<PageFlow> m_flow;
};

QTEST_MAIN(TestPageFlow)
#include "tst_pageflow.moc"
