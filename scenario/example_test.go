package scenario_test

import (
	"fmt"
	"log"
	"os"
	"path/filepath"

	"ydelsesflow/scenario"
	"ydelsesflow/scenarios"
)

// ExampleLoader_Load loads a scenario file of one's own that extends the
// default scenario built into the program and holds only what differs, as
// the README's example does. The result is compiled: sc.Model is ready for
// sim.Run (see the examples of package sim).
func ExampleLoader_Load() {
	dir, err := os.MkdirTemp("", "ydelsesflow-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	file := filepath.Join(dir, "min-scenarie.yaml")
	err = os.WriteFile(file, []byte(`extends: default.yaml
title: Kortere sygedagpengeforløb
transitions:
  sygedagpenge_forlaenget:
    mean_weeks: 30
    source: Our own target for 2027.
`), 0o644)
	if err != nil {
		log.Fatal(err)
	}
	// An extends that is not found next to the file is looked up among the
	// embedded scenarios.
	sc, err := (&scenario.Loader{Embedded: scenarios.FS}).Load(file)
	if err != nil {
		log.Fatal(err) // with file:line:col and key of every problem
	}
	fmt.Println(sc.Title)
	fmt.Println("extends:", sc.Files[1:])
	fmt.Printf("%d states, budget years %v, %d runs, seed %d\n", len(sc.Model.States), sc.Model.Years, sc.Runs, sc.Seed)
	// Output:
	// Kortere sygedagpengeforløb
	// extends: [embedded:default.yaml]
	// 18 states, budget years [2027 2028 2029 2030], 200 runs, seed 20270104
}
