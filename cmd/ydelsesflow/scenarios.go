package main

import (
	"fmt"
	"io"
	"io/fs"
	"path"

	"github.com/urfave/cli/v2"

	"ydelsesflow/msg"
	"ydelsesflow/scenario"
	"ydelsesflow/scenarios"
)

// scenariosCommand is "ydelsesflow scenarios": list the embedded scenarios.
func scenariosCommand() *cli.Command {
	return &cli.Command{
		Name:  "scenarios",
		Usage: msg.T(lang, "vis de scenarier, der er bygget ind i programmet"),
		Description: msg.T(lang, `Viser de indbyggede scenarier med deres titler. Kør et med "ydelsesflow run NAVN", eller
udskriv det med "ydelsesflow explain NAVN" for at bruge det som udgangspunkt for dit eget.`),
		Action:       cliAction(flagRules{}, scenariosAction),
		OnUsageError: usage,
	}
}

// scenariosAction lists the embedded scenarios with their titles.
func scenariosAction(_ options, _ []string, stdout, _ io.Writer) error {
	var names []string
	err := fs.WalkDir(scenarios.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && path.Ext(p) == ".yaml" {
			names = append(names, p)
		}
		return err
	})
	if err != nil {
		return err
	}
	w := 0
	for _, n := range names {
		w = max(w, len(n))
	}
	for _, n := range names {
		title := msg.Sprintf(lang, "(kan ikke indlæses; kør ydelsesflow validate %s)", n)
		if sc, err := (options{}).loader().Load(scenario.EmbeddedPrefix + n); err == nil {
			title = sc.Title
		}
		fmt.Fprintf(stdout, "%-*s  %s\n", w, n, title)
	}
	return nil
}
