#pragma once

#include "architectureformat.h"

#include "arch/inference.h"
#include "arch/practice.h"

#include <QString>

/**
 * The text of one cell of the VGG table, and the check of a typed answer against it.
 * Layer cells read "name → value" (output size) or "name: value" (other quantities); the
 * delegate draws the name smaller. Formatting only: the values and the checks come from core.
 */
namespace archcell {

/** Which total a totals row shows. */
enum class Total { Parameters, Macs, Memory };

/** Between a layer's name and its output size: a thin-spaced arrow. */
QString arrow();

/** A layer cell: "conv3-64 → 224×224×64", "conv3-64: 1,792", "⚠ C3X" for an invalid layer. */
QString layer(const dlt::arch::LayerResult &layer, archformat::Quantity quantity);

/** A totals cell: "138,357,544 (138M)", "15.5G MACs", "60.4 MB"; "—" for a column with an error. */
QString total(const dlt::arch::ColumnResult &column, Total which);

/** A practice cell: the layer's name (empty for a total), then "?" or the typed answer with ✓ or ✗. */
QString practice(const QString &name, archformat::Quantity quantity, const QString &typed, bool correct);

/** Checks an answer typed for a layer's quantity. */
dlt::arch::AnswerCheck check(const dlt::arch::LayerResult &layer, archformat::Quantity quantity, const QString &typed);

/** Checks an answer typed for a column total (parameters or MACs). */
dlt::arch::AnswerCheck checkTotal(const dlt::arch::ColumnResult &column, Total which, const QString &typed);

} // namespace archcell
