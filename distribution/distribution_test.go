package distribution

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"gonum.org/v1/gonum/stat"
)

// draws returns n draws of d from a fixed stream.
func draws(d Dist, n int) []float64 {
	r := rand.New(rand.NewPCG(1, 2))
	x := make([]float64, n)
	for i := range x {
		x[i] = d.Quantile(r.Float64())
	}
	return x
}

// TestMoments checks that each distribution's sample mean and variance
// match its parameters, within 5 standard errors of the sample estimates.
func TestMoments(t *testing.T) {
	mustDist := func(d Dist, err error) Dist {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	tests := []struct {
		d                 Dist
		wantMean, wantVar float64
		lo, hi            float64 // every draw must lie in [lo, hi]
	}{
		{Fixed(4.5), 4.5, 0, 4.5, 4.5},
		{mustDist(NewUniform(2, 8)), 5, 36.0 / 12, 2, 8},
		{mustDist(NewNormal(100, 15)), 100, 225, math.Inf(-1), math.Inf(1)},
		// Truncated normal, α = (lo−μ)/σ = −1, β = ∞: mean μ + σ φ(α)/Z,
		// variance σ²(1 + α φ(α)/Z − (φ(α)/Z)²), Z = 1 − Φ(α).
		{mustDist(NewTruncNormal(1.3, 0.3, 1, math.Inf(1))), 1.3 + 0.3*pdf(-1)/(1-cdf(-1)),
			0.09 * (1 - pdf(-1)/(1-cdf(-1)) - math.Pow(pdf(-1)/(1-cdf(-1)), 2)), 1, math.Inf(1)},
		{mustDist(NewTruncNormal(0, 1, -1, 2)), (pdf(-1) - pdf(2)) / (cdf(2) - cdf(-1)),
			1 + (-pdf(-1)-2*pdf(2))/(cdf(2)-cdf(-1)) - math.Pow((pdf(-1)-pdf(2))/(cdf(2)-cdf(-1)), 2), -1, 2},
		{mustDist(NewLogNormal(26, 8)), 26, 64, 0, math.Inf(1)},
		{mustDist(NewBeta(2, 5)), 2.0 / 7, 10.0 / (49 * 8), 0, 1},
		{mustDist(NewBetaMeanSD(0.32, 0.08)), 0.32, 0.0064, 0, 1},
		{mustDist(NewGamma(600000, 90000)), 600000, 90000 * 90000, 0, math.Inf(1)},
		{mustDist(NewTriangular(10, 20, 40)), 70.0 / 3, (100 + 400 + 1600 - 200 - 400 - 800) / 18.0, 10, 40},
		// PERT: mean (min + 4 mode + max)/6, variance (mean−min)(max−mean)/7.
		{mustDist(NewPERT(10, 20, 40)), 130.0 / 6, (130.0/6 - 10) * (40 - 130.0/6) / 7, 10, 40},
	}
	const n = 40000
	for _, tc := range tests {
		t.Run(tc.d.String(), func(t *testing.T) {
			x := draws(tc.d, n)
			mean, variance := stat.MeanVariance(x, nil)
			wantVar := tc.wantVar
			if math.Abs(tc.d.Mean()-tc.wantMean) > 1e-9*math.Max(1, math.Abs(tc.wantMean)) {
				t.Errorf("Mean() = %v, want %v", tc.d.Mean(), tc.wantMean)
			}
			if math.Abs(tc.d.Variance()-wantVar) > 1e-9*math.Max(1, wantVar) {
				t.Errorf("Variance() = %v, want %v", tc.d.Variance(), wantVar)
			}
			// Standard errors: of the mean sd/√n; of the variance √((m4 − σ⁴)/n).
			m4 := 0.0
			for _, v := range x {
				m4 += math.Pow(v-mean, 4) / n
			}
			seMean, seVar := math.Sqrt(wantVar/n), math.Sqrt(math.Max(0, m4-variance*variance)/n)
			if math.Abs(mean-tc.wantMean) > 5*seMean+1e-12 {
				t.Errorf("sample mean %v, want %v ± %v", mean, tc.wantMean, 5*seMean)
			}
			if math.Abs(variance-wantVar) > 5*seVar+1e-12 {
				t.Errorf("sample variance %v, want %v ± %v", variance, wantVar, 5*seVar)
			}
			for _, v := range x {
				if v < tc.lo || v > tc.hi {
					t.Fatalf("draw %v outside [%v, %v]", v, tc.lo, tc.hi)
				}
			}
		})
	}
}

func pdf(x float64) float64 { return math.Exp(-x*x/2) / math.Sqrt(2*math.Pi) }
func cdf(x float64) float64 { return 0.5 * math.Erfc(-x/math.Sqrt2) }

// TestBetaInside checks that beta draws of a share stay strictly inside
// (0, 1), also for shapes that crowd a bound.
func TestBetaInside(t *testing.T) {
	for _, ab := range [][2]float64{{0.5, 0.5}, {30, 1.2}, {1.1, 40}} {
		d, err := NewBeta(ab[0], ab[1])
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range draws(d, 20000) {
			if !(v > 0 && v < 1) {
				t.Fatalf("%v: draw %v not in (0, 1)", d, v)
			}
		}
	}
}

// TestDirichlet checks that draws sum to 1, lie in (0, 1), and have the
// expected mean and variance mean(1−mean)/(concentration+1).
func TestDirichlet(t *testing.T) {
	mean := []float64{0.32, 0.20, 0.04, 0.20, 0.20, 0.04}
	const conc = 50.0
	d, err := NewDirichlet(mean, conc)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(3, 4))
	const n = 20000
	u, out := make([]float64, len(mean)), make([]float64, len(mean))
	sum, sumSq := make([]float64, len(mean)), make([]float64, len(mean))
	for range n {
		for i := range u {
			u[i] = r.Float64()
		}
		d.Shares(u, out)
		total := 0.0
		for i, v := range out {
			if !(v > 0 && v < 1) {
				t.Fatalf("share %d = %v", i, v)
			}
			total += v
			sum[i] += v
			sumSq[i] += v * v
		}
		if math.Abs(total-1) > 1e-12 {
			t.Fatalf("shares sum to %v", total)
		}
	}
	for i, m := range mean {
		got := sum[i] / n
		wantVar := m * (1 - m) / (conc + 1)
		gotVar := sumSq[i]/n - got*got
		if math.Abs(got-m) > 5*math.Sqrt(wantVar/n) {
			t.Errorf("share %d: mean %v, want %v", i, got, m)
		}
		if math.Abs(gotVar-wantVar) > 0.1*wantVar {
			t.Errorf("share %d: variance %v, want %v", i, gotVar, wantVar)
		}
	}
}

