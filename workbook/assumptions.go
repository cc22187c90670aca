package workbook

import (
	"fmt"
	"strings"

	"ydelsesflow/msg"
	"ydelsesflow/results"
	"ydelsesflow/scenario"
)

// assumptions writes a sheet named name: what was simulated (scenario,
// baseline, period, runs, seed, prices, files), then the scenario's
// assumptions, each with its source and where it is written.
func (b *book) assumptions(name string, meta results.Meta, list []scenario.Assumption) error {
	s, err := b.newSheet(name, []float64{34, 38, 40, 70, 40}, 0, 0)
	if err != nil {
		return err
	}
	if err := s.text(style{title: true}, msg.Sprintf(lang, "Forudsætninger: %s", meta.Title)); err != nil {
		return err
	}
	about := [][2]string{
		{msg.T(lang, "Scenarie"), meta.Scenario},
		{msg.T(lang, "Sammenlignet med"), meta.Baseline},
		{msg.T(lang, "Periode"), meta.Start + " – " + meta.End},
		{msg.T(lang, "Kørsler"), fmt.Sprint(meta.Runs)},
		{msg.T(lang, "Seed"), fmt.Sprint(meta.Seed)},
		{msg.T(lang, "Priser"), meta.Prices(lang)},
		{msg.T(lang, "Fortegn"), signNote()},
		{msg.T(lang, "Scenariefiler"), strings.Join(meta.Files, ", ")},
		{msg.T(lang, "Note"), meta.Note},
	}
	for _, kv := range about {
		if kv[1] == "" {
			continue
		}
		if err := s.text(style{label: true}, kv[0], kv[1]); err != nil {
			return err
		}
	}
	if err := s.blankRow(); err != nil {
		return err
	}
	if err := s.header(true, msg.T(lang, "Emne"), msg.T(lang, "Forudsætning"), msg.T(lang, "Værdi"), msg.T(lang, "Kilde"), msg.T(lang, "Hvor i scenariet")); err != nil {
		return err
	}
	if len(list) == 0 {
		if err := s.text(style{label: true}, msg.T(lang, "Scenariet har ingen indsatser, lovændringer eller usikre tal; hvert tal i scenariefilen har sin kilde under source:.")); err != nil {
			return err
		}
	}
	for _, a := range list {
		if err := s.text(style{wrap: true}, a.Topic, a.What, a.Value, a.Source, a.Where); err != nil {
			return err
		}
	}
	return s.flush()
}
