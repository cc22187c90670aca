package main

import (
	"io/fs"
	"os"
	"strings"
	"time"

	"ydelsesflow/arms"
	"ydelsesflow/msg"
	"ydelsesflow/scenario"
	"ydelsesflow/scenarios"
	"ydelsesflow/sim"
)

// loader reads files from disk with the embedded scenarios as fallback.
// loader returns the loader of the command's scenarios: files on disk, the
// embedded scenarios as fallback, in the prices of --prices ("" keeps each
// scenario's own).
func (o options) loader() *scenario.Loader {
	return &scenario.Loader{Embedded: scenarios.FS, Prices: o.prices}
}

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

// checkVariants refuses a scenario argument with "#" and no variant name
// after it, which would otherwise load the file itself as if no variant
// had been asked for.
func checkVariants(args []string) error {
	for _, a := range args {
		if file, variant, ok := strings.Cut(a, "#"); ok && strings.TrimSpace(variant) == "" {
			return usagef("%q: intet variantnavn efter #; skriv %s#VARIANT med en af filens varianter, eller %s uden # for filen selv", a, file, file)
		}
	}
	return nil
}

// loadArms loads [BASIS] INDSATS... into arms; without a BASIS each
// alternative is compared with itself without interventions.
func loadArms(ld *scenario.Loader, args []string) ([]arms.Arm, error) {
	var (
		list []arms.Arm
		base *scenario.Scenario
	)
	altArgs := args
	if len(args) > 1 {
		b, err := ld.Load(scenarioName(args[0]))
		if err != nil {
			return nil, err
		}
		base, altArgs = b, args[1:]
	}
	for _, a := range altArgs {
		alt, err := ld.Load(scenarioName(a))
		if err != nil {
			return nil, err
		}
		if len(alt.Model.Interventions) == 0 {
			return nil, msg.Errorf("%s har ingen indsatser, så der er intet at sammenligne; tilføj interventions: til den", a)
		}
		ar := arms.Arm{Alt: alt, AltName: a}
		if base != nil {
			ar.Base, ar.BaseName = base, args[0]
			if err := sim.Compatible(base.Model, alt.Model); err != nil {
				return nil, msg.Errorf("%s kan ikke sammenlignes med %s: %w", a, args[0], err)
			}
			if !base.Start.Equal(alt.Start) {
				return nil, msg.Errorf("%s starter %s og %s starter %s; brug samme start", args[0], base.Start.Format(time.DateOnly), a, alt.Start.Format(time.DateOnly))
			}
		} else {
			ar.Base, ar.BaseName = alt.WithoutInterventions(), msg.Sprintf(lang, "%s uden indsatser", a)
		}
		list = append(list, ar)
	}
	return list, nil
}
