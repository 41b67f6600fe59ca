#include "attempt.h"

#include "rng.h"

#include <algorithm>
#include <numeric>

namespace dlt::quiz {

namespace {

void shuffleChoicesOf(std::vector<Item> &items, Rng &rng, bool shuffle)
{
    for (Item &it : items) {
        it.choiceOrder.resize(it.question.choices.size());
        std::iota(it.choiceOrder.begin(), it.choiceOrder.end(), 0);
        if (shuffle && hasChoices(it.question.type))
            rng.shuffle(it.choiceOrder);
    }
}

} // namespace

double percentOf(double earned, double possible)
{
    return possible > 0 ? 100.0 * earned / possible : 0.0;
}

Result<Attempt> Attempt::start(const Bank &bank, const QuizOptions &options)
{
    if (options.count < 1)
        return Error("quiz.bad_count").with("count", (long long)options.count);
    const auto known = topics(bank);
    for (const std::string &t : options.topics)
        if (std::find(known.begin(), known.end(), t) == known.end())
            return Error("quiz.unknown_topic").with("topic", t);
    std::vector<int> pool;
    for (size_t i = 0; i < bank.questions.size(); ++i) {
        const auto &topic = bank.questions[i].topic;
        if (options.topics.empty()
            || std::find(options.topics.begin(), options.topics.end(), topic) != options.topics.end())
            pool.push_back(int(i));
    }
    if (pool.empty())
        return Error("quiz.no_questions");
    Rng rng(options.seed);
    rng.shuffle(pool);
    pool.resize(std::min(pool.size(), size_t(options.count)));
    Attempt a;
    a.m_seed = options.seed;
    a.m_shuffleChoices = options.shuffleChoices;
    for (int i : pool)
        a.m_items.push_back(Item { bank.questions[size_t(i)], {}, {}, false });
    shuffleChoicesOf(a.m_items, rng, options.shuffleChoices);
    return a;
}

Attempt Attempt::fromQuestions(std::vector<Question> questions, std::uint64_t seed, bool shuffleChoices)
{
    Attempt a;
    a.m_seed = seed;
    a.m_shuffleChoices = shuffleChoices;
    for (Question &q : questions)
        a.m_items.push_back(Item { std::move(q), {}, {}, false });
    Rng rng(seed);
    shuffleChoicesOf(a.m_items, rng, shuffleChoices);
    return a;
}

int Attempt::choiceAt(int i, int pos) const
{
    const Item &it = item(i);
    return it.choiceOrder.at(size_t(pos));
}

void Attempt::setResponse(int i, const Response &response)
{
    if (i < 0 || i >= size() || m_items[size_t(i)].submitted)
        return;
    m_items[size_t(i)].response = response;
}

void Attempt::submit(int i)
{
    if (i >= 0 && i < size())
        m_items[size_t(i)].submitted = true;
}

void Attempt::submitAll()
{
    for (Item &it : m_items)
        it.submitted = true;
}

bool Attempt::allSubmitted() const
{
    return std::all_of(m_items.begin(), m_items.end(), [](const Item &it) { return it.submitted; });
}

Grade Attempt::gradeOf(int i) const
{
    const Item &it = item(i);
    return grade(it.question, it.response);
}

Summary Attempt::summary() const
{
    Summary s;
    for (int i = 0; i < size(); ++i) {
        const Item &it = m_items[size_t(i)];
        const Grade g = gradeOf(i);
        auto row = std::find_if(
            s.topics.begin(), s.topics.end(), [&](const TopicScore &t) { return t.topic == it.question.topic; });
        if (row == s.topics.end()) {
            s.topics.push_back(TopicScore { it.question.topic });
            row = s.topics.end() - 1;
        }
        ++s.questions;
        ++row->questions;
        s.answered += g.answered ? 1 : 0;
        s.correct += g.correct ? 1 : 0;
        row->correct += g.correct ? 1 : 0;
        s.earned += g.earned;
        row->earned += g.earned;
        s.possible += g.possible;
        row->possible += g.possible;
    }
    return s;
}

std::vector<int> Attempt::wrongItems() const
{
    std::vector<int> out;
    for (int i = 0; i < size(); ++i)
        if (!gradeOf(i).correct)
            out.push_back(i);
    return out;
}

Attempt Attempt::retake(const std::vector<int> &items, std::uint64_t seed) const
{
    std::vector<Question> qs;
    for (int i : items)
        if (i >= 0 && i < size())
            qs.push_back(m_items[size_t(i)].question);
    return fromQuestions(std::move(qs), seed, m_shuffleChoices);
}

} // namespace dlt::quiz
