#include "errortext.h"

#include <QCoreApplication>

#include <span>

// Sentences for the export.* keys of the 'dltutor export KIND' dispatcher.
namespace errortables {
namespace {
const ErrorTemplate kExport[] = {
    {"export.missing_kind", QT_TRANSLATE_NOOP("ErrorText", "say what to export: one of %{kinds}")},
    {"export.unknown_kind", QT_TRANSLATE_NOOP("ErrorText", "cannot export '%{kind}'; choose one of %{kinds}")},
    {"export.no_page", QT_TRANSLATE_NOOP("ErrorText", "there is no page '%{page}' to export")},
    {"export.no_steps", QT_TRANSLATE_NOOP("ErrorText", "the convolution has no steps to export: fix the input first, or make it small enough to step through")},
    {"export.busy", QT_TRANSLATE_NOOP("ErrorText", "the steps are still being written; wait for that export to finish")},
    {"export.too_large", QT_TRANSLATE_NOOP("ErrorText", "the image would be %{width} × %{height} pixels, more than %{max} on a side; choose a smaller scale or a smaller problem")},
    {"export.sheet_too_large", QT_TRANSLATE_NOOP("ErrorText", "a worked solution sheet holds at most %{max} products and this convolution has %{taps}; export single steps instead")},
    {"export.step_out_of_range", QT_TRANSLATE_NOOP("ErrorText", "there is no step %{step}: this convolution has steps 1 to %{count}")},
    {"export.choose_one", QT_TRANSLATE_NOOP("ErrorText", "choose exactly one of %{options}")},
};
} // namespace
std::span<const ErrorTemplate> exportKinds() { return kExport; }
} // namespace errortables
