#include "inference.h"

#include <algorithm>

namespace dlt::arch {
namespace {

// Arithmetic on counts that remembers whether any step overflowed 64 bits.
struct Checked {
    bool overflow = false;

    long long mul(long long a, long long b)
    {
        long long r = 0;
        if (__builtin_mul_overflow(a, b, &r))
            overflow = true;
        return r;
    }
    long long mul(std::initializer_list<long long> factors)
    {
        long long r = 1;
        for (long long f : factors)
            r = mul(r, f);
        return r;
    }
    long long add(long long a, long long b)
    {
        long long r = 0;
        if (__builtin_add_overflow(a, b, &r))
            overflow = true;
        return r;
    }
};

Error layerError(const char *key, const LayerResult &layer)
{
    return Error(key).with("layer", static_cast<long long>(layer.index)).with("token", layer.token);
}

// Fills group and block from the kinds alone, so even unparsed tokens get a row.
void place(std::vector<LayerResult> &layers)
{
    int block = 1;
    bool classifier = false;
    for (size_t i = 0; i < layers.size(); ++i) {
        LayerResult &l = layers[i];
        const bool isLast = i + 1 == layers.size();
        if (l.parsed && l.spec.kind == LayerKind::FullyConnected)
            classifier = true;
        if (l.parsed && l.spec.kind == LayerKind::Softmax && isLast) {
            l.group = RowGroup::Output;
        } else if (classifier) {
            l.group = RowGroup::Classifier;
        } else if (l.parsed && l.spec.kind == LayerKind::MaxPool) {
            l.group = RowGroup::Pool;
            l.block = block++;
        } else {
            l.group = RowGroup::Feature;
            l.block = block;
        }
    }
}

// One spatial side through a window; false when the window does not fit.
bool step(SizeStep &s, long long in, const LayerSpec &spec, Checked &c)
{
    s.in = in;
    s.kernel = spec.kernel;
    s.padding = spec.padding;
    s.stride = spec.stride;
    const long long span = c.add(in, c.mul(2, spec.padding)) - spec.kernel;
    if (span < 0)
        return false;
    s.out = span / spec.stride + 1;
    s.exact = span % spec.stride == 0;
    return true;
}

// Running state along the column: the current volume and receptive-field bookkeeping.
struct Flow {
    Shape shape;
    bool hasReceptiveField = true;
    long long receptiveField = 1;
    long long jump = 1;
};

// Computes one parsed layer from the flow; returns an error for a shape that cannot be made.
std::optional<Error> compute(LayerResult &l, Flow &f)
{
    Checked c;
    const LayerSpec &spec = l.spec;
    l.input = f.shape;
    l.receptiveFieldIn = f.receptiveField;
    l.jumpIn = l.jumpOut = f.jump;
    switch (spec.kind) {
    case LayerKind::Conv:
    case LayerKind::MaxPool: {
        if (!step(l.height, f.shape.h, spec, c) || !step(l.width, f.shape.w, spec, c))
            return layerError("vgg.shrinks_to_nothing", l)
                .with("height", f.shape.h)
                .with("width", f.shape.w)
                .with("kernel", spec.kernel)
                .with("padding", spec.padding);
        const bool conv = spec.kind == LayerKind::Conv;
        l.output = {l.height.out, l.width.out, conv ? spec.outputs : f.shape.c};
        if (conv) {
            l.fanIn = c.mul({spec.kernel, spec.kernel, f.shape.c});
            l.weights = c.mul(l.fanIn, spec.outputs);
            l.biases = spec.outputs;
            l.macs = c.mul({l.output.h, l.output.w, l.output.c, l.fanIn});
        }
        if (f.hasReceptiveField) {
            f.receptiveField = c.add(f.receptiveField, c.mul(spec.kernel - 1, f.jump));
            f.jump = c.mul(f.jump, spec.stride);
        }
        break;
    }
    case LayerKind::FullyConnected:
        l.fanIn = c.mul({f.shape.h, f.shape.w, f.shape.c});
        l.output = {1, 1, spec.outputs};
        l.weights = c.mul(l.fanIn, spec.outputs);
        l.biases = spec.outputs;
        l.macs = l.weights;
        f.hasReceptiveField = false;
        break;
    case LayerKind::Lrn:
    case LayerKind::Softmax:
        l.output = f.shape;
        break;
    }
    l.params = c.add(l.weights, l.biases);
    l.memoryBytes = c.mul({l.output.h, l.output.w, l.output.c, kBytesPerActivation});
    if (c.overflow)
        return layerError("vgg.overflow", l);
    l.hasReceptiveField = f.hasReceptiveField;
    l.receptiveField = f.hasReceptiveField ? f.receptiveField : 0;
    l.jumpOut = f.jump;
    f.shape = l.output;
    return std::nullopt;
}

} // namespace

ColumnResult analyse(const Shape &input, const std::vector<std::string> &tokens)
{
    ColumnResult r;
    r.input = input;
    r.layers.resize(tokens.size());
    for (size_t i = 0; i < tokens.size(); ++i) {
        LayerResult &l = r.layers[i];
        l.index = int(i) + 1;
        l.token = tokens[i];
        Result<LayerSpec> spec = parseLayer(tokens[i], l.index);
        if (spec) {
            l.parsed = true;
            l.spec = *spec;
        } else {
            l.status = LayerStatus::Invalid;
            l.error = spec.error();
        }
    }
    place(r.layers);

    Checked c;
    r.inputMemoryBytes = c.mul({input.h, input.w, input.c, kBytesPerActivation});
    Flow flow{input};
    bool blocked = true;
    if (input.h < 1 || input.w < 1 || input.c < 1)
        r.error = Error("vgg.bad_input_size")
                      .with("value", formatShape(input))
                      .with("number", std::min({input.h, input.w, input.c}));
    else if (c.overflow || input.h > kMaxSize || input.w > kMaxSize || input.c > kMaxSize)
        r.error = Error("vgg.input_too_large").with("value", formatShape(input)).with("limit", kMaxSize);
    else
        blocked = false;
    for (LayerResult &l : r.layers) {
        if (l.status == LayerStatus::Invalid) {
            if (!r.error)
                r.error = l.error;
            blocked = true;
            continue;
        }
        if (blocked)
            continue; // stays Unknown
        if (std::optional<Error> e = compute(l, flow)) {
            l.status = LayerStatus::Invalid;
            l.error = e;
            r.error = e;
            blocked = true;
            continue;
        }
        l.status = LayerStatus::Ok;
        r.totalParams = c.add(r.totalParams, l.params);
        r.totalMacs = c.add(r.totalMacs, l.macs);
        r.totalMemoryBytes = c.add(r.totalMemoryBytes, l.memoryBytes);
        if (c.overflow) {
            l.status = LayerStatus::Invalid;
            l.error = layerError("vgg.overflow", l);
            r.error = l.error;
            blocked = true;
        }
    }
    for (const LayerResult &l : r.layers)
        if (l.parsed && (l.spec.kind == LayerKind::Conv || l.spec.kind == LayerKind::FullyConnected))
            ++r.weightLayers;
    if (tokens.empty())
        r.error = Error("vgg.empty");
    return r;
}

Result<ColumnResult> infer(const Shape &input, const std::vector<std::string> &tokens)
{
    ColumnResult r = analyse(input, tokens);
    if (!r.ok())
        return *r.error;
    return r;
}

} // namespace dlt::arch
