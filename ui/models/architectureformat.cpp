#include "architectureformat.h"

#include "arch/magnitude.h"

#include <QCoreApplication>
#include <QLocale>

namespace archformat {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("archformat", text); }

QString mantissa(double m) { return QLocale().toString(m, 'g', 3); }

} // namespace

QString layerName(const dlt::arch::LayerResult &layer)
{
    using dlt::arch::LayerKind;
    if (!layer.parsed)
        return QString::fromStdString(layer.token);
    const dlt::arch::LayerSpec &s = layer.spec;
    switch (s.kind) {
    case LayerKind::Conv: {
        QString name = QStringLiteral("conv%1-%2").arg(s.kernel).arg(s.outputs);
        if (s.stride != 1)
            name += QStringLiteral(" /%1").arg(s.stride);
        if (s.kernel % 2 == 0 || s.padding != (s.kernel - 1) / 2)
            name += QStringLiteral(" p%1").arg(s.padding);
        return name;
    }
    case LayerKind::MaxPool:
        if (s.kernel == 2 && s.stride == 2)
            return QStringLiteral("maxpool");
        return QStringLiteral("maxpool%1 /%2").arg(s.kernel).arg(s.stride);
    case LayerKind::Lrn: return QStringLiteral("LRN");
    case LayerKind::FullyConnected: return QStringLiteral("FC-%1").arg(s.outputs);
    case LayerKind::Softmax: return QStringLiteral("soft-max");
    }
    return QString::fromStdString(layer.token);
}

QString shape(const dlt::arch::Shape &s, const QString &sep)
{
    return QString::number(s.h) + sep + QString::number(s.w) + sep + QString::number(s.c);
}

QString count(long long n)
{
    return QLocale().toString(static_cast<qlonglong>(n));
}

QString compact(long long n)
{
    static const char *const suffixes[] = {"", "k", "M", "G", "T", "P", "E"};
    const dlt::arch::Magnitude m = dlt::arch::magnitude(n);
    return mantissa(m.mantissa) + QLatin1String(suffixes[m.exponent / 3]);
}

QString bytes(long long n)
{
    static const char *const units[] = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};
    const dlt::arch::Magnitude m = dlt::arch::magnitude(n);
    return mantissa(m.mantissa) + QLatin1Char(' ') + QLatin1String(units[m.exponent / 3]);
}

QString verdict(dlt::arch::Verdict v, bool sizeAnswer)
{
    using dlt::arch::Verdict;
    switch (v) {
    case Verdict::Empty: return QString();
    case Verdict::Correct: return tr("✓ Correct.");
    case Verdict::Malformed:
        return sizeAnswer ? tr("✗ Type the size as height×width×depth, for example 112x112x64.")
                          : tr("✗ Type a whole number, for example 73856.");
    case Verdict::WrongSpatial:
        return tr("✗ The depth is right, the height and width are not: out = (in + 2·pad − k)/stride + 1.");
    case Verdict::WrongDepth:
        return tr("✗ Height and width are right, the depth is not: a conv layer's depth is its number of "
                  "filters; pooling, LRN and soft-max keep the depth.");
    case Verdict::WrongShape: return tr("✗ Neither the height and width nor the depth is right.");
    case Verdict::ForgotBiases: return tr("✗ That counts the weights only: add one bias per filter or unit.");
    case Verdict::TooHigh: return tr("✗ Too high.");
    case Verdict::TooLow: return tr("✗ Too low.");
    }
    return QString();
}

} // namespace archformat
