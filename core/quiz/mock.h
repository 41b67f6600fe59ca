#pragma once

#include "attempt.h"
#include "common/result.h"
#include "question.h"

#include <cstdint>
#include <string>
#include <vector>

namespace dlt::quiz {

/** Points of the mock midterm's parts, as in the review's "Questions and Grading". */
inline constexpr double kMockConvolutionPoints = 20;
inline constexpr double kMockLayerPoints = 20;
inline constexpr double kMockGradientPoints = 40; ///< 20 for the spectral radius, 20 for the verdict
inline constexpr int kMockChoiceQuestions = 4;
inline constexpr double kMockChoicePoints = 5;
/** The graduate question's points and the multiplier on the other parts for graduate students. */
inline constexpr double kGraduatePoints = 20;
inline constexpr double kGraduateMultiplier = 0.8;

/** One part of the mock midterm: a stable id, the items of the attempt it covers, its points. */
struct MockSection {
    std::string id; ///< "convolution", "layers", "gradient" or "choice"
    std::vector<int> items;
    double points = 0;
};

/** A composed mock midterm: the attempt to take and its sections (4 parts, 100 points). */
struct MockExam {
    Attempt attempt;
    std::vector<MockSection> sections;
};

/**
 * Composes the mock midterm for a seed: a generated convolution (20 points, per-cell credit),
 * generated layer sizes (20), a generated 2×2 W_hh (spectral radius 20 + verdict 20), and four
 * true/false or choice questions drawn from the bank with the seed (5 points each). Total 100.
 * Errors: quiz.mock_needs_choice_questions(have, need) when the bank has fewer than four, and
 * quiz.generation_failed(kind).
 */
Result<MockExam> composeMock(const Bank &bank, std::uint64_t seed);

/** One criterion of the graduate question's rubric, with the points it is worth. */
struct RubricItem {
    std::string id;
    std::string text;
    double points = 0;
};

/** The graduate question (the RNN cell's computational graph), as the review poses it. */
const std::string &graduatePrompt();
/** Its rubric; the points add up to kGraduatePoints. */
const std::vector<RubricItem> &graduateRubric();

/** One section's score on the results sheet. */
struct SectionScore {
    std::string id;
    double earned = 0;
    double possible = 0;
};

/** The mock midterm's results sheet. */
struct MockResult {
    std::vector<SectionScore> sections;
    double earned = 0; ///< the undergraduate score
    double possible = 0; ///< 100
    bool graduate = false;
    double rubricEarned = 0; ///< the graduate question, self-assessed
    double rubricPossible = 0; ///< kGraduatePoints
    double multiplier = 1; ///< kGraduateMultiplier for graduate students
    double graduateEarned = 0; ///< earned·multiplier + rubricEarned
    double graduatePossible = 0; ///< possible·multiplier + rubricPossible = 100
};

/**
 * Scores a finished mock attempt by section. With graduate, checked[i] says whether the answer
 * meets rubric item i (missing entries count as not met) and the graduate total is
 * earned·kGraduateMultiplier + the rubric points met.
 */
MockResult scoreMock(
    const std::vector<MockSection> &sections, const Attempt &attempt, bool graduate, const std::vector<bool> &checked);

} // namespace dlt::quiz
