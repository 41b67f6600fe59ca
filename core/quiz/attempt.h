#pragma once

#include "common/result.h"
#include "question.h"
#include "scoring.h"

#include <cstdint>
#include <string>
#include <vector>

namespace dlt::quiz {

/** How to draw a quiz from a bank. */
struct QuizOptions {
    std::vector<std::string> topics; ///< empty: every topic
    int count = 10; ///< questions wanted, ≥ 1; fewer when the topics hold fewer
    std::uint64_t seed = 1; ///< the same seed and bank give the same quiz everywhere
    bool shuffleChoices = true;
};

/** One question as presented: the question, its choice order, the response and whether it was submitted. */
struct Item {
    Question question;
    std::vector<int> choiceOrder; ///< display position → choice index (identity when not shuffled)
    Response response; ///< in the question's own choice indices
    bool submitted = false;
};

/** Points and counts for one topic. */
struct TopicScore {
    std::string topic;
    int questions = 0;
    int correct = 0; ///< full credit
    double earned = 0; ///< points
    double possible = 0;
    bool operator==(const TopicScore &) const = default;
};

/** Totals over an attempt, with one row per topic in order of first appearance. */
struct Summary {
    int questions = 0;
    int answered = 0;
    int correct = 0;
    double earned = 0;
    double possible = 0;
    std::vector<TopicScore> topics;
};

/** 100·earned/possible, the percentage score; 0 when nothing was possible. */
double percentOf(double earned, double possible);

/** A quiz in progress or finished: the drawn questions, the student's responses and the scores. */
class Attempt
{
public:
    /**
     * Draws options.count questions from the bank: the questions of the chosen topics are shuffled
     * with the seed and the first count kept, then each question's choices are shuffled with the
     * same generator. Errors: quiz.bad_count(count), quiz.unknown_topic(topic), quiz.no_questions.
     */
    static Result<Attempt> start(const Bank &bank, const QuizOptions &options);

    /** An attempt over these questions in this order; choices shuffled with seed when asked. */
    static Attempt fromQuestions(std::vector<Question> questions, std::uint64_t seed, bool shuffleChoices);

    std::uint64_t seed() const { return m_seed; }
    int size() const { return int(m_items.size()); }
    const Item &item(int i) const { return m_items.at(size_t(i)); }
    const std::vector<Item> &items() const { return m_items; }

    /** The choice index shown at display position pos of item i. */
    int choiceAt(int i, int pos) const;

    /** Records a response (ignored for an unknown item or one already submitted). */
    void setResponse(int i, const Response &response);
    /** Locks item i's response in. */
    void submit(int i);
    /** Submits every item (the end of a quiz in "feedback at the end" mode). */
    void submitAll();
    bool allSubmitted() const;

    /** The grade of item i (unanswered scores 0). */
    Grade gradeOf(int i) const;
    /** Totals and the per-topic breakdown. */
    Summary summary() const;
    /** Items without full credit, in order. */
    std::vector<int> wrongItems() const;
    /** A fresh attempt over the given items' questions (e.g. wrongItems()), choices reshuffled with seed. */
    Attempt retake(const std::vector<int> &items, std::uint64_t seed) const;

private:
    std::uint64_t m_seed = 0;
    bool m_shuffleChoices = true;
    std::vector<Item> m_items;
};

} // namespace dlt::quiz
