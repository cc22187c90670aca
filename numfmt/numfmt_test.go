package numfmt

import "testing"

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
