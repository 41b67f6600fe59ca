#include "gradientdocument.h"
#include "text/numbertext.h"

#include "gradientcommands.h"

#include "matrixtext/matrixtext.h"

#include <QUndoStack>

bool GradientState::operator==(const GradientState &other) const
{
    return w.rows() == other.w.rows() && w.cols() == other.w.cols() && w == other.w && activation == other.activation
           && steps == other.steps && bias == other.bias && h0 == other.h0 && lossGrad == other.lossGrad
           && scale == other.scale;
}

GradientDocument::GradientDocument(QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_undoStack(undoStack)
{
    const dlt::rnn::Inputs seed = dlt::rnn::seedInputs();
    m_state.w = seed.w;
    m_state.activation = seed.activation;
}

QString GradientDocument::vectorText(VectorField field) const
{
    switch (field) {
    case VectorField::Bias:
        return m_state.bias;
    case VectorField::H0:
        return m_state.h0;
    case VectorField::LossGrad:
        return m_state.lossGrad;
    }
    return {};
}

void GradientDocument::push(const GradientState &next, const QString &text, int mergeId, int gesture)
{
    if (next == m_state)
        return;
    m_undoStack->push(new GradientEditCommand(this, m_state, next, text, mergeId, gesture));
}

void GradientDocument::changeEntry(int row, int column, double value)
{
    if (row < 0 || column < 0 || row >= size() || column >= size())
        return;
    GradientState next = m_state;
    next.w(row, column) = value;
    push(next, tr("Set W_hh[%1, %2]").arg(row + 1).arg(column + 1));
}

void GradientDocument::changeSize(int n)
{
    if (n < 1 || n > dlt::rnn::kMaxHidden || n == size())
        return;
    GradientState next = m_state;
    next.w = Eigen::MatrixXd::Zero(n, n);
    const int keep = std::min(n, size());
    next.w.topLeftCorner(keep, keep) = m_state.w.topLeftCorner(keep, keep);
    // A vector typed for the old size would now be an error: fall back to its default.
    for (QString *text : {&next.bias, &next.h0, &next.lossGrad}) {
        if (text->trimmed().isEmpty())
            continue;
        const auto v = dlt::parseVector(text->toStdString(), {}, numbertext::parseOptions());
        if (!v || v->size() != n)
            text->clear();
    }
    push(next, tr("Resize W_hh to %1×%1").arg(n));
}

void GradientDocument::changeActivation(dlt::rnn::Activation activation)
{
    GradientState next = m_state;
    next.activation = activation;
    push(next, tr("Change activation"));
}

void GradientDocument::changeSteps(long long steps)
{
    GradientState next = m_state;
    next.steps = steps;
    push(next, tr("Set T = %1").arg(steps));
}

void GradientDocument::changeVector(VectorField field, const QString &text)
{
    GradientState next = m_state;
    switch (field) {
    case VectorField::Bias:
        next.bias = text;
        push(next, tr("Edit b"));
        break;
    case VectorField::H0:
        next.h0 = text;
        push(next, tr("Edit h₀"));
        break;
    case VectorField::LossGrad:
        next.lossGrad = text;
        push(next, tr("Edit l"));
        break;
    }
}

void GradientDocument::changeScale(double scale, int gesture)
{
    GradientState next = m_state;
    next.scale = scale;
    push(next, tr("Scale W_hh"), GradientEditCommand::kScaleMergeId, gesture);
}

dlt::Status GradientDocument::loadPreset(dlt::rnn::Preset preset, const dlt::rnn::PresetParams &params)
{
    auto in = dlt::rnn::presetInputs(preset, params);
    if (!in)
        return in.error();
    GradientState next = m_state;
    next.w = in->w;
    next.activation = in->activation;
    auto text = [](const Eigen::VectorXd &v) {
        return v.size() == 0 ? QString() : QString::fromStdString(dlt::formatMatrix(v.transpose(), ' ')).trimmed();
    };
    next.bias = text(in->bias);
    next.h0 = text(in->h0);
    next.lossGrad = text(in->lossGrad);
    next.scale = 1.0;
    push(next, tr("Load preset"));
    return dlt::Ok{};
}

void GradientDocument::setState(const GradientState &state)
{
    const bool resized = state.w.rows() != m_state.w.rows();
    const bool values = !resized && state.w != m_state.w;
    m_state = state;
    if (resized)
        emit matrixResized();
    if (values)
        emit matrixValuesChanged();
    emit changed();
}

dlt::Result<dlt::rnn::Inputs> GradientDocument::inputs(VectorField *failedField) const
{
    dlt::rnn::Inputs in;
    in.w = m_state.w;
    in.activation = m_state.activation;
    in.steps = m_state.steps;
    in.scale = m_state.scale;
    const std::pair<VectorField, Eigen::VectorXd *> fields[] = {
        {VectorField::Bias, &in.bias}, {VectorField::H0, &in.h0}, {VectorField::LossGrad, &in.lossGrad}};
    for (const auto &[field, target] : fields) {
        const QString text = vectorText(field).trimmed();
        if (text.isEmpty())
            continue;
        auto v = dlt::parseVector(text.toStdString(), {}, numbertext::parseOptions());
        if (!v) {
            if (failedField)
                *failedField = field;
            return v.error();
        }
        *target = std::move(v).value();
    }
    return in;
}
