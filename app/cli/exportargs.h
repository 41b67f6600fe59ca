#pragma once

#include "cli/args.h"

#include "export/exportoptions.h"

#include <QImage>

#include <optional>
#include <vector>

namespace cli {

/** The options every `dltutor export KIND` shares: --scale S, --transparent, --out FILE. */
std::vector<OptionSpec> exportImageOptions();

/**
 * Reads --scale (1 to 4, default 1) and --transparent into options. On a bad value it reports
 * one line for subcommand and returns the exit status.
 */
std::optional<int> parseExportOptions(const QString &subcommand, const Args &a, ExportOptions &options);

/** Reads the required --out FILE. */
std::optional<int> parseOutPath(const QString &subcommand, const Args &a, QString &path);

/** Writes image to path atomically (no partial file on failure) and says so on stdout; BadInput on failure. */
int writeImage(const QString &subcommand, const QImage &image, const QString &path);

} // namespace cli
