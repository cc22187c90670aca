// Package distribution holds the probability distributions of uncertain scenario
// parameters: fixed, uniform, normal (optionally truncated), lognormal,
// beta, gamma, triangular and PERT for single numbers, and Dirichlet for
// sets of shares that must sum to 1.
//
// Every univariate distribution is drawn by its quantile function from a
// uniform number, so that draws can come from keyed random streams and
// from a copula alike. Where gonum's stat/distuv has the distribution it
// does the numerical work; the constructors here check the parameters and
// return an error that says what is wrong (in Danish, through package
// msg), instead of panicking.
package distribution

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/stat/distuv"

	"ydelsesflow/msg"
)

// Dist is a univariate distribution of one uncertain parameter.
type Dist interface {
	// Quantile returns the value below which a share p of the
	// distribution lies, for 0 < p < 1. Quantile(u) with u uniform on
	// (0, 1) is a draw.
	Quantile(p float64) float64
	// Mean returns the expected value.
	Mean() float64
	// Variance returns the variance.
	Variance() float64
	// String describes the distribution in the words of the scenario
	// files, their dist: names and keys, e.g. "PERT(10; 20; 40)" or
	// "lognormal(mean 10; sd 2)".
	String() string
}

// quantiler is the part of a distuv distribution used here.
type quantiler interface {
	Quantile(p float64) float64
	Mean() float64
	Variance() float64
}

// wrapped gives a distuv distribution a description.
type wrapped struct {
	quantiler
	desc string
}

func (w wrapped) String() string { return w.desc }

func finite(vs ...float64) bool {
	for _, v := range vs {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return false
		}
	}
	return true
}

// Fixed is a number without uncertainty.
type Fixed float64

// Quantile returns the number.
func (f Fixed) Quantile(float64) float64 { return float64(f) }

// Mean returns the number.
func (f Fixed) Mean() float64 { return float64(f) }

// Variance returns 0.
func (f Fixed) Variance() float64 { return 0 }

func (f Fixed) String() string { return fmt.Sprintf("%g", float64(f)) }

// NewUniform returns the uniform distribution on [min, max], min < max.
func NewUniform(min, max float64) (Dist, error) {
	if !finite(min, max) || !(min < max) {
		return nil, msg.Errorf("uniform kræver min < max, fik min %g og max %g", min, max)
	}
	return wrapped{distuv.Uniform{Min: min, Max: max}, fmt.Sprintf("uniform(%g; %g)", min, max)}, nil
}

// NewNormal returns the normal distribution with the given mean and
// standard deviation sd > 0.
func NewNormal(mean, sd float64) (Dist, error) {
	if !finite(mean, sd) || !(sd > 0) {
		return nil, msg.Errorf("normal kræver en standardafvigelse (sd) over 0, fik %g", sd)
	}
	return wrapped{distuv.Normal{Mu: mean, Sigma: sd}, fmt.Sprintf("normal(%g; %g)", mean, sd)}, nil
}

// TruncNormal is a normal distribution (Mu, Sigma) restricted to [Lo, Hi];
// either bound may be infinite.
type TruncNormal struct {
	Mu, Sigma, Lo, Hi float64
	pLo, pHi          float64 // the normal CDF at the bounds
}

// NewTruncNormal returns the normal distribution with parameters mu and
// sd > 0 truncated to [lo, hi], lo < hi (use ±Inf for no bound). The
// interval must hold a share of at least 1e-9 of the normal.
func NewTruncNormal(mu, sd, lo, hi float64) (Dist, error) {
	if !finite(mu, sd) || !(sd > 0) {
		return nil, msg.Errorf("normal kræver en standardafvigelse (sd) over 0, fik %g", sd)
	}
	if math.IsNaN(lo) || math.IsNaN(hi) || !(lo < hi) {
		return nil, msg.Errorf("afskæringen kræver en nedre grænse under den øvre (min < max), fik %g og %g", lo, hi)
	}
	n := distuv.Normal{Mu: mu, Sigma: sd}
	t := TruncNormal{Mu: mu, Sigma: sd, Lo: lo, Hi: hi, pLo: n.CDF(lo), pHi: n.CDF(hi)}
	if t.pHi-t.pLo < 1e-9 {
		return nil, msg.Errorf("intervallet [%g; %g] ligger for langt ude i halerne af normal(%g; %g)", lo, hi, mu, sd)
	}
	return t, nil
}

