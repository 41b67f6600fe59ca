#pragma once

#include "common/result.h"

#include <Eigen/Core>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dlt {

/** A volume of C channels, each an H×W matrix (all the same shape once validated). */
using Volume = std::vector<Eigen::MatrixXd>;

/** Upper bounds that keep a typo from exhausting memory. */
struct MatrixLimits {
    int maxRows = 8192;
    int maxCols = 8192;
    int maxChannels = 512;
};

/**
 * How numbers are written, chosen by the caller from the user's locale.
 * decimalComma = false (English, Chinese, the command line, files): '.' is the decimal point and
 * cells are separated by spaces, tabs or commas.
 * decimalComma = true (Spanish, German, French, ...): ',' is a decimal point too ("1,5" is 1.5),
 * so cells are separated only by spaces or tabs; rows still by ';' or newlines.
 * '.' is a decimal point in both modes; there are no thousands separators.
 */
struct ParseOptions {
    bool decimalComma = false;
};

/**
 * Parses one matrix as a student pastes it.
 * Rows are separated by newlines or ';'; cells by tabs, spaces or (without options.decimalComma)
 * commas. Accepts integers,
 * decimals, exponents, a leading '+'/'-' and the Unicode minus '−'. CRLF is fine; blank
 * lines before and after are ignored. Errors (1-based "line"/"column" where they apply):
 * matrix.empty, matrix.bad_number(line, column, token), matrix.not_finite(line, column, token),
 * matrix.empty_cell(line, column), matrix.ragged(line, row, expected, got),
 * matrix.too_large(line, max), matrix.blank_line(line) (a blank line inside one matrix).
 */
Result<Eigen::MatrixXd> parseMatrix(std::string_view text, const MatrixLimits &limits = {},
                                    const ParseOptions &options = {});

/**
 * Parses a volume: channels are matrices separated by one or more blank lines, all the
 * same H×W. Extra error: matrix.channel_shape(channel, line, expected_rows, expected_cols, rows, cols),
 * matrix.too_many_channels(max).
 */
Result<Volume> parseVolume(std::string_view text, const MatrixLimits &limits = {}, const ParseOptions &options = {});

/** Parses a vector written as one row or one column ("1 2 3", "1;2;3"). Errors as parseMatrix plus matrix.not_vector(rows, cols). */
Result<Eigen::VectorXd> parseVector(std::string_view text, const MatrixLimits &limits = {},
                                    const ParseOptions &options = {});

/** Parses a single number token (same rules as a matrix cell); nullopt if it is not one finite number. */
std::optional<double> parseNumber(std::string_view token, const ParseOptions &options = {});

/** Formats a matrix back: cells separated by sep, rows by '\n' (trailing newline), shortest round-trip numbers. */
std::string formatMatrix(const Eigen::MatrixXd &m, char sep = '\t');

/** Formats a volume: channels separated by one blank line. parseVolume(formatVolume(v)) == v. */
std::string formatVolume(const Volume &v, char sep = '\t');

} // namespace dlt
