#include "text/errortext.h"

#include <QCoreApplication>

#include <span>

// Sentences for the image.* keys of core/image (the image demo on the convolution page).
namespace errortables {
namespace {
const ErrorTemplate kImage[] = {
    {"image.empty", QT_TRANSLATE_NOOP("ErrorText", "the image is empty (%{width}×%{height} pixels)")},
    {"image.too_large", QT_TRANSLATE_NOOP("ErrorText", "the image is %{width}×%{height} pixels; the limit is %{max} per side")},
    {"image.layout", QT_TRANSLATE_NOOP("ErrorText", "the image's pixel data could not be read")},
    {"image.bad_max_side", QT_TRANSLATE_NOOP("ErrorText", "the largest side after downscaling must be at least 1 pixel, not %{value}")},
    {"image.bad_position", QT_TRANSLATE_NOOP("ErrorText", "output %{axis} %{value} is outside the feature map (0 to %{max})")},
    {"image.cancelled", QT_TRANSLATE_NOOP("ErrorText", "the computation was cancelled")},
    {"image.out_of_memory", QT_TRANSLATE_NOOP("ErrorText", "there is not enough memory for this image; turn on downscaling")},
};
} // namespace
std::span<const ErrorTemplate> image() { return kImage; }
} // namespace errortables
