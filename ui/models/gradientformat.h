#pragma once

#include <QString>

#include <Eigen/Core>

#include <complex>

/**
 * How the gradient page writes core's numbers: significant digits (not fixed decimals, since
 * 0.000916 and 1.4e12 both matter), the Unicode minus, and magnitudes given by their log10 so that
 * 1e-450 and 1e8450 print. Formatting only: every value comes from core/rnn unchanged.
 */
namespace gradientformat {

/** A number with up to digits significant digits: "7", "0.25", "0.000916", "1.4e12". */
QString number(double v, int digits = 4);

/** A positive magnitude from its log10: "1.75", "3.16e−450", "0" for −inf. */
QString magnitude(double log10Value, int digits = 3);

/** A per-step factor from its log10; never "1" unless it is 1 ("0.99979"). */
QString factor(double log10Value, int digits = 3);

/** A complex number: "7", "0.825 + 0.565i", "−i". */
QString complex(std::complex<double> z, int digits = 4);

/** A real vector as "(1, −1)". */
QString vector(const Eigen::VectorXd &v, int digits = 4);

/** A complex vector as "(i, 1)". */
QString vector(const Eigen::VectorXcd &v, int digits = 4);

/** A matrix as "[[3.5, 3.5], [3.5, 3.5]]". */
QString matrix(const Eigen::MatrixXd &m, int digits = 4);

} // namespace gradientformat
