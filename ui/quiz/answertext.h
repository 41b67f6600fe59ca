#pragma once

#include "quiz/attempt.h"
#include "quiz/scoring.h"

#include <QString>

/** How questions, answers and feedback are written on the quiz screens (text only, no grading). */
namespace answertext {

/** The topic as shown ("Convolution arithmetic"). */
QString topic(const dlt::quiz::Question &q);

/** The text of the choice shown at display position pos, prefixed with its key: "2. Same, more". */
QString choiceAt(const dlt::quiz::Item &item, int pos);

/** The student's answer in words: "2. Same, more", "True", "28", "3 of 25 cells filled", or "no answer". */
QString response(const dlt::quiz::Item &item);

/** The correct answer in words, choices numbered as displayed. */
QString key(const dlt::quiz::Item &item);

/**
 * "1 question" or "N questions": tr(one) for 1, tr(many) with %1 = n otherwise. Callers mark both
 * with QT_TRANSLATE_NOOP("answertext", ...) so lupdate extracts them.
 */
QString count(qsizetype n, const char *one, const char *many);

/** "2.5 of 5" points, numbers as numbertext::display writes them. */
QString points(double earned, double possible);

/**
 * The feedback block (rich text): the verdict and points, the correct answer, the explanation,
 * and for every wrong choice the student picked (and every right one missed) why.
 */
QString feedbackHtml(const dlt::quiz::Item &item, const dlt::quiz::Grade &grade);

} // namespace answertext
