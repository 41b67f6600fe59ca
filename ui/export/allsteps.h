#pragma once

#include "common/result.h"

#include <QString>

#include <functional>

class ConvStepImage;

/**
 * Writes one PNG per step into folder (step-001.png, …; see stepFileName), each atomically.
 * progress(done, total) is called after every file; returning false stops (cancelled): the
 * files already written stay. keepGoing() is asked between painting a step and saving it, so a
 * cancel that arrives while a big step is painted writes nothing more. Runs on any thread. Returns the number of files written.
 * Errors: io.cannot_write(path, reason) for a folder that is missing, not a folder or not
 * writable (checked before the first file), export.too_large, and those of savePng.
 */
dlt::Result<int> writeAllSteps(const ConvStepImage &steps, const QString &folder, double scale,
                               const std::function<bool(int done, int total)> &progress = {},
                               const std::function<bool()> &keepGoing = {});
