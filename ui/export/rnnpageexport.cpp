#include "pagerenderers.h"

#include "widgetimage.h"

#include "charts/chartlegend.h"
#include "charts/gradientchart.h"
#include "models/gradientrunner.h"
#include "pages/gradientpage.h"
#include "widgets/gradientexplanation.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QChart>
#include <QCoreApplication>
#include <QPainter>
#include <QTextDocument>
#include <QVBoxLayout>

#include <cmath>

namespace pageexport {
namespace {

constexpr int kPlotWidth = 960;
constexpr int kPlotHeight = 540;

QImage explanationImage(const dlt::rnn::Analysis &analysis, const ExportOptions &options)
{
    const ExportColors colors = ExportColors::forOptions(options);
    QTextDocument doc;
    doc.setDefaultFont(QApplication::font());
    doc.setDocumentMargin(8);
    doc.setHtml(GradientExplanation::html(analysis));
    doc.setTextWidth(kPlotWidth);
    QImage image = blankExportImage(QSizeF(kPlotWidth, std::ceil(doc.size().height())), options.scale, colors.background);
    QPainter p(&image);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.palette.setColor(QPalette::Text, colors.text);
    ctx.palette.setColor(QPalette::Link, colors.accent);
    doc.documentLayout()->draw(&p, ctx);
    return image;
}

} // namespace

QImage renderGradient(const std::shared_ptr<const dlt::rnn::Analysis> &analysis, const ExportOptions &options)
{
    // A chart of its own at a fixed width, so the export looks the same whatever the window size;
    // its legend below it, as on the page.
    QWidget box;
    box.setAttribute(Qt::WA_DontShowOnScreen);
    auto *chart = new GradientChart;
    chart->setFrameShape(QFrame::NoFrame);
    chart->setAnalysis(analysis);
    if (options.transparent)
        chart->chart()->setBackgroundVisible(false);
    chart->setFixedHeight(kPlotHeight);
    auto *layout = new QVBoxLayout(&box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(chart);
    layout->addWidget(chart->legend());
    box.setFixedWidth(kPlotWidth);
    box.adjustSize();
    box.show();
    QCoreApplication::sendPostedEvents();
    std::vector<QImage> parts{renderWidgetImage(&box, options)};
    box.hide();
    if (analysis)
        parts.push_back(explanationImage(*analysis, options));
    return stackImages(parts, 8, 12, options);
}

dlt::Result<QImage> renderRnn(QWidget *page, const ExportOptions &options)
{
    auto *rnn = qobject_cast<GradientPage *>(page);
    if (!rnn || !rnn->runner()->result())
        return renderWidgetImage(page, options);
    return renderGradient(rnn->runner()->result(), options);
}

} // namespace pageexport
