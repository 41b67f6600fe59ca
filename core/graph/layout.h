#pragma once

#include "common/result.h"
#include "graph.h"

#include <vector>

namespace dlt::graph {

/** Sizes for the layered layout, in scene units (pixels at 100%). */
struct LayoutOptions {
    double nodeWidth = 76; ///< every node box's width
    double nodeHeight = 40; ///< every node box's height
    double columnGap = 26; ///< minimum width of the channel between two columns of a block
    double blockGap = 60; ///< minimum width of the channel between two blocks (time steps)
    double rowGap = 30; ///< minimum height of the channel between two layers
    double trackSpacing = 7; ///< distance between parallel edges in one channel
    double portSpacing = 14; ///< distance between the input ports on a node's lower side
    double margin = 16; ///< empty border around everything
    double headerHeight = 30; ///< band above the top row for the block titles
    int sharedColumns = 3; ///< the shared block wraps after this many nodes per row (one gate's W, U, b)
};

struct Point {
    double x = 0;
    double y = 0;
};

/** An axis-aligned rectangle; y grows downwards. */
struct Rect {
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
    double right() const { return x + width; }
    double bottom() const { return y + height; }
};

/** An orthogonal polyline from the source's upper side to one input port on the target's lower side. */
struct EdgeRoute {
    std::vector<Point> points;
    Point labelAnchor; ///< where the last vertical piece, into the target, begins
};

/** A vertical band of the layout: the shared parameters, one time step, or the total loss. */
struct Block {
    enum Kind { Shared, Step, Total };
    Kind kind = Step;
    int step = 0; ///< 1..τ for Step blocks
    Rect rect; ///< the band, from the top margin to the bottom, headerHeight tall title area included
};

/**
 * A layered drawing: time runs left to right (one block per step, the shared parameters and
 * h(0) in a block on the left, the total loss on the right) and layers bottom to top (a node's
 * layer is the longest path to it within its step; parameters and inputs sit just below their
 * first use). Edges run only through the channels between rows and columns, so no edge
 * crosses a node box.
 */
struct Layout {
    std::vector<Rect> nodes; ///< by node id
    std::vector<int> row; ///< by node id; 0 is the bottom layer
    std::vector<int> column; ///< by node id; global grid column, 0 is leftmost
    std::vector<EdgeRoute> edges; ///< by edge id
    std::vector<Block> blocks; ///< left to right
    double width = 0;
    double height = 0;
};

/** Lays out a graph. Errors: graph.bad_layout_option (option) for a non-positive size or negative gap,
 *  or sharedColumns < 1. */
Result<Layout> layoutGraph(const Graph &graph, const LayoutOptions &options = {});

/** True when the open segment a–b meets the interior of r (touching its border does not count). */
bool segmentCrossesRect(const Point &a, const Point &b, const Rect &r);

} // namespace dlt::graph