// Quantile returns the p quantile.
func (t TruncNormal) Quantile(p float64) float64 {
	n := distuv.Normal{Mu: t.Mu, Sigma: t.Sigma}
	return min(t.Hi, max(t.Lo, n.Quantile(t.pLo+p*(t.pHi-t.pLo))))
}

// moments returns the mean and variance by the standard formulas with
// α = (Lo−μ)/σ and β = (Hi−μ)/σ.
func (t TruncNormal) moments() (mean, variance float64) {
	std := distuv.UnitNormal
	a, b := (t.Lo-t.Mu)/t.Sigma, (t.Hi-t.Mu)/t.Sigma
	z := t.pHi - t.pLo
	pa, pb := std.Prob(a), std.Prob(b)
	apa, bpb := 0.0, 0.0 // α φ(α) and β φ(β), 0 at infinite bounds
	if !math.IsInf(a, 0) {
		apa = a * pa
	}
	if !math.IsInf(b, 0) {
		bpb = b * pb
	}
	d := (pa - pb) / z
	mean = t.Mu + t.Sigma*d
	variance = t.Sigma * t.Sigma * (1 + (apa-bpb)/z - d*d)
	return mean, variance
}

// Mean returns the expected value.
func (t TruncNormal) Mean() float64 { m, _ := t.moments(); return m }

// Variance returns the variance.
func (t TruncNormal) Variance() float64 { _, v := t.moments(); return v }

func (t TruncNormal) String() string {
	return msg.Sprintf(msg.Default, "normal(%g; %g) afskåret til [%g; %g]", t.Mu, t.Sigma, t.Lo, t.Hi)
}

// NewLogNormal returns the lognormal distribution whose values have the
// given mean > 0 and standard deviation sd > 0 (not those of the log).
func NewLogNormal(mean, sd float64) (Dist, error) {
	if !finite(mean, sd) || !(mean > 0) || !(sd > 0) {
		return nil, msg.Errorf("lognormal kræver en middelværdi (mean) og en standardafvigelse (sd) over 0, fik %g og %g", mean, sd)
	}
	s2 := math.Log1p(sd * sd / (mean * mean))
	return wrapped{distuv.LogNormal{Mu: math.Log(mean) - s2/2, Sigma: math.Sqrt(s2)},
		fmt.Sprintf("lognormal(mean %g; sd %g)", mean, sd)}, nil
}

// NewBeta returns the beta distribution with shape parameters alpha and
// beta, both above 0, on (0, 1).
func NewBeta(alpha, beta float64) (Dist, error) {
	if !finite(alpha, beta) || !(alpha > 0) || !(beta > 0) {
		return nil, msg.Errorf("beta kræver alpha og beta over 0, fik %g og %g", alpha, beta)
	}
	return wrapped{distuv.Beta{Alpha: alpha, Beta: beta}, fmt.Sprintf("beta(%g; %g)", alpha, beta)}, nil
}

// NewBetaMeanSD returns the beta distribution with the given mean in (0, 1)
// and standard deviation sd, which must be below √(mean(1−mean)).
func NewBetaMeanSD(mean, sd float64) (Dist, error) {
	if !finite(mean, sd) || !(mean > 0 && mean < 1) {
		return nil, msg.Errorf("beta er til andele: middelværdien skal ligge mellem 0 og 1, fik %g", mean)
	}
	limit := math.Sqrt(mean * (1 - mean))
	if !(sd > 0 && sd < limit) {
		return nil, msg.Errorf("beta med middelværdien %g kræver en standardafvigelse over 0 og under %.4g, fik %g", mean, limit, sd)
	}
	k := mean*(1-mean)/(sd*sd) - 1
	d, err := NewBeta(mean*k, (1-mean)*k)
	if err != nil {
		return nil, err
	}
	w := d.(wrapped)
	w.desc = fmt.Sprintf("beta(mean %g; sd %g)", mean, sd)
	return w, nil
}

// NewGamma returns the gamma distribution with the given mean > 0 and
// standard deviation sd > 0, for costs and durations.
func NewGamma(mean, sd float64) (Dist, error) {
	if !finite(mean, sd) || !(mean > 0) || !(sd > 0) {
		return nil, msg.Errorf("gamma kræver en middelværdi (mean) og en standardafvigelse (sd) over 0, fik %g og %g", mean, sd)
	}
	shape := mean * mean / (sd * sd)
	return wrapped{distuv.Gamma{Alpha: shape, Beta: shape / mean}, fmt.Sprintf("gamma(mean %g; sd %g)", mean, sd)}, nil
}

