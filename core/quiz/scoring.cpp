#include "scoring.h"

#include <algorithm>
#include <cmath>

namespace dlt::quiz {

bool withinTolerance(double given, double key, double tolerance)
{
    if (!std::isfinite(given))
        return false;
    return std::abs(given - key) <= tolerance + 1e-9 * std::max(1.0, std::abs(key));
}

Grade grade(const Question &q, const Response &r)
{
    Grade g;
    g.possible = q.points;
    g.answered = r.answered;
    if (!r.answered)
        return g;
    switch (q.type) {
    case QuestionType::TrueFalse:
        g.fraction = r.boolValue == q.answerBool ? 1 : 0;
        break;
    case QuestionType::SingleChoice:
        g.fraction = r.index == q.answerIndex ? 1 : 0;
        if (r.index != q.answerIndex && r.index >= 0)
            g.wrongSelected.push_back(r.index);
        break;
    case QuestionType::MultipleChoice: {
        const int n = int(q.choices.size());
        const int k = int(q.answerIndices.size());
        const int kWrong = n - k;
        std::vector<int> chosen = r.indices;
        std::sort(chosen.begin(), chosen.end());
        chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());
        int right = 0, wrong = 0;
        for (int c : chosen) {
            if (c < 0 || c >= n)
                continue;
            if (std::binary_search(q.answerIndices.begin(), q.answerIndices.end(), c)) {
                ++right;
            } else {
                ++wrong;
                g.wrongSelected.push_back(c);
            }
        }
        for (int c : q.answerIndices)
            if (!std::binary_search(chosen.begin(), chosen.end(), c))
                g.missed.push_back(c);
        double f = k > 0 ? double(right) / k : 0;
        if (kWrong > 0)
            f -= double(wrong) / kWrong;
        g.fraction = std::clamp(f, 0.0, 1.0);
        break;
    }
    case QuestionType::Numeric:
        g.fraction = withinTolerance(r.number, q.answerNumber, q.tolerance) ? 1 : 0;
        break;
    case QuestionType::Matrix: {
        const auto &key = q.answerMatrix;
        if (r.matrix.rows() != key.rows() || r.matrix.cols() != key.cols() || key.size() == 0)
            break;
        g.cellCorrect.resize(key.rows(), key.cols());
        for (Eigen::Index i = 0; i < key.rows(); ++i)
            for (Eigen::Index j = 0; j < key.cols(); ++j) {
                g.cellCorrect(i, j) = withinTolerance(r.matrix(i, j), key(i, j), q.tolerance);
                g.cellsRight += g.cellCorrect(i, j) ? 1 : 0;
            }
        g.fraction = double(g.cellsRight) / double(key.size());
        break;
    }
    }
    g.correct = g.fraction >= 1.0;
    g.earned = g.fraction * g.possible;
    return g;
}

Response keyResponse(const Question &q)
{
    Response r;
    r.answered = true;
    r.boolValue = q.answerBool;
    r.index = q.answerIndex;
    r.indices = q.answerIndices;
    r.number = q.answerNumber;
    r.matrix = q.answerMatrix;
    return r;
}

} // namespace dlt::quiz
