#include "pagerenderers.h"

#include "widgetimage.h"

#include "pages/architecturecelldelegate.h"
#include "pages/architecturepage.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace pageexport {

QImage renderVggTable(ArchitecturePage &page, const ExportOptions &options, const std::vector<int> &columns)
{
    // A second view on the same model, never on screen, sized to hold every row and column:
    // the page's own view keeps its size and scroll position.
    QTableView *source = page.view();
    QTableView view;
    view.setObjectName(QStringLiteral("architectureExportTable"));
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.setFont(source->font());
    view.setModel(source->model());
    view.setItemDelegate(new ArchitectureCellDelegate(&view));
    view.setWordWrap(false);
    view.setFrameShape(QFrame::NoFrame);
    view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.horizontalHeader()->setDefaultAlignment(source->horizontalHeader()->defaultAlignment());
    view.verticalHeader()->setDefaultAlignment(source->verticalHeader()->defaultAlignment());
    view.horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(source->verticalHeader()->defaultSectionSize());

    QAbstractItemModel *model = source->model();
    const int n = model->columnCount();
    int width = 0;
    for (int c = 0; c < n; ++c) {
        const bool shown = columns.empty() || std::find(columns.begin(), columns.end(), c) != columns.end();
        view.setColumnHidden(c, !shown);
        if (!shown)
            continue;
        const int w = std::max(static_cast<QAbstractItemView &>(view).sizeHintForColumn(c),
                               view.horizontalHeader()->sectionSizeHint(c)) + 12;
        view.horizontalHeader()->resizeSection(c, w);
        width += w;
    }
    int height = 0;
    for (int r = 0; r < model->rowCount(); ++r)
        height += view.rowHeight(r);
    view.show();
    const QSize full(view.verticalHeader()->sizeHint().width() + width + 2,
                     view.horizontalHeader()->sizeHint().height() + height + 2);
    view.resize(full);
    QCoreApplication::sendPostedEvents(&view);
    QCoreApplication::sendPostedEvents(view.viewport());
    QImage image = renderWidgetImage(&view, options);
    view.hide();
    return image;
}

dlt::Result<QImage> renderVgg(QWidget *page, const ExportOptions &options)
{
    auto *vgg = qobject_cast<ArchitecturePage *>(page);
    if (!vgg)
        return renderWidgetImage(page, options);
    return renderVggTable(*vgg, options);
}

} // namespace pageexport