// checkRange checks min ≤ mode ≤ max with min < max.
func checkRange(name string, min, mode, max float64) error {
	if !finite(min, mode, max) || !(min < max) || !(min <= mode && mode <= max) {
		return msg.Errorf("%s kræver min ≤ mode ≤ max og min < max, fik %g, %g, %g", name, min, mode, max)
	}
	return nil
}

// NewTriangular returns the triangular distribution with the given
// minimum, most likely value and maximum.
func NewTriangular(min, mode, max float64) (Dist, error) {
	if err := checkRange("triangular", min, mode, max); err != nil {
		return nil, err
	}
	return wrapped{distuv.NewTriangle(min, max, mode, nil), fmt.Sprintf("triangular(%g; %g; %g)", min, mode, max)}, nil
}

// PERT is the beta-PERT distribution on [Min, Max] with most likely value
// Mode: a beta distribution with shapes 1 + 4(Mode−Min)/(Max−Min) and
// 1 + 4(Max−Mode)/(Max−Min), scaled to [Min, Max]; its mean is
// (Min + 4 Mode + Max)/6.
type PERT struct {
	Min, Mode, Max float64
	beta           distuv.Beta
}

// NewPERT returns the PERT distribution with the given minimum, most
// likely value and maximum, as budget people give a range.
func NewPERT(min, mode, max float64) (Dist, error) {
	if err := checkRange("PERT", min, mode, max); err != nil {
		return nil, err
	}
	r := max - min
	return PERT{Min: min, Mode: mode, Max: max,
		beta: distuv.Beta{Alpha: 1 + 4*(mode-min)/r, Beta: 1 + 4*(max-mode)/r}}, nil
}

// Quantile returns the p quantile.
func (p PERT) Quantile(q float64) float64 { return p.Min + (p.Max-p.Min)*p.beta.Quantile(q) }

// Mean returns (Min + 4 Mode + Max)/6.
func (p PERT) Mean() float64 { return p.Min + (p.Max-p.Min)*p.beta.Mean() }

// Variance returns the variance.
func (p PERT) Variance() float64 { return (p.Max - p.Min) * (p.Max - p.Min) * p.beta.Variance() }

func (p PERT) String() string { return fmt.Sprintf("PERT(%g; %g; %g)", p.Min, p.Mode, p.Max) }

// Dirichlet is the distribution of a set of shares that sum to 1, e.g.
// destination shares: share i is Gamma(Alpha[i]) divided by the sum.
type Dirichlet struct {
	Alpha []float64
}

// NewDirichlet returns the Dirichlet distribution with expected shares
// mean (each above 0, summing to 1) and the given concentration above 0:
// Alpha = concentration × mean. A larger concentration means less spread;
// the variance of share i is mean(1−mean)/(concentration+1).
func NewDirichlet(mean []float64, concentration float64) (Dirichlet, error) {
	if len(mean) < 2 {
		return Dirichlet{}, msg.New("en Dirichlet-fordeling kræver mindst to andele")
	}
	if !finite(concentration) || !(concentration > 0) {
		return Dirichlet{}, msg.Errorf("concentration skal være over 0, fik %g", concentration)
	}
	sum := 0.0
	alpha := make([]float64, len(mean))
	for i, m := range mean {
		if !finite(m) || !(m > 0) {
			return Dirichlet{}, msg.Errorf("andel nr. %d er %g; hver andel skal være over 0 (udelad en destination i stedet for at give den 0)", i+1, m)
		}
		sum += m
		alpha[i] = concentration * m
	}
	if math.Abs(sum-1) > 1e-6 {
		return Dirichlet{}, msg.Errorf("andelene summer til %g, ikke 1", sum)
	}
	return Dirichlet{Alpha: alpha}, nil
}

// Shares returns one draw of the shares from one uniform number per share
// (each in (0, 1)), written into out, which must have len(Alpha) elements.
func (d Dirichlet) Shares(u []float64, out []float64) {
	sum := 0.0
	for i, a := range d.Alpha {
		out[i] = distuv.Gamma{Alpha: a, Beta: 1}.Quantile(u[i])
		sum += out[i]
	}
	if !(sum > 0) { // every draw at the very bottom of its gamma: fall back to the mean
		copy(out, d.Mean())
		return
	}
	for i := range out {
		out[i] /= sum
	}
}

// Mean returns the expected shares.
func (d Dirichlet) Mean() []float64 {
	a0 := 0.0
	for _, a := range d.Alpha {
		a0 += a
	}
	m := make([]float64, len(d.Alpha))
	for i, a := range d.Alpha {
		m[i] = a / a0
	}
	return m
}
