// The baseline of the start-up check: the smallest Qt Widgets program that does what
// `dltutor export app --page conv --out x.png` does — start, build a window (here one 7×7 table),
// show it, grab it to PNG and exit. Same window size as the export (1280×820 points), so both
// encode the same number of pixels. A plain executable, not a benchmark and not in ctest;
// tests/bench/run_startup.sh times the two side by side.
//
//   QT_QPA_PLATFORM=offscreen minimal_qt OUT.png

#include <QApplication>
#include <QPixmap>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWidget>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("minimal.png");

    QWidget window;
    auto *table = new QTableWidget(7, 7);
    for (int r = 0; r < 7; ++r)
        for (int c = 0; c < 7; ++c)
            table->setItem(r, c, new QTableWidgetItem(QString::number((r * 7 + c) % 10)));
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(table);
    window.resize(1280, 820);
    window.show();
    QApplication::processEvents();
    return window.grab().save(out, "PNG") ? 0 : 1;
}
