#pragma once

#include "arch/inference.h"
#include "arch/practice.h"

#include <QString>

/**
 * How the VGG explorer writes core's numbers: layer names as in the paper's Table 1,
 * sizes, grouped counts and compact counts. Formatting only: every value comes from core.
 */
namespace archformat {

/** What the table's layer cells show. */
enum class Quantity {
    OutputSize,     ///< H×W×D after the layer
    Parameters,     ///< weights + biases
    Macs,           ///< multiply-accumulates
    ReceptiveField, ///< input window one unit sees
};

/** The paper's name of a layer: "conv3-64", "conv1-256", "LRN", "maxpool", "FC-4096", "soft-max";
 *  non-default strides and paddings are added ("conv11-96 /4 p0"); an unparsed layer keeps its token. */
QString layerName(const dlt::arch::LayerResult &layer);

/** "224×224×64" (sep "×") or "224x224x64" (sep "x"). */
QString shape(const dlt::arch::Shape &s, const QString &sep = QStringLiteral("\u00d7"));

/** A count in the user's locale, with digit grouping where the locale has it: "1,792". */
QString count(long long n);

/** A count with three significant digits and a suffix: "138M", "15.5G", "1.79k", "64". */
QString compact(long long n);

/** Bytes with three significant digits in decimal units: "12.8 MB", "4 kB", "602 kB". */
QString bytes(long long n);

/** One line of feedback for a practice answer (✓ or ✗ first), or an empty string for no answer. */
QString verdict(dlt::arch::Verdict v, bool sizeAnswer);

} // namespace archformat
