package scenario

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"ydelsesflow/msg"

	"go.yaml.in/yaml/v4"
)

// Explain returns the resolved scenario — every file of the extends chain
// merged, before dated changes are applied — as YAML in block style, with
// the file and line each value was read from as a comment.
func (sc *Scenario) Explain() ([]byte, error) {
	var buf bytes.Buffer
	for _, f := range sc.Files {
		msg.Fprintf(&buf, msg.Default, "# læst fra %s\n", f)
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
