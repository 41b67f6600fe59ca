#pragma once

#include <Eigen/Core>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dlt::quiz {

/** The five question kinds; their stable names are the JSON "type" values. */
enum class QuestionType {
    TrueFalse, ///< "true_false": answer is a bool
    SingleChoice, ///< "single_choice": answer is one 0-based choice index
    MultipleChoice, ///< "multiple_choice": answer is a set of 0-based indices, graded with partial credit
    Numeric, ///< "numeric": answer is a number, accepted within ±tolerance
    Matrix, ///< "matrix": answer is a matrix, graded per cell within ±tolerance
};

/** "true_false", "single_choice", "multiple_choice", "numeric" or "matrix". */
const char *typeName(QuestionType type);
/** The type with this JSON name, or nothing. */
std::optional<QuestionType> typeFromName(std::string_view name);
/** Every type, in the order above. */
const std::vector<QuestionType> &allTypes();
/** True for single_choice and multiple_choice, the types that carry "choices". */
bool hasChoices(QuestionType type);

/** A matrix shown with a question (for example a convolution's input and filter). */
struct Figure {
    std::string caption;
    Eigen::MatrixXd matrix;
    bool operator==(const Figure &o) const
    {
        return caption == o.caption && matrix.rows() == o.matrix.rows() && matrix.cols() == o.matrix.cols()
            && matrix == o.matrix;
    }
};

/**
 * One question of a bank. Only the answer field that matches type is meaningful:
 * answerBool (true_false), answerIndex (single_choice), answerIndices (multiple_choice,
 * ascending, no repeats), answerNumber (numeric) or answerMatrix (matrix).
 */
struct Question {
    std::string id; ///< unique within a bank
    std::string topic; ///< free text, e.g. "conv_arithmetic"
    QuestionType type = QuestionType::TrueFalse;
    std::string prompt;
    std::vector<std::string> choices; ///< choice types only
    std::vector<std::string> choiceExplanations; ///< empty, or one per choice: why that choice is right or wrong
    std::string explanation; ///< the worked reason for the key
    double points = 1; ///< > 0
    double tolerance = 0; ///< numeric and matrix: accepted absolute error (per cell)
    std::string source; ///< optional citation
    std::vector<std::string> rowLabels; ///< matrix only, optional: one per answer row
    std::vector<std::string> columnLabels; ///< matrix only, optional: one per answer column
    std::vector<Figure> figures; ///< optional matrices shown under the prompt

    bool answerBool = false;
    int answerIndex = 0;
    std::vector<int> answerIndices;
    double answerNumber = 0;
    Eigen::MatrixXd answerMatrix;

    /** Field-by-field equality; answer fields of other types are ignored. */
    bool operator==(const Question &o) const;
};

/** A question bank: a title and its questions, in file order. */
struct Bank {
    std::string title;
    std::vector<Question> questions;
    bool operator==(const Bank &) const = default;
};

/** The distinct topics of a bank, in order of first appearance. */
std::vector<std::string> topics(const Bank &bank);

/** Each topic with its number of questions, in order of first appearance. */
std::vector<std::pair<std::string, int>> topicCounts(const Bank &bank);

/** How many questions of each type, indexed by int(QuestionType). */
std::vector<int> countByType(const Bank &bank);

} // namespace dlt::quiz
