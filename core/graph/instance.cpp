#include "instance.h"

#include "cellgraph.h"
#include "rng.h"

namespace dlt::graph {

namespace {

Error outOfRange(const char *name, int value, int lo, int hi)
{
    return Error("graph.size_out_of_range")
        .with("name", std::string(name))
        .with("value", (long long)value)
        .with("min", (long long)lo)
        .with("max", (long long)hi);
}

Eigen::MatrixXd draw(Rng &rng, int rows, int cols, double lo, double hi)
{
    Eigen::MatrixXd m(rows, cols);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            m(r, c) = rng.uniform(lo, hi);
    return m;
}

} // namespace

Status checkSizes(const Sizes &sizes, int steps)
{
    if (sizes.hidden < kMinHidden || sizes.hidden > kMaxHidden)
        return outOfRange("hidden", sizes.hidden, kMinHidden, kMaxHidden);
    if (sizes.input < kMinInput || sizes.input > kMaxInput)
        return outOfRange("input", sizes.input, kMinInput, kMaxInput);
    if (sizes.classes < kMinClasses || sizes.classes > kMaxClasses)
        return outOfRange("classes", sizes.classes, kMinClasses, kMaxClasses);
    if (steps < kMinSteps || steps > kMaxSteps)
        return Error("graph.steps_out_of_range")
            .with("steps", (long long)steps)
            .with("min", (long long)kMinSteps)
            .with("max", (long long)kMaxSteps);
    return Ok {};
}

Result<Instance> makeInstance(CellKind cell, const Sizes &sizes, int steps, std::uint64_t seed)
{
    if (Status s = checkSizes(sizes, steps); !s)
        return s.error();

    Instance in;
    in.cell = cell;
    in.sizes = sizes;
    in.steps = steps;
    in.seed = seed;
    Rng rng(seed);
    const int n = sizes.hidden, m = sizes.input, k = sizes.classes;
    for (const std::string &p : parameterSymbols(cell)) {
        int rows = n, cols = 1;
        if (p == "V")
            rows = k, cols = n;
        else if (p == "c")
            rows = k;
        else if (p[0] == 'W')
            cols = n;
        else if (p[0] == 'U')
            cols = m;
        in.parameters[p] = draw(rng, rows, cols, -1.0, 1.0);
    }
    for (const std::string &s : stateSymbols(cell))
        in.initial[s] = draw(rng, n, 1, -0.5, 0.5);
    for (int t = 1; t <= steps; ++t) {
        in.x.push_back(draw(rng, m, 1, -1.0, 1.0));
        in.y.push_back(rng.index(k));
    }
    return in;
}

} // namespace dlt::graph
