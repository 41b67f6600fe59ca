#pragma once

#include <QString>

/**
 * How numbers computed by core are written in the UI. Formatting only: the values come from
 * core unchanged. Negative numbers use the Unicode minus sign (U+2212).
 */
namespace numbertext {

/** A grid or formula number: integers exactly, others with at most 3 decimals (trailing zeros dropped). */
QString display(double v);

/** As display(), with a negative number wrapped in parentheses, for a factor of a product: "(−1)". */
QString factor(double v);

/** The shortest text that reads back to exactly v, with the Unicode minus; for tooltips. */
QString precise(double v);

/** An integer with the Unicode minus, e.g. for sizes in a formula. */
QString integer(long long v);

} // namespace numbertext
