// GIFT importer. Invariants: a GIFT text that imports exports (bankToGift) without problems
// (import yields only types GIFT carries) and the export imports to an equal bank; the bank also
// survives the JSON round trip.

#include "fuzzcheck.h"

#include "quiz/bank.h"
#include "quiz/gift.h"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace dlt::quiz;
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const BankLoad first = parseGift(text);
    if (!first.ok()) {
        for (const auto &e : first.problems)
            FUZZ_CHECK(!e.key.empty(), "a problem without a key");
        return 0;
    }
    const GiftExport exported = bankToGift(first.bank);
    FUZZ_CHECK(exported.ok(), "an imported bank cannot be exported: " + exported.problems.front().debugString());
    const BankLoad second = parseGift(exported.text);
    FUZZ_CHECK(second.ok(), "the exported GIFT does not import: " + second.problems.front().debugString() + "\n"
                                + exported.text);
    FUZZ_CHECK(second.bank == first.bank, "import → export → import changed the bank\n" + exported.text);
    const GiftExport again = bankToGift(second.bank);
    FUZZ_CHECK(again.ok() && again.text == exported.text, "export is not a fixed point\n" + exported.text);

    const BankLoad viaJson = parseBankJson(bankToJson(first.bank));
    FUZZ_CHECK(viaJson.ok() && viaJson.bank == first.bank, "an imported bank does not survive JSON");
    return 0;
}
