package org.cxloop.metrics.experiment;

/**
 * The standard normal and Student's t distributions, enough for two-sided p-values and critical values. The normal
 * CDF uses the complementary error function of W. J. Cody's rational approximation as given in Numerical Recipes
 * (erfc, fractional error below 1.2 × 10⁻⁷); Student's t uses the regularized incomplete beta function
 * I_x(a, b) by Lentz's continued fraction. Quantiles are found by bisection, to 1 × 10⁻¹⁰.
 */
final class Distributions {

    private Distributions() {
    }

    /** P(Z ≤ z) for a standard normal Z. */
    static double normalCdf(double z) {
        return 1 - 0.5 * erfc(z / Math.sqrt(2));
    }

    /** Two-sided p-value of a z statistic: P(|Z| ≥ |z|). */
    static double normalTwoSided(double z) {
        return erfc(Math.abs(z) / Math.sqrt(2));
    }

    /** The z with P(Z ≤ z) = p, for 0 < p < 1. */
    static double normalQuantile(double p) {
        return bisect(z -> normalCdf(z), p, -40, 40);
    }

    /** Two-sided p-value of a t statistic with {@code df} degrees of freedom: P(|T| ≥ |t|). */
    static double studentTwoSided(double t, double df) {
        return incompleteBeta(df / (df + t * t), df / 2, 0.5);
    }

    /** The t with P(T ≤ t) = p, for 0.5 ≤ p < 1, with {@code df} degrees of freedom. */
    static double studentQuantile(double p, double df) {
        return bisect(t -> 1 - studentTwoSided(t, df) / 2, p, 0, 1e6);
    }

    private static double bisect(java.util.function.DoubleUnaryOperator cdf, double p, double low, double high) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("A probability strictly between 0 and 1 is needed, was " + p);
        }
        for (var i = 0; i < 200 && high - low > 1e-10; i++) {
            var middle = (low + high) / 2;
            if (cdf.applyAsDouble(middle) < p) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return (low + high) / 2;
    }

    private static double erfc(double x) {
        var z = Math.abs(x);
        var t = 1 / (1 + 0.5 * z);
        var r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }

    /** The regularized incomplete beta function I_x(a, b). */
    static double incompleteBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        var front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
        return x < (a + 1) / (a + b + 2)
                ? front * continuedFraction(x, a, b) / a
                : 1 - front * continuedFraction(1 - x, b, a) / b;
    }

    private static double continuedFraction(double x, double a, double b) {
        final double tiny = 1e-300;
        var c = 1.0;
        var d = 1 - (a + b) * x / (a + 1);
        d = 1 / (Math.abs(d) < tiny ? tiny : d);
        var h = d;
        for (var m = 1; m <= 300; m++) {
            var m2 = 2 * m;
            var aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 / nonZero(1 + aa * d, tiny);
            c = nonZero(1 + aa / c, tiny);
            h *= d * c;
            aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 / nonZero(1 + aa * d, tiny);
            c = nonZero(1 + aa / c, tiny);
            var step = d * c;
            h *= step;
            if (Math.abs(step - 1) < 1e-14) {
                break;
            }
        }
        return h;
    }

    private static double nonZero(double value, double tiny) {
        return Math.abs(value) < tiny ? tiny : value;
    }

    /** ln Γ(x) for x > 0, by the Lanczos approximation (g = 7, nine coefficients). */
    private static double logGamma(double x) {
        final double[] c = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
                -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
                1.5056327351493116e-7};
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        x -= 1;
        var sum = c[0];
        for (var i = 1; i < 9; i++) {
            sum += c[i] / (x + i);
        }
        var t = x + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(sum);
    }
}
