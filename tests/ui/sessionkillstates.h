#pragma once

// The states the kill-during-save test writes and expects, shared by the writer and the test.

#include "quiz/progress.h"
#include "session/session.h"

#include <string>

namespace killstates {

/** Two large sessions (a 200×200 input, 0.3–0.7 MB of JSON) that differ in every cell. */
inline dlt::session::Session session(int which)
{
    dlt::session::Session s;
    Eigen::MatrixXd m(200, 200);
    for (int r = 0; r < 200; ++r)
        for (int c = 0; c < 200; ++c)
            m(r, c) = which == 0 ? r * 0.5 + c : -(r * 200.0 + c) / 7.0;
    s.conv.input = dlt::session::gridFromMatrix(m);
    s.conv.step = which;
    s.vgg.columns = { { which == 0 ? "even" : "odd", { "C3D64", "M" } } };
    return s;
}

/** The attempt record with seed k: every stored history is the records k0, k0+1, …, k (oldest dropped past 1000). */
inline dlt::quiz::AttemptRecord record(std::uint64_t k)
{
    dlt::quiz::AttemptRecord r;
    r.when = "2026-01-01T00:00:00Z";
    r.kind = "quiz";
    r.bank = "kill test bank with a reasonably long title";
    r.seed = k;
    r.questions = 10;
    r.correct = int(k % 11);
    r.earned = double(k % 11);
    r.possible = 10;
    for (int t = 0; t < 4; ++t)
        r.topics.push_back({ "topic " + std::to_string(t), 3, 2, 2.5, 3 });
    return r;
}

} // namespace killstates
