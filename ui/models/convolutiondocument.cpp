#include "convolutiondocument.h"

#include "matrixmodel.h"
#include "speccommand.h"
#include "text/errortext.h"
#include "text/numbertext.h"

#include <QUndoStack>

#include <algorithm>

namespace conv = dlt::conv;

namespace {

std::array<long long, 6> shapes(const MatrixModel *input, const MatrixModel *filter)
{
    return {input->matrixRows(), input->matrixCols(), input->channelCount(),
            filter->matrixRows(), filter->matrixCols(), filter->channelCount()};
}

QString sentence(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    if (!s.endsWith(QLatin1Char('.')))
        s += QLatin1Char('.');
    return s;
}

} // namespace

ConvolutionDocument::ConvolutionDocument(QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_undoStack(undoStack)
    , m_input(new MatrixModel(this))
    , m_filter(new MatrixModel(this))
    , m_output(new MatrixModel(this))
{
    m_input->setObjectName(QStringLiteral("inputModel"));
    m_filter->setObjectName(QStringLiteral("filterModel"));
    m_output->setObjectName(QStringLiteral("outputModel"));
    m_input->setName(tr("Input"));
    m_filter->setName(tr("Filter"));
    m_output->setName(tr("Output"));
    m_output->setEditable(false);

    m_input->applyContent(MatrixContent{{conv::seedInput()}, {}});
    m_filter->applyContent(MatrixContent{{conv::presetKernel(conv::Preset::HorizontalEdge)}, {}});
    m_input->setUndoStack(undoStack);
    m_filter->setUndoStack(undoStack);

    connect(m_input, &MatrixModel::contentChanged, this, &ConvolutionDocument::recompute);
    connect(m_filter, &MatrixModel::contentChanged, this, &ConvolutionDocument::recompute);
    connect(m_input, &MatrixModel::channelChanged, this, &ConvolutionDocument::updateDecorations);
    connect(m_filter, &MatrixModel::channelChanged, this, &ConvolutionDocument::updateDecorations);
    recompute();
}

void ConvolutionDocument::setSpec(const conv::Spec &spec, int mergeId)
{
    if (spec == m_spec)
        return;
    if (m_undoStack)
        m_undoStack->push(new SpecCommand(this, m_spec, spec, mergeId));
    else
        applySpec(spec);
}

void ConvolutionDocument::applySpec(const conv::Spec &spec)
{
    if (spec == m_spec)
        return;
    m_spec = spec;
    emit specChanged(m_spec);
    recompute();
}

QString ConvolutionDocument::presetName(conv::Preset preset)
{
    switch (preset) {
    case conv::Preset::HorizontalEdge: return tr("Horizontal edge (exam)");
    case conv::Preset::VerticalEdge: return tr("Vertical edge");
    case conv::Preset::SobelX: return tr("Sobel x");
    case conv::Preset::SobelY: return tr("Sobel y");
    case conv::Preset::Identity: return tr("Identity");
    case conv::Preset::BoxBlur: return tr("Box blur");
    case conv::Preset::Sharpen: return tr("Sharpen");
    case conv::Preset::Laplacian: return tr("Laplacian");
    }
    return QString();
}

void ConvolutionDocument::applyPreset(conv::Preset preset)
{
    MatrixContent content;
    content.volume.assign(size_t(std::max(1, m_filter->channelCount())), conv::presetKernel(preset));
    m_filter->replaceContent(content, tr("apply the %1 filter").arg(presetName(preset)));
}

std::optional<conv::Preset> ConvolutionDocument::matchingPreset() const
{
    if (m_filter->hasInvalidCells() || m_filter->volume().empty())
        return std::nullopt;
    for (conv::Preset p : conv::allPresets()) {
        const Eigen::MatrixXd k = conv::presetKernel(p);
        const bool all = std::all_of(m_filter->volume().begin(), m_filter->volume().end(), [&](const Eigen::MatrixXd &m) {
            return m.rows() == k.rows() && m.cols() == k.cols() && m == k;
        });
        if (all)
            return p;
    }
    return std::nullopt;
}

void ConvolutionDocument::recompute()
{
    const int stepBefore = currentStep();
    m_problem.clear();
    m_note.clear();

    const dlt::Volume &in = m_input->volume();
    const dlt::Volume &f = m_filter->volume();
    if (!in.empty() && !f.empty()) {
        m_rowsAxis = conv::axisSize(int(in.front().rows()), int(f.front().rows()), m_spec.stride.h, m_spec.padding.h,
                                    m_spec.dilation.h, "rows");
        m_colsAxis = conv::axisSize(int(in.front().cols()), int(f.front().cols()), m_spec.stride.w, m_spec.padding.w,
                                    m_spec.dilation.w, "cols");
    } else {
        m_rowsAxis = dlt::Error("conv.empty").with("which", std::string(in.empty() ? "input" : "filter"));
        m_colsAxis = m_rowsAxis;
    }

    if (m_input->hasInvalidCells()) {
        m_problem = sentence(m_input->firstProblem());
    } else if (m_filter->hasInvalidCells()) {
        m_problem = sentence(m_filter->firstProblem());
    } else if (auto g = conv::validate(in, f, m_spec); !g) {
        m_problem = sentence(errorText(g.error()));
    } else if ((long long)g->rows.out * g->cols.out * g->rows.k * g->cols.k * g->channels > kMaxInteractiveTaps) {
        // Too many multiplications to record on every keystroke: the output alone, without stepping.
        auto out = conv::compute(in, f, m_spec);
        if (out) {
            m_trace = conv::Trace{*g, std::move(out).value(), {}};
            m_traceSpec = m_spec;
            m_traceShapes = shapes(m_input, m_filter);
            m_hasResult = true;
            m_note = tr("Stepping is off for a problem this large (more than %L1 multiplications); "
                        "the output is computed directly.")
                         .arg(kMaxInteractiveTaps);
        } else {
            m_problem = sentence(errorText(out.error()));
        }
    } else if (auto t = conv::trace(in, f, m_spec)) {
        m_trace = std::move(t).value();
        m_traceSpec = m_spec;
        m_traceShapes = shapes(m_input, m_filter);
        m_hasResult = true;
    } else {
        m_problem = sentence(errorText(t.error()));
    }

    if (isValid() || m_hasResult) {
        MatrixContent outContent{{m_trace.output}, {}};
        if (!(outContent == m_output->content()))
            m_output->applyContent(outContent);
    }
    m_step = std::clamp(m_step, 0, std::max(0, stepCount() - 1));
    updateDecorations();
    emit resultChanged();
    if (currentStep() != stepBefore)
        emit currentStepChanged(currentStep());
}

bool ConvolutionDocument::traceMatchesGrids() const
{
    return m_hasResult && m_traceSpec == m_spec && m_traceShapes == shapes(m_input, m_filter);
}

void ConvolutionDocument::updateDecorations()
{
    m_input->setPadding(m_spec.padding.h, m_spec.padding.w);

    // The window of the last valid result is drawn only while it still fits the grids (for example
    // while one cell holds a typo); after a change of shape or spec it would point at the wrong cells.
    std::vector<CellMark> inputMarks, filterMarks;
    if (hasSteps()) {
        const conv::Step &s = m_trace.steps[size_t(m_step)];
        if (traceMatchesGrids())
            for (const conv::Tap &tap : s.taps) {
                if (tap.channel == m_input->channel())
                    inputMarks.push_back(CellMark{{tap.r, tap.c}, QStringLiteral("×") + numbertext::display(tap.weight)});
                if (tap.channel == m_filter->channel())
                    filterMarks.push_back(CellMark{{tap.kr, tap.kc}, QString()});
            }
        m_output->setCurrentCell(s.row, s.col);
    } else {
        m_output->setCurrentCell(-1, -1);
    }
    m_input->setMarks(inputMarks);
    m_filter->setMarks(filterMarks);

    // Never-reached rows/columns follow the current sizes, like the formula beside them.
    m_input->setUnreached(m_rowsAxis ? m_rowsAxis->unreached : 0, m_colsAxis ? m_colsAxis->unreached : 0);
    m_output->setRevealedCount(m_showAll || !hasSteps() ? -1 : m_step + 1);
    m_output->setStale(!isValid());
}

void ConvolutionDocument::setCurrentStep(int step)
{
    if (!hasSteps())
        return;
    step = std::clamp(step, 0, stepCount() - 1);
    if (step == m_step)
        return;
    m_step = step;
    updateDecorations();
    emit currentStepChanged(m_step);
}

void ConvolutionDocument::setShowAll(bool showAll)
{
    if (showAll == m_showAll)
        return;
    m_showAll = showAll;
    updateDecorations();
    emit showAllChanged(m_showAll);
}
