#include "session.h"

#include "graph/cellgraph.h"
#include "graph/instance.h"
#include "graph/unshared.h"
#include "rnn/inputs.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>

namespace dlt::session {

using nlohmann::json;

namespace {

// ---- stable ids -----------------------------------------------------------------------------

template <class E> struct IdTable {
    E value;
    const char *id;
};

const IdTable<conv::Mode> kModes[]
    = { { conv::Mode::Correlation, "correlation" }, { conv::Mode::Convolution, "convolution" } };
const IdTable<VggQuantity> kQuantities[]
    = { { VggQuantity::OutputSize, "output_size" }, { VggQuantity::Parameters, "parameters" },
          { VggQuantity::Macs, "macs" }, { VggQuantity::ReceptiveField, "receptive_field" } };
const IdTable<rnn::Preset> kPresets[]
    = { { rnn::Preset::Seed, "seed" }, { rnn::Preset::SeedFixedPoint, "seed_fixed_point" },
          { rnn::Preset::ScaledIdentity, "scaled_identity" }, { rnn::Preset::Gaussian, "gaussian" },
          { rnn::Preset::Orthogonal, "orthogonal" }, { rnn::Preset::NonNormal, "non_normal" },
          { rnn::Preset::Gaussian64, "gaussian64" }, { rnn::Preset::Gaussian256, "gaussian256" } };
const IdTable<graph::CellKind> kCells[]
    = { { graph::CellKind::Rnn, "rnn" }, { graph::CellKind::Lstm, "lstm" }, { graph::CellKind::Gru, "gru" } };
const IdTable<rnn::Activation> kActivations[] = { { rnn::Activation::Sigmoid, "sigmoid" },
    { rnn::Activation::Tanh, "tanh" }, { rnn::Activation::Relu, "relu" }, { rnn::Activation::Linear, "linear" } };

template <class E, size_t N> std::string idOf(const IdTable<E> (&table)[N], E value)
{
    for (const auto &row : table)
        if (row.value == value)
            return row.id;
    return table[0].id;
}

template <class E, size_t N> std::string choicesOf(const IdTable<E> (&table)[N])
{
    std::string s;
    for (const auto &row : table)
        s += (s.empty() ? "" : ", ") + std::string(row.id);
    return s;
}

// ---- reading with the JSON path of every value ------------------------------------------------

/** Thrown inside the reader only; parseSession catches it and returns the Error. */
struct Failure {
    Error error;
};

[[noreturn]] void fail(Error e)
{
    throw Failure { std::move(e) };
}

std::string member(const std::string &path, const char *key)
{
    return path.empty() ? key : path + "." + key;
}
std::string element(const std::string &path, size_t i)
{
    return path + "[" + std::to_string(i) + "]";
}

const json &expectObject(const json &j, const std::string &path)
{
    if (!j.is_object())
        fail(Error("session.expected_object").with("path", path));
    return j;
}

const json &expectArray(const json &j, const std::string &path)
{
    if (!j.is_array())
        fail(Error("session.expected_array").with("path", path));
    return j;
}

std::string readString(const json &j, const std::string &path)
{
    if (!j.is_string())
        fail(Error("session.expected_string").with("path", path));
    return j.get<std::string>();
}

bool readBool(const json &j, const std::string &path)
{
    if (!j.is_boolean())
        fail(Error("session.expected_bool").with("path", path));
    return j.get<bool>();
}

/** A whole number in [lo, hi]; 3.0 counts as whole, 3.5 does not. */
long long readInteger(const json &j, const std::string &path, long long lo, long long hi)
{
    auto bad = [&] { fail(Error("session.expected_integer").with("path", path).with("min", lo).with("max", hi)); };
    long long v = 0;
    if (j.is_number_unsigned()) {
        const auto u = j.get<std::uint64_t>();
        if (u > std::uint64_t(std::numeric_limits<long long>::max()))
            bad();
        v = (long long)u;
    } else if (j.is_number_integer()) {
        v = j.get<long long>();
    } else if (j.is_number_float()) {
        const double d = j.get<double>();
        if (!std::isfinite(d) || d != std::floor(d) || d < double(lo) || d > double(hi))
            bad();
        v = (long long)d;
    } else {
        bad();
    }
    if (v < lo || v > hi)
        bad();
    return v;
}

double readNumber(const json &j, const std::string &path, double lo, double hi)
{
    if (!j.is_number())
        fail(Error("session.expected_number").with("path", path).with("min", lo).with("max", hi));
    const double d = j.get<double>();
    if (!std::isfinite(d) || d < lo || d > hi)
        fail(Error("session.expected_number").with("path", path).with("min", lo).with("max", hi));
    return d;
}

template <class E, size_t N> E readId(const json &j, const std::string &path, const IdTable<E> (&table)[N])
{
    if (j.is_string()) {
        const std::string s = j.get<std::string>();
        for (const auto &row : table)
            if (s == row.id)
                return row.value;
    }
    fail(Error("session.expected_one_of").with("path", path).with("choices", choicesOf(table)));
}

/** Calls read(value, path) for key when the object has it; an absent key keeps the default. */
template <class F> void optionalKey(const json &object, const std::string &path, const char *key, F &&read)
{
    if (auto it = object.find(key); it != object.end())
        read(*it, member(path, key));
}

Grid readGrid(const json &j, const std::string &path)
{
    expectArray(j, path);
    if (j.empty())
        fail(Error("session.grid_empty").with("path", path));
    if (j.size() > size_t(conv::kMaxChannels))
        fail(Error("session.grid_too_large").with("path", path).with("max", (long long)conv::kMaxChannels));
    Grid g;
    size_t rows0 = 0, cols0 = 0;
    for (size_t c = 0; c < j.size(); ++c) {
        const std::string cp = element(path, c);
        const json &channel = expectArray(j[c], cp);
        if (channel.empty())
            fail(Error("session.grid_empty").with("path", cp));
        if (channel.size() > size_t(kMaxGridSide))
            fail(Error("session.grid_too_large").with("path", cp).with("max", (long long)kMaxGridSide));
        std::vector<std::vector<GridCell>> rows;
        rows.reserve(channel.size());
        for (size_t r = 0; r < channel.size(); ++r) {
            const std::string rp = element(cp, r);
            const json &row = expectArray(channel[r], rp);
            if (row.empty())
                fail(Error("session.grid_empty").with("path", rp));
            if (row.size() > size_t(kMaxGridSide))
                fail(Error("session.grid_too_large").with("path", rp).with("max", (long long)kMaxGridSide));
            if (r > 0 && row.size() != rows[0].size())
                fail(Error("session.grid_ragged")
                         .with("path", rp)
                         .with("expected", (long long)rows[0].size())
                         .with("got", (long long)row.size()));
            std::vector<GridCell> cells;
            cells.reserve(row.size());
            for (size_t k = 0; k < row.size(); ++k) {
                const std::string kp = element(rp, k);
                GridCell cell;
                if (row[k].is_string()) {
                    // Text that is a number (hand-written files) becomes the number; other text stays as typed.
                    std::string t = row[k].get<std::string>();
                    if (auto number = parseNumber(t))
                        cell.value = *number;
                    else
                        cell.text = std::move(t);
                } else
                    cell.value = readNumber(
                        row[k], kp, -std::numeric_limits<double>::max(), std::numeric_limits<double>::max());
                cells.push_back(std::move(cell));
            }
            rows.push_back(std::move(cells));
        }
        if (c == 0) {
            rows0 = rows.size();
            cols0 = rows[0].size();
        } else if (rows.size() != rows0 || rows[0].size() != cols0) {
            fail(Error("session.grid_channel_shape").with("path", cp));
        }
        g.channels.push_back(std::move(rows));
    }
    return g;
}

conv::Pair readPair(const json &j, const std::string &path, int lo)
{
    expectArray(j, path);
    if (j.size() != 2)
        fail(Error("session.expected_pair").with("path", path));
    conv::Pair p;
    p.h = int(readInteger(j[0], element(path, 0), lo, kMaxConvParameter));
    p.w = int(readInteger(j[1], element(path, 1), lo, kMaxConvParameter));
    return p;
}

ConvSection readConv(const json &j, const std::string &path)
{
    expectObject(j, path);
    ConvSection s;
    optionalKey(j, path, "input", [&](const json &v, const std::string &p) { s.input = readGrid(v, p); });
    optionalKey(j, path, "filter", [&](const json &v, const std::string &p) { s.filter = readGrid(v, p); });
    optionalKey(j, path, "stride", [&](const json &v, const std::string &p) { s.spec.stride = readPair(v, p, 1); });
    optionalKey(j, path, "padding", [&](const json &v, const std::string &p) { s.spec.padding = readPair(v, p, 0); });
    optionalKey(j, path, "dilation", [&](const json &v, const std::string &p) { s.spec.dilation = readPair(v, p, 1); });
    optionalKey(j, path, "mode", [&](const json &v, const std::string &p) { s.spec.mode = readId(v, p, kModes); });
    const auto channels = [](const Grid &g) { return (long long)g.channels.size() - 1; };
    optionalKey(j, path, "input_channel",
        [&](const json &v, const std::string &p) { s.inputChannel = int(readInteger(v, p, 0, channels(s.input))); });
    optionalKey(j, path, "filter_channel",
        [&](const json &v, const std::string &p) { s.filterChannel = int(readInteger(v, p, 0, channels(s.filter))); });
    optionalKey(j, path, "step", [&](const json &v, const std::string &p) {
        s.step = int(readInteger(v, p, 0, std::numeric_limits<int>::max()));
    });
    optionalKey(j, path, "show_all", [&](const json &v, const std::string &p) { s.showAll = readBool(v, p); });
    return s;
}

VggSection readVgg(const json &j, const std::string &path)
{
    expectObject(j, path);
    VggSection s;
    optionalKey(j, path, "input", [&](const json &v, const std::string &p) {
        const std::string text = readString(v, p);
        auto shape = arch::parseShape(text);
        if (!shape)
            fail(Error("session.bad_shape").with("path", p).with("value", text));
        s.input = *shape;
    });
    optionalKey(j, path, "columns", [&](const json &v, const std::string &p) {
        expectArray(v, p);
        for (size_t i = 0; i < v.size(); ++i) {
            const std::string cp = element(p, i);
            expectObject(v[i], cp);
            VggColumn col;
            optionalKey(v[i], cp, "name", [&](const json &n, const std::string &np) { col.name = readString(n, np); });
            optionalKey(v[i], cp, "layers", [&](const json &l, const std::string &lp) {
                expectArray(l, lp);
                for (size_t k = 0; k < l.size(); ++k)
                    col.tokens.push_back(readString(l[k], element(lp, k)));
            });
            s.columns.push_back(std::move(col));
        }
    });
    optionalKey(j, path, "show", [&](const json &v, const std::string &p) { s.quantity = readId(v, p, kQuantities); });
    optionalKey(j, path, "practice", [&](const json &v, const std::string &p) { s.practice = readBool(v, p); });
    return s;
}

RnnSection readRnn(const json &j, const std::string &path)
{
    expectObject(j, path);
    RnnSection s;
    optionalKey(j, path, "w_hh", [&](const json &v, const std::string &p) {
        expectArray(v, p);
        if (v.empty())
            fail(Error("session.grid_empty").with("path", p));
        if (v.size() > size_t(rnn::kMaxHidden))
            fail(Error("session.grid_too_large").with("path", p).with("max", (long long)rnn::kMaxHidden));
        std::vector<std::vector<double>> w;
        for (size_t r = 0; r < v.size(); ++r) {
            const std::string rp = element(p, r);
            expectArray(v[r], rp);
            if (v[r].size() != v.size())
                fail(Error("session.not_square")
                         .with("path", rp)
                         .with("rows", (long long)v.size())
                         .with("cols", (long long)v[r].size()));
            std::vector<double> row;
            for (size_t c = 0; c < v[r].size(); ++c)
                row.push_back(readNumber(v[r][c], element(rp, c), -rnn::kMaxEntry, rnn::kMaxEntry));
            w.push_back(std::move(row));
        }
        s.w = std::move(w);
    });
    optionalKey(
        j, path, "activation", [&](const json &v, const std::string &p) { s.activation = readId(v, p, kActivations); });
    optionalKey(
        j, path, "steps", [&](const json &v, const std::string &p) { s.steps = readInteger(v, p, 0, rnn::kMaxSteps); });
    optionalKey(j, path, "bias", [&](const json &v, const std::string &p) { s.bias = readString(v, p); });
    optionalKey(j, path, "h0", [&](const json &v, const std::string &p) { s.h0 = readString(v, p); });
    optionalKey(j, path, "loss_grad", [&](const json &v, const std::string &p) { s.lossGrad = readString(v, p); });
    optionalKey(
        j, path, "scale", [&](const json &v, const std::string &p) { s.scale = readNumber(v, p, 0, kMaxRnnScale); });
    optionalKey(j, path, "preset", [&](const json &v, const std::string &p) {
        expectObject(v, p);
        optionalKey(
            v, p, "kind", [&](const json &x, const std::string &xp) { s.preset.preset = readId(x, xp, kPresets); });
        optionalKey(v, p, "n",
            [&](const json &x, const std::string &xp) { s.preset.n = int(readInteger(x, xp, 1, kMaxPresetSize)); });
        optionalKey(v, p, "scale", [&](const json &x, const std::string &xp) {
            s.preset.scale = readNumber(x, xp, -kMaxPresetScale, kMaxPresetScale);
        });
        optionalKey(v, p, "seed", [&](const json &x, const std::string &xp) {
            s.preset.seed = std::uint64_t(readInteger(x, xp, 1, (long long)kMaxPresetSeed));
        });
    });
    return s;
}

QuizSection readQuiz(const json &j, const std::string &path)
{
    expectObject(j, path);
    QuizSection s;
    optionalKey(j, path, "bank", [&](const json &v, const std::string &p) { s.bank = readString(v, p); });
    optionalKey(j, path, "topics", [&](const json &v, const std::string &p) {
        if (v.is_null())
            return;
        expectArray(v, p);
        std::vector<std::string> topics;
        for (size_t i = 0; i < v.size(); ++i)
            topics.push_back(readString(v[i], element(p, i)));
        s.topics = std::move(topics);
    });
    optionalKey(j, path, "count",
        [&](const json &v, const std::string &p) { s.count = int(readInteger(v, p, 1, kMaxQuizCount)); });
    optionalKey(j, path, "seed", [&](const json &v, const std::string &p) {
        if (!v.is_null())
            s.seed = std::uint64_t(readInteger(v, p, 0, (long long)kMaxQuizSeed));
    });
    optionalKey(j, path, "feedback", [&](const json &v, const std::string &p) {
        static const IdTable<bool> kFeedback[] = { { false, "immediate" }, { true, "at_end" } };
        s.feedbackAtEnd = readId(v, p, kFeedback);
    });
    optionalKey(
        j, path, "mock_graduate", [&](const json &v, const std::string &p) { s.mockGraduate = readBool(v, p); });
    optionalKey(j, path, "mock_timer", [&](const json &v, const std::string &p) { s.mockTimer = readBool(v, p); });
    optionalKey(j, path, "mock_minutes",
        [&](const json &v, const std::string &p) { s.mockMinutes = int(readInteger(v, p, 1, kMaxMockMinutes)); });
    return s;
}

GraphSection readGraph(const json &j, const std::string &path)
{
    expectObject(j, path);
    GraphSection s;
    optionalKey(j, path, "cell", [&](const json &v, const std::string &p) { s.cell = readId(v, p, kCells); });
    optionalKey(j, path, "view", [&](const json &v, const std::string &p) {
        static const IdTable<bool> kViews[] = { { false, "folded" }, { true, "unrolled" } };
        s.unrolled = readId(v, p, kViews);
    });
    optionalKey(j, path, "steps", [&](const json &v, const std::string &p) {
        s.steps = int(readInteger(v, p, graph::kMinSteps, graph::kMaxSteps));
    });
    optionalKey(j, path, "hidden", [&](const json &v, const std::string &p) {
        s.hidden = int(readInteger(v, p, graph::kMinHidden, graph::kMaxHidden));
    });
    optionalKey(j, path, "input", [&](const json &v, const std::string &p) {
        s.input = int(readInteger(v, p, graph::kMinInput, graph::kMaxInput));
    });
    optionalKey(j, path, "classes", [&](const json &v, const std::string &p) {
        s.classes = int(readInteger(v, p, graph::kMinClasses, graph::kMaxClasses));
    });
    optionalKey(j, path, "seed", [&](const json &v, const std::string &p) {
        s.seed = std::uint64_t(readInteger(v, p, 0, (long long)kMaxGraphSeed));
    });
    optionalKey(j, path, "unshared", [&](const json &v, const std::string &p) { s.unshared = readBool(v, p); });
    optionalKey(j, path, "learning_rate",
        [&](const json &v, const std::string &p) { s.learningRate = readNumber(v, p, 0.01, graph::kMaxLearningRate); });
    optionalKey(j, path, "backward", [&](const json &v, const std::string &p) { s.backward = readBool(v, p); });
    return s;
}

Session readSession(const json &root)
{
    if (!root.is_object())
        fail(Error("session.not_session"));
    auto format = root.find("format");
    if (format == root.end() || !format->is_string() || format->get<std::string>() != kFormat)
        fail(Error("session.not_session"));
    auto version = root.find("version");
    if (version == root.end())
        fail(Error("session.expected_integer")
                 .with("path", "version")
                 .with("min", 1LL)
                 .with("max", (long long)kVersion));
    // A whole number above ours is a newer format, refused before anything else is read.
    std::string newer;
    if (version->is_number_unsigned() && version->get<std::uint64_t>() > std::uint64_t(kVersion))
        newer = std::to_string(version->get<std::uint64_t>());
    else if (version->is_number_integer() && version->get<long long>() > kVersion)
        newer = std::to_string(version->get<long long>());
    else if (version->is_number_float() && std::isfinite(version->get<double>()) && version->get<double>() > kVersion
        && version->get<double>() == std::floor(version->get<double>()))
        newer = formatNumber(version->get<double>());
    if (!newer.empty())
        fail(Error("session.newer_version").with("version", newer).with("supported", (long long)kVersion));
    readInteger(*version, "version", 1, kVersion);

    Session s;
    optionalKey(root, "", "current_page", [&](const json &v, const std::string &p) {
        s.currentPage = readString(v, p);
        if (s.currentPage.empty())
            fail(Error("session.expected_string").with("path", p));
    });
    optionalKey(root, "", "conv", [&](const json &v, const std::string &p) { s.conv = readConv(v, p); });
    optionalKey(root, "", "vgg", [&](const json &v, const std::string &p) { s.vgg = readVgg(v, p); });
    optionalKey(root, "", "rnn", [&](const json &v, const std::string &p) { s.rnn = readRnn(v, p); });
    optionalKey(root, "", "quiz", [&](const json &v, const std::string &p) { s.quiz = readQuiz(v, p); });
    optionalKey(root, "", "graph", [&](const json &v, const std::string &p) { s.graph = readGraph(v, p); });
    return s;
}

Error notJson(std::string_view text, std::size_t byte)
{
    // byte is the 1-based position where the parser stopped; count characters, not UTF-8 continuation bytes.
    const size_t stop = byte == 0 ? 0 : std::min(size_t(byte - 1), text.size());
    long long line = 1, column = 1;
    for (size_t i = 0; i < stop; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return Error("session.not_json").with("line", line).with("column", column);
}

// ---- writing (ordered_json keeps keys in the order written) --------------------------------------

using ojson = nlohmann::ordered_json;

ojson gridJson(const Grid &g)
{
    ojson channels = ojson::array();
    for (const auto &channel : g.channels) {
        ojson rows = ojson::array();
        for (const auto &row : channel) {
            ojson cells = ojson::array();
            for (const GridCell &c : row) {
                if (c.text)
                    cells.push_back(*c.text);
                else
                    cells.push_back(c.value);
            }
            rows.push_back(std::move(cells));
        }
        channels.push_back(std::move(rows));
    }
    return channels;
}

ojson pairJson(const conv::Pair &p)
{
    return ojson::array({ p.h, p.w });
}

} // namespace

Grid gridFromMatrix(const Eigen::MatrixXd &m)
{
    std::vector<std::vector<GridCell>> rows(size_t(m.rows()), std::vector<GridCell>(size_t(m.cols())));
    for (Eigen::Index r = 0; r < m.rows(); ++r)
        for (Eigen::Index c = 0; c < m.cols(); ++c)
            rows[size_t(r)][size_t(c)].value = m(r, c);
    Grid g;
    g.channels.push_back(std::move(rows));
    return g;
}

std::string modeId(conv::Mode mode)
{
    return idOf(kModes, mode);
}
std::string quantityId(VggQuantity quantity)
{
    return idOf(kQuantities, quantity);
}
std::string rnnPresetId(rnn::Preset preset)
{
    return idOf(kPresets, preset);
}
std::string cellId(graph::CellKind cell)
{
    return idOf(kCells, cell);
}

Result<Session> parseSession(std::string_view text)
{
    json root;
    try {
        root = json::parse(text.begin(), text.end());
    } catch (const json::parse_error &e) {
        return notJson(text, e.byte);
    } catch (const std::exception &) {
        return Error("session.not_json").with("line", 1LL).with("column", 1LL);
    }
    try {
        return readSession(root);
    } catch (const Failure &f) {
        return f.error;
    } catch (const std::exception &) {
        return Error("session.not_session");
    }
}

std::string serializeSession(const Session &s)
{
    ojson root;
    root["format"] = kFormat;
    root["version"] = kVersion;
    root["current_page"] = s.currentPage;

    ojson conv;
    conv["input"] = gridJson(s.conv.input);
    conv["filter"] = gridJson(s.conv.filter);
    conv["stride"] = pairJson(s.conv.spec.stride);
    conv["padding"] = pairJson(s.conv.spec.padding);
    conv["dilation"] = pairJson(s.conv.spec.dilation);
    conv["mode"] = modeId(s.conv.spec.mode);
    conv["input_channel"] = s.conv.inputChannel;
    conv["filter_channel"] = s.conv.filterChannel;
    conv["step"] = s.conv.step;
    conv["show_all"] = s.conv.showAll;
    root["conv"] = std::move(conv);

    ojson vgg;
    vgg["input"] = arch::formatShape(s.vgg.input);
    ojson columns = ojson::array();
    for (const VggColumn &c : s.vgg.columns) {
        ojson col;
        col["name"] = c.name;
        col["layers"] = c.tokens;
        columns.push_back(std::move(col));
    }
    vgg["columns"] = std::move(columns);
    vgg["show"] = quantityId(s.vgg.quantity);
    vgg["practice"] = s.vgg.practice;
    root["vgg"] = std::move(vgg);

    ojson rnn;
    rnn["w_hh"] = s.rnn.w;
    rnn["activation"] = idOf(kActivations, s.rnn.activation);
    rnn["steps"] = s.rnn.steps;
    rnn["bias"] = s.rnn.bias;
    rnn["h0"] = s.rnn.h0;
    rnn["loss_grad"] = s.rnn.lossGrad;
    rnn["scale"] = s.rnn.scale;
    ojson preset;
    preset["kind"] = rnnPresetId(s.rnn.preset.preset);
    preset["n"] = s.rnn.preset.n;
    preset["scale"] = s.rnn.preset.scale;
    preset["seed"] = s.rnn.preset.seed;
    rnn["preset"] = std::move(preset);
    root["rnn"] = std::move(rnn);

    ojson quiz;
    quiz["bank"] = s.quiz.bank;
    quiz["topics"] = s.quiz.topics ? ojson(*s.quiz.topics) : ojson(nullptr);
    quiz["count"] = s.quiz.count;
    quiz["seed"] = s.quiz.seed ? ojson(*s.quiz.seed) : ojson(nullptr);
    quiz["feedback"] = s.quiz.feedbackAtEnd ? "at_end" : "immediate";
    quiz["mock_graduate"] = s.quiz.mockGraduate;
    quiz["mock_timer"] = s.quiz.mockTimer;
    quiz["mock_minutes"] = s.quiz.mockMinutes;
    root["quiz"] = std::move(quiz);

    ojson graph;
    graph["cell"] = cellId(s.graph.cell);
    graph["view"] = s.graph.unrolled ? "unrolled" : "folded";
    graph["steps"] = s.graph.steps;
    graph["hidden"] = s.graph.hidden;
    graph["input"] = s.graph.input;
    graph["classes"] = s.graph.classes;
    graph["seed"] = s.graph.seed;
    graph["unshared"] = s.graph.unshared;
    graph["learning_rate"] = s.graph.learningRate;
    graph["backward"] = s.graph.backward;
    root["graph"] = std::move(graph);

    // Strings come from the UI as UTF-8; replace rather than throw should one ever not be.
    return root.dump(2, ' ', false, ojson::error_handler_t::replace) + "\n";
}

} // namespace dlt::session
