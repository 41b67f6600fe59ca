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
 * Parses one matrix as a student pastes it.
 * Rows are separated by newlines or ';'; cells by tabs, spaces or commas. Accepts integers,
 * decimals, exponents, a leading '+'/'-' and the Unicode minus '−'. CRLF is fine; blank
 * lines before and after are ignored. Errors (1-based "line"/"column" where they apply):
 * matrix.empty, matrix.bad_number(line, column, token), matrix.not_finite(line, column, token),
 * matrix.empty_cell(line, column), matrix.ragged(line, row, expected, got),
 * matrix.too_large(line, max), matrix.blank_line(line) (a blank line inside one matrix).
 */
Result<Eigen::MatrixXd> parseMatrix(std::string_view text, const MatrixLimits &limits = {});

/**
 * Parses a volume: channels are matrices separated by one or more blank lines, all the
 * same H×W. Extra error: matrix.channel_shape(channel, line, expected_rows, expected_cols, rows, cols),
 * matrix.too_many_channels(max).
 */
Result<Volume> parseVolume(std::string_view text, const MatrixLimits &limits = {});

/** Parses a vector written as one row or one column ("1 2 3", "1;2;3"). Errors as parseMatrix plus matrix.not_vector(rows, cols). */
Result<Eigen::VectorXd> parseVector(std::string_view text, const MatrixLimits &limits = {});

/** Parses a single number token (same rules as a matrix cell); nullopt if it is not one finite number. */
std::optional<double> parseNumber(std::string_view token);

/** Formats a matrix back: cells separated by sep, rows by '\n' (trailing newline), shortest round-trip numbers. */
std::string formatMatrix(const Eigen::MatrixXd &m, char sep = '\t');

/** Formats a volume: channels separated by one blank line. parseVolume(formatVolume(v)) == v. */
std::string formatVolume(const Volume &v, char sep = '\t');

} // namespace dlt
