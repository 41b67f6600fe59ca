#pragma once

#include "arch/shape.h"
#include "common/result.h"
#include "conv/conv.h"
#include "graph/graph.h"
#include "rnn/activation.h"
#include "rnn/presets.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/**
 * The session document: every page's inputs in one versioned JSON file,
 *
 *   {"format": "dltutor-session", "version": 1, "current_page": "conv",
 *    "conv": {...}, "vgg": {...}, "rnn": {...}, "quiz": {...}, "graph": {...}}
 *
 * A missing section or key means its default (the value a freshly built page shows), so a
 * hand-written file may hold only what it changes. Unknown keys are ignored: a version-1 file
 * written by a later build that adds optional keys still opens here; anything that changes the
 * meaning of existing keys raises "version", which this build refuses (session.newer_version).
 */
namespace dlt::session {

/** The "format" value and the newest "version" this build reads and writes. */
inline constexpr const char *kFormat = "dltutor-session";
inline constexpr int kVersion = 1;

/** Largest rows/cols of a convolution grid (the page's editors hold at most 512). */
inline constexpr int kMaxGridSide = 512;
/** Largest stride, padding or dilation (the page's spin boxes stop there). */
inline constexpr int kMaxConvParameter = 32;
/** The gradient page's preset box ranges. */
inline constexpr int kMaxPresetSize = 8;
inline constexpr double kMaxPresetScale = 100.0;
inline constexpr std::uint64_t kMaxPresetSeed = 999999;
/** The gradient page's scale slider: 0 to 4 (0 % to 400 %). */
inline constexpr double kMaxRnnScale = 4.0;
/** The quiz start view's ranges. */
inline constexpr int kMaxQuizCount = 500;
inline constexpr std::uint64_t kMaxQuizSeed = 999999999;
inline constexpr int kMaxMockMinutes = 300;
/** The graph page's seed range. */
inline constexpr std::uint64_t kMaxGraphSeed = 999999;

/** One cell of a matrix editor: a number, or the text typed there when it is not one (kept so no typing is lost). */
struct GridCell {
    double value = 0; ///< the number (0 while text is set)
    std::optional<std::string> text; ///< the typed text of a cell that is not a number
    bool operator==(const GridCell &) const = default;
};

/** A matrix editor's content: channels × rows × columns, every channel the same shape (at least 1×1). */
struct Grid {
    std::vector<std::vector<std::vector<GridCell>>> channels;
    bool operator==(const Grid &) const = default;
};

/** A one-channel grid holding the numbers of m (rows × cols). */
Grid gridFromMatrix(const Eigen::MatrixXd &m);

/** The convolution page: input, filter, spec, shown channels and the step being shown. */
struct ConvSection {
    Grid input = gridFromMatrix(conv::seedInput());
    Grid filter = gridFromMatrix(conv::presetKernel(conv::Preset::HorizontalEdge));
    conv::Spec spec;
    int inputChannel = 0; ///< 0-based channel shown in the input editor
    int filterChannel = 0; ///< 0-based channel shown in the filter editor
    int step = 0; ///< 0-based step shown (clamped by the page to the steps it has)
    bool showAll = false; ///< show every output cell, not only those computed so far
    bool operator==(const ConvSection &) const = default;
};

/** What the VGG table's layer cells show. */
enum class VggQuantity { OutputSize, Parameters, Macs, ReceptiveField };

/** A custom column of the VGG explorer: its name and its layers in the notation, as written (even if invalid). */
struct VggColumn {
    std::string name;
    std::vector<std::string> tokens;
    bool operator==(const VggColumn &) const = default;
};

/** The VGG page: the shared input size, the custom columns (after the paper's six), and the display. */
struct VggSection {
    arch::Shape input { 224, 224, 3 };
    std::vector<VggColumn> columns;
    VggQuantity quantity = VggQuantity::OutputSize;
    bool practice = false; ///< "hide sizes" practice mode
    bool operator==(const VggSection &) const = default;
};

/** The gradient page's preset box: which preset and its n, s and seed (loading it is a separate edit). */
struct RnnPresetChoice {
    rnn::Preset preset = rnn::Preset::Seed;
    int n = 4;
    double scale = 1.0;
    std::uint64_t seed = 1;
    bool operator==(const RnnPresetChoice &) const = default;
};

/** The gradient page: W_hh (n×n, before the scale factor), activation, T, the vector texts, scale and preset box. */
struct RnnSection {
    std::vector<std::vector<double>> w { { 3.5, 3.5 }, { 3.5, 3.5 } };
    rnn::Activation activation = rnn::Activation::Sigmoid;
    long long steps = 100; ///< T
    std::string bias; ///< b as typed; empty means zeros
    std::string h0; ///< h_0 as typed; empty means zeros
    std::string lossGrad; ///< l as typed; empty means 1/√n each
    double scale = 1.0; ///< the slider's factor on W_hh, 0..kMaxRnnScale
    RnnPresetChoice preset;
    bool operator==(const RnnSection &) const = default;
};

/** The quiz start screen's settings. */
struct QuizSection {
    std::string bank; ///< path of an instructor's bank; empty: the built-in bank
    std::optional<std::vector<std::string>> topics; ///< ticked topics; nullopt: every topic
    int count = 10; ///< questions, 1..kMaxQuizCount
    std::optional<std::uint64_t> seed; ///< nullopt: keep the page's own (random) seed
    bool feedbackAtEnd = false;
    bool mockGraduate = false;
    bool mockTimer = false;
    int mockMinutes = 75; ///< 1..kMaxMockMinutes
    bool operator==(const QuizSection &) const = default;
};

/** The graph page's options. */
struct GraphSection {
    graph::CellKind cell = graph::CellKind::Rnn;
    bool unrolled = false;
    int steps = 4; ///< τ, graph::kMinSteps..kMaxSteps
    int hidden = 3; ///< n, 2..4
    int input = 2; ///< m, 2..3
    int classes = 2; ///< k, 2..3
    std::uint64_t seed = 1;
    bool unshared = false;
    double learningRate = 0.5; ///< η, 0.01..graph::kMaxLearningRate
    bool backward = false; ///< backward (BPTT) stepping mode
    bool operator==(const GraphSection &) const = default;
};

/** Every page's inputs and the page shown. A default-constructed Session is what a new window shows. */
struct Session {
    std::string currentPage = "conv";
    ConvSection conv;
    VggSection vgg;
    RnnSection rnn;
    QuizSection quiz;
    GraphSection graph;
    bool operator==(const Session &) const = default;
};

/**
 * Reads a session document; never throws. Errors (path is the JSON path of the first problem, e.g. "conv.stride[1]"):
 * session.not_json(line, column), session.not_session (not an object with "format": "dltutor-session"),
 * session.newer_version(version, supported), session.expected_object(path), session.expected_array(path),
 * session.expected_string(path), session.expected_bool(path), session.expected_integer(path, min, max),
 * session.expected_number(path, min, max), session.expected_one_of(path, choices),
 * session.grid_empty(path), session.grid_too_large(path, max), session.grid_ragged(path, expected, got),
 * session.grid_channel_shape(path), session.expected_pair(path), session.not_square(path, rows, cols),
 * session.bad_shape(path, value).
 */
Result<Session> parseSession(std::string_view text);

/** Writes a session as indented JSON (2 spaces) with keys in a fixed order; parseSession(serializeSession(s)) == s. */
std::string serializeSession(const Session &session);

/** Stable ids used in the file: "correlation"/"convolution", "output_size"/..., "seed"/..., "rnn"/"lstm"/"gru". */
std::string modeId(conv::Mode mode);
std::string quantityId(VggQuantity quantity);
std::string rnnPresetId(rnn::Preset preset);
std::string cellId(graph::CellKind cell);

} // namespace dlt::session
