#include "errortext.h"

#include <QCoreApplication>

#include <span>

namespace errortables {
namespace {
const ErrorTemplate kQuiz[] = {
    // the bank file as a whole
    { "quiz.empty", QT_TRANSLATE_NOOP("ErrorText", "the question bank is empty") },
    { "quiz.invalid_json", QT_TRANSLATE_NOOP("ErrorText", "line %{line}, column %{column}: this is not valid JSON") },
    { "quiz.truncated_json",
        QT_TRANSLATE_NOOP(
            "ErrorText", "line %{line}, column %{column}: the JSON ends too early (is the file cut off?)") },
    { "quiz.not_object",
        QT_TRANSLATE_NOOP(
            "ErrorText", "a question bank is a JSON object that starts {\"format\": \"dltutor-quiz\", ...") },
    { "quiz.missing_format",
        QT_TRANSLATE_NOOP("ErrorText", "field \"format\" is missing: a bank declares \"format\": \"dltutor-quiz\"") },
    { "quiz.bad_format",
        QT_TRANSLATE_NOOP("ErrorText", "field \"format\" is %{value}; a question bank has \"dltutor-quiz\"") },
    { "quiz.missing_version", QT_TRANSLATE_NOOP("ErrorText", "field \"version\" is missing") },
    { "quiz.bad_version",
        QT_TRANSLATE_NOOP("ErrorText", "field \"version\" is %{value}; it must be a whole number, 1 or more") },
    { "quiz.unsupported_version",
        QT_TRANSLATE_NOOP(
            "ErrorText", "the bank has version %{version}, but this DL Tutor reads version %{supported} or older") },
    { "quiz.bank_field_type", QT_TRANSLATE_NOOP("ErrorText", "field \"%{field}\" must be a %{expected}") },
    { "quiz.unknown_bank_field", QT_TRANSLATE_NOOP("ErrorText", "unknown top-level field \"%{field}\" (a typo?)") },
    { "quiz.missing_questions", QT_TRANSLATE_NOOP("ErrorText", "field \"questions\" is missing") },
    { "quiz.questions_not_array", QT_TRANSLATE_NOOP("ErrorText", "field \"questions\" must be an array [...]") },
    { "quiz.no_questions", QT_TRANSLATE_NOOP("ErrorText", "the bank has no questions") },
    { "quiz.too_many_questions",
        QT_TRANSLATE_NOOP("ErrorText", "the bank has %{count} questions; the limit is %{max}") },
    // one question
    { "quiz.question_not_object", QT_TRANSLATE_NOOP("ErrorText", "question %{question}: must be a JSON object {...}") },
    { "quiz.missing_id", QT_TRANSLATE_NOOP("ErrorText", "question %{question}: field \"id\" is missing") },
    { "quiz.duplicate_id",
        QT_TRANSLATE_NOOP("ErrorText",
            "question %{question} (#%{index}), field \"id\": the id is already used by question #%{first_index}") },
    { "quiz.missing_field", QT_TRANSLATE_NOOP("ErrorText", "question %{question}: field \"%{field}\" is missing") },
    { "quiz.field_type",
        QT_TRANSLATE_NOOP("ErrorText", "question %{question}, field \"%{field}\": must be a %{expected}") },
    { "quiz.empty_field",
        QT_TRANSLATE_NOOP("ErrorText", "question %{question}, field \"%{field}\": must not be empty") },
    { "quiz.unknown_field",
        QT_TRANSLATE_NOOP("ErrorText", "question %{question}: unknown field \"%{field}\" (a typo?)") },
    { "quiz.unknown_type",
        QT_TRANSLATE_NOOP("ErrorText",
            "question %{question}, field \"type\": unknown type \"%{value}\" (use true_false, single_choice, "
            "multiple_choice, numeric or matrix)") },
    { "quiz.field_not_allowed",
        QT_TRANSLATE_NOOP(
            "ErrorText", "question %{question}, field \"%{field}\": does not apply to a %{type} question") },
    { "quiz.answer_kind",
        QT_TRANSLATE_NOOP("ErrorText",
            "question %{question}, field \"%{field}\": the answer of a %{type} question must be: %{expected}") },
    { "quiz.answer_out_of_range",
        QT_TRANSLATE_NOOP("ErrorText",
            "question %{question}, field \"%{field}\": choice %{value} does not exist (there are %{count} choices, "
            "numbered from 0)") },
    { "quiz.answer_duplicate",
        QT_TRANSLATE_NOOP("ErrorText", "question %{question}, field \"%{field}\": choice %{value} is listed twice") },
    { "quiz.answer_empty",
        QT_TRANSLATE_NOOP(
            "ErrorText", "question %{question}, field \"%{field}\": at least one choice must be correct") },
    { "quiz.empty_choices",
        QT_TRANSLATE_NOOP("ErrorText", "question %{question}, field \"%{field}\": the list of choices is empty") },
    { "quiz.too_many_choices",
        QT_TRANSLATE_NOOP(
            "ErrorText", "question %{question}, field \"%{field}\": %{count} choices; the limit is %{max}") },
    { "quiz.count_mismatch",
        QT_TRANSLATE_NOOP(
            "ErrorText", "question %{question}, field \"%{field}\": %{got} entries, but %{expected} are needed") },
    { "quiz.bad_points",
        QT_TRANSLATE_NOOP("ErrorText",
            "question %{question}, field \"%{field}\": %{value} is not a number above 0 and at most 1000") },
    { "quiz.bad_tolerance",
        QT_TRANSLATE_NOOP(
            "ErrorText", "question %{question}, field \"%{field}\": %{value} is not a number of 0 or more") },
    { "quiz.matrix_empty",
        QT_TRANSLATE_NOOP("ErrorText", "question %{question}, field \"%{field}\": the matrix is empty") },
    { "quiz.matrix_ragged",
        QT_TRANSLATE_NOOP("ErrorText",
            "question %{question}, field \"%{field}\": row %{row} has %{got} values but the first row has "
            "%{expected}") },
    { "quiz.matrix_too_large",
        QT_TRANSLATE_NOOP("ErrorText",
            "question %{question}, field \"%{field}\": the matrix is %{rows}×%{cols}; the limit is %{max} per side") },
    // drawing a quiz
    { "quiz.bad_count", QT_TRANSLATE_NOOP("ErrorText", "ask for at least one question (got %{count})") },
    { "quiz.unknown_topic", QT_TRANSLATE_NOOP("ErrorText", "the bank has no topic \"%{topic}\"") },
    { "quiz.mock_needs_choice_questions",
        QT_TRANSLATE_NOOP("ErrorText",
            "the mock midterm needs %{need} true/false or multiple-choice questions, but the bank has %{have}") },
    { "quiz.generation_failed",
        QT_TRANSLATE_NOOP("ErrorText", "could not generate the %{kind} problem for this seed; try another seed") },
    // GIFT
    { "gift.empty", QT_TRANSLATE_NOOP("ErrorText", "the GIFT file holds no questions") },
    { "gift.invalid_utf8",
        QT_TRANSLATE_NOOP("ErrorText", "line %{line}, column %{column}: the GIFT file is not UTF-8 text; save it as UTF-8") },
    { "gift.unsupported_question",
        QT_TRANSLATE_NOOP("ErrorText",
            "question %{question} (line %{line}): %{kind} questions are not supported; use true/false, multiple choice "
            "or numeric") },
    { "gift.unbalanced_braces",
        QT_TRANSLATE_NOOP("ErrorText",
            "question %{question} (line %{line}): the answer braces { } do not match (escape a literal brace as "
            "\\{)") },
    { "gift.bad_title",
        QT_TRANSLATE_NOOP("ErrorText", "question %{question} (line %{line}): the ::title is not closed with ::") },
    { "gift.several_correct",
        QT_TRANSLATE_NOOP("ErrorText",
            "question %{question} (line %{line}): more than one answer is marked '='; for several correct answers give "
            "each a weight, ~%50%") },
    { "gift.partial_credit",
        QT_TRANSLATE_NOOP("ErrorText",
            "question %{question} (line %{line}): partial-credit weights work only in multiple-answer questions (no "
            "'=' answer)") },
    { "gift.no_correct_choice",
        QT_TRANSLATE_NOOP("ErrorText",
            "question %{question} (line %{line}): no answer is correct; mark one with '=' or give positive weights") },
    { "gift.bad_weight",
        QT_TRANSLATE_NOOP("ErrorText", "question %{question} (line %{line}): '%{value}' is not a weight like %50%") },
    { "gift.bad_number",
        QT_TRANSLATE_NOOP("ErrorText",
            "question %{question} (line %{line}): '%{value}' is not a number, value:tolerance or min..max") },
    { "gift.bad_metadata",
        QT_TRANSLATE_NOOP(
            "ErrorText", "question %{question} (line %{line}): dltutor-%{field} '%{value}' is not valid") },
    { "gift.unsupported_type",
        QT_TRANSLATE_NOOP("ErrorText", "question %{question}: %{type} questions have no GIFT form") },
    { "gift.unsupported_field",
        QT_TRANSLATE_NOOP("ErrorText", "question %{question}: its %{field} cannot be written as GIFT") },
    // the progress file
    { "progress.empty", QT_TRANSLATE_NOOP("ErrorText", "the progress file is empty") },
    { "progress.invalid_json",
        QT_TRANSLATE_NOOP("ErrorText", "the progress file is not valid JSON (line %{line}, column %{column})") },
    { "progress.truncated_json",
        QT_TRANSLATE_NOOP("ErrorText", "the progress file ends too early (line %{line}, column %{column})") },
    { "progress.bad_format", QT_TRANSLATE_NOOP("ErrorText", "the file is not a DL Tutor progress file") },
    { "progress.unsupported_version",
        QT_TRANSLATE_NOOP("ErrorText",
            "the progress file has version %{version}; this DL Tutor reads version %{supported} or older") },
    { "progress.bad_field",
        QT_TRANSLATE_NOOP(
            "ErrorText", "the progress file's attempt %{index}: field \"%{field}\" is missing or invalid") },
};
} // namespace
std::span<const ErrorTemplate> quiz()
{
    return kQuiz;
}
} // namespace errortables
