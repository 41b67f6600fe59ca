// The bad-input catalogue: the real binary on bad inputs across conv, vgg, rnn, quiz, export and
// --session. Every case must exit with 2, print nothing on stdout, write exactly one line on
// stderr that holds a distinctive part of what is wrong and where, and create no file.
// Inputs are generated in a fresh temporary folder (the 50 MB file too); "@name" in an argument
// is that folder's file, "@out/..." a path in an output folder that must stay empty.
// CRLF and a UTF-8 BOM are valid text: those edge cases must succeed with the right output.

#include "clirunner.h"

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <ostream>
#include <fstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Case {
    const char *name;
    std::vector<std::string> args;
    const char *expect; ///< a substring the one stderr line must hold
    const char *stdinText = "";
};

// ctest and gtest name a case by its name, not by its bytes.
void PrintTo(const Case &c, std::ostream *os) { *os << c.name; }

fs::path g_dir; // inputs
fs::path g_out; // outputs: must stay empty

void write(const std::string &name, const std::string &text)
{
    std::ofstream(g_dir / name, std::ios::binary) << text;
}

std::string bank(const std::string &questions, const std::string &head = R"("format":"dltutor-quiz","version":1,)")
{
    return "{" + head + R"("questions":[)" + questions + "]}";
}

const char *kTf = R"({"id":"a","topic":"t","type":"true_false","prompt":"p","answer":true,"explanation":"e"})";

