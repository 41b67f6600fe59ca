#pragma once

#include "question.h"

#include <Eigen/Core>

#include <vector>

namespace dlt::quiz {

/**
 * A student's answer to one question, in the question's own (unshuffled) choice indices.
 * Only the field matching the question's type is read; answered == false means skipped.
 * A matrix response may hold NaN for cells left empty.
 */
struct Response {
    bool answered = false;
    bool boolValue = false;
    int index = -1;
    std::vector<int> indices;
    double number = 0;
    Eigen::MatrixXd matrix;
};

/** The grade of one response. earned = fraction × possible. */
struct Grade {
    double fraction = 0; ///< in [0, 1]
    double earned = 0; ///< points
    double possible = 0; ///< the question's points
    bool answered = false;
    bool correct = false; ///< full credit
    std::vector<int> wrongSelected; ///< choice types: chosen indices that are not in the key
    std::vector<int> missed; ///< multiple_choice: key indices not chosen
    Eigen::Array<bool, Eigen::Dynamic, Eigen::Dynamic> cellCorrect; ///< matrix: per cell (empty on a shape mismatch)
    int cellsRight = 0; ///< matrix: cells within tolerance
};

/**
 * Grades a response.
 *  - true_false, single_choice: all or nothing.
 *  - multiple_choice (Moodle's rule): with k correct and k' wrong choices, each chosen correct
 *    choice adds 1/k, each chosen wrong choice subtracts 1/k' (nothing when k' = 0); the sum is
 *    floored at 0. Choosing every choice therefore scores 0.
 *  - numeric: full credit when |given − key| ≤ tolerance (plus 1e-9·max(1, |key|) for rounding).
 *  - matrix: fraction = cells within tolerance / all cells (same slack per cell); a response of
 *    another shape scores 0.
 * An unanswered question scores 0.
 */
Grade grade(const Question &question, const Response &response);

/** True when |given − key| ≤ tolerance with the rounding slack that grade() uses. */
bool withinTolerance(double given, double key, double tolerance);

/** The response that earns full credit (the key), for reviews and tests. */
Response keyResponse(const Question &question);

} // namespace dlt::quiz
