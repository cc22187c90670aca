package distribution

import (
	"math"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat/distuv"

	"ydelsesflow/msg"
)

// Copula is a Gaussian copula: it turns independent uniform numbers into
// uniform numbers with given rank correlations, which the distributions'
// quantile functions then turn into correlated parameter draws with
// unchanged marginal distributions.
type Copula struct {
	n    int
	chol mat.TriDense // lower Cholesky factor of the normal correlation matrix
}

// NewCopula returns the Gaussian copula with the Spearman rank correlation
// matrix rank (n×n, symmetric, ones on the diagonal). The normal
// correlation behind a rank correlation r is 2 sin(πr/6); the resulting
// matrix must be positive definite (correlations that cannot hold together
// are refused).
func NewCopula(rank [][]float64) (*Copula, error) {
	n := len(rank)
	if n == 0 {
		return nil, msg.New("en copula kræver mindst ét usikkert tal")
	}
	for i, row := range rank {
		if len(row) != n {
			return nil, msg.Errorf("rangkorrelationsmatricen skal være kvadratisk: række %d har %d tal for %d usikre tal", i+1, len(row), n)
		}
	}
	sym := mat.NewSymDense(n, nil)
	for i, row := range rank {
		for j, r := range row {
			switch {
			case i == j && r != 1:
				return nil, msg.Errorf("et usikkert tals korrelation med sig selv skal være 1, fik %g for nr. %d", r, i+1)
			case r != rank[j][i]:
				return nil, msg.Errorf("korrelationen mellem nr. %d og nr. %d er angivet som %g og %g; den skal være den samme begge veje", i+1, j+1, r, rank[j][i])
			case !(r >= -1 && r <= 1):
				return nil, msg.Errorf("en rangkorrelation skal ligge mellem -1 og 1, fik %g", r)
			}
			sym.SetSym(i, j, 2*math.Sin(math.Pi*r/6))
		}
	}
	c := &Copula{n: n}
	var ch mat.Cholesky
	if !ch.Factorize(sym) {
		return nil, msg.New("rangkorrelationerne kan ikke gælde på samme tid (korrelationsmatricen er ikke positivt definit); svæk nogle af dem")
	}
	ch.LTo(&c.chol)
	return c, nil
}

// Uniforms turns n independent uniform numbers u (each in (0, 1)) into n
// correlated uniform numbers, written into out.
func (c *Copula) Uniforms(u, out []float64) {
	std := distuv.UnitNormal
	z := make([]float64, c.n)
	for i := range z {
		z[i] = std.Quantile(min(max(u[i], 1e-15), 1-1e-15))
	}
	for i := range c.n {
		s := 0.0
		for j := 0; j <= i; j++ {
			s += c.chol.At(i, j) * z[j]
		}
		out[i] = std.CDF(s)
	}
}