class BadInputEnvironment : public ::testing::Environment
{
public:
    void SetUp() override
    {
        char pattern[] = "/tmp/dltutor-badinput-XXXXXX";
        g_dir = mkdtemp(pattern);
        g_out = g_dir / "out";
        fs::create_directory(g_out);
        fs::create_directory(g_dir / "folder");
        write("in3.txt", "1 2 3\n4 5 6\n7 8 9\n");
        write("f2.txt", "1 0\n0 1\n");
        write("big308.txt", "1e308 1e308\n1e308 1e308\n");
        write("inf.txt", "1 2\n3 1e309\n");
        write("nan.txt", "1 nan\n2 3\n");
        write("ragged.txt", "1 2 3\n4 5\n");
        write("token.txt", "1 2\n3 x4\n");
        write("blankline.txt", "1 2\n\n3 4\n\n\n5 6 7\n");
        write("empty.txt", "");
        write("spaces.txt", "\n  \n\t\n");
        std::string garbage(4096, '\0');
        unsigned long long x = 88172645463325252ULL; // xorshift: the same bytes every run
        for (char &c : garbage) {
            x ^= x << 13, x ^= x >> 7, x ^= x << 17;
            c = char(x & 0xFF);
        }
        write("garbage.bin", garbage);
        write("badutf8.txt", "1 2\n3 \xC3\x28\n");
        write("latin1.gift", "::a:: Caf\xE9 is open {T}\n");
        write("wide.txt", [] { std::string s; for (int i = 0; i < 100000; ++i) s += "0 "; return s + "\n"; }());
        write("tall.txt", [] { std::string s; for (int i = 0; i < 100000; ++i) s += "0\n"; return s; }());
        {
            // 50 MB: one row of 25 million cells, far past the 8192 per side limit.
            std::ofstream f(g_dir / "fifty.txt", std::ios::binary);
            const std::string chunk(1 << 20, '1');
            std::string row;
            for (size_t i = 0; i < chunk.size(); i += 2)
                row += "1 ";
            for (int i = 0; i < 50; ++i)
                f << row;
        }
        {
            // Past the 64 MB input limit without using the disk: a sparse file.
            std::ofstream(g_dir / "sparse.txt").close();
            fs::resize_file(g_dir / "sparse.txt", 70ULL << 20);
        }
        write("twochannels.txt", "1 2\n3 4\n\n5 6\n7 8\n");
        write("whh23.txt", "1 2 3\n4 5 6\n");
        write("whh600.txt", [] {
            std::string s;
            for (int i = 0; i < 600; ++i) {
                for (int j = 0; j < 600; ++j)
                    s += j ? " 0" : "0";
                s += '\n';
            }
            return s;
        }());
        write("unreadable.txt", "1 2\n");
        chmod((g_dir / "unreadable.txt").c_str(), 0);

        // Question banks, each with exactly one problem.
        write("truncated.json", R"({"format":"dltutor-quiz","version":1,"questions":[)");
        write("notjson.json", "format = dltutor-quiz\n");
        write("array.json", "[1, 2, 3]");
        write("wrongformat.json", bank(kTf, R"("format":"other","version":1,)"));
        write("noversion.json", bank(kTf, R"("format":"dltutor-quiz",)"));
        write("newer.json", bank(kTf, R"("format":"dltutor-quiz","version":2,)"));
        write("noquestions.json", R"({"format":"dltutor-quiz","version":1})");
        write("questionsobject.json", R"({"format":"dltutor-quiz","version":1,"questions":{}})");
        write("zeroquestions.json", bank(""));
        write("questionnumber.json", bank("1"));
        write("duplicate.json", bank(std::string(kTf) + "," + kTf));
        write("badtype.json", bank(R"({"id":"a","topic":"t","type":"essay","prompt":"p","answer":true,"explanation":"e"})"));
        write("noprompt.json", bank(R"({"id":"a","topic":"t","type":"true_false","answer":true,"explanation":"e"})"));
        write("noid.json", bank(R"({"topic":"t","type":"true_false","prompt":"p","answer":true,"explanation":"e"})"));
        write("badpoints.json", bank(R"({"id":"a","topic":"t","type":"true_false","prompt":"p","answer":true,"explanation":"e","points":-1})"));
        write("unknownfield.json", bank(R"({"id":"a","topic":"t","type":"true_false","prompt":"p","answer":true,"explanation":"e","colour":1})"));
        write("answerkind.json", bank(R"({"id":"a","topic":"t","type":"true_false","prompt":"p","answer":3,"explanation":"e"})"));
        write("answerrange.json", bank(R"({"id":"a","topic":"t","type":"single_choice","prompt":"p","choices":["x","y"],"answer":5,"explanation":"e"})"));
        write("emptychoices.json", bank(R"({"id":"a","topic":"t","type":"multiple_choice","prompt":"p","choices":[],"answer":[0],"explanation":"e"})"));
        write("raggedmatrix.json", bank(R"({"id":"a","topic":"t","type":"matrix","prompt":"p","answer":[[1,2],[3]],"explanation":"e"})"));
        write("badtolerance.json", bank(R"({"id":"a","topic":"t","type":"numeric","prompt":"p","answer":1,"tolerance":-2,"explanation":"e"})"));
        write("titletype.json", bank(kTf, R"("format":"dltutor-quiz","version":1,"title":5,)"));
        write("good.json", bank(kTf));
        // GIFT, each with one problem.
        write("essay.gift", "::e:: Write an essay {}\n");
        write("matching.gift", "::m:: Match {=a -> b =c -> d}\n");
        write("twocorrect.gift", "::c:: Pick {=a =b ~c}\n");
        write("nocorrect.gift", "::c:: Pick {~a ~b}\n");
        write("badweight.gift", "::w:: Pick {~%abc%a ~b}\n");
        write("badnumber.gift", "::n:: How many? {#abc}\n");
        write("badtitle.gift", "::t no end {T}\n");
        write("unbalanced.gift", "::u:: Text {=x ~y\n");
        write("commentonly.gift", "// nothing but a comment\n");
        // Sessions.
        write("newer.session", R"({"format":"dltutor-session","version":2})");
        write("corrupt.session", R"({"format":"dltutor-session","version":1,"conv":{"input":[[[1,2)");
        write("wrongtype.session", R"({"format":"dltutor-session","version":1,"conv":{"stride":"two"}})");
        write("notsession.session", R"({"format":"dltutor-quiz","version":1})");
        write("badgrid.session", R"({"format":"dltutor-session","version":1,"conv":{"input":[[[1,2],[3]]]}})");
        write("badmode.session", R"({"format":"dltutor-session","version":1,"conv":{"mode":"sideways"}})");
        write("nonsquare.session", R"({"format":"dltutor-session","version":1,"rnn":{"w_hh":[[1,2,3],[4,5,6]]}})");
        // Valid edge cases.
        write("crlf.txt", "1 2 3\r\n4 5 6\r\n7 8 9\r\n");
        write("bom.txt", "\xEF\xBB\xBF" "1 2 3\n4 5 6\n7 8 9\n");
        write("bomcrlf.gift", "\xEF\xBB\xBF::a:: Sigmoid saturates. {T}\r\n\r\n::b:: ReLU is bounded. {F}\r\n");
    }

