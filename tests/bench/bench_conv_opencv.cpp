// OpenCV's cv::filter2D on the same image and filter as BM_FastConv, single-threaded. Built only
// when find_package(OpenCV) succeeds; OpenCV is linked into dltutor_bench and nothing else.

#include "benchconvdata.h"
#include "conv/fastconv.h"

#include <benchmark/benchmark.h>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>

namespace {

void BM_OpenCVFilter2D(benchmark::State &state)
{
    cv::setNumThreads(1);
    const dlt::conv::RowMatrixF &in = benchconv::image();
    const Eigen::MatrixXf kernel = benchconv::kernel3();
    const int h = int(in.rows()), w = int(in.cols()), kh = int(kernel.rows()), kw = int(kernel.cols());

    // filter2D computes a correlation (no flip) of the same size as its source. Giving it the
    // interior ROI with the default centre anchor and a non-isolated border makes it read the
    // real pixels around the ROI, i.e. exactly the valid (unpadded) correlation.
    const cv::Mat src(h, w, CV_32F, const_cast<float *>(in.data()));
    const cv::Mat roi = src(cv::Rect(kw / 2, kh / 2, w - kw + 1, h - kh + 1));
    cv::Mat k(kh, kw, CV_32F);
    for (int u = 0; u < kh; ++u)
        for (int v = 0; v < kw; ++v)
            k.at<float>(u, v) = kernel(u, v);
    cv::Mat dst;

    // Same result as ours, or the comparison is meaningless.
    cv::filter2D(roi, dst, CV_32F, k, cv::Point(-1, -1), 0, cv::BORDER_REPLICATE);
    const auto ours = dlt::conv::correlateFast(in, kernel, dlt::conv::Spec{});
    if (!ours || ours->rows() != dst.rows || ours->cols() != dst.cols) {
        state.SkipWithError("fast path and OpenCV disagree on the output shape");
        return;
    }
    for (int i = 0; i < dst.rows; ++i)
        for (int j = 0; j < dst.cols; ++j)
            if (std::abs(dst.at<float>(i, j) - (*ours)(i, j)) > 1e-3f) {
                state.SkipWithError("fast path and OpenCV disagree on a value");
                return;
            }

    for (auto _ : state) {
        cv::filter2D(roi, dst, CV_32F, k, cv::Point(-1, -1), 0, cv::BORDER_REPLICATE);
        benchmark::DoNotOptimize(dst.data);
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(state.iterations() * (long long)dst.total());
}
BENCHMARK(BM_OpenCVFilter2D)->Unit(benchmark::kMillisecond);

} // namespace
