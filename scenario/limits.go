package scenario

import (
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"

	"ydelsesflow/msg"

	"go.yaml.in/yaml/v4"
)

// The limits of a scenario file, beyond the model's (sim.MaxStates and the
// others), checked when a file is read: no real scenario comes near them.
const (
	// MaxFileBytes is the largest scenario or targets file read (1 MiB;
	// the largest shipped scenario is under 40 KiB).
	MaxFileBytes = 1 << 20
	// MaxKeys is the most keys one mapping of a scenario file may have.
	MaxKeys = 1000
	// MaxNumber bounds the size of every number in a scenario file (but
	// seed): 1.000 mia. kr. is more than the public sector spends in a
	// year, and every product of numbers the engine forms stays finite.
	MaxNumber = 1e12
	// MaxCorrelated is the most uncertain numbers a scenario with
	// correlations may have (the copula's matrix is n × n).
	MaxCorrelated = 1000
)

// errNotRegular and the others below say why a file is not read.
var (
	errNotRegular = msg.New("er ikke en almindelig fil")
	errTooLarge   = msg.New("er større end 1 MiB")
	errNotYAML    = msg.New("er ikke en .yaml- eller .yml-fil")
)

// ReadFile returns the content of a regular file of at most MaxFileBytes
// bytes, as a targets file is read; msg.FileReason says why not.
func ReadFile(name string) ([]byte, error) { return readFile(name, false) }

// readFile returns the content of a regular file of at most MaxFileBytes
// bytes; if yamlOnly, only of a file named .yaml or .yml. It never opens
// anything else, so a device (/dev/zero) or a FIFO is refused without
// reading or waiting.
func readFile(name string, yamlOnly bool) ([]byte, error) {
	if ext := strings.ToLower(filepath.Ext(name)); yamlOnly && ext != ".yaml" && ext != ".yml" {
		return nil, errNotYAML
	}
	fi, err := os.Stat(name)
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, errNotRegular
	}
	if fi.Size() > MaxFileBytes {
		return nil, errTooLarge
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi, err = f.Stat(); err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() { // replaced since the Stat above
		return nil, errNotRegular
	}
	src, err := io.ReadAll(io.LimitReader(f, MaxFileBytes+1))
	if err != nil {
		return nil, err
	}
	if len(src) > MaxFileBytes {
		return nil, errTooLarge
	}
	return src, nil
}

// numbersAndKeys checks, before anything else reads the tree at n, that no
// mapping has more than MaxKeys keys and that every number is finite and
// at most MaxNumber in size (seed excepted: any 64-bit number). It reports
// each problem and returns false if there was any.
func (r *resolver) numbersAndKeys(p *parsed, n *yaml.Node, keyPath string) bool {
	r.fileOf[n] = p
	ok := true
	switch n.Kind {
	case yaml.MappingNode:
		if len(n.Content)/2 > MaxKeys {
			r.at(n, keyPath, "%d nøgler i én mapping; højst %d", len(n.Content)/2, MaxKeys)
			return false
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			kp := join(keyPath, k.Value)
			if k.Value == "seed" && v.Kind == yaml.ScalarNode {
				r.fileOf[v] = p
				continue
			}
			ok = r.numbersAndKeys(p, k, kp) && ok
			ok = r.numbersAndKeys(p, v, kp) && ok
		}
	case yaml.SequenceNode:
		for i, c := range n.Content {
			ok = r.numbersAndKeys(p, c, fmt.Sprintf("%s[%d]", keyPath, i)) && ok
		}
	case yaml.ScalarNode:
		if tag := n.ShortTag(); tag != "!!int" && tag != "!!float" {
			return true
		}
		var x float64
		if err := n.Load(&x); err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
			r.at(n, keyPath, "%s er ikke et endeligt tal; angiv et tal som 0.035 eller 4800", n.Value)
			return false
		}
		if math.Abs(x) > MaxNumber {
			r.at(n, keyPath, "tallet %s er for stort; et tal i en scenariefil er højst 1e12 i størrelse", n.Value)
			return false
		}
	}
	return ok
}
