#pragma once

#include "graph/evaluate.h"
#include "graph/graph.h"
#include "graph/instance.h"
#include "graph/unshared.h"

#include <QObject>
#include <QString>

#include <optional>

/** Everything a student chooses on the graph page; one value, swapped whole by undo commands. */
struct GraphOptions {
    dlt::graph::CellKind cell = dlt::graph::CellKind::Rnn;
    bool unrolled = false; ///< false: the folded cell with its delay loop
    int steps = 4; ///< τ of the unrolled view
    dlt::graph::Sizes sizes; ///< hidden, input, classes of the numeric instance
    quint64 seed = 1; ///< seeds the instance's parameters and data
    bool unshared = false; ///< draw W(1), W(2), … as separate copies
    double learningRate = 0.5; ///< η of the one SGD step that shows the copies drifting apart

    bool operator==(const GraphOptions &o) const = default;
};

/**
 * The graph page's data: the options and what core computes from them — the graph shown, the
 * numeric instance, forward values, BPTT gradients and the unshared step. Emits changed()
 * after every recomputation.
 */
class GraphDocument : public QObject
{
    Q_OBJECT

public:
    explicit GraphDocument(QObject *parent = nullptr);

    const GraphOptions &options() const { return m_options; }
    /** Recomputes everything; an invalid option leaves the previous state and sets error(). */
    void setOptions(const GraphOptions &options);

    /** The graph on screen: folded, unrolled, or unrolled with unshared copies. */
    const dlt::graph::Graph &graph() const { return m_graph; }
    /** The unrolled graph with shared parameters, also while the unshared graph is shown. */
    const dlt::graph::Graph &sharedGraph() const { return m_shared; }
    const dlt::graph::Instance &instance() const { return m_instance; }
    /** Forward values and gradients of graph(); empty for the folded view. */
    const dlt::graph::Values &values() const { return m_values; }
    const dlt::graph::Gradients &gradients() const { return m_gradients; }
    /** Gradients of sharedGraph(), for the running sums. */
    const dlt::graph::Gradients &sharedGradients() const { return m_sharedGradients; }
    /** The one-step comparison of the unshared copies. */
    const std::optional<dlt::graph::UnsharedStep> &unsharedStep() const { return m_step; }
    bool hasNumbers() const { return !m_values.empty(); }

    /** The error of the last setOptions(), or an empty key. */
    const dlt::Error &error() const { return m_error; }

signals:
    void changed();

private:
    dlt::Status compute(const GraphOptions &o);

    GraphOptions m_options;
    dlt::graph::Graph m_graph;
    dlt::graph::Graph m_shared;
    dlt::graph::Instance m_instance;
    dlt::graph::Values m_values;
    dlt::graph::Gradients m_gradients;
    dlt::graph::Gradients m_sharedGradients;
    std::optional<dlt::graph::UnsharedStep> m_step;
    dlt::Error m_error;
};
