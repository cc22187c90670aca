package distribution_test

import (
	"fmt"
	"log"
	"math/rand/v2"

	"ydelsesflow/distribution"
)

// ExampleNewPERT draws an uncertain number as a scenario file gives it,
// `{dist: pert, min: 13, mode: 26, max: 52}`: every distribution is drawn by
// its quantile function from a uniform number, here from a seeded stream,
// so the same seed gives the same draws.
func ExampleNewPERT() {
	d, err := distribution.NewPERT(13, 26, 52)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%v: mean %.1f, P10 %.1f, P50 %.1f, P90 %.1f\n", d, d.Mean(), d.Quantile(0.1), d.Quantile(0.5), d.Quantile(0.9))
	r := rand.New(rand.NewPCG(1, 2))
	for range 3 {
		fmt.Printf("draw %.1f\n", d.Quantile(r.Float64()))
	}
	// Output:
	// PERT(13; 26; 52): mean 28.2, P10 19.0, P50 27.7, P90 38.1
	// draw 31.4
	// draw 26.9
	// draw 27.8
}

// ExampleNewCopula draws two uncertain numbers with a rank correlation of
// 0.6, as a scenario's `correlations` key asks: the copula turns
// independent uniform numbers into correlated ones, and each number's own
// quantile function keeps its distribution.
func ExampleNewCopula() {
	effect, err := distribution.NewPERT(0.8, 1.3, 2.0) // a hazard ratio
	if err != nil {
		log.Fatal(err)
	}
	takeUp, err := distribution.NewBetaMeanSD(0.6, 0.1) // a share who accept
	if err != nil {
		log.Fatal(err)
	}
	c, err := distribution.NewCopula([][]float64{{1, 0.6}, {0.6, 1}})
	if err != nil {
		log.Fatal(err)
	}
	r := rand.New(rand.NewPCG(3, 4))
	u, v := make([]float64, 2), make([]float64, 2)
	hrMedian, shareMedian := effect.Quantile(0.5), takeUp.Quantile(0.5)
	const n = 1000
	high, both := 0, 0
	for i := range n {
		u[0], u[1] = r.Float64(), r.Float64()
		c.Uniforms(u, v)
		hr, share := effect.Quantile(v[0]), takeUp.Quantile(v[1])
		if i < 2 {
			fmt.Printf("hazard ratio %.2f, take-up %.2f\n", hr, share)
		}
		if hr > hrMedian {
			high++
			if share > shareMedian {
				both++
			}
		}
	}
	// Independent draws would give about 50 %.
	fmt.Printf("take-up above its median in %.0f %% of the draws with the hazard ratio above its median\n", 100*float64(both)/float64(high))
	// Output:
	// hazard ratio 1.27, take-up 0.66
	// hazard ratio 1.81, take-up 0.76
	// take-up above its median in 73 % of the draws with the hazard ratio above its median
}
