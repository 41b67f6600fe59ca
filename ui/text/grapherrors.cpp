#include "errortext.h"

#include <QCoreApplication>

#include <span>

// Sentences for the graph.* keys of core/graph.
namespace errortables {
namespace {
const ErrorTemplate kGraph[] = {
    {"graph.steps_out_of_range", QT_TRANSLATE_NOOP("ErrorText", "τ = %{steps} time steps is out of range; unroll for %{min} to %{max} steps")},
    {"graph.size_out_of_range", QT_TRANSLATE_NOOP("ErrorText", "the %{name} size %{value} is out of range; choose %{min} to %{max}")},
    {"graph.bad_layout_option", QT_TRANSLATE_NOOP("ErrorText", "the graph layout option %{option} must be a positive number")},
    {"graph.folded_not_evaluable", QT_TRANSLATE_NOOP("ErrorText", "the folded graph has no numbers; unroll it to compute values and gradients")},
    {"graph.instance_mismatch", QT_TRANSLATE_NOOP("ErrorText", "the numbers belong to another cell or to fewer steps (graph τ = %{graph_steps}, numbers τ = %{instance_steps})")},
    {"graph.shape_mismatch", QT_TRANSLATE_NOOP("ErrorText", "node %{symbol} at step %{step}: the sizes of its operands do not match")},
    {"graph.bad_learning_rate", QT_TRANSLATE_NOOP("ErrorText", "the learning rate %{value} must be greater than 0 and at most %{max}")},
};
} // namespace
std::span<const ErrorTemplate> graph() { return kGraph; }
} // namespace errortables
