package distribution

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat/distuv"
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
		return nil, fmt.Errorf("a copula needs at least one parameter")
	}
	for i, row := range rank {
		if len(row) != n {
			return nil, fmt.Errorf("the rank correlation matrix must be square: row %d has %d entries for %d parameters", i+1, len(row), n)
		}
	}
	sym := mat.NewSymDense(n, nil)
	for i, row := range rank {
		for j, r := range row {
			switch {
			case i == j && r != 1:
				return nil, fmt.Errorf("a parameter's correlation with itself must be 1, got %g for parameter %d", r, i+1)
			case r != rank[j][i]:
				return nil, fmt.Errorf("the correlation of parameters %d and %d is given as %g and %g; it must be the same both ways", i+1, j+1, r, rank[j][i])
			case !(r >= -1 && r <= 1):
				return nil, fmt.Errorf("a rank correlation must be between -1 and 1, got %g", r)
			}
			sym.SetSym(i, j, 2*math.Sin(math.Pi*r/6))
		}
	}
	c := &Copula{n: n}
	var ch mat.Cholesky
	if !ch.Factorize(sym) {
		return nil, fmt.Errorf("the rank correlations cannot hold together (the correlation matrix is not positive definite); weaken some of them")
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
