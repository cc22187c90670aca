package scenario

import (
	"fmt"
	"slices"
	"strings"

	"ydelsesflow/msg"
	"ydelsesflow/numfmt"
)

// Assumption is one documented assumption of a scenario, as a report
// lists it: what is assumed, with its source and where it is written.
type Assumption struct {
	// Topic groups assumptions: an intervention's label, "Lovændringer og
	// datoer" or "Usikre antagelser".
	Topic string
	// What is assumed, in Danish, e.g. "Målgruppe".
	What string
	// Value is the assumption, formatted in Danish.
	Value string
	// Source is the scenario file's source: text.
	Source string
	// Where is the file and line it is written at.
	Where string
}

// Assumptions lists the scenario's key assumptions in Danish: each
// intervention's period, target group, effect, diversions and cost lines;
// the dated changes of law; and the uncertain numbers with their
// distributions. Values are shown at their means.
func (sc *Scenario) Assumptions() []Assumption {
	var f File
	if err := sc.resolved.Load(&f); err != nil {
		return nil // the scenario loaded, so this does not happen
	}
	m := sc.Model
	da := numfmt.Da
	label := func(state string) string {
		for _, s := range m.States {
			if s.Name == state {
				return s.Label
			}
		}
		return state
	}
	// shares lists destination shares, largest first; a destination equal
	// to dropOut (the target state) is a drop-out.
	shares := func(d map[string]float64, dropOut string) string {
		names := make([]string, 0, len(d))
		for k := range d {
			names = append(names, k)
		}
		slices.SortFunc(names, func(a, b string) int {
			if d[a] != d[b] {
				if d[a] > d[b] {
					return -1
				}
				return 1
			}
			return strings.Compare(a, b)
		})
		var parts []string
		for _, k := range names {
			name := label(k)
			if k == dropOut {
				name = msg.Sprintf(msg.Default, "frafald (bliver i %s)", strings.ToLower(name))
			}
			parts = append(parts, fmt.Sprintf("%s %s", name, da.Percent(d[k], 0)))
		}
		return strings.Join(parts, ", ")
	}
	where := func(v value) string {
		if n := v.pos(); n != nil && sc.fileOf[n] != nil {
			return fmt.Sprintf("%s:%d", sc.fileOf[n].loc, n.Line)
		}
		return ""
	}
	var out []Assumption
	add := func(topic, what, text, source string, at value) {
		out = append(out, Assumption{Topic: topic, What: what, Value: text, Source: source, Where: where(at)})
	}
	tree := rootValue(sc.resolved)
	if !sc.noInterventions {
		for _, iv := range tree.get("interventions").entries() {
			name := iv.name()
			in := f.Interventions[name]
			topic := in.Label
			if topic == "" {
				topic = name
			}
			period := msg.Sprintf(msg.Default, "fra %s", in.From)
			if in.To != "" {
				period += msg.Sprintf(msg.Default, " til %s", in.To)
			}
			add(topic, msg.T(msg.Default, "Indsatsen"), strings.TrimSpace(in.Description+" ("+period+")"), in.Source, iv)
			if t := in.Target; t != nil {
				v := label(t.State)
				if len(t.Groups) > 0 {
					v += msg.Sprintf(msg.Default, ", gruppe %s", strings.Join(t.Groups, ", "))
				}
				if t.NewOnly != nil && *t.NewOnly {
					v += msg.T(msg.Default, ", kun nye forløb")
				}
				if t.TakeUp != nil {
					v += msg.Sprintf(msg.Default, "; %s takker ja", da.Percent(*t.TakeUp, 0))
				}
				if t.Capacity != nil {
					v += msg.Sprintf(msg.Default, "; %d pladser", *t.Capacity)
				}
				if t.MaxWeeks != nil {
					v += msg.Sprintf(msg.Default, "; højst %d uger", *t.MaxWeeks)
				}
				add(topic, msg.T(msg.Default, "Målgruppe og deltagelse"), v, t.Source, iv.get("target"))
			}
			target := ""
			if in.Target != nil {
				target = in.Target.State
			}
			if e := in.Effect; e != nil {
				var parts []string
				if e.MeanWeeksCut != nil {
					parts = append(parts, msg.Sprintf(msg.Default, "forløbet forkortes %s uger", da.Value(*e.MeanWeeksCut)))
				}
				if e.HazardRatio != nil {
					parts = append(parts, msg.Sprintf(msg.Default, "afgangsraten ganges med %s", da.Value(*e.HazardRatio)))
				}
				if len(e.Destinations) > 0 {
					parts = append(parts, msg.Sprintf(msg.Default, "afgang til %s", shares(e.Destinations, target)))
				}
				if e.MaxWeeks != nil {
					parts = append(parts, msg.Sprintf(msg.Default, "højst %d uger", *e.MaxWeeks))
				}
				if e.RateFactor != nil {
					parts = append(parts, msg.Sprintf(msg.Default, "ydelsessats × %s", da.Value(*e.RateFactor)))
				}
				add(topic, msg.T(msg.Default, "Virkning for deltagerne"), strings.Join(parts, "; "), e.Source, iv.get("effect"))
			}
			for i, d := range in.Divert {
				v := label(d.State)
				if d.Share != nil {
					v = msg.Sprintf(msg.Default, "%s af tilgangen til %s", da.Percent(*d.Share, 0), v)
				}
				if len(d.Destinations) > 0 {
					v += msg.Sprintf(msg.Default, " går i stedet til %s", shares(d.Destinations, ""))
				}
				add(topic, msg.T(msg.Default, "Forebyggelse"), v, d.Source, iv.get("divert").items()[i])
			}
			for i, l := range in.Costs {
				var parts []string
				if l.PerParticipantWeek != nil {
					parts = append(parts, msg.Sprintf(msg.Default, "%s pr. deltageruge", da.Kr(*l.PerParticipantWeek)))
				}
				if l.PerSlotWeek != nil {
					parts = append(parts, msg.Sprintf(msg.Default, "%s pr. pladsuge", da.Kr(*l.PerSlotWeek)))
				}
				dates := make([]string, 0, len(l.Fixed))
				for d := range l.Fixed {
					dates = append(dates, d)
				}
				slices.Sort(dates)
				for _, d := range dates {
					parts = append(parts, da.Kr(l.Fixed[d])+" "+d)
				}
				if l.StateShare != nil && *l.StateShare > 0 {
					parts = append(parts, msg.Sprintf(msg.Default, "statens andel %s", da.Percent(*l.StateShare, 0)))
				}
				add(topic, l.Label, strings.Join(parts, "; "), l.Source, iv.get("costs").items()[i])
			}
		}
	}
	for _, cv := range tree.get("changes").entries() {
		ch := f.Changes[cv.name()]
		add(msg.T(msg.Default, "Lovændringer og datoer"), msg.Sprintf(msg.Default, "Fra %s", ch.From), ch.Description, ch.Source, cv)
	}
	for _, p := range sc.Params {
		out = append(out, Assumption{Topic: msg.T(msg.Default, "Usikre antagelser"), What: p.Name,
			Value:  msg.Sprintf(msg.Default, "%s, middelværdi %s; lav/høj %s / %s", p.Dist, da.Value(p.Dist.Mean()), da.Value(p.Low), da.Value(p.High)),
			Source: p.Source, Where: fmt.Sprintf("%s:%d", p.File, p.Line)})
	}
	for _, s := range sc.ShareSets {
		out = append(out, Assumption{Topic: msg.T(msg.Default, "Usikre antagelser"), What: s.Name, Value: msg.Sprintf(msg.Default, "andele med Dirichlet-fordeling (%s)", strings.Join(s.Keys, ", ")), Source: s.Source, Where: fmt.Sprintf("%s:%d", s.File, s.Line)})
	}
	return out
}
