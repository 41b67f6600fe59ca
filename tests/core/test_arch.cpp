// Tests for core/arch: the layer notation, Table 1's six columns and shape inference.
// Every expected number below is worked out by hand in the comments next to it
// (out = (in + 2·pad − k)/stride + 1; conv params = k·k·D_in·D_out + D_out;
//  conv MACs = H_out·W_out·D_out·k·k·D_in; fc params = in·out + out, fc MACs = in·out;
//  receptive field r_out = r_in + (k − 1)·jump_in, jump_out = jump_in·stride; memory = H·W·D·4 bytes).

#include "arch/alignment.h"
#include "arch/configs.h"
#include "arch/inference.h"
#include "arch/layer.h"
#include "arch/magnitude.h"
#include "arch/practice.h"
#include "arch/shape.h"
#include "arch/workspace.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

using namespace dlt::arch;

namespace {

const Shape kImage{224, 224, 3};

std::vector<std::string> tokensOf(const std::string &name)
{
    const auto c = standardConfig(name);
    EXPECT_TRUE(c.has_value()) << name;
    return c ? c->tokens : std::vector<std::string>{};
}

ColumnResult inferOk(const Shape &input, const std::vector<std::string> &tokens)
{
    auto r = infer(input, tokens);
    EXPECT_TRUE(r.ok()) << (r.ok() ? std::string() : r.error().debugString());
    return r.ok() ? *r : ColumnResult{};
}

dlt::Error inferError(const Shape &input, const std::vector<std::string> &tokens)
{
    auto r = infer(input, tokens);
    EXPECT_FALSE(r.ok());
    return r.ok() ? dlt::Error() : r.error();
}

dlt::Error layerError(const std::string &token, int layer = 1)
{
    auto r = parseLayer(token, layer);
    EXPECT_FALSE(r.ok()) << token;
    return r.ok() ? dlt::Error() : r.error();
}

dlt::Error shapeError(const std::string &text)
{
    auto r = parseShape(text);
    EXPECT_FALSE(r.ok()) << text;
    return r.ok() ? dlt::Error() : r.error();
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Notation

TEST(ArchNotation, SeedTokens)
{
    // C3D64: 3×3, 64 filters, stride 1, padding (3 − 1)/2 = 1.
    EXPECT_EQ(*parseLayer("C3D64", 1), (LayerSpec{LayerKind::Conv, 3, 1, 1, 64}));
    // C1D256: 1×1, padding (1 − 1)/2 = 0.
    EXPECT_EQ(*parseLayer("C1D256", 1), (LayerSpec{LayerKind::Conv, 1, 1, 0, 256}));
    EXPECT_EQ(parseLayer("LRN", 1)->kind, LayerKind::Lrn);
    EXPECT_EQ(*parseLayer("M", 1), (LayerSpec{LayerKind::MaxPool, 2, 2, 0, 0}));
    EXPECT_EQ(*parseLayer("FC4096", 1), (LayerSpec{LayerKind::FullyConnected, 0, 1, 0, 4096}));
    EXPECT_EQ(parseLayer("S", 1)->kind, LayerKind::Softmax);
    // Letters in any case.
    EXPECT_EQ(*parseLayer("c3d64", 1), (LayerSpec{LayerKind::Conv, 3, 1, 1, 64}));
    EXPECT_EQ(parseLayer("lrn", 1)->kind, LayerKind::Lrn);
    EXPECT_EQ(parseLayer("softmax", 1)->kind, LayerKind::Softmax);
}

TEST(ArchNotation, ExtendedTokens)
{
    EXPECT_EQ(*parseLayer("C11D96S4P0", 1), (LayerSpec{LayerKind::Conv, 11, 4, 0, 96}));
    EXPECT_EQ(*parseLayer("C5D32P2S2", 1), (LayerSpec{LayerKind::Conv, 5, 2, 2, 32}));
    EXPECT_EQ(*parseLayer("C2D8P0", 1), (LayerSpec{LayerKind::Conv, 2, 1, 0, 8}));
    EXPECT_EQ(*parseLayer("M3S2", 1), (LayerSpec{LayerKind::MaxPool, 3, 2, 0, 0}));
    EXPECT_EQ(*parseLayer("M3", 1), (LayerSpec{LayerKind::MaxPool, 3, 3, 0, 0}));
    EXPECT_EQ(std::string(kindName(LayerKind::Conv)), "conv");
    EXPECT_EQ(std::string(kindName(LayerKind::Lrn)), "lrn");
    EXPECT_EQ(std::string(kindName(LayerKind::MaxPool)), "maxpool");
    EXPECT_EQ(std::string(kindName(LayerKind::FullyConnected)), "fc");
    EXPECT_EQ(std::string(kindName(LayerKind::Softmax)), "softmax");
}

TEST(ArchNotation, TokenErrorsNameLayerAndToken)
{
    dlt::Error e = layerError("Q7", 3);
    EXPECT_EQ(e.key, "vgg.unknown_token");
    EXPECT_EQ(e.arg("layer"), "3");
    EXPECT_EQ(e.arg("token"), "Q7");

    EXPECT_EQ(layerError("C3X").key, "vgg.bad_conv");
    EXPECT_EQ(layerError("C3X").arg("token"), "C3X");
    EXPECT_EQ(layerError("C3D").key, "vgg.bad_conv");
    EXPECT_EQ(layerError("C3D64S2S2").key, "vgg.bad_conv");
    EXPECT_EQ(layerError("C3D64Q1").key, "vgg.bad_conv");
    EXPECT_EQ(layerError("FC").key, "vgg.bad_fc");
    EXPECT_EQ(layerError("FC4096x").key, "vgg.bad_fc");
    EXPECT_EQ(layerError("MAXPOOL").key, "vgg.bad_pool");
    EXPECT_EQ(layerError("M2S").key, "vgg.bad_pool");
    EXPECT_EQ(layerError("").key, "vgg.unknown_token");

    // Zero and negative sizes, naming the value.
    for (const char *t : {"C3D0", "C0D64", "FC0", "M0", "C3D64S0", "M2S0"}) {
        e = layerError(t, 5);
        EXPECT_EQ(e.key, "vgg.bad_layer_size") << t;
        EXPECT_EQ(e.arg("value"), "0") << t;
        EXPECT_EQ(e.arg("layer"), "5") << t;
        EXPECT_EQ(e.arg("token"), t);
    }
    e = layerError("FC-5");
    EXPECT_EQ(e.key, "vgg.bad_layer_size");
    EXPECT_EQ(e.arg("value"), "-5");
    EXPECT_EQ(layerError("C3D-64").arg("value"), "-64");
    EXPECT_EQ(layerError("C3D64P-1").arg("value"), "-1");

    e = layerError("FC2000000");
    EXPECT_EQ(e.key, "vgg.size_too_large");
    EXPECT_EQ(e.arg("limit"), "1000000");
    EXPECT_EQ(layerError("C3D99999999999999999999").key, "vgg.size_too_large");

    // An even kernel cannot keep the size with equal padding on both sides.
    EXPECT_EQ(layerError("C2D8").key, "vgg.even_kernel");
}

TEST(ArchNotation, SplitAndJoin)
{
    EXPECT_EQ(splitTokens("  C3D64 C3D64,M\n\tFC10;S "), (std::vector<std::string>{"C3D64", "C3D64", "M", "FC10", "S"}));
    EXPECT_TRUE(splitTokens(" , ").empty());
    EXPECT_EQ(joinTokens({"C3D64", "M"}), "C3D64 M");
}

TEST(ArchNotation, InputSizes)
{
    EXPECT_EQ(*parseShape("224x224x3"), (Shape{224, 224, 3}));
    EXPECT_EQ(*parseShape(" 32 X 32 * 3 "), (Shape{32, 32, 3}));
    EXPECT_EQ(*parseShape("180\xC3\x97" "240\xC3\x97" "3"), (Shape{180, 240, 3}));
    EXPECT_EQ(formatShape({180, 240, 3}), "180x240x3");

    for (const char *bad : {"", "224x224", "abc", "224x224x3x1", "224x224x3 junk", "224xx224x3", "2.5x2x3", "x224x3"}) {
        const dlt::Error e = shapeError(bad);
        EXPECT_EQ(e.key, "vgg.bad_input") << bad;
        EXPECT_EQ(e.arg("value"), bad);
    }
    dlt::Error e = shapeError("0x224x3");
    EXPECT_EQ(e.key, "vgg.bad_input_size");
    EXPECT_EQ(e.arg("number"), "0");
    e = shapeError("224x-1x3");
    EXPECT_EQ(e.key, "vgg.bad_input_size");
    EXPECT_EQ(e.arg("number"), "-1");
    EXPECT_EQ(shapeError("224x224x0").key, "vgg.bad_input_size");
    e = shapeError("2000000x224x3");
    EXPECT_EQ(e.key, "vgg.input_too_large");
    EXPECT_EQ(e.arg("limit"), "1000000");
}

// ---------------------------------------------------------------------------------------------
// The six columns of Table 1

TEST(ArchConfigs, TableOneColumns)
{
    const std::vector<std::string> fc = {"FC4096", "FC4096", "FC1000", "S"};
    auto col = [&](std::vector<std::string> features) {
        features.insert(features.end(), fc.begin(), fc.end());
        return features;
    };
    // Read off Table 1 of Simonyan & Zisserman (2014), top to bottom.
    EXPECT_EQ(tokensOf("A"), col({"C3D64", "M", "C3D128", "M", "C3D256", "C3D256", "M", "C3D512", "C3D512", "M",
                                  "C3D512", "C3D512", "M"}));
    EXPECT_EQ(tokensOf("A-LRN"), col({"C3D64", "LRN", "M", "C3D128", "M", "C3D256", "C3D256", "M", "C3D512",
                                      "C3D512", "M", "C3D512", "C3D512", "M"}));
    EXPECT_EQ(tokensOf("B"), col({"C3D64", "C3D64", "M", "C3D128", "C3D128", "M", "C3D256", "C3D256", "M",
                                  "C3D512", "C3D512", "M", "C3D512", "C3D512", "M"}));
    EXPECT_EQ(tokensOf("C"), col({"C3D64", "C3D64", "M", "C3D128", "C3D128", "M", "C3D256", "C3D256", "C1D256",
                                  "M", "C3D512", "C3D512", "C1D512", "M", "C3D512", "C3D512", "C1D512", "M"}));
    EXPECT_EQ(tokensOf("D"), col({"C3D64", "C3D64", "M", "C3D128", "C3D128", "M", "C3D256", "C3D256", "C3D256",
                                  "M", "C3D512", "C3D512", "C3D512", "M", "C3D512", "C3D512", "C3D512", "M"}));
    EXPECT_EQ(tokensOf("E"), col({"C3D64", "C3D64", "M", "C3D128", "C3D128", "M", "C3D256", "C3D256", "C3D256",
                                  "C3D256", "M", "C3D512", "C3D512", "C3D512", "C3D512", "M", "C3D512", "C3D512",
                                  "C3D512", "C3D512", "M"}));

    ASSERT_EQ(standardConfigs().size(), 6u);
    const char *order[] = {"A", "A-LRN", "B", "C", "D", "E"};
    const int weightLayers[] = {11, 11, 13, 16, 16, 19}; // the paper's header row
    for (size_t i = 0; i < 6; ++i) {
        EXPECT_EQ(standardConfigs()[i].name, order[i]);
        EXPECT_EQ(analyse(kImage, standardConfigs()[i].tokens).weightLayers, weightLayers[i]) << order[i];
    }
    EXPECT_EQ(standardConfig("a-lrn")->name, "A-LRN");
    EXPECT_FALSE(standardConfig("F").has_value());
}

// Column D at 224×224×3, every layer.
TEST(ArchInference, ColumnDEveryLayer)
{
    struct Row {
        const char *token;
        const char *kind;
        Shape out;
        long long params, macs, rf, memory;
    };
    const Row rows[] = {
        // Block 1 at 224: (224 + 2·1 − 3)/1 + 1 = 224. rf 1 + 2·1 = 3, then 3 + 2·1 = 5.
        // params 3·3·3·64 + 64 = 1728 + 64 = 1792; MACs 224·224·64·27 = 3,211,264·27 = 86,704,128.
        // memory 224·224·64·4 = 3,211,264·4 = 12,845,056.
        {"C3D64", "conv", {224, 224, 64}, 1792, 86704128, 3, 12845056},
        // 3·3·64·64 + 64 = 36,864 + 64 = 36,928; MACs 3,211,264·576 = 1,849,688,064.
        {"C3D64", "conv", {224, 224, 64}, 36928, 1849688064, 5, 12845056},
        // (224 − 2)/2 + 1 = 112; rf 5 + 1·1 = 6, jump 2; memory 112·112·64·4 = 802,816·4 = 3,211,264.
        {"M", "maxpool", {112, 112, 64}, 0, 0, 6, 3211264},
        // Block 2 at 112: 3·3·64·128 + 128 = 73,728 + 128 = 73,856; MACs 112·112·128·576 = 1,605,632·576 =
        // 924,844,032; rf 6 + 2·2 = 10; memory 1,605,632·4 = 6,422,528.
        {"C3D128", "conv", {112, 112, 128}, 73856, 924844032, 10, 6422528},
        // 3·3·128·128 + 128 = 147,456 + 128 = 147,584; MACs 1,605,632·1152 = 1,849,688,064; rf 10 + 4 = 14.
        {"C3D128", "conv", {112, 112, 128}, 147584, 1849688064, 14, 6422528},
        // 112 → 56; rf 14 + 1·2 = 16, jump 4; memory 56·56·128·4 = 401,408·4 = 1,605,632.
        {"M", "maxpool", {56, 56, 128}, 0, 0, 16, 1605632},
        // Block 3 at 56: 3·3·128·256 + 256 = 294,912 + 256 = 295,168; MACs 56·56·256·1152 = 802,816·1152 =
        // 924,844,032; rf 16 + 2·4 = 24; memory 802,816·4 = 3,211,264.
        {"C3D256", "conv", {56, 56, 256}, 295168, 924844032, 24, 3211264},
        // 3·3·256·256 + 256 = 589,824 + 256 = 590,080; MACs 802,816·2304 = 1,849,688,064; rf 32, then 40.
        {"C3D256", "conv", {56, 56, 256}, 590080, 1849688064, 32, 3211264},
        {"C3D256", "conv", {56, 56, 256}, 590080, 1849688064, 40, 3211264},
        // 56 → 28; rf 40 + 1·4 = 44, jump 8; memory 28·28·256·4 = 200,704·4 = 802,816.
        {"M", "maxpool", {28, 28, 256}, 0, 0, 44, 802816},
        // Block 4 at 28: 3·3·256·512 + 512 = 1,179,648 + 512 = 1,180,160; MACs 28·28·512·2304 = 401,408·2304 =
        // 924,844,032; rf 44 + 2·8 = 60; memory 401,408·4 = 1,605,632.
        {"C3D512", "conv", {28, 28, 512}, 1180160, 924844032, 60, 1605632},
        // 3·3·512·512 + 512 = 2,359,296 + 512 = 2,359,808; MACs 401,408·4608 = 1,849,688,064; rf 76, 92.
        {"C3D512", "conv", {28, 28, 512}, 2359808, 1849688064, 76, 1605632},
        {"C3D512", "conv", {28, 28, 512}, 2359808, 1849688064, 92, 1605632},
        // 28 → 14; rf 92 + 1·8 = 100, jump 16; memory 14·14·512·4 = 100,352·4 = 401,408.
        {"M", "maxpool", {14, 14, 512}, 0, 0, 100, 401408},
        // Block 5 at 14: params 2,359,808; MACs 14·14·512·4608 = 100,352·4608 = 462,422,016;
        // rf 100 + 2·16 = 132, 164, 196.
        {"C3D512", "conv", {14, 14, 512}, 2359808, 462422016, 132, 401408},
        {"C3D512", "conv", {14, 14, 512}, 2359808, 462422016, 164, 401408},
        {"C3D512", "conv", {14, 14, 512}, 2359808, 462422016, 196, 401408},
        // 14 → 7; rf 196 + 1·16 = 212, jump 32; memory 7·7·512·4 = 25,088·4 = 100,352.
        {"M", "maxpool", {7, 7, 512}, 0, 0, 212, 100352},
        // Flatten 7·7·512 = 25,088: params 25,088·4096 + 4096 = 102,760,448 + 4096 = 102,764,544.
        {"FC4096", "fc", {1, 1, 4096}, 102764544, 102760448, -1, 16384},
        // 4096·4096 + 4096 = 16,777,216 + 4096 = 16,781,312.
        {"FC4096", "fc", {1, 1, 4096}, 16781312, 16777216, -1, 16384},
        // 4096·1000 + 1000 = 4,096,000 + 1000 = 4,097,000.
        {"FC1000", "fc", {1, 1, 1000}, 4097000, 4096000, -1, 4000},
        {"S", "softmax", {1, 1, 1000}, 0, 0, -1, 4000},
    };
    const ColumnResult r = inferOk(kImage, tokensOf("D"));
    ASSERT_EQ(r.layers.size(), std::size(rows));
    for (size_t i = 0; i < std::size(rows); ++i) {
        const LayerResult &l = r.layers[i];
        SCOPED_TRACE("layer " + std::to_string(i + 1) + " " + rows[i].token);
        EXPECT_EQ(l.index, int(i) + 1);
        EXPECT_EQ(l.token, rows[i].token);
        EXPECT_EQ(l.status, LayerStatus::Ok);
        EXPECT_EQ(std::string(kindName(l.spec.kind)), rows[i].kind);
        EXPECT_EQ(l.output, rows[i].out);
        EXPECT_EQ(l.params, rows[i].params);
        EXPECT_EQ(l.weights + l.biases, rows[i].params);
        EXPECT_EQ(l.macs, rows[i].macs);
        EXPECT_EQ(l.hasReceptiveField, rows[i].rf > 0);
        if (rows[i].rf > 0) {
            EXPECT_EQ(l.receptiveField, rows[i].rf);
        }
        EXPECT_EQ(l.memoryBytes, rows[i].memory);
    }
    // The steps behind the explanations: conv 2 of block 2 reads (112 + 2·1 − 3)/1 + 1 = 112.
    const LayerResult &c = r.layers[4];
    EXPECT_EQ(c.height.in, 112);
    EXPECT_EQ(c.height.padding, 1);
    EXPECT_EQ(c.height.kernel, 3);
    EXPECT_EQ(c.height.stride, 1);
    EXPECT_EQ(c.height.out, 112);
    EXPECT_TRUE(c.height.exact);
    EXPECT_EQ(c.fanIn, 3 * 3 * 128);
    EXPECT_EQ(c.input, (Shape{112, 112, 128}));
    EXPECT_EQ(c.receptiveFieldIn, 10);
    EXPECT_EQ(c.jumpIn, 2);
    EXPECT_EQ(r.layers[18].fanIn, 25088);
    // Blocks: conv and pool rows carry 1…5, the classifier 0.
    EXPECT_EQ(r.layers[0].block, 1);
    EXPECT_EQ(r.layers[2].group, RowGroup::Pool);
    EXPECT_EQ(r.layers[17].block, 5);
    EXPECT_EQ(r.layers[18].group, RowGroup::Classifier);
    EXPECT_EQ(r.layers[21].group, RowGroup::Output);

    // Totals: conv 1792 + 36,928 + 73,856 + 147,584 + 295,168 + 2·590,080 + 1,180,160 + 5·2,359,808
    //   = 1792 + 36,928 = 38,720; + 73,856 = 112,576; + 147,584 = 260,160; + 295,168 = 555,328;
    //   + 1,180,160 = 1,735,488; + 1,180,160 = 2,915,648; + 11,799,040 = 14,714,688.
    // fc 102,764,544 + 16,781,312 + 4,097,000 = 123,642,856. Sum 138,357,544.
    EXPECT_EQ(r.totalParams, 138357544);
    // MACs: 86,704,128 + 6·1,849,688,064 (= 11,098,128,384) + 3·924,844,032 (= 2,774,532,096)
    //   + 3·462,422,016 (= 1,387,266,048) = 15,346,630,656 conv; fc 102,760,448 + 16,777,216 + 4,096,000
    //   = 123,633,664; sum 15,470,264,320.
    EXPECT_EQ(r.totalMacs, 15470264320LL);
    // Memory (values): 2·3,211,264 + 802,816 + 2·1,605,632 + 401,408 + 3·802,816 + 200,704 + 3·401,408
    //   + 100,352 + 3·100,352 + 25,088 + 4096 + 4096 + 1000 + 1000
    //   = 6,422,528 + 802,816 + 3,211,264 + 401,408 + 2,408,448 + 200,704 + 1,204,224 + 100,352 + 301,056
    //   + 25,088 + 10,192 = 15,088,080 values · 4 = 60,352,320 bytes.
    EXPECT_EQ(r.totalMemoryBytes, 60352320);
    EXPECT_EQ(r.inputMemoryBytes, 224 * 224 * 3 * 4);
    EXPECT_EQ(r.weightLayers, 16);
}

// The six exact totals and their rounding to Table 2.
TEST(ArchInference, SixColumnTotals)
{
    // A: conv 1792 (3→64) + 73,856 (64→128) + 295,168 (128→256) + 590,080 (256→256) + 1,180,160 (256→512)
    //    + 3·2,359,808 (512→512) = 1792 + 73,856 = 75,648; + 295,168 = 370,816; + 590,080 = 960,896;
    //    + 1,180,160 = 2,141,056; + 7,079,424 = 9,220,480. fc 123,642,856. Total 132,863,336.
    // A-LRN: LRN has no parameters, so the same 132,863,336.
    // B: A + 36,928 (64→64) + 147,584 (128→128) = 132,863,336 + 184,512 = 133,047,848.
    // C: B + 1×1 convs 256·256 + 256 = 65,792 and 2·(512·512 + 512) = 2·262,656 = 525,312
    //    → 133,047,848 + 65,792 + 525,312 = 133,638,952.
    // D: 138,357,544 (worked out in ColumnDEveryLayer).
    // E: D + 590,080 (a fourth 256 conv) + 2·2,359,808 (a fourth 512 conv in blocks 4 and 5)
    //    = 138,357,544 + 590,080 + 4,719,616 = 143,667,240.
    const long long exact[] = {132863336, 132863336, 133047848, 133638952, 138357544, 143667240};
    const long long table2[] = {133, 133, 133, 134, 138, 144};
    for (size_t i = 0; i < 6; ++i) {
        const StandardConfig &c = standardConfigs()[i];
        SCOPED_TRACE(c.name);
        const ColumnResult r = inferOk(kImage, c.tokens);
        EXPECT_EQ(r.totalParams, exact[i]);
        EXPECT_EQ(std::llround(double(r.totalParams) / 1e6), table2[i]);
        EXPECT_EQ(c.paperParamsMillions, table2[i]);
        const Magnitude m = magnitude(r.totalParams);
        EXPECT_EQ(m.exponent, 6);
        EXPECT_DOUBLE_EQ(m.mantissa, double(table2[i]));
    }
    // A's MACs: 224·224·64·27 = 86,704,128; at 112: 112·112·128·576 = 924,844,032; at 56: 56·56·256·1152 =
    // 924,844,032 and 56·56·256·2304 = 1,849,688,064; at 28: 28·28·512·2304 = 924,844,032 and 28·28·512·4608
    // = 1,849,688,064; at 14: 2·(14·14·512·4608) = 2·462,422,016 = 924,844,032; fc 123,633,664.
    // Sum: 86,704,128 + 3·924,844,032 + 2·1,849,688,064 + 924,844,032 + 123,633,664 = 7,609,090,048.
    EXPECT_EQ(inferOk(kImage, tokensOf("A")).totalMacs, 7609090048LL);
    // A-LRN adds no MACs (LRN counts 0).
    EXPECT_EQ(inferOk(kImage, tokensOf("A-LRN")).totalMacs, 7609090048LL);
    // C's 1×1 layers keep the size: 56 → 56, 28 → 28, 14 → 14, padding 0.
    const ColumnResult c = inferOk(kImage, tokensOf("C"));
    EXPECT_EQ(c.layers[8].token, "C1D256");
    EXPECT_EQ(c.layers[8].output, (Shape{56, 56, 256}));
    EXPECT_EQ(c.layers[8].height.padding, 0);
    EXPECT_EQ(c.layers[8].params, 65792);
    // 1×1: MACs 56·56·256·256 = 802,816·256 = 205,520,896; a 1×1 adds (1 − 1)·4 = 0 to the rf: 24, 32, 32.
    EXPECT_EQ(c.layers[8].macs, 205520896);
    EXPECT_EQ(c.layers[8].receptiveField, 32);
    // A-LRN: LRN keeps 224×224×64, 0 params, rf 3 like the conv before it.
    const ColumnResult alrn = inferOk(kImage, tokensOf("A-LRN"));
    EXPECT_EQ(alrn.layers[1].spec.kind, LayerKind::Lrn);
    EXPECT_EQ(alrn.layers[1].output, (Shape{224, 224, 64}));
    EXPECT_EQ(alrn.layers[1].params, 0);
    EXPECT_EQ(alrn.layers[1].receptiveField, 3);
}

// ---------------------------------------------------------------------------------------------
// Other inputs and custom columns

TEST(ArchInference, CifarInputThroughD)
{
    // 32 → 16 → 8 → 4 → 2 → 1 at the five pools; flatten 1·1·512 = 512.
    const ColumnResult r = inferOk({32, 32, 3}, tokensOf("D"));
    const long long pools[] = {16, 8, 4, 2, 1};
    int p = 0;
    for (const LayerResult &l : r.layers)
        if (l.spec.kind == LayerKind::MaxPool) {
            EXPECT_EQ(l.output.h, pools[p++]);
        }
    EXPECT_EQ(p, 5);
    // FC1: 512·4096 + 4096 = 2,097,152 + 4096 = 2,101,248.
    EXPECT_EQ(r.layers[18].params, 2101248);
    // Total: conv 14,714,688 (independent of the input size) + 2,101,248 + 16,781,312 + 4,097,000 = 37,694,248.
    EXPECT_EQ(r.totalParams, 37694248);
    // Conv 1 MACs: 32·32·64·27 = 65,536·27 = 1,769,472.
    EXPECT_EQ(r.layers[0].macs, 1769472);
}

TEST(ArchInference, CustomCifarColumn)
{
    const auto tokens = splitTokens("C3D32 C3D32 M C3D64 C3D64 M FC256 FC10 S");
    const ColumnResult r = inferOk({32, 32, 3}, tokens);
    ASSERT_EQ(r.layers.size(), 9u);
    // 3·3·3·32 + 32 = 896; 3·3·32·32 + 32 = 9248; 32 → 16; 3·3·32·64 + 64 = 18,496; 3·3·64·64 + 64 = 36,928;
    // 16 → 8; flatten 8·8·64 = 4096; 4096·256 + 256 = 1,048,832; 256·10 + 10 = 2570.
    const long long params[] = {896, 9248, 0, 18496, 36928, 0, 1048832, 2570, 0};
    const Shape outs[] = {{32, 32, 32}, {32, 32, 32}, {16, 16, 32}, {16, 16, 64}, {16, 16, 64},
                          {8, 8, 64},   {1, 1, 256},  {1, 1, 10},   {1, 1, 10}};
    for (size_t i = 0; i < 9; ++i) {
        EXPECT_EQ(r.layers[i].params, params[i]) << i;
        EXPECT_EQ(r.layers[i].output, outs[i]) << i;
    }
    // 896 + 9248 + 18,496 + 36,928 + 1,048,832 + 2570 = 1,116,970.
    EXPECT_EQ(r.totalParams, 1116970);
    // 32·32·32·27 = 884,736; 32·32·32·288 = 9,437,184; 16·16·64·288 = 4,718,592; 16·16·64·576 = 9,437,184;
    // 4096·256 = 1,048,576; 256·10 = 2560. Sum 25,528,832.
    EXPECT_EQ(r.totalMacs, 25528832);
    EXPECT_EQ(r.weightLayers, 6);
}

TEST(ArchInference, NonSquareInputFloorsOddSides)
{
    // 180×240 through D: 90×120, 45×60, then (45 − 2)/2 + 1 = 21.5 → 22 (floor of 21.5 is 21, + 1),
    // precisely ⌊43/2⌋ + 1 = 22 and (60 − 2)/2 + 1 = 30; then 11×15; then ⌊9/2⌋ + 1 = 5 and ⌊13/2⌋ + 1 = 7.
    const ColumnResult r = inferOk({180, 240, 3}, tokensOf("D"));
    std::vector<Shape> pools;
    for (const LayerResult &l : r.layers)
        if (l.spec.kind == LayerKind::MaxPool)
            pools.push_back(l.output);
    EXPECT_EQ(pools, (std::vector<Shape>{{90, 120, 64}, {45, 60, 128}, {22, 30, 256}, {11, 15, 512}, {5, 7, 512}}));
    EXPECT_FALSE(r.layers[9].height.exact); // 43 is odd
    EXPECT_TRUE(r.layers[9].width.exact);   // 58 is even
    // FC1 sees 5·7·512 = 17,920 values: 17,920·4096 + 4096 = 73,400,320 + 4096 = 73,404,416.
    EXPECT_EQ(r.layers[18].fanIn, 17920);
    EXPECT_EQ(r.layers[18].params, 73404416);
    // First conv MACs: 180·240·64·27 = 43,200·1728 = 74,649,600.
    EXPECT_EQ(r.layers[0].macs, 74649600);
}

TEST(ArchInference, StridedAndPaddedTokens)
{
    // AlexNet's first layer on 227×227×3: (227 − 11)/4 + 1 = 55; 11·11·3·96 + 96 = 34,848 + 96 = 34,944.
    // Then M3S2: (55 − 3)/2 + 1 = 27; rf 11 + (3 − 1)·4 = 19.
    const ColumnResult r = inferOk({227, 227, 3}, {"C11D96S4P0", "M3S2"});
    EXPECT_EQ(r.layers[0].output, (Shape{55, 55, 96}));
    EXPECT_EQ(r.layers[0].params, 34944);
    EXPECT_EQ(r.layers[0].receptiveField, 11);
    EXPECT_EQ(r.layers[1].output, (Shape{27, 27, 96}));
    EXPECT_EQ(r.layers[1].receptiveField, 19);
    EXPECT_EQ(r.layers[1].jumpOut, 8);
}

// ---------------------------------------------------------------------------------------------
// Errors

TEST(ArchErrors, InputShrinksToNothing)
{
    // 8×8 through D: pools give 4, 2, 1; the 512 convs keep 1×1 ((1 + 2 − 3)/1 + 1 = 1);
    // the fourth pool (layer 14, "M") has a 2×2 window over a 1×1 input.
    const ColumnResult r = analyse({8, 8, 3}, tokensOf("D"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error->key, "vgg.shrinks_to_nothing");
    EXPECT_EQ(r.error->arg("layer"), "14");
    EXPECT_EQ(r.error->arg("token"), "M");
    EXPECT_EQ(r.error->arg("height"), "1");
    EXPECT_EQ(r.error->arg("width"), "1");
    EXPECT_EQ(r.error->arg("kernel"), "2");
    EXPECT_EQ(r.layers[12].status, LayerStatus::Ok);
    EXPECT_EQ(r.layers[13].status, LayerStatus::Invalid);
    for (size_t i = 14; i < r.layers.size(); ++i)
        EXPECT_EQ(r.layers[i].status, LayerStatus::Unknown) << i;
    EXPECT_EQ(inferError({8, 8, 3}, tokensOf("D")).key, "vgg.shrinks_to_nothing");

    // A conv without padding can shrink a volume away as well: 3 + 0 − 5 < 0.
    const dlt::Error e = inferError({3, 3, 1}, {"C5D8P0"});
    EXPECT_EQ(e.key, "vgg.shrinks_to_nothing");
    EXPECT_EQ(e.arg("layer"), "1");
    EXPECT_EQ(e.arg("padding"), "0");
}

TEST(ArchErrors, BadTokensInAColumn)
{
    const ColumnResult r = analyse(kImage, {"C3D64", "M", "C3X", "C3D0", "FC10"});
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error->key, "vgg.bad_conv"); // the first bad layer
    EXPECT_EQ(r.error->arg("layer"), "3");
    EXPECT_EQ(r.error->arg("token"), "C3X");
    EXPECT_EQ(r.layers[0].status, LayerStatus::Ok);
    EXPECT_EQ(r.layers[1].status, LayerStatus::Ok);
    EXPECT_EQ(r.layers[2].status, LayerStatus::Invalid);
    EXPECT_EQ(r.layers[3].status, LayerStatus::Invalid); // its own error
    EXPECT_EQ(r.layers[3].error->key, "vgg.bad_layer_size");
    EXPECT_EQ(r.layers[3].error->arg("layer"), "4");
    EXPECT_EQ(r.layers[4].status, LayerStatus::Unknown);

    dlt::Error e = inferError(kImage, {"C3D64", "Q"});
    EXPECT_EQ(e.key, "vgg.unknown_token");
    EXPECT_EQ(e.arg("layer"), "2");
    EXPECT_EQ(e.arg("token"), "Q");
    EXPECT_EQ(inferError(kImage, {}).key, "vgg.empty");
    // Zero-sized layers in a column name themselves.
    e = inferError(kImage, {"C3D64", "M", "FC0"});
    EXPECT_EQ(e.key, "vgg.bad_layer_size");
    EXPECT_EQ(e.arg("layer"), "3");
}

TEST(ArchErrors, BadInputVolumeLeavesLayersUnknown)
{
    const ColumnResult r = analyse({0, 224, 3}, tokensOf("D"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error->key, "vgg.bad_input_size");
    EXPECT_EQ(r.error->arg("number"), "0");
    for (const LayerResult &l : r.layers)
        EXPECT_EQ(l.status, LayerStatus::Unknown);
    EXPECT_EQ(inferError({2000000, 1, 1}, {"M"}).key, "vgg.input_too_large");
}

TEST(ArchErrors, OverflowIsAnErrorNotAWrap)
{
    // 1,000,000³ = 10¹⁸ values flattened into 1,000,000 units: 10²⁴ weights do not fit 64 bits.
    const dlt::Error e = inferError({1000000, 1000000, 1000000}, {"FC1000000"});
    EXPECT_EQ(e.key, "vgg.overflow");
    EXPECT_EQ(e.arg("layer"), "1");
}

// ---------------------------------------------------------------------------------------------
// Alignment, editing, practice

TEST(ArchAlignment, RowsAlignByBlock)
{
    Workspace w;
    const Alignment &a = w.alignment();
    // Rows: block 1 two convs (B…E) + pool, block 2 two + pool, blocks 3–5 four (E) + pool each,
    // three FC rows and the softmax: 2+1+2+1+4+1+4+1+4+1+3+1 = 25.
    ASSERT_EQ(a.rowCount(), 25);
    const int A = 0, ALRN = 1, B = 2, C = 3, D = 4, E = 5;
    // Row 1 holds A-LRN's LRN beside B's second conv3-64; A has nothing there.
    EXPECT_EQ(a.layerAt(1, ALRN), 1);
    EXPECT_EQ(w.result(ALRN).layers[1].token, "LRN");
    EXPECT_EQ(a.layerAt(1, B), 1);
    EXPECT_EQ(a.layerAt(1, A), -1);
    // Row 2: every column's first max-pool.
    EXPECT_EQ(a.rows[2].group, RowGroup::Pool);
    for (int c = 0; c < 6; ++c)
        EXPECT_EQ(w.result(c).layers[size_t(a.layerAt(2, c))].token, "M") << c;
    // Block 3 starts at row 6; its third row holds C's conv1-256, D's and E's third conv3-256.
    EXPECT_TRUE(a.rows[6].startsBlock);
    EXPECT_EQ(a.rows[6].block, 3);
    EXPECT_EQ(w.result(C).layers[size_t(a.layerAt(8, C))].token, "C1D256");
    EXPECT_EQ(w.result(D).layers[size_t(a.layerAt(8, D))].token, "C3D256");
    EXPECT_EQ(a.layerAt(9, D), -1);
    EXPECT_EQ(w.result(E).layers[size_t(a.layerAt(9, E))].token, "C3D256");
    // The classifier rows 21–23 and the softmax row 24.
    EXPECT_TRUE(a.rows[21].startsBlock);
    EXPECT_EQ(a.rows[21].group, RowGroup::Classifier);
    EXPECT_EQ(a.rows[24].group, RowGroup::Output);
    EXPECT_EQ(a.rowOf(A, 13), 21); // A's first FC (after 13 layers: 8 convs and 5 pools)
    EXPECT_EQ(a.insertionIndex(1, A), 1);
    EXPECT_EQ(a.insertionIndex(3, A), 2);

    // A short custom column puts its FC layers beside the paper's.
    w.insertColumn(6, Column{"mine", splitTokens("C3D8 M FC10 S"), true});
    const Alignment &b = w.alignment();
    EXPECT_EQ(b.rowCount(), 25);
    EXPECT_EQ(b.layerAt(0, 6), 0);
    EXPECT_EQ(b.layerAt(2, 6), 1);
    EXPECT_EQ(b.layerAt(21, 6), 2);
    EXPECT_EQ(b.layerAt(24, 6), 3);
}

TEST(ArchWorkspace, EditsCustomColumnsOnly)
{
    Workspace w;
    EXPECT_EQ(w.columnCount(), 6);
    EXPECT_FALSE(w.setLayer(4, 0, "C3D8")); // the paper's columns are read-only
    EXPECT_FALSE(w.insertLayer(0, 0, "M"));
    ASSERT_TRUE(w.insertColumn(6, Column{"mine", {"C3D8", "M"}, true}));
    EXPECT_TRUE(w.insertLayer(6, 2, "FC10"));
    EXPECT_EQ(w.column(6).tokens, (std::vector<std::string>{"C3D8", "M", "FC10"}));
    // 224 → 112 after M; FC10 sees 112·112·8 = 100,352 inputs: 100,352·10 + 10 = 1,003,530.
    EXPECT_EQ(w.result(6).layers[2].params, 1003530);
    EXPECT_TRUE(w.moveLayer(6, 0, 1));
    EXPECT_EQ(w.column(6).tokens, (std::vector<std::string>{"M", "C3D8", "FC10"}));
    EXPECT_TRUE(w.setLayer(6, 2, "FC20"));
    EXPECT_TRUE(w.removeLayer(6, 0));
    EXPECT_EQ(w.column(6).tokens, (std::vector<std::string>{"C3D8", "FC20"}));
    EXPECT_FALSE(w.removeLayer(6, 5));
    EXPECT_FALSE(w.moveLayer(6, 0, 2));
    EXPECT_TRUE(w.setTokens(6, splitTokens("C3D8 C3X")));
    EXPECT_FALSE(w.result(6).ok());
    EXPECT_TRUE(w.setName(6, "other"));
    EXPECT_EQ(w.column(6).name, "other");

    // The input size refills every column: 32×32 makes D's last pool 1×1.
    EXPECT_TRUE(w.setInput({32, 32, 3}));
    EXPECT_EQ(w.result(4).layers[17].output, (Shape{1, 1, 512}));
    EXPECT_FALSE(w.setInput({0, 32, 3}));
    EXPECT_EQ(w.input(), (Shape{32, 32, 3}));
    EXPECT_TRUE(w.removeColumn(6));
    EXPECT_EQ(w.columnCount(), 6);
    EXPECT_FALSE(w.removeColumn(6));
}

TEST(ArchPractice, ShapeAnswers)
{
    const Shape expected{112, 112, 128};
    EXPECT_EQ(checkShapeAnswer(expected, "112x112x128").verdict, Verdict::Correct);
    EXPECT_EQ(checkShapeAnswer(expected, " 112 × 112 × 128 ").verdict, Verdict::Correct);
    EXPECT_EQ(checkShapeAnswer(expected, "112x112x64").verdict, Verdict::WrongDepth);
    EXPECT_EQ(checkShapeAnswer(expected, "56x56x128").verdict, Verdict::WrongSpatial);
    EXPECT_EQ(checkShapeAnswer(expected, "56x56x64").verdict, Verdict::WrongShape);
    EXPECT_EQ(checkShapeAnswer(expected, "112").verdict, Verdict::Malformed);
    EXPECT_EQ(checkShapeAnswer(expected, "").verdict, Verdict::Empty);
    EXPECT_EQ(checkShapeAnswer(expected, "big").verdict, Verdict::Malformed);
    // A 1×1×N output accepts N alone.
    EXPECT_EQ(checkShapeAnswer({1, 1, 4096}, "4096").verdict, Verdict::Correct);
    EXPECT_EQ(checkShapeAnswer({1, 1, 4096}, "1x1x4096").verdict, Verdict::Correct);
    EXPECT_EQ(checkShapeAnswer({1, 1, 4096}, "1000").verdict, Verdict::WrongDepth);
}

TEST(ArchPractice, CountAnswers)
{
    // conv3-128 after 64 channels: weights 3·3·64·128 = 73,728, params 73,856.
    EXPECT_EQ(checkCountAnswer(73856, "73856", 73728).verdict, Verdict::Correct);
    EXPECT_EQ(checkCountAnswer(73856, "73,856", 73728).verdict, Verdict::Correct);
    EXPECT_EQ(checkCountAnswer(73856, "73 856", 73728).verdict, Verdict::Correct);
    EXPECT_EQ(checkCountAnswer(73856, "73728", 73728).verdict, Verdict::ForgotBiases);
    EXPECT_EQ(checkCountAnswer(73856, "80000", 73728).verdict, Verdict::TooHigh);
    EXPECT_EQ(checkCountAnswer(73856, "7", 73728).verdict, Verdict::TooLow);
    EXPECT_EQ(checkCountAnswer(73856, "7.3e4").verdict, Verdict::Malformed);
    EXPECT_EQ(checkCountAnswer(73856, "  ").verdict, Verdict::Empty);
    EXPECT_EQ(checkCountAnswer(0, "0", 0).verdict, Verdict::Correct);
    EXPECT_EQ(*checkCountAnswer(73856, "73,856").count, 73856);
    EXPECT_EQ(checkCountAnswer(5, "99999999999999999999999").verdict, Verdict::Malformed);
}

TEST(ArchPractice, SideAnswersAndTally)
{
    EXPECT_EQ(checkSideAnswer(10, "10").verdict, Verdict::Correct);
    EXPECT_EQ(checkSideAnswer(10, "10x10").verdict, Verdict::Correct);
    EXPECT_EQ(checkSideAnswer(10, "10 \xC3\x97 10").verdict, Verdict::Correct);
    EXPECT_EQ(checkSideAnswer(10, "10x12").verdict, Verdict::Malformed);
    EXPECT_EQ(checkSideAnswer(10, "12").verdict, Verdict::TooHigh);
    EXPECT_EQ(checkSideAnswer(10, "").verdict, Verdict::Empty);
    // 2 answered and right, 1 wrong, 1 empty, out of 5 cells.
    const Tally t = tally({Verdict::Correct, Verdict::TooLow, Verdict::Empty, Verdict::Correct}, 5);
    EXPECT_EQ(t.cells, 5);
    EXPECT_EQ(t.answered, 3);
    EXPECT_EQ(t.correct, 2);
}

TEST(ArchMagnitude, SplitsByThousands)
{
    EXPECT_EQ(magnitude(999).exponent, 0);
    EXPECT_DOUBLE_EQ(magnitude(999).mantissa, 999);
    // 1792 = 1.792·10³ → 1.79 with three significant digits.
    EXPECT_EQ(magnitude(1792).exponent, 3);
    EXPECT_DOUBLE_EQ(magnitude(1792).mantissa, 1.79);
    // 15,470,264,320 = 15.47…·10⁹ → 15.5.
    const Magnitude m = magnitude(15470264320LL);
    EXPECT_EQ(m.exponent, 9);
    EXPECT_DOUBLE_EQ(m.mantissa, 15.5);
    // 999,700 = 999.7·10³ rounds to 1000·10³, written 1·10⁶.
    EXPECT_EQ(magnitude(999700).exponent, 6);
    EXPECT_DOUBLE_EQ(magnitude(999700).mantissa, 1);
    EXPECT_EQ(magnitude(0).exponent, 0);
    EXPECT_DOUBLE_EQ(magnitude(0).mantissa, 0);
    // Four digits: 133,638,952 → 133.6·10⁶.
    EXPECT_DOUBLE_EQ(magnitude(133638952, 4).mantissa, 133.6);
}
