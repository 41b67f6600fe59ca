#include "window.h"

#include <algorithm>

namespace dlt::image {

Result<AxisWindow> axisWindow(const conv::AxisSize &a, int out, const std::string &axis)
{
    if (out < 0 || out >= a.out)
        return Error("image.bad_position")
            .with("axis", axis)
            .with("value", (long long)out)
            .with("max", (long long)a.out - 1);
    AxisWindow w;
    w.first = out * a.stride - a.padding;
    w.last = w.first + a.effectiveKernel - 1;
    w.step = a.dilation;
    w.clippedFirst = std::max(w.first, 0);
    w.clippedLast = std::min(w.last, a.n - 1);
    // A read cell first + u·d lies in the padding when it is < 0 or ≥ n; first and last are both read.
    w.padding = w.first < 0 || w.last >= a.n;
    return w;
}

Result<WindowRect> inputWindow(const conv::Geometry &g, int row, int col)
{
    auto r = axisWindow(g.rows, row, "rows");
    if (!r)
        return r.error();
    auto c = axisWindow(g.cols, col, "cols");
    if (!c)
        return c.error();
    return WindowRect{*r, *c};
}

} // namespace dlt::image
