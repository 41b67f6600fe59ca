// The convolution page's edit loop on the seed's 7×7 example: type into one input cell
// (an undoable command), recompute the trace, and repaint the whole page with grab().
// Must stay well under one frame (16 ms). Runs offscreen unless QT_QPA_PLATFORM says otherwise.

#include "models/convolutiondocument.h"
#include "models/matrixmodel.h"
#include "pages/convolutionpage.h"

#include <QApplication>
#include <QPixmap>
#include <QUndoStack>

#include <benchmark/benchmark.h>

namespace {

ConvolutionPage &page()
{
    static ConvolutionPage *p = [] {
        auto *page = new ConvolutionPage;
        page->resize(1280, 820);
        page->show();
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
        return page;
    }();
    return *p;
}

// The value typed alternates so every edit really changes the input.
void edit(MatrixModel *input, long long &k)
{
    input->setData(input->indexOfCell(3, 3), QString::number(k++ % 2 ? 9 : 0));
}

void BM_EditRecomputeRepaint(benchmark::State &state)
{
    ConvolutionPage &p = page();
    MatrixModel *input = p.document()->inputModel();
    long long k = 0;
    for (auto _ : state) {
        edit(input, k);
        QPixmap pixmap = p.grab();
        benchmark::DoNotOptimize(pixmap);
    }
    p.undoStack()->clear();
}
BENCHMARK(BM_EditRecomputeRepaint)->Unit(benchmark::kMillisecond);

void BM_EditRecompute(benchmark::State &state)
{
    ConvolutionPage &p = page();
    MatrixModel *input = p.document()->inputModel();
    long long k = 0;
    for (auto _ : state)
        edit(input, k);
    p.undoStack()->clear();
}
BENCHMARK(BM_EditRecompute)->Unit(benchmark::kMicrosecond);

void BM_RepaintOnly(benchmark::State &state)
{
    ConvolutionPage &p = page();
    for (auto _ : state) {
        QPixmap pixmap = p.grab();
        benchmark::DoNotOptimize(pixmap);
    }
}
BENCHMARK(BM_RepaintOnly)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
