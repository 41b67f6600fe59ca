#include "layout.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <map>
#include <tuple>

namespace dlt::graph {

namespace {

// An edge's path through the grid, in logical coordinates: column c spans x in [c, c+1] and
// vertical channel j sits at x = j; horizontal channel k lies between row k-1 and row k.
struct Route {
    enum Kind { Straight, SameChannel, DirectUp, ViaChannel };
    Kind kind = Straight;
    double xs = 0, xt = 0; // exit and entry x (logical)
    int hs = 0, ht = 0; // channel above the source, channel below the target
    int vc = 0; // vertical channel (ViaChannel)
};

// Track groups: all pieces of one source's edges in one channel share a track (a bus).
using GroupKey = std::tuple<int, int, int>; // (vertical?, channel, source)
struct Span {
    double lo = 0, hi = 0;
    int track = 0;
};

void extend(std::map<GroupKey, Span> &groups, GroupKey key, double a, double b)
{
    const double lo = std::min(a, b), hi = std::max(a, b);
    auto [it, fresh] = groups.try_emplace(key, Span { lo, hi, 0 });
    if (!fresh) {
        it->second.lo = std::min(it->second.lo, lo);
        it->second.hi = std::max(it->second.hi, hi);
    }
}

// Greedy interval partitioning per channel; returns the number of tracks of each channel.
std::map<std::pair<int, int>, int> assignTracks(std::map<GroupKey, Span> &groups)
{
    std::map<std::pair<int, int>, std::vector<Span *>> byChannel;
    for (auto &[key, span] : groups)
        byChannel[{ std::get<0>(key), std::get<1>(key) }].push_back(&span);
    std::map<std::pair<int, int>, int> counts;
    constexpr double eps = 1e-6;
    for (auto &[channel, spans] : byChannel) {
        std::stable_sort(spans.begin(), spans.end(), [](const Span *a, const Span *b) { return a->lo < b->lo; });
        std::vector<double> lastEnd;
        for (Span *s : spans) {
            size_t t = 0;
            while (t < lastEnd.size() && !(lastEnd[t] < s->lo - 0.05 - eps))
                ++t;
            if (t == lastEnd.size())
                lastEnd.push_back(s->hi);
            else
                lastEnd[t] = s->hi;
            s->track = int(t);
        }
        counts[channel] = int(lastEnd.size());
    }
    return counts;
}

} // namespace

bool segmentCrossesRect(const Point &a, const Point &b, const Rect &r)
{
    // Liang–Barsky clipping against the rectangle shrunk by a hair, so that pieces lying on
    // the border or ending on it do not count.
    const double e = 1e-7 * (1.0 + std::max(r.width, r.height));
    const double xmin = r.x + e, xmax = r.right() - e, ymin = r.y + e, ymax = r.bottom() - e;
    if (xmin >= xmax || ymin >= ymax)
        return false;
    const double dx = b.x - a.x, dy = b.y - a.y;
    double t0 = 0, t1 = 1;
    const double p[4] = { -dx, dx, -dy, dy };
    const double q[4] = { a.x - xmin, xmax - a.x, a.y - ymin, ymax - a.y };
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    return t1 - t0 > 1e-12;
}

Result<Layout> layoutGraph(const Graph &g, const LayoutOptions &o)
{
    const struct {
        const char *name;
        double value;
        bool positive;
    } checks[] = {
        { "nodeWidth", o.nodeWidth, true },
        { "nodeHeight", o.nodeHeight, true },
        { "columnGap", o.columnGap, false },
        { "blockGap", o.blockGap, false },
        { "rowGap", o.rowGap, false },
        { "trackSpacing", o.trackSpacing, true },
        { "portSpacing", o.portSpacing, false },
        { "margin", o.margin, false },
        { "headerHeight", o.headerHeight, false },
    };
    for (const auto &c : checks)
        if (!std::isfinite(c.value) || (c.positive ? c.value <= 0 : c.value < 0))
            return Error("graph.bad_layout_option").with("option", std::string(c.name));
    if (o.sharedColumns < 1)
        return Error("graph.bad_layout_option").with("option", std::string("sharedColumns"));

    Layout L;
    const int N = g.nodeCount();
    if (N == 0) {
        L.width = L.height = 2 * o.margin;
        return L;
    }
    const int tau = g.steps();

    // Blocks: shared sources on the left, one per step, step-less results on the right.
    std::vector<int> rawBlock(static_cast<size_t>(N));
    std::vector<char> present(size_t(tau + 2), 0);
    for (const Node &n : g.nodes()) {
        const int b = n.step >= 1 ? std::min(n.step, tau) : (n.inputs.empty() ? 0 : tau + 1);
        rawBlock[size_t(n.id)] = b;
        present[size_t(b)] = 1;
    }
    std::vector<int> blockOfRaw(size_t(tau + 2), -1);
    int B = 0;
    for (int k = 0; k < tau + 2; ++k)
        if (present[size_t(k)]) {
            blockOfRaw[size_t(k)] = B++;
            Block blk;
            blk.kind = k == 0 ? Block::Shared : (k == tau + 1 ? Block::Total : Block::Step);
            blk.step = blk.kind == Block::Step ? k : 0;
            L.blocks.push_back(blk);
        }
    std::vector<int> blk(static_cast<size_t>(N));
    for (int i = 0; i < N; ++i)
        blk[size_t(i)] = blockOfRaw[size_t(rawBlock[size_t(i)])];

    // Layers: longest path within a step (edges between different steps and the delayed
    // loop are ignored); then every source moves up to just below its lowest consumer.
    auto considered = [&](const Edge &e) {
        if (e.delayed)
            return false;
        const int s1 = g.node(e.from).step, s2 = g.node(e.to).step;
        return !(s1 >= 1 && s2 >= 1 && s1 != s2);
    };
    std::vector<int> layer(static_cast<size_t>(N), 0);
    for (const Node &n : g.nodes())
        for (int e : n.inEdges)
            if (considered(g.edge(e)) && g.edge(e).from < n.id)
                layer[size_t(n.id)] = std::max(layer[size_t(n.id)], layer[size_t(g.edge(e).from)] + 1);
    for (const Node &n : g.nodes()) {
        bool source = true;
        for (int e : n.inEdges)
            source = source && !considered(g.edge(e));
        if (!source)
            continue;
        int lowest = INT_MAX;
        for (int e : n.outEdges)
            if (considered(g.edge(e)))
                lowest = std::min(lowest, layer[size_t(g.edge(e).to)]);
        if (lowest != INT_MAX)
            layer[size_t(n.id)] = std::max(0, lowest - 1);
    }
    // The shared block holds at most sharedColumns nodes per row: a longer row is cut into
    // chunks (in id order, so one gate's W, U, b stay together), the first chunk keeps its
    // row and the others go into new rows inserted below it.
    int top = 0;
    for (int l : layer)
        top = std::max(top, l);
    for (int l = top; l >= 0; --l) {
        std::vector<int> row;
        for (int i = 0; i < N; ++i)
            if (rawBlock[size_t(i)] == 0 && layer[size_t(i)] == l)
                row.push_back(i);
        const int count = int(row.size());
        if (count <= o.sharedColumns)
            continue;
        const int extra = (count + o.sharedColumns - 1) / o.sharedColumns - 1;
        for (int &x : layer)
            if (x >= l)
                x += extra;
        for (int k = 0; k < count; ++k)
            layer[size_t(row[size_t(k)])] = l + extra - k / o.sharedColumns;
    }
    int R = 1;
    for (int l : layer)
        R = std::max(R, l + 1);

    // Slots within each (block, row), ordered by the barycentre of their neighbours.
    std::vector<std::vector<std::vector<int>>> cells(
        static_cast<size_t>(B), std::vector<std::vector<int>>(static_cast<size_t>(R)));
    std::vector<int> slot(static_cast<size_t>(N));
    for (const Node &n : g.nodes()) {
        auto &cell = cells[size_t(blk[size_t(n.id)])][size_t(layer[size_t(n.id)])];
        slot[size_t(n.id)] = int(cell.size());
        cell.push_back(n.id);
    }
    std::vector<int> width(static_cast<size_t>(B), 1), blockStart(static_cast<size_t>(B), 0);
    int C = 0;
    for (int b = 0; b < B; ++b) {
        for (const auto &cell : cells[size_t(b)])
            width[size_t(b)] = std::max(width[size_t(b)], int(cell.size()));
        blockStart[size_t(b)] = C;
        C += width[size_t(b)];
    }
    std::vector<std::vector<int>> neighbours(static_cast<size_t>(N));
    for (const Edge &e : g.edges())
        if (considered(e)) {
            neighbours[size_t(e.from)].push_back(e.to);
            neighbours[size_t(e.to)].push_back(e.from);
        }
    for (int iter = 0; iter < 6; ++iter) {
        for (int ri = 0; ri < R; ++ri) {
            const int r = iter % 2 == 0 ? ri : R - 1 - ri;
            for (int b = 0; b < B; ++b) {
                auto &cell = cells[size_t(b)][size_t(r)];
                if (cell.empty())
                    continue;
                struct Want {
                    double pos;
                    int slot;
                    int id;
                };
                std::vector<Want> want;
                for (int id : cell) {
                    // Nodes of a step look only at their own step; shared and total nodes at everything.
                    const bool own = L.blocks[size_t(b)].kind == Block::Step;
                    double sum = 0;
                    int count = 0;
                    for (int nb : neighbours[size_t(id)]) {
                        const int nbb = blk[size_t(nb)];
                        if (own && nbb != b)
                            continue;
                        sum += blockStart[size_t(nbb)] + slot[size_t(nb)] - blockStart[size_t(b)];
                        ++count;
                    }
                    want.push_back({ count ? sum / count : double(slot[size_t(id)]), slot[size_t(id)], id });
                }
                std::sort(want.begin(), want.end(), [](const Want &a, const Want &c) {
                    return std::tie(a.pos, a.slot, a.id) < std::tie(c.pos, c.slot, c.id);
                });
                const int w = width[size_t(b)], count = int(want.size());
                int prev = -1;
                for (int i = 0; i < count; ++i) {
                    int s = int(std::lround(want[size_t(i)].pos));
                    s = std::max(s, prev + 1);
                    s = std::min(s, w - (count - i));
                    slot[size_t(want[size_t(i)].id)] = s;
                    cell[size_t(i)] = want[size_t(i)].id;
                    prev = s;
                }
            }
        }
    }

    L.row = layer;
    L.column.resize(static_cast<size_t>(N));
    std::vector<std::vector<int>> occ(static_cast<size_t>(C), std::vector<int>(static_cast<size_t>(R), -1));
    for (int i = 0; i < N; ++i) {
        L.column[size_t(i)] = blockStart[size_t(blk[size_t(i)])] + slot[size_t(i)];
        occ[size_t(L.column[size_t(i)])][size_t(layer[size_t(i)])] = i;
    }

    // Input ports spread over the lower side of the target.
    auto portOffset = [&](int operand, int count) {
        const double spacing = count > 1 ? std::min(o.portSpacing, 0.8 * o.nodeWidth / (count - 1)) : 0.0;
        return (operand - (count - 1) / 2.0) * spacing;
    };

    // Routes in logical coordinates, and the channel pieces they occupy.
    std::vector<Route> routes(size_t(g.edgeCount()));
    std::map<GroupKey, Span> groups;
    constexpr int H = 0, V = 1;
    for (const Edge &e : g.edges()) {
        const int u = e.from, v = e.to;
        const int cu = L.column[size_t(u)], cv = L.column[size_t(v)];
        const int ru = layer[size_t(u)], rv = layer[size_t(v)];
        Route &rt = routes[size_t(e.id)];
        rt.xs = cu + 0.5;
        rt.xt = cv + 0.5 + portOffset(e.operand, int(g.node(v).inputs.size())) / o.nodeWidth;
        rt.hs = ru + 1;
        rt.ht = rv;
        const bool aligned = std::abs(rt.xs - rt.xt) < 1e-9;
        bool clearAbove = cu == cv && rv > ru;
        for (int r = ru + 1; clearAbove && r < rv; ++r)
            clearAbove = occ[size_t(cu)][size_t(r)] < 0;
        if (rt.hs == rt.ht || clearAbove) {
            rt.kind = aligned ? Route::Straight : (rt.hs == rt.ht ? Route::SameChannel : Route::DirectUp);
            if (!aligned)
                extend(groups, { H, rt.ht, u }, rt.xs, rt.xt);
            continue;
        }
        rt.kind = Route::ViaChannel;
        const int left = cv, right = cv + 1;
        rt.vc = std::abs(right - rt.xs) < std::abs(left - rt.xs) ? right : left;
        extend(groups, { H, rt.hs, u }, rt.xs, rt.vc);
        extend(groups, { V, rt.vc, u }, rt.hs, rt.ht);
        extend(groups, { H, rt.ht, u }, rt.vc, rt.xt);
    }
    const auto trackCounts = assignTracks(groups);
    auto tracks = [&](int dir, int channel) {
        auto it = trackCounts.find({ dir, channel });
        return it == trackCounts.end() ? 0 : it->second;
    };

    // Geometry: channel widths and heights grow with their number of tracks.
    std::vector<char> boundary(size_t(C + 1), 0);
    for (int b = 1; b < B; ++b)
        boundary[size_t(blockStart[size_t(b)])] = 1;
    std::vector<double> vLeft(size_t(C + 1)), vWidth(size_t(C + 1)), colLeft(static_cast<size_t>(C));
    double x = o.margin;
    for (int j = 0; j <= C; ++j) {
        const double minimum = (j == 0 || j == C) ? o.trackSpacing : (boundary[size_t(j)] ? o.blockGap : o.columnGap);
        const int n = tracks(V, j);
        vWidth[size_t(j)] = std::max(minimum, n > 0 ? (n + 1) * o.trackSpacing : 0.0);
        vLeft[size_t(j)] = x;
        x += vWidth[size_t(j)];
        if (j < C) {
            colLeft[size_t(j)] = x;
            x += o.nodeWidth;
        }
    }
    L.width = x + o.margin;
    std::vector<double> hTop(size_t(R + 1)), hHeight(size_t(R + 1)), rowTop(static_cast<size_t>(R));
    double y = o.margin + o.headerHeight;
    for (int k = R; k >= 0; --k) {
        const double minimum = (k == 0 || k == R) ? o.trackSpacing : o.rowGap;
        const int n = tracks(H, k);
        hHeight[size_t(k)] = std::max(minimum, n > 0 ? (n + 1) * o.trackSpacing : 0.0);
        hTop[size_t(k)] = y;
        y += hHeight[size_t(k)];
        if (k > 0) {
            rowTop[size_t(k - 1)] = y;
            y += o.nodeHeight;
        }
    }
    L.height = y + o.margin;

    auto nodeX = [&](double lx) {
        const int c = std::clamp(int(std::floor(lx)), 0, C - 1);
        return colLeft[size_t(c)] + (lx - c) * o.nodeWidth;
    };
    auto trackPos = [&](double start, double extent, int count, int track) {
        return start + (extent - (count - 1) * o.trackSpacing) / 2.0 + track * o.trackSpacing;
    };
    auto hTrackY = [&](int k, int source) {
        return trackPos(hTop[size_t(k)], hHeight[size_t(k)], tracks(H, k), groups.at({ H, k, source }).track);
    };
    auto vTrackX = [&](int j, int source) {
        return trackPos(vLeft[size_t(j)], vWidth[size_t(j)], tracks(V, j), groups.at({ V, j, source }).track);
    };

    L.nodes.resize(static_cast<size_t>(N));
    for (int i = 0; i < N; ++i)
        L.nodes[size_t(i)] = Rect { colLeft[size_t(L.column[size_t(i)])], rowTop[size_t(layer[size_t(i)])], o.nodeWidth,
            o.nodeHeight };

    L.edges.resize(size_t(g.edgeCount()));
    for (const Edge &e : g.edges()) {
        const Route &rt = routes[size_t(e.id)];
        const Rect &su = L.nodes[size_t(e.from)], &tv = L.nodes[size_t(e.to)];
        const double xs = nodeX(rt.xs), xt = nodeX(rt.xt);
        const Point start { xs, su.y }, end { xt, tv.bottom() };
        EdgeRoute &out = L.edges[size_t(e.id)];
        switch (rt.kind) {
        case Route::Straight:
            out.points = { start, end };
            out.labelAnchor = Point { xs, (start.y + end.y) / 2 };
            break;
        case Route::SameChannel:
        case Route::DirectUp: {
            const double yh = hTrackY(rt.ht, e.from);
            out.points = { start, { xs, yh }, { xt, yh }, end };
            out.labelAnchor = Point { xt, yh };
            break;
        }
        case Route::ViaChannel: {
            const double y1 = hTrackY(rt.hs, e.from), y2 = hTrackY(rt.ht, e.from), vx = vTrackX(rt.vc, e.from);
            out.points = { start, { xs, y1 }, { vx, y1 }, { vx, y2 }, { xt, y2 }, end };
            out.labelAnchor = Point { xt, y2 };
            break;
        }
        }
    }

    for (int b = 0; b < B; ++b) {
        const int j0 = blockStart[size_t(b)], j1 = j0 + width[size_t(b)];
        const double left = j0 == 0 ? o.margin : vLeft[size_t(j0)] + vWidth[size_t(j0)] / 2;
        const double right = j1 == C ? L.width - o.margin : vLeft[size_t(j1)] + vWidth[size_t(j1)] / 2;
        L.blocks[size_t(b)].rect = Rect { left, o.margin, right - left, L.height - 2 * o.margin };
    }
    return L;
}

} // namespace dlt::graph
