package plots

import "ydelsesflow/numfmt"

// english translates the charts' Danish texts; a text missing here is
// shown in Danish (a test checks that every text used has a translation).
var english = map[string]string{
	"mio. kr.":  "DKK million",
	"1.000 kr.": "DKK thousand",
	"Personer på ydelse: %s ved start, %s ved udgangen af %d": "Persons on benefits: %s at the start, %s at the end of %d",
	"Personer i hver ydelse, gennemsnit over %d kørsler":      "Persons in each benefit, mean over %d runs",
	"og":           "and",
	"Personer":     "Persons",
	"Uden indsats": "Without intervention",
	"Med indsats":  "With intervention",
	"Indsatsen flytter ingen personer mellem ydelser": "The intervention moves nobody between benefits",
	"%s færre i %s":            "%s fewer in %s",
	"%s flere i %s":            "%s more in %s",
	"%s i %d (helårspersoner)": "%s in %d (full-time persons)",
	"Personer pr. uge med og uden indsatsen, gennemsnit over %d kørsler; de ydelser, der ændrer sig mest": "Persons per week with and without the intervention, mean over %d runs; the benefits that change most",
	"Indsatsen har tjent sig hjem fra uge %d i %d":                                                        "The intervention has paid for itself from week %d of %d",
	"Indsatsen er ikke tjent hjem ved udgangen af %d":                                                     "The intervention has not paid for itself by the end of %d",
	"Akkumuleret nettobesparelse for kommunen (%s): median med 50 %%- og 90 %%-interval over %d kørsler":  "Cumulative net saving for the kommune (%s): median with 50 %% and 90 %% intervals over %d runs",
	"90 %-interval":                "90 % interval",
	"50 %-interval":                "50 % interval",
	"Median":                       "Median",
	"Break-even":                   "Break-even",
	"Akkumuleret besparelse (%s)":  "Cumulative saving (%s)",
	"Samlet besparelse %s over %s": "Total saving %s over %s",
	"Samlet merudgift %s over %s":  "Total extra cost %s over %s",
	"Kommunens besparelse pr. budgetår (%s): + er besparelse, − er merudgift; nettoeffekt med 90 %%-interval": "The kommune's saving per budget year (%s): + is a saving, − an extra cost; net effect with 90 %% interval",
	"Sparede ydelser (netto)":                                       "Benefits saved (net)",
	"Udgift til indsatsen":                                          "Cost of the intervention",
	"Nettoeffekt (90 %-interval)":                                   "Net effect (90 % interval)",
	"Besparelse (%s)":                                               "Saving (%s)",
	"%s sandsynlighed for besparelse over %s":                       "%s probability of a saving over %s",
	"Fordeling af den samlede besparelse over %s i %d kørsler (%s)": "Distribution of the total saving over %s in %d runs (%s)",
	"P(besparelse > 0) = %s":                                        "P(saving > 0) = %s",
	"Kørsler":                                                       "Runs",
	"Besparelse":                                                    "Saving",
	"Merudgift":                                                     "Extra cost",
	"Mest afgørende antagelse: %s":                                  "Most important assumption: %s",
	"Forventet besparelse over %s (%s) med hver antagelse ved lav og høj værdi, de øvrige ved middelværdien (%s)": "Expected saving over %s (%s) with each assumption at its low and high value, the others at their means (%s)",
	"Lav værdi": "Low value",
	"Høj værdi": "High value",
	"Staten betaler %s af ydelserne i %d og %s i %d":                                            "The state pays %s of the benefits in %d and %s in %d",
	"Udgifter til ydelser pr. år (%s) og andel af personerne på hvert trin af refusionstrappen": "Spending on benefits per year (%s) and the share of persons on each step of the refusion staircase",
	"Bruttoudgift":             "Gross spending",
	"Statens andel":            "State's part",
	"Kommunens nettoudgift":    "Kommune's net spending",
	"Udgift (%s)":              "Spending (%s)",
	"Andel af personer":        "Share of persons",
	"Trin på refusionstrappen": "Steps of the refusion staircase",
	"Udgifter pr. år":          "Spending per year",
}

// tr returns text in language l.
func tr(l numfmt.Lang, text string) string {
	if l == numfmt.English {
		if t, ok := english[text]; ok {
			return t
		}
	}
	return text
}
