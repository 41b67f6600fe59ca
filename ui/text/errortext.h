#pragma once

#include <QString>

namespace dlt {
struct Error;
}

/** One core error key and its translatable English template, with %{name} placeholders. */
struct ErrorTemplate {
    const char *key;
    const char *text; ///< wrapped in QT_TRANSLATE_NOOP("ErrorText", ...)
};

/**
 * The user-facing sentence for a core error: the key's template, translated,
 * with each %{name} replaced by the error's argument. An unknown key still
 * gives a readable line (the key and its arguments), never an empty one.
 */
QString errorText(const dlt::Error &error);
