#include "session/session.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cctype>
#include <ostream>
#include <random>
#include <string>

using namespace dlt;
using namespace dlt::session;

namespace {

GridCell n(double v)
{
    GridCell c;
    c.value = v;
    return c;
}

/** A session in which every field differs from its default. */
Session everyFieldChanged()
{
    Session s;
    s.currentPage = "graph";

    // Two channels of 2×3; one cell holds text that is not a number, one a non-representable decimal.
    GridCell bad;
    bad.text = "1.2.3";
    s.conv.input.channels = { { { n(1), n(-2.5), n(0.1) }, { n(4), bad, n(1e-300) } },
        { { n(7), n(8), n(9) }, { n(10), n(11), n(12) } } };
    s.conv.filter.channels = { { { n(0.5), n(-0.5) } }, { { n(1), n(2) } } };
    s.conv.spec.stride = { 2, 3 };
    s.conv.spec.padding = { 1, 0 };
    s.conv.spec.dilation = { 1, 2 };
    s.conv.spec.mode = conv::Mode::Convolution;
    s.conv.inputChannel = 1;
    s.conv.filterChannel = 1;
    s.conv.step = 5;
    s.conv.showAll = true;

    s.vgg.input = { 32, 48, 1 };
    s.vgg.columns = { { "Mine", { "C3D64", "M", "FC10", "S" } }, { "Typo", { "C3X", "Ü" } } };
    s.vgg.quantity = VggQuantity::ReceptiveField;
    s.vgg.practice = true;

    s.rnn.w = { { 0.5, -1.25, 0 }, { 1e-3, 2, 3 }, { 4, 5, 6 } };
    s.rnn.activation = rnn::Activation::Relu;
    s.rnn.steps = 7;
    s.rnn.bias = "1 2 x"; // invalid text is kept as typed
    s.rnn.h0 = "0.5;0.5;0.5";
    s.rnn.lossGrad = "1 0 0";
    s.rnn.scale = 1.75;
    s.rnn.preset = { rnn::Preset::Orthogonal, 6, -2.5, 4242 };

    s.quiz.bank = "/tmp/bänk.json";
    s.quiz.topics = std::vector<std::string> { "Convolution", "RNN gradients" };
    s.quiz.count = 17;
    s.quiz.seed = 123456789;
    s.quiz.feedbackAtEnd = true;
    s.quiz.mockGraduate = true;
    s.quiz.mockTimer = true;
    s.quiz.mockMinutes = 42;

    s.graph.cell = graph::CellKind::Gru;
    s.graph.unrolled = true;
    s.graph.steps = 6;
    s.graph.hidden = 4;
    s.graph.input = 3;
    s.graph.classes = 3;
    s.graph.seed = 99;
    s.graph.unshared = true;
    s.graph.learningRate = 0.125;
    s.graph.backward = true;
    return s;
}

std::string withKey(const std::string &pointer, const nlohmann::json &value)
{
    nlohmann::json j = nlohmann::json::parse(serializeSession(Session {}));
    j[nlohmann::json::json_pointer(pointer)] = value;
    return j.dump();
}

Error errorOf(const std::string &text)
{
    auto r = parseSession(text);
    EXPECT_FALSE(r.ok()) << text;
    return r.ok() ? Error("none") : r.error();
}

} // namespace

TEST(Session, DefaultsMatchThePagesFreshState)
{
    const Session s;
    EXPECT_EQ(s.currentPage, "conv");
    // The seed's 7×7 input and the horizontal-edge filter [[1,1,1],[0,0,0],[-1,-1,-1]].
    ASSERT_EQ(s.conv.input.channels.size(), 1u);
    EXPECT_EQ(s.conv.input.channels[0].size(), 7u);
    EXPECT_EQ(s.conv.input.channels[0][0].size(), 7u);
    ASSERT_EQ(s.conv.filter.channels[0].size(), 3u);
    EXPECT_EQ(s.conv.filter.channels[0][0][0].value, 1);
    EXPECT_EQ(s.conv.filter.channels[0][1][1].value, 0);
    EXPECT_EQ(s.conv.filter.channels[0][2][2].value, -1);
    EXPECT_EQ(s.conv.spec, conv::Spec {});
    EXPECT_EQ(s.rnn.w, (std::vector<std::vector<double>> { { 3.5, 3.5 }, { 3.5, 3.5 } }));
    EXPECT_EQ(s.vgg.input, (arch::Shape { 224, 224, 3 }));
}

