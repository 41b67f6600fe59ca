#include "errortext.h"

#include <QCoreApplication>

#include <span>

namespace errortables {
namespace {
const ErrorTemplate kMatrix[] = {
    {"matrix.empty", QT_TRANSLATE_NOOP("ErrorText", "the matrix is empty: type numbers separated by spaces, one row per line")},
    {"matrix.bad_number", QT_TRANSLATE_NOOP("ErrorText", "line %{line}, column %{column}: '%{token}' is not a number")},
    {"matrix.not_finite", QT_TRANSLATE_NOOP("ErrorText", "line %{line}, column %{column}: '%{token}' is not a finite number")},
    {"matrix.empty_cell", QT_TRANSLATE_NOOP("ErrorText", "line %{line}, column %{column}: a value is missing between separators")},
    {"matrix.ragged", QT_TRANSLATE_NOOP("ErrorText", "line %{line}: row %{row} has %{got} values but the first row has %{expected}")},
    {"matrix.too_large", QT_TRANSLATE_NOOP("ErrorText", "line %{line}: the matrix is larger than the limit of %{max} per side")},
    {"matrix.blank_line", QT_TRANSLATE_NOOP("ErrorText", "line %{line}: a blank line splits the matrix (blank lines separate channels only in a volume)")},
    {"matrix.channel_shape", QT_TRANSLATE_NOOP("ErrorText", "line %{line}: channel %{channel} is %{rows}×%{cols} but channel 1 is %{expected_rows}×%{expected_cols}")},
    {"matrix.too_many_channels", QT_TRANSLATE_NOOP("ErrorText", "too many channels: the limit is %{max}")},
    {"matrix.not_vector", QT_TRANSLATE_NOOP("ErrorText", "expected one row or one column of values, got a %{rows}×%{cols} matrix")},
};
} // namespace
std::span<const ErrorTemplate> matrix() { return kMatrix; }
} // namespace errortables