    void TearDown() override { fs::remove_all(g_dir); }
};

const auto *g_env = ::testing::AddGlobalTestEnvironment(new BadInputEnvironment);

std::string resolve(const std::string &arg)
{
    if (arg.rfind("@out/", 0) == 0)
        return (g_out / arg.substr(5)).string();
    if (arg.rfind('@', 0) == 0)
        return (g_dir / arg.substr(1)).string();
    return arg;
}

std::vector<std::string> resolveAll(const std::vector<std::string> &args)
{
    std::vector<std::string> r;
    for (const auto &a : args)
        r.push_back(resolve(a));
    return r;
}

const std::vector<Case> kCases = {
    // ---- conv: numbers
    {"conv_1e308_overflows_to_inf", {"conv", "--input", "@big308.txt", "--filter", "@big308.txt"}, "too large to compute"},
    {"conv_1e308_json", {"conv", "--input", "@big308.txt", "--filter", "@big308.txt", "--json"}, "row 1, column 1"},
    {"conv_1e309_literal", {"conv", "--input", "@inf.txt", "--filter", "@f2.txt"}, "line 2, column 3"},
    {"conv_nan", {"conv", "--input", "@nan.txt", "--filter", "@f2.txt"}, "'nan'"},
    {"conv_bad_token", {"conv", "--input", "@token.txt", "--filter", "@f2.txt"}, "line 2, column 3"},
    {"conv_ragged", {"conv", "--input", "@ragged.txt", "--filter", "@f2.txt"}, "line 2"},
    {"conv_channel_shape", {"conv", "--input", "@blankline.txt", "--filter", "@f2.txt"}, "blankline.txt"},
    {"conv_channel_mismatch", {"conv", "--input", "@twochannels.txt", "--filter", "@f2.txt"}, "2 channel"},
    // ---- conv: sizes and files
    {"conv_wide_100000", {"conv", "--input", "@wide.txt", "--filter", "@f2.txt"}, "8192"},
    {"conv_tall_100000", {"conv", "--input", "@tall.txt", "--filter", "@f2.txt"}, "8192"},
    {"conv_50_megabytes", {"conv", "--input", "@fifty.txt", "--filter", "@f2.txt"}, "fifty.txt: line 1"},
    {"conv_past_input_limit", {"conv", "--input", "@sparse.txt", "--filter", "@f2.txt"}, "byte limit"},
    {"conv_binary_garbage", {"conv", "--input", "@garbage.bin", "--filter", "@f2.txt"}, "garbage.bin: line"},
    {"conv_invalid_utf8", {"conv", "--input", "@badutf8.txt", "--filter", "@f2.txt"}, "line 2, column 3"},
    {"conv_empty_file", {"conv", "--input", "@empty.txt", "--filter", "@f2.txt"}, "empty.txt: the matrix is empty"},
    {"conv_blank_file", {"conv", "--input", "@in3.txt", "--filter", "@spaces.txt"}, "spaces.txt: the matrix is empty"},
    {"conv_directory", {"conv", "--input", "@folder", "--filter", "@f2.txt"}, "is a directory"},
    {"conv_parent_is_file", {"conv", "--input", "@in3.txt/x.txt", "--filter", "@f2.txt"}, "Not a directory"},
    {"conv_missing_file", {"conv", "--input", "@nope.txt", "--filter", "@f2.txt"}, "nope.txt"},
    {"conv_empty_stdin", {"conv", "--input", "-", "--filter", "@f2.txt"}, "<stdin>"},
    // ---- conv: options
    {"conv_unknown_option", {"conv", "--input", "@in3.txt", "--filter", "@f2.txt", "--strid", "2"}, "'--strid'"},
    {"conv_missing_value", {"conv", "--input", "@in3.txt", "--filter"}, "'--filter' needs a value"},
    {"conv_missing_filter", {"conv", "--input", "@in3.txt"}, "'--filter'"},
    {"conv_stride_zero", {"conv", "--input", "@in3.txt", "--filter", "@f2.txt", "--stride", "0"}, "stride for rows"},
    {"conv_stride_negative", {"conv", "--input", "@in3.txt", "--filter", "@f2.txt", "--stride", "1x-2"}, "stride for cols"},
    {"conv_stride_text", {"conv", "--input", "@in3.txt", "--filter", "@f2.txt", "--stride", "abc"}, "'--stride'"},
    {"conv_padding_huge", {"conv", "--input", "@in3.txt", "--filter", "@f2.txt", "--padding", "100000"}, "padding for rows"},
    {"conv_dilation_zero", {"conv", "--input", "@in3.txt", "--filter", "@f2.txt", "--dilation", "0"}, "dilation"},
    {"conv_filter_too_large", {"conv", "--input", "@f2.txt", "--filter", "@in3.txt"}, "does not fit along rows"},
    {"conv_bad_mode", {"conv", "--input", "@in3.txt", "--filter", "@f2.txt", "--mode", "sideways"}, "'sideways'"},
    {"conv_both_stdin", {"conv", "--input", "-", "--filter", "-"}, "'--filter -'"},
    // ---- vgg
    {"vgg_bad_config", {"vgg", "--config", "Z"}, "'Z'"},
    {"vgg_bad_token", {"vgg", "--layers", "C3D64 C3X64"}, "layer 2 'C3X64'"},
    {"vgg_even_kernel", {"vgg", "--layers", "C4D8"}, "'C4D8'"},
    {"vgg_number_too_large", {"vgg", "--layers", "C99999999999D1"}, "'C99999999999D1'"},
    {"vgg_shrinks", {"vgg", "--input", "1x1x1", "--layers", "C3D8P0"}, "'C3D8P0'"},
    {"vgg_overflow", {"vgg", "--input", "1000000x1000000x1000000", "--layers", "FC1000000"}, "'FC1000000'"},
    {"vgg_empty_column", {"vgg", "--layers", ""}, "no layers"},
    {"vgg_input_zero", {"vgg", "--input", "0x224x3"}, "0x224x3"},
    {"vgg_input_text", {"vgg", "--input", "big"}, "'big'"},
    {"vgg_input_huge", {"vgg", "--input", "100000000x100000000x3"}, "100000000x100000000x3"},
    {"vgg_invalid_utf8_layers", {"vgg", "--layers", "C3D64 \xC3\x28"}, "layer 2"},
    // ---- rnn
    {"rnn_non_square", {"rnn", "--whh", "1 2 3; 4 5 6"}, "2 rows and 3 columns"},
    {"rnn_non_square_file", {"rnn", "--whh-file", "@whh23.txt"}, "3 columns"},
    {"rnn_ragged", {"rnn", "--whh", "1 2; 3"}, "row 2"},
    {"rnn_too_large", {"rnn", "--whh-file", "@whh600.txt"}, "600×600"},
    {"rnn_1e308", {"rnn", "--whh", "1e308 0; 0 1"}, "row 1, column 1"},
    {"rnn_steps_negative", {"rnn", "--steps", "-1"}, "-1"},
    {"rnn_steps_too_many", {"rnn", "--steps", "10001"}, "10001"},
    {"rnn_steps_text", {"rnn", "--steps", "ten"}, "'ten'"},
    {"rnn_bad_activation", {"rnn", "--activation", "softplus"}, "'softplus'"},
    {"rnn_bias_length", {"rnn", "--bias", "1 2 3"}, "b has 3 entries"},
    {"rnn_h0_length", {"rnn", "--h0", "1"}, "1 entr"},
    {"rnn_loss_grad_length", {"rnn", "--loss-grad", "1 2 3"}, "3 entries"},
    {"rnn_empty_file", {"rnn", "--whh-file", "@empty.txt"}, "empty.txt: the matrix is empty"},
    {"rnn_garbage_file", {"rnn", "--whh-file", "@garbage.bin"}, "garbage.bin: line"},
    {"rnn_missing_value", {"rnn", "--whh"}, "'--whh' needs a value"},
    {"rnn_both_whh", {"rnn", "--whh", "1", "--whh-file", "@f2.txt"}, "--whh"},
    // ---- quiz: JSON banks (one problem each)
    {"quiz_truncated_json", {"quiz", "--validate", "--bank", "@truncated.json"}, "ends too early"},
    {"quiz_not_json", {"quiz", "--validate", "--bank", "@notjson.json"}, "notjson.json: line 1"},
    {"quiz_not_object", {"quiz", "--validate", "--bank", "@array.json"}, "array.json: a question bank is a JSON object"},
    {"quiz_wrong_format", {"quiz", "--validate", "--bank", "@wrongformat.json"}, "\"other\""},
    {"quiz_missing_version", {"quiz", "--validate", "--bank", "@noversion.json"}, "\"version\" is missing"},
    {"quiz_newer_version", {"quiz", "--validate", "--bank", "@newer.json"}, "version 2"},
    {"quiz_missing_questions", {"quiz", "--validate", "--bank", "@noquestions.json"}, "\"questions\" is missing"},
    {"quiz_questions_not_array", {"quiz", "--validate", "--bank", "@questionsobject.json"}, "must be an array"},
    {"quiz_no_questions", {"quiz", "--validate", "--bank", "@zeroquestions.json"}, "no questions"},
    {"quiz_question_not_object", {"quiz", "--validate", "--bank", "@questionnumber.json"}, "question #1"},
    {"quiz_duplicate_id", {"quiz", "--validate", "--bank", "@duplicate.json"}, "question a (#2)"},
    {"quiz_unknown_type", {"quiz", "--validate", "--bank", "@badtype.json"}, "\"essay\""},
    {"quiz_missing_prompt", {"quiz", "--validate", "--bank", "@noprompt.json"}, "\"prompt\" is missing"},
    {"quiz_missing_id", {"quiz", "--validate", "--bank", "@noid.json"}, "\"id\" is missing"},
    {"quiz_bad_points", {"quiz", "--validate", "--bank", "@badpoints.json"}, "\"points\""},
    {"quiz_unknown_field", {"quiz", "--validate", "--bank", "@unknownfield.json"}, "\"colour\""},
    {"quiz_answer_kind", {"quiz", "--validate", "--bank", "@answerkind.json"}, "true or false"},
    {"quiz_answer_out_of_range", {"quiz", "--validate", "--bank", "@answerrange.json"}, "choice 5"},
    {"quiz_empty_choices", {"quiz", "--validate", "--bank", "@emptychoices.json"}, "\"choices\""},
    {"quiz_ragged_matrix", {"quiz", "--validate", "--bank", "@raggedmatrix.json"}, "row 2"},
    {"quiz_bad_tolerance", {"quiz", "--validate", "--bank", "@badtolerance.json"}, "\"tolerance\""},
    {"quiz_title_type", {"quiz", "--validate", "--bank", "@titletype.json"}, "\"title\""},
    {"quiz_bank_garbage", {"quiz", "--validate", "--bank", "@garbage.bin"}, "garbage.bin"},
    {"quiz_bank_directory", {"quiz", "--list", "--bank", "@folder"}, "is a directory"},
    {"quiz_bank_empty_stdin", {"quiz", "--validate", "--bank", "-"}, "<stdin>"},
    // ---- quiz: GIFT
    {"gift_essay", {"quiz", "--validate", "--bank", "@essay.gift"}, "question e (line 1)"},
    {"gift_matching", {"quiz", "--validate", "--bank", "@matching.gift"}, "matching"},
    {"gift_two_correct", {"quiz", "--validate", "--bank", "@twocorrect.gift"}, "more than one answer"},
    {"gift_no_correct", {"quiz", "--validate", "--bank", "@nocorrect.gift"}, "no answer is correct"},
    {"gift_bad_weight", {"quiz", "--validate", "--bank", "@badweight.gift"}, "'%abc%'"},
    {"gift_bad_number", {"quiz", "--validate", "--bank", "@badnumber.gift"}, "'abc'"},
    {"gift_bad_title", {"quiz", "--validate", "--bank", "@badtitle.gift"}, "::title"},
    {"gift_unbalanced", {"quiz", "--validate", "--bank", "@unbalanced.gift"}, "braces"},
    {"gift_no_questions", {"quiz", "--validate", "--bank", "@commentonly.gift"}, "no questions"},
    {"gift_invalid_utf8", {"quiz", "--validate", "--bank", "@latin1.gift"}, "line 1, column 10"},
    // ---- quiz: convert
    {"quiz_convert_bad_out", {"quiz", "--convert", "@good.json", "--out", "@out/bank.pdf"}, "'--out'"},
    {"quiz_convert_unwritable", {"quiz", "--convert", "@good.json", "--out", "@in3.txt/bank.gift"}, "in3.txt/bank.gift"},
    {"quiz_convert_missing_out", {"quiz", "--convert", "@good.json"}, "'--out'"},
    {"quiz_convert_bad_bank", {"quiz", "--convert", "@nocorrect.gift", "--out", "@out/bank.json"}, "nocorrect.gift"},
    {"quiz_no_action", {"quiz"}, "--validate"},
    // ---- export
    {"export_no_kind", {"export"}, "one of"},
    {"export_unknown_kind", {"export", "pdf", "--out", "@out/x.png"}, "'pdf'"},
    {"export_conv_step_out_of_range", {"export", "conv", "--input", "@in3.txt", "--filter", "@f2.txt", "--step", "99", "--out", "@out/s.png"}, "step 99"},
    {"export_conv_step_zero", {"export", "conv", "--input", "@in3.txt", "--filter", "@f2.txt", "--step", "0", "--out", "@out/s.png"}, "step"},
    {"export_conv_bad_input", {"export", "conv", "--input", "@garbage.bin", "--filter", "@f2.txt", "--sheet", "--out", "@out/s.png"}, "garbage.bin"},
    {"export_conv_overflow", {"export", "conv", "--input", "@big308.txt", "--filter", "@big308.txt", "--sheet", "--out", "@out/s.png"}, "too large to compute"},
    {"export_conv_all_steps_parent_is_file", {"export", "conv", "--input", "@in3.txt", "--filter", "@f2.txt", "--all-steps", "@in3.txt/steps"}, "in3.txt/steps"},
    {"export_conv_full_disk", {"export", "conv", "--input", "@in3.txt", "--filter", "@f2.txt", "--sheet", "--out", "/dev/full"}, "/dev/full"},
    {"export_vgg_full_disk", {"export", "vgg", "--config", "A", "--out", "/dev/full"}, "/dev/full"},
    {"export_rnn_full_disk", {"export", "rnn", "--out", "/dev/full"}, "/dev/full"},
    {"export_vgg_unwritable_dir", {"export", "vgg", "--config", "A", "--out", "@in3.txt/vgg.png"}, "in3.txt/vgg.png"},
    {"export_vgg_out_is_directory", {"export", "vgg", "--config", "A", "--out", "@folder"}, "folder"},
    {"export_vgg_bad_layers", {"export", "vgg", "--layers", "C3X", "--out", "@out/v.png"}, "'C3X'"},
    {"export_rnn_non_square", {"export", "rnn", "--whh", "1 2 3", "--out", "@out/r.png"}, "1 rows and 3 columns"},
    {"export_scale_too_large", {"export", "vgg", "--scale", "9", "--out", "@out/v.png"}, "'--scale'"},
    {"export_graph_bad_cell", {"export", "graph", "--cell", "xyz", "--out", "@out/g.png"}, "'xyz'"},
    {"export_graph_too_many_steps", {"export", "graph", "--steps", "99", "--unrolled", "--out", "@out/g.png"}, "99"},
    {"export_missing_out", {"export", "vgg", "--config", "A"}, "'--out'"},
    {"export_app_bad_page", {"export", "app", "--page", "nope", "--out", "@out/a.png"}, "'nope'"},
    {"export_app_corrupt_session", {"export", "app", "--page", "conv", "--session", "@corrupt.session", "--out", "@out/a.png"}, "corrupt.session"},
    // ---- --session (the window stops before it opens)
    {"session_newer_version", {"--session", "@newer.session"}, "version 2"},
    {"session_corrupt", {"--session", "@corrupt.session"}, "corrupt.session"},
    {"session_wrong_type", {"--session", "@wrongtype.session"}, "conv.stride"},
    {"session_not_a_session", {"--session", "@notsession.session"}, "not a DL Tutor session"},
    {"session_ragged_grid", {"--session", "@badgrid.session"}, "conv.input"},
    {"session_bad_mode", {"--session", "@badmode.session"}, "conv.mode"},
    {"session_non_square", {"--session", "@nonsquare.session"}, "rnn.w_hh"},
    {"session_empty_file", {"--session", "@empty.txt"}, "empty.txt"},
    {"session_garbage", {"--session", "@garbage.bin"}, "garbage.bin"},
    {"session_directory", {"--session", "@folder"}, "is a directory"},
    {"session_missing_file", {"--session", "@nope.session"}, "nope.session"},
    {"session_missing_value", {"--session"}, "--session"},
};

