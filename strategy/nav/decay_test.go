package nav_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/navarb/navarb/strategy/nav"
)

// TestContinuousDecayMonteCarlo checks ContinuousDecay against 10,000 GBM
// paths of a token rebalanced by ResetModel on every step.
//
// Model: each step the log-return is x = -a/2 + sqrt(a) Z with a = sigma^2 dt
// (zero rates, so E[S_T/S_0] = 1), r = e^x - 1, and the token resets to L, so
// per path
//
//	D = NAV_T/NAV_0 / (S_T/S_0)^L = prod_i f(x_i),  f(x) = (1 + L(e^x - 1)) e^(-Lx)
//	                                                     = (1-L) e^(-Lx) + L e^((1-L)x).
//
// Discretization allowance. With E[e^(kx)] = exp(-ka/2 + k^2 a/2) the steps
// are i.i.d., so the exact discrete mean is E[D] = m(a)^n with
//
//	m(a) = (1-L) e^(a(L^2+L)/2) + L e^(a(L^2-L)/2)
//	ln m(a) = -(L^2-L) a/2 - L^3 (L-1) a^2/2 + O(a^3)
//
// (expand to second order: the a^2 coefficient of m is L^2(1-L)(3L+1)/8, and
// subtracting half the square of the first-order term leaves
// L^2(1-L)(4L)/8). Summed over n = T/dt steps the first term is the
// continuous-time exponent and the second is the discretization bias:
// ln E[D] - ln(continuous limit) = -L^3 (L-1) sigma^4 T dt / 2 (+ O(dt^2)).
// The allowance is that leading term with a 10% margin for the O(dt^2)
// remainder (which is under 1% of it here; the test checks the leading term
// against m(a)^n at n and 2n steps). For sigma 0.8, 12-hour steps, it is about
// 0.25% of D for L=2 and 1.7% for L=3, far smaller than the gap to a formula
// with (L^2+L) or without the 1/2 (a factor e^(-0.64) to e^(-1.92) off).
//
// f ignores the wipe-out floor (1 + L r <= 0), which needs a one-step move of
// more than 13 standard deviations here.
//
// The same paths also check Step against the exact discrete mean m(a)^n to
// within Monte-Carlo error alone.
func TestContinuousDecayMonteCarlo(t *testing.T) {
	const (
		paths = 10000
		steps = 730 // resets every 12 hours over one year
		sigma = 0.8
		T     = 1.0
	)
	dt := T / steps
	a := sigma * sigma * dt
	stepDur := nav.Year / steps

	for _, L := range []float64{2, 3} {
		t.Run(fmt.Sprintf("L=%v", L), func(t *testing.T) {
			t.Parallel()
			rng := rand.New(rand.NewPCG(20240601, uint64(L)))
			m := nav.ResetModel{Target: L, Min: L, Max: L}
			if err := m.Validate(); err != nil {
				t.Fatal(err)
			}
			d := make([]float64, paths)
			for p := range d {
				s := nav.ResetState{NAV: 1, Leverage: L}
				logS := 0.0
				for range steps {
					x := -a/2 + math.Sqrt(a)*rng.NormFloat64()
					s = m.Step(s, math.Expm1(x), stepDur)
					logS += x
				}
				d[p] = s.NAV / math.Exp(L*logS)
			}
			mean, se := meanSE(d)

			got := nav.ContinuousDecay(L, sigma, T)
			biasLog := L * L * L * (L - 1) * sigma * sigma * sigma * sigma * T * dt / 2
			allowance := mean * math.Expm1(1.1*biasLog)
			tol := 4*se + allowance
			t.Logf("L=%v: ContinuousDecay %.5f, mean D %.5f, SE %.5f, allowance %.5f", L, got, mean, se, allowance)
			if diff := math.Abs(mean - got); diff > tol {
				t.Errorf("L=%v: |mean(D) - ContinuousDecay| = %.5f > %.5f (4 SE %.5f + discretization %.5f)", L, diff, tol, 4*se, allowance)
			}

			// The tolerance must reject plausible wrong formulas.
			wrong := map[string]float64{
				"(L^2+L)":       math.Exp(-(L*L + L) * sigma * sigma * T / 2),
				"without 1/2":   math.Exp(-(L*L - L) * sigma * sigma * T),
				"no decay":      1,
				"L^2 not L^2-L": math.Exp(-L * L * sigma * sigma * T / 2),
			}
			for name, w := range wrong {
				if diff := math.Abs(mean - w); diff <= tol {
					t.Errorf("L=%v: wrong formula %s = %.5f is within the tolerance (%.5f <= %.5f)", L, name, w, diff, tol)
				}
			}

			// Step simulates the discrete model: its mean matches m(a)^n
			// within Monte-Carlo error alone.
			exact := discreteMean(L, a, steps)
			if diff := math.Abs(mean - exact); diff > 4*se {
				t.Errorf("L=%v: |mean(D) - exact discrete mean %.5f| = %.5f > 4 SE %.5f", L, exact, diff, 4*se)
			}

			// The allowance's leading term: halving dt halves the bias, so
			// ln E[D](n) - ln E[D](2n) = biasLog/2 to first order.
			halving := math.Log(discreteMean(L, a/2, 2*steps)) - math.Log(exact)
			if r := halving / (biasLog / 2); r < 0.95 || r > 1.05 {
				t.Errorf("L=%v: bias from halving dt is %.3f of the derived leading term, want 1 +/- 5%%", L, r)
			}
		})
	}
}

// discreteMean is E[D] = m(a)^n for n steps of variance a (see above).
func discreteMean(L, a float64, n int) float64 {
	m := (1-L)*math.Exp(a*(L*L+L)/2) + L*math.Exp(a*(L*L-L)/2)
	return math.Pow(m, float64(n))
}

func meanSE(xs []float64) (mean, se float64) {
	for _, x := range xs {
		mean += x
	}
	n := float64(len(xs))
	mean /= n
	var ss float64
	for _, x := range xs {
		ss += (x - mean) * (x - mean)
	}
	return mean, math.Sqrt(ss/(n-1)) / math.Sqrt(n)
}
