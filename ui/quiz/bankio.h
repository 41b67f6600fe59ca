#pragma once

#include "common/error.h"
#include "quiz/bank.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <string>

/** Reading and writing question banks as files; shared by the quiz page and the command line. */
namespace bankio {

/** Where the built-in bank is embedded (resources/quiz/builtin.json). */
inline constexpr const char *kBuiltinPath = ":/quiz/builtin.json";

/** The built-in bank (validated by the tests, so always usable). */
const dlt::quiz::Bank &builtinBank();

/** True when the path names a GIFT file (.gift or .txt, any case). */
bool isGiftPath(const QString &path);
/** True when the path names a JSON bank (.json, any case). */
bool isJsonPath(const QString &path);

/**
 * Parses bank text: GIFT when gift is true, JSON otherwise. With autodetect the text decides:
 * JSON when its first non-blank character is '{'.
 */
dlt::quiz::BankLoad parseText(const std::string &text, bool gift);
dlt::quiz::BankLoad parseTextAutodetect(const std::string &text);

/**
 * Reads a bank file ("-" is stdin): GIFT for .gift/.txt, JSON for .json, otherwise by content.
 * File errors (io.cannot_open, io.is_directory, io.too_large) come back as the only problem.
 */
dlt::quiz::BankLoad loadFile(const QString &path);

/**
 * Writes text to path atomically (QSaveFile: the old file stays intact until the new one is complete).
 * Returns an io.cannot_write error (path, reason) on failure, or nothing.
 */
std::optional<dlt::Error> saveAtomically(const QString &path, const QByteArray &data);

} // namespace bankio
