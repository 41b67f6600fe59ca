#include "mock.h"

#include "generate.h"
#include "rng.h"

namespace dlt::quiz {

Result<MockExam> composeMock(const Bank &bank, std::uint64_t seed)
{
    std::vector<int> pool;
    for (size_t i = 0; i < bank.questions.size(); ++i) {
        const QuestionType t = bank.questions[i].type;
        if (t == QuestionType::TrueFalse || hasChoices(t))
            pool.push_back(int(i));
    }
    if (pool.size() < size_t(kMockChoiceQuestions))
        return Error("quiz.mock_needs_choice_questions")
            .with("have", (long long)pool.size())
            .with("need", (long long)kMockChoiceQuestions);
    auto conv = generateConvolution(seed, kMockConvolutionPoints);
    if (!conv)
        return conv.error();
    auto layers = generateLayerSizes(seed, kMockLayerPoints);
    if (!layers)
        return layers.error();
    auto gradient = generateGradient(seed, kMockGradientPoints / 2, kMockGradientPoints / 2);
    if (!gradient)
        return gradient.error();

    std::vector<Question> qs = { *conv, *layers };
    qs.insert(qs.end(), gradient->begin(), gradient->end());
    Rng rng(seed ^ 0x5DEECE66DULL);
    rng.shuffle(pool);
    for (int k = 0; k < kMockChoiceQuestions; ++k) {
        Question q = bank.questions[size_t(pool[size_t(k)])];
        q.points = kMockChoicePoints;
        qs.push_back(std::move(q));
    }
    MockExam exam { Attempt::fromQuestions(std::move(qs), seed, true), {} };
    exam.sections = {
        MockSection { "convolution", { 0 }, kMockConvolutionPoints },
        MockSection { "layers", { 1 }, kMockLayerPoints },
        MockSection { "gradient", { 2, 3 }, kMockGradientPoints },
        MockSection { "choice", { 4, 5, 6, 7 }, kMockChoiceQuestions * kMockChoicePoints },
    };
    return exam;
}

const std::string &graduatePrompt()
{
    static const std::string p
        = "RNN cells computational graph. An RNN is composed of RNN cells, like an LSTM or a GRU: take the RNN's "
          "formulas a^(t) = b + W h^(t−1) + U x^(t), h^(t) = tanh(a^(t)), o^(t) = c + V h^(t), "
          "ŷ^(t) = softmax(o^(t)) as the definition of one cell. Draw the computational graph of the forward "
          "computation of one RNN cell, on paper, then tick below what your answer shows.";
    return p;
}

const std::vector<RubricItem> &graduateRubric()
{
    static const std::vector<RubricItem> r = {
        { "cell",
            "One cell's forward computation: W h^(t−1) and U x^(t) added with b into a^(t), tanh to h^(t), "
            "V h^(t) + c to o^(t), softmax to ŷ^(t), and the loss L^(t) against y^(t).",
            6 },
        { "shared",
            "The parameters W, U, V (and b, c) are shared across time: a delay (feedback) loop on h in the "
            "folded cell, or the same parameter node feeding every step of the unfolded graph.",
            5 },
        { "not_copies",
            "W^(t), U^(t), V^(t) are not drawn as independent per-step parameters (one back-propagation "
            "would make them different).",
            3 },
        { "sum", "The gradient of a shared parameter is the sum over time: ∇_W L = Σ_t ∇_{W^(t)} L.", 3 },
        { "paths",
            "Every loss L^(t) has a path back to every use of the shared matrices, so the reverse graph "
            "collects all the contributions.",
            3 },
    };
    return r;
}

MockResult scoreMock(
    const std::vector<MockSection> &sections, const Attempt &attempt, bool graduate, const std::vector<bool> &checked)
{
    MockResult r;
    for (const MockSection &s : sections) {
        SectionScore sc { s.id, 0, 0 };
        for (int i : s.items) {
            if (i < 0 || i >= attempt.size())
                continue;
            const Grade g = attempt.gradeOf(i);
            sc.earned += g.earned;
            sc.possible += g.possible;
        }
        r.earned += sc.earned;
        r.possible += sc.possible;
        r.sections.push_back(sc);
    }
    r.graduate = graduate;
    if (graduate) {
        const auto &rubric = graduateRubric();
        for (size_t i = 0; i < rubric.size(); ++i) {
            r.rubricPossible += rubric[i].points;
            if (i < checked.size() && checked[i])
                r.rubricEarned += rubric[i].points;
        }
        r.multiplier = kGraduateMultiplier;
        r.graduateEarned = r.earned * r.multiplier + r.rubricEarned;
        r.graduatePossible = r.possible * r.multiplier + r.rubricPossible;
    }
    return r;
}

} // namespace dlt::quiz