TEST(Session, RoundTripOfEveryField)
{
    const Session s = everyFieldChanged();
    const std::string text = serializeSession(s);
    auto back = parseSession(text);
    ASSERT_TRUE(back.ok()) << back.error().debugString();
    EXPECT_EQ(back.value(), s);
    // Each section separately, so a failure names the section.
    EXPECT_EQ(back->conv, s.conv);
    EXPECT_EQ(back->vgg, s.vgg);
    EXPECT_EQ(back->rnn, s.rnn);
    EXPECT_EQ(back->quiz, s.quiz);
    EXPECT_EQ(back->graph, s.graph);
    // Stable output: writing what was read gives the same bytes.
    EXPECT_EQ(serializeSession(back.value()), text);
}

TEST(Session, DefaultRoundTripAndKeyOrder)
{
    const std::string text = serializeSession(Session {});
    auto back = parseSession(text);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.value(), Session {});
    // format and version come first so a reader sees them at the top of the file.
    EXPECT_EQ(text.find("\"format\""), 4u);
    EXPECT_LT(text.find("\"version\""), text.find("\"conv\""));
    EXPECT_LT(text.find("\"conv\""), text.find("\"vgg\""));
    EXPECT_LT(text.find("\"vgg\""), text.find("\"rnn\""));
    EXPECT_LT(text.find("\"rnn\""), text.find("\"quiz\""));
    EXPECT_LT(text.find("\"quiz\""), text.find("\"graph\""));
}

TEST(Session, DoublesSurviveExactly)
{
    // 0.1, 1/3 and 1e-300 have no short decimal form; the written text must still read back bit for bit.
    Session s;
    s.conv.input = gridFromMatrix((Eigen::MatrixXd(1, 3) << 0.1, 1.0 / 3.0, 1e-300).finished());
    s.rnn.w = { { 1.0 / 7.0 } };
    s.rnn.scale = 2.0 / 3.0;
    auto back = parseSession(serializeSession(s));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->conv.input.channels[0][0][1].value, 1.0 / 3.0);
    EXPECT_EQ(back->rnn.w[0][0], 1.0 / 7.0);
    EXPECT_EQ(back->rnn.scale, 2.0 / 3.0);
}

TEST(Session, AbsentSectionsAndKeysAreDefaults)
{
    auto r = parseSession(R"({"format":"dltutor-session","version":1})");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.value(), Session {});

    r = parseSession(R"({"format":"dltutor-session","version":1,"conv":{"stride":[2,2]},"graph":{"cell":"lstm"}})");
    ASSERT_TRUE(r.ok());
    Session expected;
    expected.conv.spec.stride = { 2, 2 };
    expected.graph.cell = graph::CellKind::Lstm;
    EXPECT_EQ(r.value(), expected);
}

TEST(Session, UnknownKeysAreIgnored)
{
    auto r = parseSession(
        R"({"format":"dltutor-session","version":1,"theme":"dark","conv":{"mode":"convolution","future":[1,2]}})");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->conv.spec.mode, conv::Mode::Convolution);
}

TEST(Session, NumericTextInAGridBecomesANumber)
{
    auto r = parseSession(R"({"format":"dltutor-session","version":1,"conv":{"filter":[[["2","x",3]]]}})");
    ASSERT_TRUE(r.ok());
    const auto &row = r->conv.filter.channels[0][0];
    EXPECT_EQ(row[0], (GridCell { 2, std::nullopt }));
    EXPECT_EQ(row[1], (GridCell { 0, std::string("x") }));
    EXPECT_EQ(row[2], (GridCell { 3, std::nullopt }));
}

