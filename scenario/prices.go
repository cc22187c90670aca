package scenario

import (
	"slices"
	"strconv"

	"ydelsesflow/sim"
)

// index is a compiled yearly price index: the change into each year.
type index struct {
	v       value // the index in the scenario (absent: no index)
	rates   map[int]float64
	last    int // the last year given
	later   float64
	hasLast bool // later is given
}

// index compiles the index at v (absent: an index the scenario does not
// give, ok false).
func (c *compiler) index(v value) (ix index, ok bool) {
	ix.v = v
	if !v.ok() {
		return ix, false
	}
	ix.rates = map[int]float64{}
	for _, r := range v.get("rates").entries() {
		y, err := strconv.Atoi(r.name())
		if err != nil || !c.inYears(r.keyAsValue(), y) {
			continue // reported when the file was read, or now
		}
		ix.rates[y], _ = c.yearlyChange(r)
		ix.last = max(ix.last, y)
	}
	ix.later, ix.hasLast = c.yearlyChange(v.get("later"))
	if len(ix.rates) == 0 && !ix.hasLast {
		c.errf(v, "indekset har hverken rates eller later: angiv ændringen for hvert år, fx rates: {2025: 0.029}, og later: for årene efter")
	}
	if c.str(v.get("source")) == "" {
		c.errf(v, "indekset har ingen source: angiv, hvor procenterne kommer fra (UNCONFIRMED for en antagelse)")
	}
	return ix, true
}

// change returns the index's change into year y, or reports that the
// scenario gives none (need names what needs it).
func (c *compiler) change(ix index, y int, need value) float64 {
	if r, ok := ix.rates[y]; ok {
		return r
	}
	if ix.hasLast && (y > ix.last || len(ix.rates) == 0) {
		return ix.later
	}
	c.errf(need, "%s har ingen ændring for %d, som %s bruger; tilføj %d under rates", ix.v.path, y, need.path, y)
	return 0
}

// factor returns the index of year to relative to year from: the product
// of (1 + change) over the years after from up to to, or its inverse when
// to is before from.
func (c *compiler) factor(ix index, from, to int, need value) float64 {
	f := 1.0
	for y := from + 1; y <= to; y++ {
		f *= 1 + c.change(ix, y, need)
	}
	for y := to + 1; y <= from; y++ {
		f /= 1 + c.change(ix, y, need)
	}
	return f
}

// prices compiles the scenario's indexes and price level: whether the
// amounts are in faste priser and of which year, and the deflators that
// turn each year's amounts into faste priser of the first budget year for
// the present value.
func (c *compiler) prices(sc *Scenario, f value) {
	m := sc.Model
	ixs := f.get("indexes")
	c.sats, c.hasSats = c.index(ixs.get("satsregulering"))
	c.pl, c.hasPL = c.index(ixs.get("pl"))
	pv := f.get("prices")
	prices := c.str(pv)
	if c.pricesFlag != "" {
		prices = c.pricesFlag
	}
	switch prices {
	case "", "loebende":
	case "faste":
		m.PriceBase = m.Years[0]
		if v := f.get("price_base"); v.ok() {
			if m.PriceBase = c.whole(v); !slices.Contains(m.Years, m.PriceBase) {
				c.valueErrf(v, "price_base %d er ikke et budgetår i horisonten (%d–%d)", m.PriceBase, m.Years[0], m.Years[len(m.Years)-1])
				m.PriceBase = m.Years[0]
			}
		}
		if !c.hasSats {
			c.errf(pv, "faste priser (prices: faste eller --prices faste) kræver indexes.satsregulering: den satsregulering, ydelserne regnes tilbage med")
		}
		if !c.hasPL && len(f.get("interventions").entries()) > 0 {
			c.errf(pv, "faste priser (prices: faste eller --prices faste) kræver indexes.pl: det pris- og lønindeks, indsatsernes udgifter regnes tilbage med")
		}
	default:
		c.valueErrf(pv, "ukendt prices %q; forventede loebende eller faste", prices)
	}
	if !c.hasSats {
		return // no deflator: the present value is in the amounts' prices
	}
	first := m.Years[0]
	m.Deflator = make([]float64, len(m.Years))
	m.CostDeflator = make([]float64, len(m.Years))
	for i, y := range m.Years {
		in := y // the prices year y's amounts are in
		if m.PriceBase != 0 {
			in = m.PriceBase
		}
		m.Deflator[i], m.CostDeflator[i] = 1/c.factor(c.sats, first, in, pv), 1
		if c.hasPL {
			m.CostDeflator[i] = 1 / c.factor(c.pl, first, in, pv)
		}
	}
}

// inPrices turns year y's amount of a sats (ix: the satsregulering) or of a
// service (ix: the PL index) into the model's prices: itself in løbende
// priser, deflated to PriceBase in faste priser.
func (c *compiler) inPrices(m *sim.Model, ix index, has bool, y int, need value) float64 {
	if m.PriceBase == 0 || !has {
		return 1
	}
	return 1 / c.factor(ix, m.PriceBase, y, need)
}