class BadInput : public ::testing::TestWithParam<Case>
{
};

TEST_P(BadInput, ExitsTwoWithOneLineAndNoOutput)
{
    const Case &c = GetParam();
    const auto r = clitest::run(resolveAll(c.args), c.stdinText, 120);
    EXPECT_EQ(r.exitCode, 2) << r.err;
    EXPECT_EQ(r.out, "");
    ASSERT_EQ(clitest::lineCount(r.err), 1) << r.err;
    EXPECT_EQ(r.err.back(), '\n');
    EXPECT_LT(r.err.size(), 600u) << "the message should be one readable line";
    EXPECT_EQ(r.err.rfind("dltutor", 0), 0u) << r.err;
    EXPECT_NE(r.err.find(resolve(c.expect)), std::string::npos) << "expected '" << c.expect << "' in: " << r.err;
    EXPECT_TRUE(fs::is_empty(g_out)) << "a file was written into " << g_out;
    for (const auto &e : fs::directory_iterator(g_out))
        fs::remove_all(e.path());
}

INSTANTIATE_TEST_SUITE_P(Catalogue, BadInput, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case> &i) { return std::string(i.param.name); });

TEST(BadInputCatalogue, HasAtLeastSixtyCases) { EXPECT_GE(kCases.size(), 60u); }