TEST(Session, NotJsonNamesLineAndColumn)
{
    // The '?' is the 13th character of line 2: two spaces, 8 for "format", ':' and a space come first.
    Error e = errorOf("{\n  \"format\": ?}");
    EXPECT_EQ(e.key, "session.not_json");
    EXPECT_EQ(e.arg("line"), "2");
    EXPECT_EQ(e.arg("column"), "13");

    e = errorOf("");
    EXPECT_EQ(e.key, "session.not_json");
    e = errorOf("{\"format\": \"dltutor-session\", ");
    EXPECT_EQ(e.key, "session.not_json");
    EXPECT_EQ(e.arg("line"), "1");
    e = errorOf(std::string("\x89PNG\r\n\x1a\n\0\0", 10));
    EXPECT_EQ(e.key, "session.not_json");
}

TEST(Session, NotASession)
{
    EXPECT_EQ(errorOf("[1,2]").key, "session.not_session");
    EXPECT_EQ(errorOf("{}").key, "session.not_session");
    EXPECT_EQ(errorOf(R"({"format":"dltutor-progress","version":1})").key, "session.not_session");
    EXPECT_EQ(errorOf(R"({"format":"dltutor-session"})").key, "session.expected_integer");
}

TEST(Session, NewerVersion)
{
    Error e = errorOf(R"({"format":"dltutor-session","version":2,"conv":"anything"})");
    EXPECT_EQ(e.key, "session.newer_version");
    EXPECT_EQ(e.arg("version"), "2");
    EXPECT_EQ(e.arg("supported"), "1");
    EXPECT_EQ(errorOf(R"({"format":"dltutor-session","version":18446744073709551615})").key, "session.newer_version");
    EXPECT_EQ(errorOf(R"({"format":"dltutor-session","version":3.0})").key, "session.newer_version");
    // Not newer, just wrong.
    EXPECT_EQ(errorOf(R"({"format":"dltutor-session","version":0})").key, "session.expected_integer");
    EXPECT_EQ(errorOf(R"({"format":"dltutor-session","version":"1"})").key, "session.expected_integer");
    EXPECT_EQ(errorOf(R"({"format":"dltutor-session","version":0.5})").key, "session.expected_integer");
}

struct BadCase {
    const char *pointer;
    nlohmann::json value;
    const char *key;
    const char *path;
};

void PrintTo(const BadCase &c, std::ostream *os)
{
    *os << c.pointer << " = " << c.value.dump();
}

class SessionBadValue : public ::testing::TestWithParam<BadCase>
{
};

TEST_P(SessionBadValue, NamesThePathOfTheProblem)
{
    const BadCase &c = GetParam();
    const Error e = errorOf(withKey(c.pointer, c.value));
    EXPECT_EQ(e.key, c.key) << e.debugString();
    EXPECT_EQ(e.arg("path"), c.path) << e.debugString();
}

