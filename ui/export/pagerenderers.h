#pragma once

#include "exportoptions.h"

#include "common/result.h"

#include <QImage>
#include <QString>

class ArchitecturePage;
class ConvolutionPage;
class QWidget;
struct ConvProblem;

#include <memory>
#include <optional>
#include <vector>

namespace dlt::rnn {
struct Analysis;
}

/**
 * What "Export page as PNG" draws for each topic, by topic id: one small file per page
 * (convpageexport.cpp, vggpageexport.cpp, rnnpageexport.cpp, quizpageexport.cpp,
 * graphpageexport.cpp) and a table in pagerenderers.cpp. Topics without a renderer are
 * rendered as the widget looks. GUI thread.
 */
dlt::Result<QImage> renderPageImage(const QString &topicId, QWidget *page, const ExportOptions &options);

namespace pageexport {
/** conv: the current step (grids with highlights, arithmetic, size formula); the page as shown when it has no steps. */
dlt::Result<QImage> renderConv(QWidget *page, const ExportOptions &options);
/** The page's problem and trace, when it is valid and has steps to export. */
std::optional<ConvProblem> convProblemOf(const ConvolutionPage &page);

/** vgg: the whole configurations table, every row and column (not only the visible part). */
dlt::Result<QImage> renderVgg(QWidget *page, const ExportOptions &options);
/** The whole table of an architecture page; columns, when not empty, lists the model columns to show. */
QImage renderVggTable(ArchitecturePage &page, const ExportOptions &options, const std::vector<int> &columns = {});

/** rnn: the gradient plot with its worked explanation under it. */
dlt::Result<QImage> renderRnn(QWidget *page, const ExportOptions &options);
/** The plot (960×540 points) and the explanation of an analysis; used by the page and the command line. */
QImage renderGradient(const std::shared_ptr<const dlt::rnn::Analysis> &analysis, const ExportOptions &options);

/** quiz: the results sheet of a finished quiz or mock, else the screen shown (the current question). */
dlt::Result<QImage> renderQuiz(QWidget *page, const ExportOptions &options);

/** graph: the whole graph scene (renderSceneImage). */
dlt::Result<QImage> renderGraph(QWidget *page, const ExportOptions &options);
} // namespace pageexport
