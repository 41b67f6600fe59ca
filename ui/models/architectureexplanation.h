#pragma once

#include "architectureformat.h"

#include "arch/inference.h"

#include <QString>

/**
 * The explanation panel's text for one cell of the VGG table, as rich text. Every number
 * is a field of core's results (sizes, factors, products); these functions only write them
 * into formulas such as (112 + 2·1 − 3)/1 + 1 = 112.
 */
namespace archexplain {

/** A layer cell: its size formula, parameters, MACs, receptive field and memory; focus comes first. */
QString layer(const dlt::arch::ColumnResult &column, int layerIndex, const QString &columnName,
              archformat::Quantity focus);

/** The input row. */
QString input(const dlt::arch::ColumnResult &column, const QString &columnName);

/** Which total a totals row shows. */
enum class Total { Parameters, Macs, Memory };

/** A totals row; paperMillions > 0 adds the paper's Table 2 figure for comparison. */
QString total(const dlt::arch::ColumnResult &column, const QString &columnName, Total which, int paperMillions);

/** In practice mode: what to type and the rule to use, without giving the answer away. */
QString practiceHint(const dlt::arch::LayerResult &layer, archformat::Quantity quantity);

/** One line for the size formula: "(112 + 2·1 − 3)/1 + 1 = 112", or "⌊(45 − 2)/2⌋ + 1 = 22". */
QString sizeFormula(const dlt::arch::SizeStep &step);

} // namespace archexplain
