#pragma once

// Invariant checks for the fuzz targets: a failed check prints what failed and abort()s, which
// libFuzzer records as a finding (the input is kept as crash-<sha1>).

#include <cstdio>
#include <cstdlib>
#include <string>

#define FUZZ_CHECK(cond, what)                                                                     \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            std::fprintf(stderr, "invariant failed at %s:%d: %s\n  %s\n", __FILE__, __LINE__,      \
                         #cond, std::string(what).c_str());                                        \
            std::abort();                                                                          \
        }                                                                                          \
    } while (0)
