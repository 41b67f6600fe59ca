#include "errortext.h"

#include <QCoreApplication>

#include <span>

// Sentences for the export.* keys of the 'dltutor export KIND' dispatcher.
namespace errortables {
namespace {
const ErrorTemplate kExport[] = {
    {"export.missing_kind", QT_TRANSLATE_NOOP("ErrorText", "say what to export: one of %{kinds}")},
    {"export.unknown_kind", QT_TRANSLATE_NOOP("ErrorText", "cannot export '%{kind}'; choose one of %{kinds}")},
};
} // namespace
std::span<const ErrorTemplate> exportKinds() { return kExport; }
} // namespace errortables
