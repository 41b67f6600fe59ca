#include "graphdocument.h"

#include "graph/cellgraph.h"

using namespace dlt::graph;
using dlt::Result;

GraphDocument::GraphDocument(QObject *parent)
    : QObject(parent)
{
    (void)compute(m_options);
}

void GraphDocument::setOptions(const GraphOptions &options)
{
    const dlt::Status s = compute(options);
    m_error = s.ok() ? dlt::Error() : s.error();
    emit changed();
}

dlt::Status GraphDocument::compute(const GraphOptions &o)
{
    Result<Instance> in = makeInstance(o.cell, o.sizes, o.steps, o.seed);
    if (!in)
        return in.error();
    const GraphMode mode = !o.unrolled ? GraphMode::Folded : (o.unshared ? GraphMode::Unshared : GraphMode::Unrolled);
    Result<Graph> shown = buildCellGraph(o.cell, mode, o.steps);
    if (!shown)
        return shown.error();
    Result<Graph> shared = buildCellGraph(o.cell, GraphMode::Unrolled, o.steps);
    if (!shared)
        return shared.error();
    Result<Values> sharedValues = forward(*shared, *in);
    if (!sharedValues)
        return sharedValues.error();
    Result<Gradients> sharedGrads = backward(*shared, *sharedValues);
    if (!sharedGrads)
        return sharedGrads.error();
    Result<UnsharedStep> step = unsharedSgdStep(*in, o.learningRate);
    if (!step)
        return step.error();

    Values values;
    Gradients grads;
    if (mode == GraphMode::Unrolled) {
        values = *sharedValues;
        grads = *sharedGrads;
    } else if (mode == GraphMode::Unshared) {
        Result<Values> v = forward(*shown, *in);
        if (!v)
            return v.error();
        Result<Gradients> d = backward(*shown, *v);
        if (!d)
            return d.error();
        values = *v;
        grads = *d;
    }

    m_options = o;
    m_instance = *in;
    m_graph = *shown;
    m_shared = *shared;
    m_values = std::move(values);
    m_gradients = std::move(grads);
    m_sharedGradients = *sharedGrads;
    m_step = *step;
    return dlt::Ok {};
}
