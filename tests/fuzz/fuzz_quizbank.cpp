// Quiz bank JSON loader. Invariants: a bank that loads re-saves to JSON that loads to an equal
// bank (load(save(load(x))) == load(x)), and saving is then a fixed point (save(load(save(b))) ==
// save(b)); a bank that does not load reports at least one problem, each with a key.

#include "fuzzcheck.h"

#include "quiz/bank.h"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace dlt::quiz;
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const BankLoad first = parseBankJson(text);
    if (!first.ok()) {
        for (const auto &e : first.problems)
            FUZZ_CHECK(!e.key.empty(), "a problem without a key");
        return 0;
    }
    FUZZ_CHECK(!first.bank.questions.empty(), "a loaded bank has questions");
    const std::string saved = bankToJson(first.bank);
    const BankLoad second = parseBankJson(saved);
    FUZZ_CHECK(second.ok(), "the saved bank does not load: " + second.problems.front().debugString() + "\n" + saved);
    FUZZ_CHECK(second.bank == first.bank, "load(save(load(x))) != load(x)\n" + saved);
    FUZZ_CHECK(bankToJson(second.bank) == saved, "saving is not a fixed point\n" + saved);
    (void)bankListJson(first.bank); // the command line's listing must not throw either
    return 0;
}
