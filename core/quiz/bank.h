#pragma once

#include "common/error.h"
#include "question.h"

#include <string>
#include <string_view>
#include <vector>

namespace dlt::quiz {

/** The bank file's "format" value and the newest "version" this build reads and writes. */
inline constexpr const char *kBankFormat = "dltutor-quiz";
inline constexpr int kBankVersion = 1;

/** Limits that keep a stray file from exhausting memory or the screen. */
inline constexpr int kMaxQuestions = 5000;
inline constexpr int kMaxChoices = 12;
inline constexpr int kMaxMatrixSide = 32;

/**
 * The outcome of reading a bank: the bank when problems is empty, otherwise every problem found
 * (the bank is then unusable as a whole and must not replace a loaded one).
 */
struct BankLoad {
    Bank bank;
    std::vector<Error> problems;
    bool ok() const { return problems.empty(); }
};

/**
 * Parses and validates a bank in the JSON format
 * {"format": "dltutor-quiz", "version": 1, "title": "...", "questions": [...]}.
 * Every problem is collected. File-level keys: quiz.empty, quiz.invalid_json(line, column),
 * quiz.truncated_json(line, column), quiz.not_object, quiz.missing_format, quiz.bad_format(value),
 * quiz.missing_version, quiz.bad_version(value), quiz.unsupported_version(version, supported),
 * quiz.bank_field_type(field, expected), quiz.unknown_bank_field(field), quiz.missing_questions,
 * quiz.questions_not_array, quiz.no_questions, quiz.too_many_questions(count, max).
 * Per-question keys carry question (the id, or "#N" when the id is unusable), index (1-based)
 * and field: quiz.question_not_object, quiz.missing_id, quiz.duplicate_id(first_index),
 * quiz.missing_field, quiz.field_type(expected), quiz.empty_field, quiz.unknown_field,
 * quiz.unknown_type(value), quiz.field_not_allowed(type), quiz.answer_kind(type, expected),
 * quiz.answer_out_of_range(value, count), quiz.answer_duplicate(value), quiz.answer_empty,
 * quiz.empty_choices, quiz.too_many_choices(count, max), quiz.count_mismatch(got, expected),
 * quiz.bad_points(value), quiz.bad_tolerance(value), quiz.matrix_empty, quiz.matrix_ragged(row, got, expected),
 * quiz.matrix_too_large(rows, cols, max).
 * A wrong format or version stops the check before the questions (the file is not a bank of this version).
 */
BankLoad parseBankJson(std::string_view text);

/**
 * The compact listing of the command line: [{"id", "topic", "type", "prompt", "choices", "answer"}, ...]
 * (choices is [] for types without choices; answer is a bool, an index, a list of indices, a number or
 * a list of rows), indented, with a trailing newline.
 */
std::string bankListJson(const Bank &bank);

/** Writes a bank as indented JSON (keys in the documented order, trailing newline); parseBankJson reads it back equal.
 */
std::string bankToJson(const Bank &bank);

} // namespace dlt::quiz