// chmod 000 stops everyone but root; the parent-is-a-file cases above fail for root too.
TEST(BadInputCatalogue, UnreadableFile)
{
    if (geteuid() == 0)
        GTEST_SKIP() << "root reads a chmod 000 file; conv_parent_is_file covers an unopenable path";
    const auto r = clitest::run({"conv", "--input", resolve("@unreadable.txt"), "--filter", resolve("@f2.txt")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(clitest::lineCount(r.err), 1) << r.err;
    EXPECT_NE(r.err.find("Permission denied"), std::string::npos) << r.err;
}

// ---- edge cases that are valid text: CRLF line ends and a UTF-8 byte-order mark.
// in3 = [1 2 3; 4 5 6; 7 8 9] under the identity filter f2 = [1 0; 0 1] (correlation, stride 1):
// out(i, j) = in(i, j) + in(i+1, j+1): 1+5, 2+6; 4+8, 5+9.
const char *kIdentitySum = "6\t8\n12\t14\n";

TEST(BadInputEdge, CrlfMatrixIsAccepted)
{
    const auto r = clitest::run({"conv", "--input", resolve("@crlf.txt"), "--filter", resolve("@f2.txt")});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, kIdentitySum);
    EXPECT_EQ(r.err, "");
}

TEST(BadInputEdge, BomMatrixIsAccepted)
{
    const auto r = clitest::run({"conv", "--input", resolve("@bom.txt"), "--filter", resolve("@f2.txt")});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, kIdentitySum);
}

TEST(BadInputEdge, CrlfWhhIsAccepted)
{
    // W = [0.5 0; 0 0.5] read from a CRLF file: ρ = σ = 0.5, so the JSON has spectral_radius 0.5.
    const std::string path = clitest::tempFile("0.5 0\r\n0 0.5\r\n");
    const auto r = clitest::run({"rnn", "--whh-file", path, "--steps", "1", "--json"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("\"spectral_radius\": 0.5"), std::string::npos) << r.out;
    fs::remove(path);
}

TEST(BadInputEdge, BomAndCrlfGiftIsAccepted)
{
    const auto r = clitest::run({"quiz", "--validate", "--bank", resolve("@bomcrlf.gift")});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("2 questions"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("2 true_false"), std::string::npos) << r.out;
}

} // namespace
