package sim

import "math/rand/v2"

// Purposes separate the random streams of one run, so that drawing more
// numbers for one purpose never shifts the numbers of another.
const (
	purposePerson uint64 = iota + 1 // a person's own weekly draws
	purposeInflow                   // the number of new persons in a week
	purposeTakeUp                   // whether a person accepts an intervention's offer
	purposeDivert                   // whether and where an entry into a state is diverted
	purposeParam                    // a run's draw of an uncertain scenario parameter
)

// Kinds of person identity.
const (
	originInitial uint64 = iota + 1
	originInflow
)

// mix is the SplitMix64 finaliser, a bijective hash with good avalanche.
func mix(z uint64) uint64 {
	z += 0x9e3779b97f4a7c15
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

// key hashes a sequence of numbers into one stream key.
func key(parts ...uint64) uint64 {
	h := uint64(0x243f6a8885a308d3)
	for _, p := range parts {
		h = mix(h ^ mix(p))
	}
	return h
}

// stream returns a PCG generator seeded from the given key parts.
func stream(parts ...uint64) rand.PCG {
	h := key(parts...)
	var p rand.PCG
	p.Seed(h, mix(h))
	return p
}

// keyedUniform returns a uniform number in [0, 1) determined by the key
// parts alone: for one-off draws that must not depend on how many numbers a
// person's weekly stream has given.
func keyedUniform(parts ...uint64) float64 {
	return float64(mix(key(parts...))>>11) * (1.0 / (1 << 53))
}

// uniform returns a float64 in [0, 1) from the top 53 bits of the next number.
func uniform(p *rand.PCG) float64 {
	return float64(p.Uint64()>>11) * (1.0 / (1 << 53))
}

// ParamUniform returns the uniform number in (0, 1) from which run run
// draws the uncertain parameter named name. It depends only on the seed,
// the run and the name, so a baseline and an alternative with the same
// parameter draw the same value.
func ParamUniform(seed uint64, run int, name string) float64 {
	h := uint64(0xcbf29ce484222325) // FNV-1a of the name
	for i := range len(name) {
		h = (h ^ uint64(name[i])) * 0x100000001b3
	}
	return (float64(mix(key(seed, uint64(run), purposeParam, h))>>11) + 0.5) * (1.0 / (1 << 53))
}
