#include "errortext.h"

#include <QCoreApplication>

#include <span>

// Session files: parse and validation problems (core/session) and file problems (ui/session).
namespace errortables {
namespace {
const ErrorTemplate kSession[] = {
    {"session.not_json", QT_TRANSLATE_NOOP("ErrorText", "line %{line}, column %{column}: the file is not valid JSON (it may be damaged or cut short)")},
    {"session.not_session", QT_TRANSLATE_NOOP("ErrorText", "this is not a DL Tutor session (it has no \"format\": \"dltutor-session\")")},
    {"session.newer_version", QT_TRANSLATE_NOOP("ErrorText", "the session was saved by a newer DL Tutor (format version %{version}; this version reads up to %{supported}); update DL Tutor to open it")},
    {"session.expected_object", QT_TRANSLATE_NOOP("ErrorText", "%{path}: expected an object { … }")},
    {"session.expected_array", QT_TRANSLATE_NOOP("ErrorText", "%{path}: expected a list [ … ]")},
    {"session.expected_pair", QT_TRANSLATE_NOOP("ErrorText", "%{path}: expected two whole numbers [rows, columns]")},
    {"session.expected_string", QT_TRANSLATE_NOOP("ErrorText", "%{path}: expected a text in quotes")},
    {"session.expected_bool", QT_TRANSLATE_NOOP("ErrorText", "%{path}: expected true or false")},
    {"session.expected_integer", QT_TRANSLATE_NOOP("ErrorText", "%{path}: expected a whole number from %{min} to %{max}")},
    {"session.expected_number", QT_TRANSLATE_NOOP("ErrorText", "%{path}: expected a number from %{min} to %{max}")},
    {"session.expected_one_of", QT_TRANSLATE_NOOP("ErrorText", "%{path}: expected one of %{choices}")},
    {"session.grid_empty", QT_TRANSLATE_NOOP("ErrorText", "%{path}: the matrix is empty")},
    {"session.grid_too_large", QT_TRANSLATE_NOOP("ErrorText", "%{path}: more than %{max} entries")},
    {"session.grid_ragged", QT_TRANSLATE_NOOP("ErrorText", "%{path}: this row has %{got} values but the first row has %{expected}")},
    {"session.grid_channel_shape", QT_TRANSLATE_NOOP("ErrorText", "%{path}: this channel's shape differs from the first channel's")},
    {"session.not_square", QT_TRANSLATE_NOOP("ErrorText", "%{path}: W_hh must be square (%{rows} rows, but this row has %{cols} values)")},
    {"session.bad_shape", QT_TRANSLATE_NOOP("ErrorText", "%{path}: '%{value}' is not an input size such as 224x224x3")},
    {"session.file_changed", QT_TRANSLATE_NOOP("ErrorText", "%{path} was changed on disk by another program since it was opened or saved")},
    {"session.file_deleted", QT_TRANSLATE_NOOP("ErrorText", "%{path} was deleted or moved since it was opened or saved")},
};
} // namespace
std::span<const ErrorTemplate> session() { return kSession; }
} // namespace errortables
