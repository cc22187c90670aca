package main

import (
	"fmt"
	"io/fs"
	"os"
	"strings"
	"time"

	"ydelsesflow/arms"
	"ydelsesflow/scenario"
	"ydelsesflow/scenarios"
	"ydelsesflow/sim"
)

// loader reads files from disk with the embedded scenarios as fallback.
var loader = &scenario.Loader{Embedded: scenarios.FS}

// scenarioName turns a command-line argument into a loader name: an
// existing file on disk, else an embedded scenario, else the path (whose
// error then says the file is missing).
//
// A "#VARIANT" suffix is kept: it chooses a variant of the file.
func scenarioName(arg string) string {
	if arg == "" {
		return scenario.EmbeddedPrefix + scenarios.Default
	}
	if file, variant, ok := strings.Cut(arg, "#"); ok {
		return scenarioName(file) + "#" + variant
	}
	if strings.HasPrefix(arg, scenario.EmbeddedPrefix) {
		return arg
	}
	if _, err := os.Stat(arg); err != nil {
		if _, err := fs.Stat(scenarios.FS, arg); err == nil {
			return scenario.EmbeddedPrefix + arg
		}
	}
	return arg
}

// loadArms loads [BASELINE] INTERVENTION... into arms; without a
// BASELINE each alternative is compared with itself without interventions.
func loadArms(args []string) ([]arms.Arm, error) {
	var (
		list []arms.Arm
		base *scenario.Scenario
	)
	altArgs := args
	if len(args) > 1 {
		b, err := loader.Load(scenarioName(args[0]))
		if err != nil {
			return nil, err
		}
		base, altArgs = b, args[1:]
	}
	for _, a := range altArgs {
		alt, err := loader.Load(scenarioName(a))
		if err != nil {
			return nil, err
		}
		if len(alt.Model.Interventions) == 0 {
			return nil, fmt.Errorf("%s has no interventions, so there is nothing to compare; add interventions: to it", a)
		}
		ar := arms.Arm{Alt: alt, AltName: a}
		if base != nil {
			ar.Base, ar.BaseName = base, args[0]
			if err := sim.Compatible(base.Model, alt.Model); err != nil {
				return nil, fmt.Errorf("%s cannot be compared with %s: %v", a, args[0], err)
			}
			if !base.Start.Equal(alt.Start) {
				return nil, fmt.Errorf("%s starts %s and %s starts %s; use the same start", args[0], base.Start.Format(time.DateOnly), a, alt.Start.Format(time.DateOnly))
			}
		} else {
			ar.Base, ar.BaseName = alt.WithoutInterventions(), a+" uden indsatser"
		}
		list = append(list, ar)
	}
	return list, nil
}
