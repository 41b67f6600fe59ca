#pragma once

#include "graph/graph.h"

#include <QString>

/** The cell's equations as rich text, shown beside the graph (Goodfellow's notation: U input, W recurrent). */
QString cellEquationsHtml(dlt::graph::CellKind cell);

/** The cell's name for menus: "Vanilla RNN", "LSTM", "GRU". */
QString cellTitle(dlt::graph::CellKind cell);
