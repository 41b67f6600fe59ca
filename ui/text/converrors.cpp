#include "errortext.h"

#include <QCoreApplication>

#include <span>

// Sentences for the conv.* keys of core/conv/conv.h. "axis" is "rows" or "cols";
// "which" is "input" or "filter"; row, col and channel are 1-based.
namespace errortables {
namespace {
const ErrorTemplate kConv[] = {
    {"conv.bad_stride", QT_TRANSLATE_NOOP("ErrorText", "the stride for %{axis} must be a whole number from 1 to 8192, not %{value}")},
    {"conv.bad_dilation", QT_TRANSLATE_NOOP("ErrorText", "the dilation for %{axis} must be a whole number from 1 to 8192, not %{value}")},
    {"conv.bad_padding", QT_TRANSLATE_NOOP("ErrorText", "the padding for %{axis} must be a whole number from 0 to 8192, not %{value}")},
    {"conv.filter_too_large", QT_TRANSLATE_NOOP("ErrorText", "the filter does not fit along %{axis}: its dilated size %{effective} is larger than the padded input size %{padded}; add padding, lower the dilation or use a smaller filter")},
    {"conv.empty", QT_TRANSLATE_NOOP("ErrorText", "the %{which} is empty")},
    {"conv.too_large", QT_TRANSLATE_NOOP("ErrorText", "the %{which} is %{rows}×%{cols}, larger than the limit of %{max} per side")},
    {"conv.too_many_channels", QT_TRANSLATE_NOOP("ErrorText", "the %{which} has %{channels} channels; the limit is %{max}")},
    {"conv.channel_shape", QT_TRANSLATE_NOOP("ErrorText", "channel %{channel} of the %{which} is not the same size as channel 1")},
    {"conv.output_overflow", QT_TRANSLATE_NOOP("ErrorText", "output row %{row}, column %{col} is too large to compute: the products sum past ±1.8e308; use smaller values")},
    {"conv.overflow", QT_TRANSLATE_NOOP("ErrorText", "the output is too large to compute in single precision (past ±3.4e38); use smaller values")},
    {"conv.not_finite", QT_TRANSLATE_NOOP("ErrorText", "the %{which} holds a value that is not a finite number (channel %{channel}, row %{row}, column %{col})")},
    {"conv.channel_mismatch", QT_TRANSLATE_NOOP("ErrorText", "the input has %{input} channel(s) but the filter has %{filter}; every input channel needs its own filter channel")},
    {"conv.trace_too_large", QT_TRANSLATE_NOOP("ErrorText", "a step-by-step trace would need %{taps} multiplications, more than the limit of %{max}")},
};
} // namespace
std::span<const ErrorTemplate> conv() { return kConv; }
} // namespace errortables
