// Matrix text parser. Byte 0 picks the entry point and the decimal-comma option; the rest is the
// pasted text. Invariants: whatever parses is finite and within the limits; formatting it and
// parsing again gives the same numbers (shortest round-trip, so exactly equal); a single token that
// parseNumber accepts survives formatNumber → parseNumber.

#include "fuzzcheck.h"

#include "matrixtext/matrixtext.h"

#include <cmath>
#include <cstdint>
#include <string_view>

namespace {

const dlt::MatrixLimits kLimits{64, 64, 8};

bool sameMatrix(const Eigen::MatrixXd &a, const Eigen::MatrixXd &b)
{
    return a.rows() == b.rows() && a.cols() == b.cols() && a == b;
}

void checkMatrix(const Eigen::MatrixXd &m, const dlt::ParseOptions &options)
{
    FUZZ_CHECK(m.rows() >= 1 && m.cols() >= 1, "empty matrix accepted");
    FUZZ_CHECK(m.rows() <= kLimits.maxRows && m.cols() <= kLimits.maxCols, "limits exceeded");
    FUZZ_CHECK(m.allFinite(), "non-finite cell accepted");
    for (char sep : {'\t', ' '}) {
        auto again = dlt::parseMatrix(dlt::formatMatrix(m, sep), kLimits, options);
        FUZZ_CHECK(again.ok(), "formatted matrix does not parse: " + again.error().debugString());
        FUZZ_CHECK(sameMatrix(*again, m), "format → parse changed the matrix:\n" + dlt::formatMatrix(m));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t mode = data[0];
    dlt::ParseOptions options;
    options.decimalComma = (mode & 0x80) != 0;
    std::string_view text(reinterpret_cast<const char *>(data + 1), size - 1);

    switch (mode % 4) {
    case 0: {
        auto m = dlt::parseMatrix(text, kLimits, options);
        if (m.ok())
            checkMatrix(*m, options);
        else
            FUZZ_CHECK(!m.error().key.empty(), "error without a key");
        break;
    }
    case 1: {
        auto v = dlt::parseVolume(text, kLimits, options);
        if (!v.ok())
            break;
        FUZZ_CHECK(!v->empty() && int(v->size()) <= kLimits.maxChannels, "channel count out of range");
        for (const auto &c : *v) {
            FUZZ_CHECK(c.rows() == v->front().rows() && c.cols() == v->front().cols(), "ragged volume accepted");
            checkMatrix(c, options);
        }
        auto again = dlt::parseVolume(dlt::formatVolume(*v), kLimits, options);
        FUZZ_CHECK(again.ok(), "formatted volume does not parse: " + again.error().debugString());
        FUZZ_CHECK(again->size() == v->size(), "format → parse changed the channel count");
        for (size_t i = 0; i < v->size(); ++i)
            FUZZ_CHECK(sameMatrix((*again)[i], (*v)[i]), "format → parse changed a channel");
        break;
    }
    case 2: {
        auto v = dlt::parseVector(text, kLimits, options);
        if (!v.ok())
            break;
        FUZZ_CHECK(v->size() >= 1 && v->allFinite(), "bad vector accepted");
        Eigen::MatrixXd row = v->transpose();
        auto again = dlt::parseVector(dlt::formatMatrix(row), kLimits, options);
        FUZZ_CHECK(again.ok() && *again == *v, "format → parse changed the vector");
        break;
    }
    default: {
        auto x = dlt::parseNumber(text, options);
        if (!x)
            break;
        FUZZ_CHECK(std::isfinite(*x), "parseNumber accepted a non-finite value");
        auto again = dlt::parseNumber(dlt::formatNumber(*x), options);
        FUZZ_CHECK(again && *again == *x, "formatNumber → parseNumber changed " + dlt::formatNumber(*x));
        // A number on its own is a 1×1 matrix with the same value.
        auto m = dlt::parseMatrix(text, kLimits, options);
        FUZZ_CHECK(m.ok() && m->rows() == 1 && m->cols() == 1 && (*m)(0, 0) == *x,
                   "parseNumber and parseMatrix disagree");
        break;
    }
    }
    return 0;
}
