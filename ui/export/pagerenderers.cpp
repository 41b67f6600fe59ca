#include "pagerenderers.h"

#include "widgetimage.h"

namespace {

struct PageRenderer {
    const char *topicId;
    dlt::Result<QImage> (*render)(QWidget *page, const ExportOptions &options);
};

// One row per topic page.
const PageRenderer kRenderers[] = {
    {"conv", &pageexport::renderConv},
    {"vgg", &pageexport::renderVgg},
    {"rnn", &pageexport::renderRnn},
    {"quiz", &pageexport::renderQuiz},
    {"graph", &pageexport::renderGraph},
};

} // namespace

dlt::Result<QImage> renderPageImage(const QString &topicId, QWidget *page, const ExportOptions &options)
{
    if (!page)
        return dlt::Error("export.no_page").with("page", topicId.toStdString());
    for (const PageRenderer &r : kRenderers)
        if (topicId == QLatin1String(r.topicId))
            return r.render(page, options);
    return renderWidgetImage(page, options);
}
