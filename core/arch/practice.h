#pragma once

#include "shape.h"

#include <optional>
#include <string_view>
#include <vector>

namespace dlt::arch {

/** The outcome of checking one typed answer against the computed value. */
enum class Verdict {
    Empty,        ///< nothing typed
    Malformed,    ///< not a size (H×W×D) or not a whole number
    Correct,
    WrongSpatial, ///< depth right, height or width wrong
    WrongDepth,   ///< height and width right, depth wrong
    WrongShape,   ///< both wrong
    ForgotBiases, ///< the answer equals the weights alone
    TooHigh,
    TooLow,
};

/** A checked answer and what was read from it. */
struct AnswerCheck {
    Verdict verdict = Verdict::Empty;
    std::optional<Shape> shape;     ///< the size read from a size answer
    std::optional<long long> count; ///< the number read from a count answer

    bool correct() const { return verdict == Verdict::Correct; }
};

/**
 * Checks a typed output size such as "112x112x128" (separators as parseShape) against the
 * expected one. For a 1×1×N output, "N" alone is accepted as well.
 */
AnswerCheck checkShapeAnswer(const Shape &expected, std::string_view answer);

/**
 * Checks a typed whole number (digit groups may be separated by ',', '_', ''' or spaces)
 * against the expected count. weightsOnly, when given, is the count without biases, so that
 * slip gets its own verdict.
 */
AnswerCheck checkCountAnswer(long long expected, std::string_view answer,
                             std::optional<long long> weightsOnly = std::nullopt);

/** Checks a receptive-field answer: the window side, typed "10" or "10x10". */
AnswerCheck checkSideAnswer(long long expected, std::string_view answer);

/** How far a practice session has got. */
struct Tally {
    int cells = 0;    ///< cells to answer
    int answered = 0; ///< cells with an answer (Malformed counts as answered)
    int correct = 0;
};

/** Counts the verdicts of the answered cells out of `cells` (Empty verdicts are not answers). */
Tally tally(const std::vector<Verdict> &verdicts, int cells);

} // namespace dlt::arch
