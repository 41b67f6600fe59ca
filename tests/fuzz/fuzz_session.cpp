// Session loader. Invariants: a document that parses serializes to one that parses to an equal
// session, and serializing is then a fixed point; a refused document names its problem with a key.

#include "fuzzcheck.h"

#include "session/session.h"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace dlt::session;
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    auto first = parseSession(text);
    if (!first.ok()) {
        FUZZ_CHECK(first.error().key.rfind("session.", 0) == 0, "unexpected error key " + first.error().key);
        return 0;
    }
    const std::string saved = serializeSession(*first);
    auto second = parseSession(saved);
    FUZZ_CHECK(second.ok(), "the saved session does not parse: " + second.error().debugString() + "\n" + saved);
    FUZZ_CHECK(*second == *first, "parse → serialize → parse changed the session\n" + saved);
    FUZZ_CHECK(serializeSession(*second) == saved, "serializing is not a fixed point\n" + saved);
    return 0;
}
