package scenario

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"time"

	"go.yaml.in/yaml/v4"

	"ydelsesflow/msg"
	"ydelsesflow/sim"
)

// Explain returns the resolved scenario — every file of the extends chain
// merged, before dated changes are applied — as YAML in block style, with
// the file and line each value was read from as a comment, headed by the
// files read and the refusionstrappe in force in each period.
func (sc *Scenario) Explain() ([]byte, error) {
	var buf bytes.Buffer
	for _, f := range sc.Files {
		msg.Fprintf(&buf, msg.Default, "# læst fra %s\n", f)
	}
	for _, line := range sc.staircaseNotes() {
		buf.WriteString("# " + line + "\n")
	}
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(sc.annotate(sc.resolved)); err != nil {
		return nil, msg.Errorf("udskrivning af det samlede scenarie: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// staircaseNotes says which refusionstrappe and reset rule apply when, one
// line per period in which they stay the same: "refusionstrappen fra
// 2028-01-03 (ændring ny_trappe): Uge 1–4 (80 %), …; ny optælling efter
// 52 selvforsørgende uger inden for 156 uger".
func (sc *Scenario) staircaseNotes() []string {
	m := sc.Model
	var out []string
	for i, ep := range m.Epochs {
		if i > 0 && ep.Staircase.Equal(m.Epochs[i-1].Staircase) && ep.Reset == m.Epochs[i-1].Reset {
			continue
		}
		var steps []string
		for _, st := range ep.Staircase {
			steps = append(steps, st.Label(msg.Default))
		}
		what := msg.Sprintf(msg.Default, "%s; ny optælling efter %d selvforsørgende uger inden for %d uger", strings.Join(steps, ", "), ep.Reset.Weeks, ep.Reset.WindowWeeks)
		if ep.Staircase.Equal(sim.Refusionstrappe) && ep.Reset == sim.LawReset {
			what += msg.T(msg.Default, " (lovens)")
		}
		switch {
		case len(m.Epochs) == 1 || (i == 0 && allSame(m)):
			out = append(out, msg.Sprintf(msg.Default, "refusionstrappen i hele perioden: %s", what))
			return out
		case i == 0:
			out = append(out, msg.Sprintf(msg.Default, "refusionstrappen fra %s: %s", sc.Start.Format(time.DateOnly), what))
		default:
			info := sc.Epochs[i]
			out = append(out, msg.Sprintf(msg.Default, "refusionstrappen fra %s (ændring %s): %s", info.From.Format(time.DateOnly), strings.Join(info.Changes, ", "), what))
		}
	}
	return out
}

// allSame reports whether every epoch of m has the first's staircase and
// reset rule.
func allSame(m *sim.Model) bool {
	for _, ep := range m.Epochs[1:] {
		if !ep.Staircase.Equal(m.Epochs[0].Staircase) || ep.Reset != m.Epochs[0].Reset {
			return false
		}
	}
	return true
}

// annotate returns a deep copy of n in block style, with comments naming
// the source of each scalar, and the distribution of each uncertain number.
func (sc *Scenario) annotate(n *yaml.Node) *yaml.Node {
	c := *n
	c.Style &^= yaml.FlowStyle
	c.HeadComment, c.LineComment, c.FootComment = "", "", ""
	c.Content = nil
	for i, ch := range n.Content {
		cc := sc.annotate(ch)
		isKey := n.Kind == yaml.MappingNode && i%2 == 0
		if isKey && i+1 < len(n.Content) && n.Content[i+1].Kind != yaml.ScalarNode {
			cc.LineComment = sc.indexingNote(n, ch.Value) // a mapping's note goes on its key
		}
		if !isKey && ch.Kind == yaml.ScalarNode {
			if p := sc.fileOf[ch]; p != nil {
				cc.LineComment = fmt.Sprintf("%s:%d", p.loc, ch.Line)
			}
			for _, u := range sc.Params {
				if u.node == ch {
					cc.LineComment += msg.Sprintf(msg.Default, "; usikkert tal %q: %s, vist ved middelværdien", u.Name, u.Dist)
				}
			}
			for _, set := range sc.ShareSets {
				if slices.Contains(set.nodes, ch) {
					cc.LineComment += msg.Sprintf(msg.Default, "; usikre andele %q: Dirichlet, vist ved den forventede andel", set.Name)
				}
			}
			if n.Kind == yaml.MappingNode {
				if note := sc.indexingNote(n, n.Content[i-1].Value); note != "" {
					cc.LineComment += "; " + note
				}
			}
		}
		c.Content = append(c.Content, cc)
	}
	return &c
}

// indexingNote says, at the key amounts of a rate and at the key label of
// a cost line (the mapping m), which index carries its amounts to years
// it does not give: its own indexing, or the scenario's satsregulering or
// pris- og lønindeks. Other keys get "".
func (sc *Scenario) indexingNote(m *yaml.Node, key string) string {
	v := rootValue(m)
	indexes := rootValue(sc.resolved).get("indexes")
	switch {
	case key == "amounts" && v.has("per"): // a rate
		switch {
		case v.has("indexing"):
			return msg.T(msg.Default, "år uden beløb: satsens egen indexing")
		case indexes.has("satsregulering"):
			return msg.T(msg.Default, "år uden beløb: scenariets satsregulering (indexes.satsregulering)")
		}
	case key == "max_within":
		return lookBackNote(v)
	case key == "label" && (v.has("per_participant_week") || v.has("per_slot_week") || v.has("fixed")): // a cost line
		switch {
		case v.has("indexing"):
			return msg.T(msg.Default, "beløbene følger udgiftslinjens egen indexing")
		case indexes.has("pl"):
			return msg.T(msg.Default, "beløbene følger scenariets pris- og lønindeks (indexes.pl)")
		}
		return msg.T(msg.Default, "beløbene er de samme hvert år")
	}
	return ""
}

// lookBackNote says, at the key max_within of the transition t, how its
// maximum is counted.
func lookBackNote(t value) string {
	lb := t.get("max_within")
	var states []string
	for _, it := range lb.get("states").items() {
		states = append(states, it.node.Value)
	}
	if len(states) == 0 {
		states = []string{msg.T(msg.Default, "tilstanden selv")}
	}
	n := "max_weeks"
	if mw := t.get("max_weeks"); mw.ok() && mw.node.Kind == yaml.ScalarNode {
		n = mw.node.Value
	}
	weeks := "?"
	if w := lb.get("weeks"); w.ok() && w.node.Kind == yaml.ScalarNode {
		weeks = w.node.Value
	}
	return msg.Sprintf(msg.Default, "maksimum: højst %s uger i %s inden for de seneste %s uger (denne uge medregnet), uanset forløb", n, strings.Join(states, ", "), weeks)
}
