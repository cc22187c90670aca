package distribution

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"gonum.org/v1/gonum/stat"
)

// ranks returns the rank of each value in x (1 = smallest).
func ranks(x []float64) []float64 {
	idx := make([]int, len(x))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int {
		switch {
		case x[a] < x[b]:
			return -1
		case x[a] > x[b]:
			return 1
		}
		return 0
	})
	r := make([]float64, len(x))
	for k, i := range idx {
		r[i] = float64(k + 1)
	}
	return r
}

// TestCopulaRankCorrelation checks that correlated draws of a PERT and a
// beta parameter reach the requested rank correlations, and that the
// marginal distributions are kept.
func TestCopulaRankCorrelation(t *testing.T) {
	for _, want := range []float64{0.7, -0.4, 0} {
		c, err := NewCopula([][]float64{{1, want}, {want, 1}})
		if err != nil {
			t.Fatal(err)
		}
		effect, _ := NewPERT(0.8, 1.3, 2.0)
		share, _ := NewBetaMeanSD(0.32, 0.08)
		r := rand.New(rand.NewPCG(5, 6))
		const n = 20000
		a, b := make([]float64, n), make([]float64, n)
		u, v := make([]float64, 2), make([]float64, 2)
		for i := range n {
			u[0], u[1] = r.Float64(), r.Float64()
			c.Uniforms(u, v)
			a[i], b[i] = effect.Quantile(v[0]), share.Quantile(v[1])
		}
		got := stat.Correlation(ranks(a), ranks(b), nil)
		if math.Abs(got-want) > 0.02 {
			t.Errorf("rank correlation %.3f, want %.2f ± 0.02", got, want)
		}
		if m := stat.Mean(a, nil); math.Abs(m-effect.Mean()) > 5*math.Sqrt(effect.Variance()/n) {
			t.Errorf("correlated draws changed the PERT mean: %v, want %v", m, effect.Mean())
		}
		if m := stat.Mean(b, nil); math.Abs(m-share.Mean()) > 5*math.Sqrt(share.Variance()/n) {
			t.Errorf("correlated draws changed the beta mean: %v, want %v", m, share.Mean())
		}
	}
}

// TestCopulaErrors checks that impossible correlation matrices are refused.
func TestCopulaErrors(t *testing.T) {
	tests := []struct {
		rank [][]float64
		want string
	}{
		{[][]float64{{1, 0.5}, {0.4, 1}}, "den samme begge veje"},
		{[][]float64{{1, 1.5}, {1.5, 1}}, "mellem -1 og 1"},
		{[][]float64{{0.9, 0}, {0, 1}}, "med sig selv skal være 1"},
		{[][]float64{{1, 0.9, -0.9}, {0.9, 1, 0.9}, {-0.9, 0.9, 1}}, "kan ikke gælde på samme tid"},
		{[][]float64{{1, 0}, {0}}, "skal være kvadratisk"},
		{[][]float64{{1, 0, 0}, {0, 1, 0}, {}}, "skal være kvadratisk"},
	}
	for _, tc := range tests {
		if _, err := NewCopula(tc.rank); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: got %v, want an error with %q", tc.rank, err, tc.want)
		}
	}
}
