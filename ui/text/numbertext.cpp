#include "numbertext.h"

#include "common/error.h"

#include <cmath>

namespace numbertext {
namespace {

const QChar kMinus(0x2212);

// The minus sign and the locale's decimal point on C-formatted number text.
QString withUnicodeMinus(QString s)
{
    s.replace(QLatin1Char('-'), kMinus);
    return localized(std::move(s));
}

} // namespace

QString display(double v)
{
    if (!std::isfinite(v))
        return withUnicodeMinus(QString::fromStdString(dlt::formatNumber(v)));
    if (v == 0.0)
        return QStringLiteral("0"); // also folds −0
    if (std::abs(v) < 1e15 && v == std::nearbyint(v))
        return integer(static_cast<long long>(v));
    const double a = std::abs(v);
    QString s;
    if (a >= 1e-3 && a < 1e9) {
        s = QString::number(v, 'f', 3);
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
        if (s == QLatin1String("-0") || s == QLatin1String("0")) // rounds to zero at 3 decimals
            s = QString::number(v, 'g', 3);
    } else {
        s = QString::number(v, 'g', 4);
    }
    return withUnicodeMinus(s);
}

QString factor(double v)
{
    const QString s = display(v);
    return s.startsWith(kMinus) ? QLatin1Char('(') + s + QLatin1Char(')') : s;
}

QString precise(double v)
{
    return withUnicodeMinus(QString::fromStdString(dlt::formatNumber(v)));
}

QString integer(long long v)
{
    return withUnicodeMinus(QString::number(v));
}

bool usesDecimalComma(const QLocale &locale)
{
    return locale.decimalPoint() == QLatin1String(",");
}

dlt::ParseOptions parseOptions(const QLocale &locale)
{
    return dlt::ParseOptions{usesDecimalComma(locale)};
}

QString localized(QString cText, const QLocale &locale)
{
    if (usesDecimalComma(locale))
        cText.replace(QLatin1Char('.'), QLatin1Char(','));
    return cText;
}

} // namespace numbertext
