#include "pagerenderers.h"

#include "widgetimage.h"

#include "pages/graphpage.h"
#include "widgets/graphrender.h"
#include "widgets/graphscene.h"

namespace pageexport {

dlt::Result<QImage> renderGraph(QWidget *page, const ExportOptions &options)
{
    auto *graph = qobject_cast<GraphPage *>(page);
    if (!graph)
        return renderWidgetImage(page, options);
    return renderSceneImage(*graph->scene(), options.scale, ExportColors::forOptions(options).background);
}

} // namespace pageexport
