#pragma once

#include "common/result.h"

#include <QString>

#include <string>

namespace cli {

/** Inputs larger than this are refused before parsing, so a stray file cannot exhaust memory. */
inline constexpr qint64 kMaxInputBytes = 64LL * 1024 * 1024;

/**
 * Reads a whole text input: a file path, or "-" for stdin. A UTF-8 byte-order
 * mark is dropped. Errors: io.cannot_open, io.is_directory, io.too_large (each with "path").
 */
dlt::Result<std::string> readInput(const QString &path, qint64 maxBytes = kMaxInputBytes);

} // namespace cli
