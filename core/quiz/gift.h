#pragma once

#include "bank.h"

#include <string>
#include <string_view>
#include <vector>

namespace dlt::quiz {

/**
 * Reads Moodle's GIFT format: true/false ({T}, {FALSE#wrong feedback#right feedback}), single-answer
 * multiple choice ({=right#why ~wrong#why}), multiple-answer choice with percentage weights
 * ({~%50%a ~%50%b ~%-100%c}: a choice is in the key when its weight is positive), numeric
 * ({#value:tolerance}, {#min..max}, {#value}), "::title::" (becomes the id; "gift-N" when absent,
 * "-2", "-3"… appended to repeats), "$CATEGORY:" (its last path segment becomes the topic, "general"
 * before any), "//" comments, "####general feedback" (the explanation), "#feedback" per choice
 * (choice_explanations), the escapes \~ \= \# \{ \} \: \\ and \n, and this app's metadata comments
 * "// dltutor-bank: TITLE", "// dltutor-points: P", "// dltutor-source: TEXT".
 * A text that is not UTF-8 is refused as a whole: gift.invalid_utf8(line, column) (1-based, column in bytes).
 * Every problem is collected with the question's title (or "#N"), its 1-based index and the line it
 * starts on: gift.empty, gift.unsupported_question(kind: description, essay, short answer, matching,
 * numeric with several answers), gift.unbalanced_braces, gift.bad_title, gift.several_correct,
 * gift.partial_credit, gift.no_correct_choice, gift.bad_weight(value), gift.bad_number(value),
 * gift.bad_metadata(field, value); then the bank's own checks (see parseBankJson).
 */
BankLoad parseGift(std::string_view text);

/** A bank written as GIFT, or the questions GIFT cannot carry. */
struct GiftExport {
    std::string text;
    std::vector<Error>
        problems; ///< gift.unsupported_type(question, index, type), gift.unsupported_field(question, index, field)
    bool ok() const { return problems.empty(); }
};

/**
 * Writes a bank as GIFT so that parseGift reads back an equal bank. Matrix questions and figures
 * have no GIFT form and are reported instead of being dropped. Multiple-answer weights are
 * +100/k % for each of the k correct choices and −100/k′ % for each of the k′ wrong ones,
 * which Moodle grades with the same rule as grade().
 */
GiftExport bankToGift(const Bank &bank);

} // namespace dlt::quiz
