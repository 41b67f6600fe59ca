#include "errortext.h"

#include <QCoreApplication>

#include <span>

// Sentences for the rnn.* keys of core/rnn.
namespace errortables {
namespace {
const ErrorTemplate kRnn[] = {
    {"rnn.unknown_activation", QT_TRANSLATE_NOOP("ErrorText", "unknown activation '%{name}'; choose sigmoid, tanh, relu or linear")},
    {"rnn.empty_matrix", QT_TRANSLATE_NOOP("ErrorText", "W_hh is empty; enter at least one number")},
    {"rnn.not_square", QT_TRANSLATE_NOOP("ErrorText", "W_hh must be square, but it has %{rows} rows and %{cols} columns")},
    {"rnn.too_large", QT_TRANSLATE_NOOP("ErrorText", "W_hh is %{n}×%{n}; the largest size supported is %{max}×%{max}")},
    {"rnn.vector_length", QT_TRANSLATE_NOOP("ErrorText", "%{vector} has %{got} entries, but W_hh is %{expected}×%{expected}: give %{expected} entries or leave it empty for the default")},
    {"rnn.negative_steps", QT_TRANSLATE_NOOP("ErrorText", "the number of steps T must be 0 or more, not %{steps}")},
    {"rnn.too_many_steps", QT_TRANSLATE_NOOP("ErrorText", "T = %{steps} steps is more than the %{max} supported")},
    {"rnn.not_finite", QT_TRANSLATE_NOOP("ErrorText", "%{what} has an entry that is not a finite number at row %{row}, column %{column}")},
    {"rnn.entry_too_large", QT_TRANSLATE_NOOP("ErrorText", "%{what} has the entry %{value} at row %{row}, column %{column}; entries must lie between −%{max} and %{max}")},
    {"rnn.bad_scale", QT_TRANSLATE_NOOP("ErrorText", "the scale factor %{value} must be a finite number between −%{max} and %{max}")},
    {"rnn.preset_size", QT_TRANSLATE_NOOP("ErrorText", "a preset needs a size n from 1 to %{max}, not %{n}")},
    {"rnn.eigen_failed", QT_TRANSLATE_NOOP("ErrorText", "the eigenvalue computation did not converge (LAPACK info %{info})")},
    {"rnn.lapack_unavailable", QT_TRANSLATE_NOOP("ErrorText", "the eigenvalues need the OpenBLAS library %{library}, which could not be loaded: %{reason}")},
    {"rnn.cancelled", QT_TRANSLATE_NOOP("ErrorText", "the computation was cancelled")},
};
} // namespace
std::span<const ErrorTemplate> rnn() { return kRnn; }
} // namespace errortables
