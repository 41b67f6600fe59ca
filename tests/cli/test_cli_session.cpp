// dltutor --session FILE with a file it cannot open: exit 2, one line on stderr naming the file and
// the problem, nothing on stdout, and no window (the process ends by itself).

#include "clirunner.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

using clitest::run;

namespace {

class CliSession : public ::testing::Test
{
protected:
    void SetUp() override
    {
        char tmpl[] = "/tmp/dltutor_cli_session_XXXXXX";
        ASSERT_NE(mkdtemp(tmpl), nullptr);
        m_dir = tmpl;
    }
    void TearDown() override { std::filesystem::remove_all(m_dir); }

    std::string file(const std::string &name, const std::string &content)
    {
        const std::string path = m_dir + "/" + name;
        std::ofstream(path, std::ios::binary) << content;
        return path;
    }

    void expectOneLine(const clitest::RunResult &r, const std::string &path, const std::string &problem)
    {
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_TRUE(r.out.empty());
        EXPECT_EQ(clitest::lineCount(r.err), 1) << r.err;
        EXPECT_NE(r.err.find(path), std::string::npos) << r.err;
        EXPECT_NE(r.err.find(problem), std::string::npos) << r.err;
    }

    std::string m_dir;
};

} // namespace

TEST_F(CliSession, MissingFile)
{
    const std::string path = m_dir + "/absent.json";
    expectOneLine(run({ "--session", path }), path, "cannot open");
}

TEST_F(CliSession, NewerVersion)
{
    const std::string path = file("newer.json", R"({"format":"dltutor-session","version":9})");
    expectOneLine(run({ "--session", path }), path, "newer DL Tutor");
}

TEST_F(CliSession, NotJson)
{
    // The second line's third character is where the parser stops.
    const std::string path = file("broken.json", "{\n  ]");
    expectOneLine(run({ "--session", path }), path, "line 2, column 3");
}

TEST_F(CliSession, BadValueNamesItsPath)
{
    const std::string path = file("bad.json", R"({"format":"dltutor-session","version":1,"graph":{"steps":0}})");
    expectOneLine(run({ "--session", path }), path, "graph.steps: expected a whole number from 1 to 8");
}

TEST_F(CliSession, DirectoryAndMissingValue)
{
    expectOneLine(run({ "--session", m_dir }), m_dir, "is a directory");
    const auto r = run({ "--session" });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(clitest::lineCount(r.err), 1);
    EXPECT_NE(r.err.find("--session"), std::string::npos);
}

TEST_F(CliSession, AfterPage)
{
    const std::string path = file("page.json", "[]");
    expectOneLine(run({ "--page", "vgg", "--session", path }), path, "not a DL Tutor session");
}