// TestErrors checks that impossible parameters are refused with a message
// that says what is needed.
func TestErrors(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{second(NewUniform(3, 3)), "uniform kræver min < max"},
		{second(NewNormal(1, 0)), "standardafvigelse (sd) over 0"},
		{second(NewTruncNormal(0, 1, 2, 1)), "en nedre grænse under den øvre"},
		{second(NewTruncNormal(0, 1, 50, 60)), "for langt ude i halerne"},
		{second(NewLogNormal(-1, 1)), "lognormal kræver en middelværdi (mean) og en standardafvigelse (sd) over 0"},
		{second(NewBetaMeanSD(1.2, 0.1)), "middelværdien skal ligge mellem 0 og 1"},
		{second(NewBetaMeanSD(0.3, 0.5)), "under 0.4583"},
		{second(NewGamma(10, -1)), "gamma kræver"},
		{second(NewPERT(10, 50, 40)), "PERT kræver min ≤ mode ≤ max"},
		{second(NewTriangular(5, 5, 5)), "triangular kræver min ≤ mode ≤ max og min < max"},
		{second(NewDirichlet([]float64{0.5, 0.6}, 10)), "summer til 1.1"},
		{second(NewDirichlet([]float64{1, 0}, 10)), "hver andel skal være over 0"},
	}
	for _, tc := range tests {
		if tc.err == nil || !strings.Contains(tc.err.Error(), tc.want) {
			t.Errorf("got %v, want an error with %q", tc.err, tc.want)
		}
	}
}

func second[T any](_ T, err error) error { return err }
