#include "clirunner.h"

#include <gtest/gtest.h>

using clitest::run;

TEST(CliMain, HelpListsUsageAndExitsZero)
{
    const auto r = run({"--help"});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_NE(r.out.find("Usage: dltutor"), std::string::npos);
    EXPECT_TRUE(r.err.empty());
}

TEST(CliMain, VersionPrintsOneLine)
{
    const auto r = run({"--version"});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.out.rfind("dltutor ", 0), 0u);
    EXPECT_EQ(clitest::lineCount(r.out), 1);
}

TEST(CliMain, UnknownSubcommandExitsTwoWithOneLine)
{
    const auto r = run({"frobnicate"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.empty());
    EXPECT_EQ(clitest::lineCount(r.err), 1);
    EXPECT_NE(r.err.find("frobnicate"), std::string::npos);
}
