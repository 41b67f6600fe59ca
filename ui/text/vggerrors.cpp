#include "errortext.h"

#include <QCoreApplication>

#include <span>

// Sentences for the vgg.* keys of core/arch. "layer" is the 1-based position in the column,
// "token" the layer as written.
namespace errortables {
namespace {
const ErrorTemplate kVgg[] = {
    {"vgg.unknown_token", QT_TRANSLATE_NOOP("ErrorText", "layer %{layer} '%{token}': unknown layer; write C3D64, C1D256, LRN, M, FC4096 or S")},
    {"vgg.bad_conv", QT_TRANSLATE_NOOP("ErrorText", "layer %{layer} '%{token}': write a convolution as C<size>D<filters>, for example C3D64, optionally with S<stride> and P<padding> as in C11D96S4P0")},
    {"vgg.bad_pool", QT_TRANSLATE_NOOP("ErrorText", "layer %{layer} '%{token}': write max-pooling as M (2×2, stride 2) or M<size>S<stride>, for example M3S2")},
    {"vgg.bad_fc", QT_TRANSLATE_NOOP("ErrorText", "layer %{layer} '%{token}': write a fully connected layer as FC<units>, for example FC4096")},
    {"vgg.bad_layer_size", QT_TRANSLATE_NOOP("ErrorText", "layer %{layer} '%{token}': %{value} is not a valid size; sizes, filters, units and strides must be at least 1 and padding at least 0")},
    {"vgg.size_too_large", QT_TRANSLATE_NOOP("ErrorText", "layer %{layer} '%{token}': sizes larger than %{limit} are not supported")},
    {"vgg.even_kernel", QT_TRANSLATE_NOOP("ErrorText", "layer %{layer} '%{token}': an even kernel cannot keep the size with the same padding on both sides; give the padding, for example %{token}P0")},
    {"vgg.shrinks_to_nothing", QT_TRANSLATE_NOOP("ErrorText", "layer %{layer} '%{token}': its %{kernel}×%{kernel} window does not fit the %{height}×%{width} input (padding %{padding}), so the volume shrinks to nothing")},
    {"vgg.overflow", QT_TRANSLATE_NOOP("ErrorText", "layer %{layer} '%{token}': the counts are too large to compute exactly")},
    {"vgg.empty", QT_TRANSLATE_NOOP("ErrorText", "the column has no layers")},
    {"vgg.bad_input", QT_TRANSLATE_NOOP("ErrorText", "input size '%{value}' is not H×W×C; write three whole numbers, for example 224x224x3")},
    {"vgg.bad_input_size", QT_TRANSLATE_NOOP("ErrorText", "input size '%{value}': every side must be at least 1, not %{number}")},
    {"vgg.input_too_large", QT_TRANSLATE_NOOP("ErrorText", "input size '%{value}': sides larger than %{limit} are not supported")},
};
} // namespace
std::span<const ErrorTemplate> vgg() { return kVgg; }
} // namespace errortables
