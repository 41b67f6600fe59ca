#include "pageadapter.h"

#include "models/convolutiondocument.h"
#include "models/matrixmodel.h"
#include "pages/convolutionpage.h"

namespace {

using dlt::session::Grid;
using dlt::session::GridCell;

/** The editor's content as a grid; a cell that is not a number keeps the text typed there (value 0). */
Grid toGrid(const MatrixContent &content)
{
    Grid g;
    for (size_t c = 0; c < content.volume.size(); ++c) {
        const Eigen::MatrixXd &m = content.volume[c];
        std::vector<std::vector<GridCell>> rows(size_t(m.rows()), std::vector<GridCell>(size_t(m.cols())));
        for (int r = 0; r < int(m.rows()); ++r)
            for (int k = 0; k < int(m.cols()); ++k) {
                GridCell &cell = rows[size_t(r)][size_t(k)];
                if (auto it = content.invalidText.find({ int(c), r, k }); it != content.invalidText.end())
                    cell.text = it->second.toStdString();
                else
                    cell.value = m(r, k);
            }
        g.channels.push_back(std::move(rows));
    }
    return g;
}

MatrixContent fromGrid(const Grid &g)
{
    MatrixContent content;
    for (size_t c = 0; c < g.channels.size(); ++c) {
        const auto &rows = g.channels[c];
        Eigen::MatrixXd m
            = Eigen::MatrixXd::Zero(Eigen::Index(rows.size()), Eigen::Index(rows.empty() ? 0 : rows[0].size()));
        for (size_t r = 0; r < rows.size(); ++r)
            for (size_t k = 0; k < rows[r].size(); ++k) {
                const GridCell &cell = rows[r][k];
                if (cell.text)
                    content.invalidText[{ int(c), int(r), int(k) }] = QString::fromStdString(*cell.text);
                else
                    m(Eigen::Index(r), Eigen::Index(k)) = cell.value;
            }
        content.volume.push_back(std::move(m));
    }
    return content;
}

ConvolutionDocument *documentOf(QWidget *page)
{
    auto *p = qobject_cast<ConvolutionPage *>(page);
    return p ? p->document() : nullptr;
}

} // namespace

PageAdapter convSessionAdapter()
{
    PageAdapter a;
    a.id = QStringLiteral("conv");
    a.capture = [](QWidget *page, dlt::session::Session &into) {
        const ConvolutionDocument *d = documentOf(page);
        if (!d)
            return;
        auto &s = into.conv;
        s.input = toGrid(d->inputModel()->content());
        s.filter = toGrid(d->filterModel()->content());
        s.spec = d->spec();
        s.inputChannel = d->inputModel()->channel();
        s.filterChannel = d->filterModel()->channel();
        s.step = std::max(0, d->currentStep());
        s.showAll = d->showAll();
    };
    a.apply = [](QWidget *page, const dlt::session::Session &from) {
        ConvolutionDocument *d = documentOf(page);
        if (!d)
            return;
        const auto &s = from.conv;
        // Content first (each edit recomputes), then the spec, then what is shown.
        d->inputModel()->applyContent(fromGrid(s.input));
        d->filterModel()->applyContent(fromGrid(s.filter));
        d->applySpec(s.spec);
        d->inputModel()->setChannel(s.inputChannel);
        d->filterModel()->setChannel(s.filterChannel);
        d->setShowAll(s.showAll);
        d->setCurrentStep(s.step);
    };
    a.copySection = [](const dlt::session::Session &from, dlt::session::Session &to) { to.conv = from.conv; };
    a.watch = [](QWidget *page, QObject *context, const std::function<void()> &changed) {
        ConvolutionDocument *d = documentOf(page);
        if (!d)
            return;
        QObject::connect(d, &ConvolutionDocument::currentStepChanged, context, changed);
        QObject::connect(d, &ConvolutionDocument::showAllChanged, context, changed);
        QObject::connect(d->inputModel(), &MatrixModel::channelChanged, context, changed);
        QObject::connect(d->filterModel(), &MatrixModel::channelChanged, context, changed);
    };
    return a;
}
