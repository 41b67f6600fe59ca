// VGG layer notation. The first line is an input size ("224x224x3"), the rest a column of layer
// tokens. Invariants: parseShape(formatShape(s)) == s; splitting, joining and splitting again
// gives the same tokens; analyse() never throws, marks the layers after the first bad one
// Unknown, and every Ok layer's numbers equal the formulas recomputed here in 128-bit:
// side_out = floor((side_in + 2p − k)/s) + 1, weights = k·k·D_in·D_out (conv) or H·W·D·units
// (fc), params = weights + biases; the totals are the sums over the layers.

#include "fuzzcheck.h"

#include "arch/inference.h"
#include "arch/layer.h"
#include "arch/shape.h"

#include <cstdint>
#include <string_view>

using namespace dlt::arch;

namespace {

using i128 = __int128;

std::string where(const LayerResult &l) { return "layer " + std::to_string(l.index) + " '" + l.token + "'"; }

void checkSide(const SizeStep &s, long long in, const LayerSpec &spec, const LayerResult &l)
{
    FUZZ_CHECK(s.in == in && s.kernel == spec.kernel && s.stride == spec.stride && s.padding == spec.padding,
               "size step inputs " + where(l));
    const i128 num = i128(in) + 2 * i128(spec.padding) - spec.kernel;
    FUZZ_CHECK(num >= 0, "accepted a window larger than the padded input " + where(l));
    FUZZ_CHECK(i128(s.out) == num / spec.stride + 1, "output side " + where(l));
    FUZZ_CHECK(s.exact == (num % spec.stride == 0), "exact flag " + where(l));
}

void checkColumn(const Shape &input, const std::vector<std::string> &tokens)
{
    const ColumnResult r = analyse(input, tokens);
    FUZZ_CHECK(r.layers.size() == tokens.size(), "one result per token");
    auto inferred = infer(input, tokens);
    FUZZ_CHECK(inferred.ok() == r.ok(), "infer and analyse disagree");
    bool seenBad = !(input.h >= 1 && input.w >= 1 && input.c >= 1 && input.h <= kMaxSize && input.w <= kMaxSize
                     && input.c <= kMaxSize);
    Shape flow = input;
    i128 params = 0, macs = 0, memory = 0;
    for (const LayerResult &l : r.layers) {
        FUZZ_CHECK(l.token == tokens[size_t(l.index - 1)], "token kept as written");
        auto parsed = parseLayer(l.token, l.index);
        FUZZ_CHECK(parsed.ok() == l.parsed, "parsed flag " + where(l));
        if (!parsed.ok()) {
            FUZZ_CHECK(l.status == LayerStatus::Invalid && l.error, "a bad token is Invalid " + where(l));
            FUZZ_CHECK(parsed.error().arg("layer") == std::to_string(l.index), "error names the layer");
            seenBad = true;
            continue;
        }
        if (seenBad) {
            FUZZ_CHECK(l.status == LayerStatus::Unknown, "a layer after a bad one is Unknown " + where(l));
            continue;
        }
        if (l.status == LayerStatus::Invalid) {
            FUZZ_CHECK(l.error && (l.error->key == "vgg.shrinks_to_nothing" || l.error->key == "vgg.overflow"),
                       "unexpected shape error " + where(l));
            seenBad = true;
            continue;
        }
        FUZZ_CHECK(l.status == LayerStatus::Ok, "status " + where(l));
        FUZZ_CHECK(l.input == flow, "input is the previous output " + where(l));
        const LayerSpec &s = l.spec;
        i128 weights = 0, biases = 0, lmacs = 0;
        Shape out = flow;
        switch (s.kind) {
        case LayerKind::Conv:
        case LayerKind::MaxPool:
            checkSide(l.height, flow.h, s, l);
            checkSide(l.width, flow.w, s, l);
            out = {l.height.out, l.width.out, s.kind == LayerKind::Conv ? s.outputs : flow.c};
            if (s.kind == LayerKind::Conv) {
                weights = i128(s.kernel) * s.kernel * flow.c * s.outputs;
                biases = s.outputs;
                lmacs = i128(out.h) * out.w * out.c * s.kernel * s.kernel * flow.c;
            }
            break;
        case LayerKind::FullyConnected:
            out = {1, 1, s.outputs};
            weights = i128(flow.h) * flow.w * flow.c * s.outputs;
            biases = s.outputs;
            lmacs = weights;
            break;
        case LayerKind::Lrn:
        case LayerKind::Softmax:
            break;
        }
        FUZZ_CHECK(l.output == out, "output shape " + where(l));
        FUZZ_CHECK(i128(l.weights) == weights && i128(l.biases) == biases && i128(l.params) == weights + biases,
                   "parameters " + where(l));
        FUZZ_CHECK(i128(l.macs) == lmacs, "MACs " + where(l));
        FUZZ_CHECK(i128(l.memoryBytes) == i128(out.h) * out.w * out.c * 4, "memory " + where(l));
        params += weights + biases;
        macs += lmacs;
        memory += i128(out.h) * out.w * out.c * 4;
        flow = out;
    }
    if (r.ok()) {
        FUZZ_CHECK(!tokens.empty(), "an empty column is an error");
        FUZZ_CHECK(i128(r.totalParams) == params && i128(r.totalMacs) == macs && i128(r.totalMemoryBytes) == memory,
                   "totals");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    std::string_view text(reinterpret_cast<const char *>(data), size);
    const size_t nl = text.find('\n');
    const std::string_view first = text.substr(0, nl);
    const std::string_view rest = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);

    Shape input{224, 224, 3};
    if (auto s = parseShape(first); s.ok()) {
        FUZZ_CHECK(s->h >= 1 && s->w >= 1 && s->c >= 1 && s->h <= kMaxSize && s->w <= kMaxSize && s->c <= kMaxSize,
                   "parseShape accepted a side out of range");
        auto again = parseShape(formatShape(*s));
        FUZZ_CHECK(again.ok() && *again == *s, "formatShape → parseShape changed " + formatShape(*s));
        input = *s;
    }

    const std::vector<std::string> tokens = splitTokens(rest);
    FUZZ_CHECK(splitTokens(joinTokens(tokens)) == tokens, "split → join → split changed the tokens");
    for (size_t i = 0; i < tokens.size(); ++i) {
        auto layer = parseLayer(tokens[i], int(i) + 1);
        if (!layer.ok())
            continue;
        const LayerSpec &s = *layer;
        FUZZ_CHECK(s.stride >= 1 && s.stride <= kMaxSize && s.padding >= 0 && s.padding <= kMaxSize,
                   "stride/padding out of range: " + tokens[i]);
        if (s.kind == LayerKind::Conv || s.kind == LayerKind::MaxPool)
            FUZZ_CHECK(s.kernel >= 1 && s.kernel <= kMaxSize, "kernel out of range: " + tokens[i]);
        if (s.kind == LayerKind::Conv || s.kind == LayerKind::FullyConnected)
            FUZZ_CHECK(s.outputs >= 1 && s.outputs <= kMaxSize, "outputs out of range: " + tokens[i]);
    }
    checkColumn(input, tokens);
    return 0;
}
