package numfmt

import (
	"testing"
	"time"
)

func TestFormats(t *testing.T) {
	for _, c := range []struct {
		name string
		got  string
		want string
	}{
		{"thousands separators", Da.Int(1234567), "1.234.567"},
		{"rounds half away from zero", Da.Int(1234567.5), "1.234.568"},
		{"negative", Da.Int(-1234567.5), "-1.234.568"},
		{"no minus zero", Da.Int(-0.4), "0"},
		{"small", Da.Int(999), "999"},
		{"decimal comma", Da.Decimal(1234.567, 2), "1.234,57"},
		{"fixed decimals", Da.Decimal(2, 1), "2,0"},
		{"negative decimal", Da.Decimal(-0.04, 1), "0,0"},
		{"kr.", Da.Kr(1234567), "1.234.567 kr."},
		{"negative kr.", Da.Kr(-1234567), "-1.234.567 kr."},
		{"1.000 kr.", Da.Thousands(1234567), "1.235"},
		{"negative 1.000 kr.", Da.Thousands(-2499.9), "-2"},
		{"mio. kr.", Da.Amount(2_149_000), "2,1 mio. kr."},
		{"just under a million", Da.Amount(960_000), "1,0 mio. kr."},
		{"mia. kr.", Da.Amount(3_954_200_000), "3,95 mia. kr."},
		{"english billion", En.Amount(3_954_200_000), "DKK 3.95 billion"},
		{"thousands in a sentence", Da.Amount(355_400), "355.000 kr."},
		{"negative mio.", Da.Amount(-12_345_678), "-12,3 mio. kr."},
		{"percent", Da.Percent(0.125, 1), "12,5 %"},
		{"whole percent", Da.Percent(0.9, 0), "90 %"},
		{"value", Da.Value(0.8625), "0,863"},
		{"large value", Da.Value(31234.4), "31.234"},
		{"english", En.Int(1234567), "1,234,567"},
		{"english kr.", En.Kr(-1234567), "DKK -1,234,567"},
		{"english amount", En.Amount(2_149_000), "DKK 2.1 million"},
		{"english percent", En.Percent(0.125, 1), "12.5%"},
		{"zero value is Danish", Format{}.Decimal(1.5, 1), "1,5"},
	} {
		if c.got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, c.got, c.want)
		}
	}
}

func TestBudgetYear(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	for _, c := range []struct {
		name     string
		from, to time.Time
		da, en   string
	}{
		{"whole", day(2027, 1, 1), day(2027, 12, 31), "2027", "2027"},
		{"from", day(2027, 1, 4), day(2027, 12, 31), "2027 (fra 4. januar)", "2027 (from 4 January)"},
		{"to", day(2030, 1, 1), day(2030, 3, 15), "2030 (til 15. marts)", "2030 (to 15 March)"},
		{"both", day(2027, 1, 4), day(2027, 3, 15), "2027 (4. januar–15. marts)", "2027 (4 January–15 March)"},
		{"leap day last", day(2028, 1, 1), day(2028, 2, 29), "2028 (til 29. februar)", "2028 (to 29 February)"},
		{"from the leap day", day(2028, 2, 29), day(2028, 12, 31), "2028 (fra 29. februar)", "2028 (from 29 February)"},
		{"whole leap year", day(2028, 1, 1), day(2028, 12, 31), "2028", "2028"},
		{"one day", day(2027, 12, 31), day(2027, 12, 31), "2027 (fra 31. december)", "2027 (from 31 December)"},
	} {
		if got := Da.BudgetYear(c.from, c.to); got != c.da {
			t.Errorf("%s: got %q, want %q", c.name, got, c.da)
		}
		if got := En.BudgetYear(c.from, c.to); got != c.en {
			t.Errorf("%s in English: got %q, want %q", c.name, got, c.en)
		}
		if got := Da.BudgetYears(c.from, c.to); got != c.da {
			t.Errorf("%s as a period of one year: got %q, want %q", c.name, got, c.da)
		}
	}
}

func TestBudgetYears(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	for _, c := range []struct {
		name     string
		from, to time.Time
		da, en   string
	}{
		{"whole", day(2027, 1, 1), day(2030, 12, 31), "2027–2030", "2027–2030"},
		{"from", day(2027, 1, 4), day(2030, 12, 31), "4. januar 2027–2030", "4 January 2027–2030"},
		{"to", day(2027, 1, 1), day(2030, 3, 15), "2027–15. marts 2030", "2027–15 March 2030"},
		{"both", day(2027, 1, 4), day(2028, 2, 29), "4. januar 2027–29. februar 2028", "4 January 2027–29 February 2028"},
	} {
		if got := Da.BudgetYears(c.from, c.to); got != c.da {
			t.Errorf("%s: got %q, want %q", c.name, got, c.da)
		}
		if got := En.BudgetYears(c.from, c.to); got != c.en {
			t.Errorf("%s in English: got %q, want %q", c.name, got, c.en)
		}
	}
	if got, want := Da.Date(day(2026, 11, 23)), "23. november 2026"; got != want {
		t.Errorf("date: got %q, want %q", got, want)
	}
}
