#pragma once

#include "matrixtext/matrixtext.h"

#include <QLocale>
#include <QString>

/**
 * How numbers computed by core are written in the UI. Formatting only: the values come from
 * core unchanged. Negative numbers use the Unicode minus sign (U+2212).
 *
 * Numbers follow the default QLocale (set by i18n::apply): in a decimal-comma locale (es, de,
 * fr, ...) the decimal point is written ',' ("1,5"), elsewhere '.'. No thousands separators,
 * so every number shown reads back through dlt::parseNumber(text, parseOptions()).
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

/** True if locale writes its decimal point as ',' (es, de, fr, ...). */
bool usesDecimalComma(const QLocale &locale = QLocale());

/**
 * How core should parse what a user of locale types into a matrix or number field:
 * decimalComma for a decimal-comma locale (then cells are separated by spaces/tabs only).
 */
dlt::ParseOptions parseOptions(const QLocale &locale = QLocale());

/** Rewrites the decimal points of C-formatted number text ("1.5 2.25") for locale ("1,5 2,25"). */
QString localized(QString cText, const QLocale &locale = QLocale());

} // namespace numbertext
