package scenario

import (
	"bytes"
	"fmt"
	"slices"
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
		}
		c.Content = append(c.Content, cc)
	}
	return &c
}
