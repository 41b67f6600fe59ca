#include "gradientformat.h"

#include "rnn/plot.h"
#include "text/numbertext.h"

#include <QStringList>

namespace gradientformat {

namespace {

QString withUnicodeMinus(const std::string &s)
{
    QString out = QString::fromStdString(s);
    out.replace(QLatin1Char('-'), QChar(0x2212));
    return numbertext::localized(out); // "1,5" in a decimal-comma locale
}

// Between the entries of a vector or matrix: "; " where ',' is the decimal point.
QString listSeparator()
{
    return numbertext::usesDecimalComma() ? QStringLiteral("; ") : QStringLiteral(", ");
}

} // namespace

QString number(double v, int digits)
{
    return withUnicodeMinus(dlt::rnn::formatValue(v, digits));
}

QString magnitude(double log10Value, int digits)
{
    return withUnicodeMinus(dlt::rnn::formatLog10(log10Value, digits));
}

QString factor(double log10Value, int digits)
{
    return withUnicodeMinus(dlt::rnn::formatFactor(log10Value, digits));
}

QString complex(std::complex<double> z, int digits)
{
    return withUnicodeMinus(dlt::rnn::formatComplex(z, digits));
}

QString vector(const Eigen::VectorXd &v, int digits)
{
    QStringList parts;
    for (double x : v)
        parts << number(x, digits);
    return QLatin1Char('(') + parts.join(listSeparator()) + QLatin1Char(')');
}

QString vector(const Eigen::VectorXcd &v, int digits)
{
    QStringList parts;
    for (const auto &x : v)
        parts << complex(x, digits);
    return QLatin1Char('(') + parts.join(listSeparator()) + QLatin1Char(')');
}

QString matrix(const Eigen::MatrixXd &m, int digits)
{
    QStringList rows;
    for (Eigen::Index r = 0; r < m.rows(); ++r) {
        QStringList cells;
        for (Eigen::Index c = 0; c < m.cols(); ++c)
            cells << number(m(r, c), digits);
        rows << QLatin1Char('[') + cells.join(listSeparator()) + QLatin1Char(']');
    }
    return QLatin1Char('[') + rows.join(listSeparator()) + QLatin1Char(']');
}

} // namespace gradientformat
