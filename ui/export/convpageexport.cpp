#include "pagerenderers.h"

#include "convproblem.h"
#include "convstepimage.h"
#include "widgetimage.h"

#include "models/convolutiondocument.h"
#include "models/matrixmodel.h"
#include "pages/convolutionpage.h"

#include <QApplication>

namespace pageexport {

std::optional<ConvProblem> convProblemOf(const ConvolutionPage &page)
{
    const ConvolutionDocument *doc = page.document();
    if (!doc->isValid() || !doc->hasSteps())
        return std::nullopt;
    ConvProblem p;
    p.input = doc->inputModel()->volume();
    p.filter = doc->filterModel()->volume();
    p.spec = doc->spec();
    p.trace = doc->trace();
    return p;
}

dlt::Result<QImage> renderConv(QWidget *page, const ExportOptions &options)
{
    auto *conv = qobject_cast<ConvolutionPage *>(page);
    const auto problem = conv ? convProblemOf(*conv) : std::nullopt;
    if (!problem)
        return renderWidgetImage(page, options);
    const ConvStepImage image(*problem, ExportColors::forOptions(options), QApplication::font());
    if (const dlt::Status ok = image.check(options.scale); !ok)
        return ok.error();
    return image.render(conv->document()->currentStep(), options.scale);
}

} // namespace pageexport