INSTANTIATE_TEST_SUITE_P(Session, SessionBadValue,
    ::testing::Values(BadCase { "/current_page", 3, "session.expected_string", "current_page" },
        BadCase { "/current_page", "", "session.expected_string", "current_page" },
        BadCase { "/conv", 1, "session.expected_object", "conv" },
        BadCase { "/conv/stride/1", 0, "session.expected_integer", "conv.stride[1]" },
        BadCase { "/conv/stride/0", 1.5, "session.expected_integer", "conv.stride[0]" },
        BadCase { "/conv/stride", nlohmann::json::array({ 1 }), "session.expected_pair", "conv.stride" },
        BadCase { "/conv/padding/0", -1, "session.expected_integer", "conv.padding[0]" },
        BadCase { "/conv/dilation/1", 33, "session.expected_integer", "conv.dilation[1]" },
        BadCase { "/conv/mode", "fft", "session.expected_one_of", "conv.mode" },
        BadCase { "/conv/input", nlohmann::json::array(), "session.grid_empty", "conv.input" },
        BadCase { "/conv/input", "1 2 3", "session.expected_array", "conv.input" },
        BadCase { "/conv/input/0/2", nlohmann::json::array({ 1, 2 }), "session.grid_ragged", "conv.input[0][2]" },
        BadCase { "/conv/input/0/1/3", true, "session.expected_number", "conv.input[0][1][3]" },
        BadCase { "/conv/filter/1", nlohmann::json::array({ nlohmann::json::array({ 1 }) }),
            "session.grid_channel_shape", "conv.filter[1]" },
        BadCase { "/conv/input_channel", 1, "session.expected_integer", "conv.input_channel" },
        BadCase { "/conv/step", -1, "session.expected_integer", "conv.step" },
        BadCase { "/conv/show_all", "yes", "session.expected_bool", "conv.show_all" },
        BadCase { "/vgg/input", "224x0x3", "session.bad_shape", "vgg.input" },
        BadCase { "/vgg/columns/0", nlohmann::json::object({ { "name", 5 } }), "session.expected_string",
            "vgg.columns[0].name" },
        BadCase { "/vgg/columns/0", nlohmann::json::object({ { "layers", { "C3D64", 7 } } }), "session.expected_string",
            "vgg.columns[0].layers[1]" },
        BadCase { "/vgg/show", "flops", "session.expected_one_of", "vgg.show" },
        BadCase { "/rnn/w_hh/1", nlohmann::json::array({ 1 }), "session.not_square", "rnn.w_hh[1]" },
        BadCase { "/rnn/w_hh/0/0", 1e101, "session.expected_number", "rnn.w_hh[0][0]" },
        BadCase { "/rnn/activation", "softmax", "session.expected_one_of", "rnn.activation" },
        BadCase { "/rnn/steps", 10001, "session.expected_integer", "rnn.steps" },
        BadCase { "/rnn/scale", 4.5, "session.expected_number", "rnn.scale" },
        BadCase { "/rnn/preset/kind", "eye", "session.expected_one_of", "rnn.preset.kind" },
        BadCase { "/rnn/preset/n", 9, "session.expected_integer", "rnn.preset.n" },
        BadCase { "/quiz/count", 0, "session.expected_integer", "quiz.count" },
        BadCase { "/quiz/topics", 5, "session.expected_array", "quiz.topics" },
        BadCase { "/quiz/feedback", "later", "session.expected_one_of", "quiz.feedback" },
        BadCase { "/quiz/mock_minutes", 301, "session.expected_integer", "quiz.mock_minutes" },
        BadCase { "/graph/steps", 9, "session.expected_integer", "graph.steps" },
        BadCase { "/graph/hidden", 1, "session.expected_integer", "graph.hidden" },
        BadCase { "/graph/learning_rate", 0, "session.expected_number", "graph.learning_rate" },
        BadCase { "/graph/view", "sideways", "session.expected_one_of", "graph.view" },
        BadCase { "/graph/cell", "transformer", "session.expected_one_of", "graph.cell" }),
    [](const ::testing::TestParamInfo<BadCase> &info) {
        std::string name = std::to_string(info.index) + "_";
        for (const char *p = info.param.path; *p; ++p)
            name += std::isalnum(static_cast<unsigned char>(*p)) ? *p : '_';
        return name;
    });

TEST(Session, ExpectedIntegerCarriesItsRange)
{
    const Error e = errorOf(withKey("/conv/stride/1", 0));
    EXPECT_EQ(e.arg("min"), "1");
    EXPECT_EQ(e.arg("max"), "32");
}

TEST(Session, ParseNeverThrowsOnMutatedInput)
{
    // Random byte edits of a valid document: every result is a value or an Error, never an exception.
    const std::string base = serializeSession(everyFieldChanged());
    std::mt19937 rng(7);
    for (int i = 0; i < 3000; ++i) {
        std::string t = base;
        const int edits = 1 + int(rng() % 4);
        for (int k = 0; k < edits; ++k) {
            const size_t pos = rng() % t.size();
            switch (rng() % 3) {
            case 0:
                t[pos] = char(rng() % 256);
                break;
            case 1:
                t.erase(pos, 1 + rng() % 8);
                break;
            default:
                t.insert(pos, 1, "[]{}\",:0-e9"[rng() % 11]);
                break;
            }
            if (t.empty())
                t = "x";
        }
        auto r = parseSession(t);
        if (r.ok()) // whatever parsed must write and read back to the same session
            EXPECT_EQ(parseSession(serializeSession(r.value())).value(), r.value());
        else
            EXPECT_FALSE(r.error().key.empty());
    }
    // Deep nesting must not overflow the stack.
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    EXPECT_FALSE(parseSession(deep).ok());
}
