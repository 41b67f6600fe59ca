#include "pagerenderers.h"

#include "widgetimage.h"

#include "pages/quizpage.h"

namespace pageexport {

dlt::Result<QImage> renderQuiz(QWidget *page, const ExportOptions &options)
{
    auto *quiz = qobject_cast<QuizPage *>(page);
    if (!quiz)
        return renderWidgetImage(page, options);
    QWidget *view = quiz->resultsSheet();
    if (!view)
        view = quiz->currentView();
    if (!view)
        return renderWidgetImage(page, options);
    // A sheet that is not the screen shown (the student went back to a question) may never have
    // been laid out at the page's size.
    if (QWidget *shown = quiz->currentView(); shown && shown != view)
        view->resize(shown->size());
    return renderWidgetImage(view, options);
}

} // namespace pageexport
