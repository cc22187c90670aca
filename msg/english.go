package msg

// english is the catalogue: the English translation of each Danish text,
// keyed by the Danish text as it is written in the code. The entries are
// grouped by the package that uses them; the catalogue's test keeps them
// complete, consistent in their formatting verbs and free of unused texts.
var english = map[string]string{
	// msg
	"ukendt sprog %q; brug da (dansk) eller en (engelsk)": "unknown language %q; use da (Danish) or en (English)",

	// numfmt
	"%s kr.":      "DKK %s",
	"%s mia. kr.": "DKK %s billion",
	"%s mio. kr.": "DKK %s million",
	"%s %%":       "%s%%",
	"%d. %s %d":   "%d %s %d",
	"%d. %s":      "%d %s",
	"%d (fra %s)": "%d (from %s)",
	"%d (til %s)": "%d (to %s)",
	"januar":      "January",
	"februar":     "February",
	"marts":       "March",
	"april":       "April",
	"maj":         "May",
	"juni":        "June",
	"juli":        "July",
	"august":      "August",
	"september":   "September",
	"oktober":     "October",
	"november":    "November",
	"december":    "December",

	// plots
	"ukendt diagramformat %q; brug %s": "unknown chart format %q; use %s",
	"%s (%s til %s)":                   "%s (%s to %s)",
	"mio. kr.":                         "DKK million",
	"1.000 kr.":                        "DKK thousand",
	"Personer på ydelse: %s ved start, %s ved udgangen af %d": "Persons on benefits: %s at the start, %s at the end of %d",
	"Personer på ydelse: %s ved start, %s den %s":             "Persons on benefits: %s at the start, %s on %s",
	"Personer i hver ydelse, gennemsnit over %d kørsler":      "Persons in each benefit, mean over %d runs",
	"og":           "and",
	"Uden indsats": "Without intervention",
	"Med indsats":  "With intervention",
	"Indsatsen flytter ingen personer mellem ydelser": "The intervention moves nobody between benefits",
	"%s færre i %s":            "%s fewer in %s",
	"%s flere i %s":            "%s more in %s",
	"%s i %s (helårspersoner)": "%s in %s (full-time persons)",
	"Personer pr. uge med og uden indsatsen, gennemsnit over %d kørsler; de ydelser, der ændrer sig mest": "Persons per week with and without the intervention, mean over %d runs; the benefits that change most",
	"Indsatsen har tjent sig hjem fra uge %d i %d":                                                        "The intervention has paid for itself from week %d of %d",
	"Indsatsen er ikke tjent hjem den %s":                                                                 "The intervention has not paid for itself by %s",
	"Indsatsen er ikke tjent hjem ved udgangen af %d":                                                     "The intervention has not paid for itself by the end of %d",
	"90 %-interval":                "90 % interval",
	"50 %-interval":                "50 % interval",
	"Median":                       "Median",
	"Break-even":                   "Break-even",
	"Udgift til indsatsen":         "Cost of the intervention",
	"Kørsler":                      "Runs",
	"Merudgift":                    "Extra cost",
	"Mest afgørende antagelse: %s": "Most important assumption: %s",
	"Lav værdi":                    "Low value",
	"Høj værdi":                    "High value",
	"Staten refunderer %s af kommunens udgifter til ydelser i %s og %s i %s":                                                                             "The state refunds %s of the kommune's spending on benefits in %s and %s in %s",
	"Kommunens udgifter til ydelser pr. år (%s) og andel af personerne på hvert trin af refusionstrappen":                                                "The kommune's spending on benefits per year (%s) and the share of persons on each step of the refusion staircase",
	"Til orientering: Udbetaling Danmark og a-kasser udbetaler %s i %s og %s i %s, som kommunen medfinansierer; kun medfinansieringen er med i søjlerne": "For information: Udbetaling Danmark and the a-kasser pay out %s in %s and %s in %s, which the kommune co-finances; only the co-financing is in the bars",
	"Bruttoudgift":             "Gross spending",
	"Statens andel":            "State's part",
	"Kommunens nettoudgift":    "Kommune's net spending",
	"Udgift (%s)":              "Spending (%s)",
	"Andel af personer":        "Share of persons",
	"Trin på refusionstrappen": "Steps of the refusion staircase",
	"Udgifter pr. år":          "Spending per year",

	// report
	"Kommunen forventes at bruge %s netto på ydelser over %s (90 %%-interval %s til %s), efter statens refusion.": "The kommune is expected to spend %s net on benefits over %s (90 %% interval %s to %s), after the state's refusion.",
	"kan ikke tegne %s: %w":                                                 "cannot draw %s: %w",
	"rapport: ingen resultater at vise":                                     "report: no results to report",
	"rapport: tabeller til %d indsatser, men %d sammenligninger":            "report: tables for %d interventions but %d comparisons",
	"Antal personer i hver ydelse uge for uge (gennemsnit over kørslerne).": "Persons in each benefit week by week (mean over the runs).",
	"Udgifterne pr. år før og efter statens refusion, og hvor mange der er på hvert trin af refusionstrappen: jo længere tid på offentlig forsørgelse, jo lavere refusion.": "Spending per year before and after the state's refusion, and how many persons are on each step of the refusion staircase: the longer on public support, the lower the refusion.",
	"ikke inden udgangen af %d":      "not before the end of %d",
	"ikke inden %s":                  "not by %s",
	"uge %d, %d":                     "week %d, %d",
	"Merudgift %s":                   "Extra cost %s",
	"gennemsnit over %s kørsler, %s": "mean over %s runs, %s",
	"%s til %s":                      "%s to %s",
	"Tjent hjem":                     "Paid for itself",
	"Hvor flytter indsatsen personerne hen? Antal personer uge for uge med og uden indsatsen i de ydelser, der ændrer sig mest.": "Where does the intervention move persons? Persons week by week with and without the intervention in the benefits that change most.",
	"%s (90 %%-interval %s til %s)": "%s (90 %% interval %s to %s)",
	"Hver antagelse sat til sin lave og høje værdi, de øvrige ved middelværdien. Jo bredere søjle, jo mere afhænger resultatet af antagelsen.": "Each assumption set to its low and high value, the others at their means. The wider the bar, the more the result depends on the assumption.",
	"%s i uge %d–%d": "%s in weeks %d–%d",
	"%s derefter":    "%s thereafter",

	// results
	"%s: ingen uger": "%s: no weeks",
	"Nutidsværdi af kommunal nettoudgift %s i løbende priser (scenariet angiver ingen satsregulering), diskonteret %s om året til %d: %s %s 1.000 kr. (Monte Carlo-fejl på gennemsnittet ±%s).": "Present value of the municipal net cost %s in current prices (the scenario gives no satsregulering), discounted %s a year to %d: %s %s DKK 1,000 (Monte Carlo error of the mean ±%s).",
	"løbende priser":          "current prices",
	"%d-priser":               "%d prices",
	"Beløb i %s.":             "Amounts in %s.",
	"ikke en resultatfil: %v": "not a results file: %v",
	"resultatfilen har version %d, men programmet læser version %d: kør simuleringen igen": "the results file has version %d, but this program reads version %d: run the simulation again",
	"resultatfilen indeholder ingen resultater":                                            "the results file holds no results",
	"beskadiget resultatfil: %v":                                                           "damaged results file: %v",
	"%s: uge %d har %d tal, skal have %d":                                                  "%s: week %d has %d numbers, want %d",
	"run: de årlige tal passer ikke til de %d år":                                          "run: the yearly figures do not fit the %d years",
	"run: %d uger i steps, %d i stock":                                                     "run: %d weeks in steps, %d in stock",
	"sammenligningen %s: %w":                                                               "comparison %s: %w",
	"et tal er ikke endeligt (NaN eller uendeligt)":                                        "a number is not finite (NaN or infinite)",
	"ingen år":                                                  "no years",
	"%s har %d perioder, skal have %d":                          "%s has %d periods, want %d",
	"ugeserierne har forskellig længde":                         "the weekly series differ in length",
	"persons_change har %d ydelser, skal have %d":               "persons_change has %d benefits, want %d",
	"break-even-ugen %d ligger efter tidshorisonten":            "break-even week %d lies beyond the horizon",
	"ingen kørsler":                                             "no runs",
	"run: %w":                                                   "run: %w",
	"følsomhedsanalysen: %w":                                    "sensitivity analysis: %w",
	"start %q er ikke en dato (ÅÅÅÅ-MM-DD)":                     "start %q is not a date (YYYY-MM-DD)",
	"end %q er ikke en dato (ÅÅÅÅ-MM-DD)":                       "end %q is not a date (YYYY-MM-DD)",
	"end %s ligger før start %s":                                "end %s lies before start %s",
	"years %v passer ikke til dagene fra %s til %s":             "years %v do not fit the days from %s to %s",
	"ugeserierne har %d uger, men der er %d uger fra %s til %s": "the weekly series have %d weeks, but there are %d weeks from %s to %s",

	// sensitivity
	"scenarierne har ingen usikre tal; skriv et tal som {dist: pert, min: ..., mode: ..., max: ..., name: ..., source: ...} for at analysere det": "the scenarios have no uncertain numbers; write a number as {dist: pert, min: ..., mode: ..., max: ..., name: ..., source: ...} to analyse it",
	"%s ved sin lave værdi %g: %w": "%s at its low value %g: %w",
	"%s ved sin høje værdi %g: %w": "%s at its high value %g: %w",

	// internal/browser
	"ingen Chromium fundet: installér Debians chromium (apt-get install chromium), eller sæt CHROMIUM til browserens sti": "no Chromium found: install Debian's chromium (apt-get install chromium) or set CHROMIUM to the browser's path",
	"chromium skrev intet skærmbillede: %v": "chromium wrote no screenshot: %v",
	"chromium skrev ingen PDF: %v":          "chromium wrote no PDF: %v",

	// tables
	"Helårspersoner":                                                "Full-time persons",
	"Bruttoudgift til ydelser (1.000 kr.)":                          "Gross spending on benefits (DKK thousand)",
	"Statsrefusion og statens andel (1.000 kr.)":                    "State refusion and the state's share (DKK thousand)",
	"Kommunal nettoudgift (1.000 kr.)":                              "Kommune's net spending (DKK thousand)",
	"Scenarie %s · start %s · %d kørsler · seed %d · %s":            "Scenario %s · start %s · %d runs · seed %d · %s",
	"Gennemsnit over kørslerne; 90 %-interval (P5–P95) i parentes.": "Mean over the runs; 90 % interval (P5–P95) in brackets.",
	"Nutidsværdi af kommunal nettoudgift %s i %s, diskonteret med en real rente på %s om året til %d: %s %s 1.000 kr. (Monte Carlo-fejl på gennemsnittet ±%s).": "Present value of the kommune's net spending %s in %s, discounted at a real rate of %s a year to %d: %s %s DKK thousand (Monte Carlo error of the mean ±%s).",
	"Scenarie `%s`, start %s, %d kørsler, seed %d. %s Gennemsnit over kørslerne med 90 %%-interval (P5–P95) i parentes.":                                        "Scenario `%s`, start %s, %d runs, seed %d. %s Mean over the runs with the 90 %% interval (P5–P95) in brackets.",
	"I alt": "Total",
	"beløb i kr. (%s), helaarspersoner = persondage / årets dage": "amounts in DKK (%s), helaarspersoner = person-days / days in the year",
	"kan ikke skrive JSON: %w":                                    "cannot write JSON: %w",
	"I alt %s":                                                    "Total %s",
	"Økonomiske konsekvenser (1.000 kr., %s, ekskl. moms)":        "Financial consequences (DKK thousand, %s, excl. VAT)",
	"Basis, %s (bortfalder)":                                      "Baseline, %s (ceases)",
	"Nettoændring for kommunen i alt":                             "Net change for the kommune in total",
	"Gns. pr. år":                                                 "Mean per year",
	"Ændring i helårspersoner (indsats − basis)":                  "Change in full-time persons (intervention − baseline)",
	"Indsats %s mod basis %s · start %s · %d parrede kørsler (fælles tilfældige tal) · seed %d": "Intervention %s against baseline %s · start %s · %d paired runs (common random numbers) · seed %d",
	"Følsomhed: indsats %s mod basis %s · %d kørsler pr. beregning · seed %d · %s":              "Sensitivity: intervention %s against baseline %s · %d runs per calculation · seed %d · %s",
	"ved lav":   "at low",
	"ved høj":   "at high",
	"spænd":     "spread",
	"lav værdi": "low value",
	"høj værdi": "high value",
	"Betydning i den probabilistiske beregning": "Importance in the probabilistic calculation",
	"rangkorrelation": "rank correlation",
	"fordeling":       "distribution",
	"Usikre andele (Dirichlet), trukket i de probabilistiske kørsler uden egen søjle: %s.": "Uncertain shares (Dirichlet), drawn in the probabilistic runs without a bar of their own: %s.",

	"I alt på ydelse":                              "Total on benefits",
	"%s — kørsel 1, seed %d":                       "%s — run 1, seed %d",
	"Ingen personer at følge i kørsel 1.":          "Nobody to follow in run 1.",
	"Person i bestanden ved start (%s, %s nr. %d)": "Person in the stock at the start (%s, %s no. %d)",
	"Person tilgang i uge %d (%s, %s nr. %d)":      "Person entering in week %d (%s, %s no. %d)",
	"kalender":    "calendar",
	"ur":          "clock",
	"refu.":       "ref.",
	"brutto kr.":  "gross DKK",
	"netto kr.":   "net DKK",
	"indsats":     "intervention",
	"%s (venter)": "%s (waiting)",

	// scenario
	"korrelationer mellem %d usikre tal; højst %d":                              "correlations between %d uncertain numbers; at most %d",
	"capacity er højst %d pladser, ikke %d; udelad den for ingen grænse":        "capacity is at most %d slots, not %d; leave it out for no limit",
	"%d uger er mere end de højst %d uger (100 år), en varighed kan have":       "%d weeks is more than the at most %d weeks (100 years) a duration may have",
	"året %d ligger ikke mellem %d og %d":                                       "the year %d does not lie between %d and %d",
	"en årlig ændring ligger mellem -0.5 og 0.5 (±50 %%), fx 0.025, ikke %v":    "a yearly change lies between -0.5 and 0.5 (±50 %%), e.g. 0.025, not %v",
	"runs skal være mellem 1 og %d, ikke %d":                                    "runs must be between 1 and %d, not %d",
	"%d grupper; højst %d":                                                      "%d groups; at most %d",
	"%d tilstande; højst %d":                                                    "%d states; at most %d",
	"tilgangen bliver %v personer om året i alt; højst %d":                      "the inflow comes to %v persons a year in all; at most %d",
	"mean_weeks er højst %d uger (100 år), ikke %v":                             "mean_weeks is at most %d weeks (100 years), not %v",
	"startbestanden bliver på mere end %d personer i alt":                       "the initial stock comes to more than %d persons in all",
	"et helt tal på 0 eller mere":                                               "a whole number of 0 or more",
	"mean_weeks_cut er højst %d uger (100 år) i størrelse, ikke %v":             "mean_weeks_cut is at most %d weeks (100 years) in size, not %v",
	"er ikke en almindelig fil":                                                 "is not a regular file",
	"er større end 1 MiB":                                                       "is larger than 1 MiB",
	"er ikke en .yaml- eller .yml-fil":                                          "is not a .yaml or .yml file",
	"%d nøgler i én mapping; højst %d":                                          "%d keys in one mapping; at most %d",
	"%s er ikke et endeligt tal; angiv et tal som 0.035 eller 4800":             "%s is not a finite number; give a number such as 0.035 or 4800",
	"tallet %s er for stort; et tal i en scenariefil er højst 1e12 i størrelse": "the number %s is too large; a number in a scenario file is at most 1e12 in size",
	"kan ikke læse %s: %v; angiv en .yaml-fil i forhold til denne fil eller navnet på et indbygget scenarie (se `ydelsesflow scenarios`)": "cannot read %s: %v; give a .yaml file relative to this file or the name of an embedded scenario (see `ydelsesflow scenarios`)",
	"%s og %s er allerede korreleret i linje %d; giv hvert par én korrelation":                                                            "%s and %s are already correlated in line %d; give each pair one correlation",
	"år uden beløb: satsens egen indexing":                              "years without an amount: the rate's own indexing",
	"år uden beløb: scenariets satsregulering (indexes.satsregulering)": "years without an amount: the scenario's satsregulering (indexes.satsregulering)",
	"beløbene følger udgiftslinjens egen indexing":                      "the amounts follow the cost line's own indexing",
	"beløbene følger scenariets pris- og lønindeks (indexes.pl)":        "the amounts follow the scenario's price and wage index (indexes.pl)",
	"beløbene er de samme hvert år":                                     "the amounts are the same every year",
	"intet beløb for %s og ingen indexing: tilføj beløbene, indexing: (årlig satsregulering, fx 0.025) eller indexes.satsregulering":        "no amount for %s and no indexing: add the amounts, indexing: (yearly satsregulering, e.g. 0.025) or indexes.satsregulering",
	"indekset har hverken rates eller later: angiv ændringen for hvert år, fx rates: {2025: 0.029}, og later: for årene efter":              "the index has neither rates nor later: give the change into each year, e.g. rates: {2025: 0.029}, and later: for the years after",
	"indekset har ingen source: angiv, hvor procenterne kommer fra (UNCONFIRMED for en antagelse)":                                          "the index has no source: say where the percentages come from (UNCONFIRMED for an assumption)",
	"%s har ingen ændring for %d, som %s bruger; tilføj %d under rates":                                                                     "%s has no change for %d, which %s needs; add %d under rates",
	"price_base %d er ikke et budgetår i horisonten (%d–%d)":                                                                                "price_base %d is not a budget year of the horizon (%d–%d)",
	"faste priser (prices: faste eller --prices faste) kræver indexes.satsregulering: den satsregulering, ydelserne regnes tilbage med":     "faste priser need indexes.satsregulering: the satsregulering the benefits are deflated by",
	"faste priser (prices: faste eller --prices faste) kræver indexes.pl: det pris- og lønindeks, indsatsernes udgifter regnes tilbage med": "faste priser need indexes.pl: the price and wage index the interventions' costs are deflated by",
	"ukendt prices %q; forventede loebende eller faste":                                                                                     "unknown prices %q; expected loebende or faste",
	"forventede %s, fik %s": "expected %s, got %s",
	"%v":                    "%v",
	"forventede en årlig rente mellem 0 og 1, fx 0.035, ikke %v":                                                                    "expected a yearly rate between 0 and 1 such as 0.035, got %v",
	"ingen grupper: angiv mindst én gruppe af borgere, fx groups: {alle: {label: Alle}}":                                            "no groups: declare at least one group of citizens, e.g. groups: {alle: {label: Alle}}",
	"ingen tilstande: angiv ydelserne og de andre tilstande under states:":                                                          "no states: declare the ydelser and other states under states:",
	"ændringen %q har ingen set: angiv de nye værdier under set:":                                                                   "change %q has no set: give the new values under set:",
	"ændringen %q har ingen source: angiv loven eller beslutningen bag den":                                                         "change %q has no source: name the law or decision behind it",
	"en ændring kan ikke tilføje tilstanden %q; angiv den under states: og ændr den her":                                            "a change cannot add the state %q; declare it under states: and change it here",
	"en ændring kan sætte en tilstands rate og group_rates, ikke %s":                                                                "a change can set a state's rate and group_rates, not %s",
	"dato mangler: skriv den som ÅÅÅÅ-MM-DD, fx 2027-01-04":                                                                         "missing date: write it as YYYY-MM-DD, e.g. 2027-01-04",
	"%q er ikke en dato: skriv den som ÅÅÅÅ-MM-DD, fx 2027-01-04":                                                                   "%q is not a date: write it as YYYY-MM-DD, e.g. 2027-01-04",
	"horisont mangler: angiv horizon: {years: 4} eller horizon: {weeks: 208}":                                                       "missing horizon: give horizon: {years: 4} or horizon: {weeks: 208}",
	"angiv enten years eller weeks, ikke begge":                                                                                     "give either years or weeks, not both",
	"horisonten skal være 1–60 år eller 1–3130 uger":                                                                                "the horizon must be 1–60 years or 1–3130 weeks",
	"tilstanden %q har ingen financing: angiv financing: staircase, medfinansiering, fixed eller none":                              "state %q has no financing: give financing: staircase, medfinansiering, fixed or none",
	"ukendt financing %q; forventede staircase, medfinansiering, fixed eller none":                                                  "unknown financing %q; expected staircase, medfinansiering, fixed or none",
	"financing fixed kræver state_share: statens andel af bruttoudgiften, fx 0.35":                                                  "financing fixed needs state_share: the state's share of gross cost, e.g. 0.35",
	"state_share bruges kun med financing: fixed; fjern den eller ændr financing":                                                   "state_share is only used with financing: fixed; remove it or change financing",
	"state_share skal være mellem 0 og 1, ikke %v":                                                                                  "state_share must be between 0 and 1, got %v",
	"den absorberende tilstand %q forlader regnskabet: fjern dens rate og clock":                                                    "absorbing state %q leaves the books: remove its rate and clock",
	"tilstanden %q er selvforsørgelse og tæller på refusionstrappens ur; en uge kan ikke være begge dele":                           "state %q is self-supporting and counts on the staircase clock; a week cannot be both",
	"ukendt gruppe %q; angivne grupper: %s":                                                                                         "unknown group %q; declared groups: %s",
	"tilstanden %q udbetales (financing %s), men har ingen rate: angiv rate: {per: month, amounts: {2024: ...}, source: ...}":       "state %q is paid (financing %s) but has no rate: give rate: {per: month, amounts: {2024: ...}, source: ...}",
	"ukendt tilstand %q; angivne tilstande: %s":                                                                                     "unknown state %q; declared states: %s",
	"tilstanden %q er absorberende: ingen forlader den, så den har ingen transitions":                                               "state %q is absorbing: nobody leaves it, so it has no transitions",
	"tilstanden %q er absorberende; personer kan ikke tilgå den udefra":                                                             "state %q is absorbing; persons cannot flow into it from outside",
	"skal være 0 eller mere, ikke %d":                                                                                               "must be 0 or more, got %d",
	"en årlig tilgang skal være 0 eller mere, ikke %v":                                                                              "a yearly inflow must be 0 or more, got %v",
	"per mangler: angiv, om beløbene er pr. uge (week), måned (month) eller år (year)":                                              "missing per: say whether the amounts are per week, month or year",
	"ukendt enhed %q; forventede week, month eller year":                                                                            "unknown unit %q; expected week, month or year",
	"amounts mangler: angiv mindst ét års beløb, fx amounts: {2024: 4695}":                                                          "missing amounts: give at least one year's amount, e.g. amounts: {2024: 4695}",
	"en sats skal være 0 eller mere, ikke %v":                                                                                       "a rate must be 0 or more, got %v",
	"max_weeks skal være mindst 1, ikke %d":                                                                                         "max_weeks must be at least 1, got %d",
	"max_weeks kræver at_max: fordelingen af dem, der stadig er her efter %d uger":                                                  "max_weeks needs at_max: the destination shares of those still here after %d weeks",
	"at_max bruges kun med max_weeks; tilføj max_weeks eller fjern at_max":                                                          "at_max is only used with max_weeks; add max_weeks or remove at_max",
	"angiv enten mean_weeks eller hazards, ikke begge":                                                                              "give either mean_weeks or hazards, not both",
	" og under max_weeks (%d)":                                                                                                      " and below max_weeks (%d)",
	"mean_weeks skal være mindst 1%s, ikke %v":                                                                                      "mean_weeks must be at least 1%s, got %v",
	"destinations mangler: hvor går personer hen, når de forlader %q? fx destinations: {selvforsoergelse: 0.7, kontanthjaelp: 0.3}": "missing destinations: where do persons go when they leave %q? e.g. destinations: {selvforsoergelse: 0.7, kontanthjaelp: 0.3}",
	"det første interval skal starte ved from_week: 1, ikke %d":                                                                     "the first band must start at from_week: 1, got %d",
	"intervallerne skal starte i stigende uger: %d kommer efter %d":                                                                 "bands must start in increasing weeks: %d follows %d",
	"en ugentlig afgangsrate er en sandsynlighed mellem 0 og 1, ikke %v":                                                            "a weekly hazard is a probability between 0 and 1, got %v",
	"ingen destinations for dette interval: angiv destinations her eller for hele overgangen":                                       "no destinations for this band: give destinations here or for the whole transition",
	"varighed mangler: angiv mean_weeks (fx mean_weeks: 20) eller hazards (en liste af intervaller {from_week, weekly})":            "missing duration: give mean_weeks (e.g. mean_weeks: 20) or hazards (a list of {from_week, weekly} bands)",
	"ingen destinations angivet: list tilstande med deres andele, der summer til 1":                                                 "no destinations given: list states with their shares, summing to 1",
	"%q kan ikke være sin egen destination (kun at_max kan starte et nyt forløb)":                                                   "%q cannot be a destination of itself (only at_max may start a new spell)",
	"en andel skal være mellem 0 og 1, ikke %v":                                                                                     "a share must be between 0 and 1, got %v",
	"andelene summer til %.6g, ikke 1 (%s); ret dem, så de summer til 1":                                                            "destination shares sum to %.6g, not 1 (%s); adjust them so they sum to 1",
	"tilstanden %q er absorberende; ingen kan være i den ved start":                                                                 "state %q is absorbing; nobody can be in it at the start",
	"forventede 1 ≤ min ≤ max, fik min %d, max %d":                                                                                  "expected 1 ≤ min ≤ max, got min %d, max %d",
	"et antal personer skal være 0 eller mere, ikke %d":                                                                             "a number of persons must be 0 or more, got %d",
	"ingen forlader %q (i gruppen %s), så der er ingen ligevægtsvarighed: angiv weeks_in_state: {min: ..., max: ...}":               "nobody leaves %q (for group %s), so there is no steady-state duration: give weeks_in_state: {min: ..., max: ...}",
	"ukendt nøgle %q":  "unknown key %q",
	"; mente du %q?":   "; did you mean %q?",
	"et helt tal":      "a whole number",
	"et tal":           "a number",
	"true eller false": "true or false",
	"tekst":            "text",
	"en mapping (indrykkede linjer med nøgle: værdi)": "a mapping (indented key: value lines)",
	"en liste (linjer, der starter med -)":            "a list (lines starting with -)",
	"det hele tal":                                    "the whole number",
	"tallet":                                          "the number",
	"sandhedsværdien":                                 "the boolean",
	"en mapping":                                      "a mapping",
	"en liste":                                        "a list",
	"ingenting":                                       "nothing",
	"forventede %s, fik %s %q":                        "expected %s, got %s %q",
	"udskrivning af det samlede scenarie: %w":         "printing the resolved scenario: %w",
	"# læst fra %s\n":                                 "# read from %s\n",
	"; usikkert tal %q: %s, vist ved middelværdien":                                                                                 "; uncertain %q: %s, shown at its mean",
	"; usikre andele %q: Dirichlet, vist ved den forventede andel":                                                                  "; uncertain shares %q: Dirichlet, shown at the expected share",
	"%d indsatser; højst %d kan kombineres i ét scenarie":                                                                           "%d interventions; at most %d can be combined in one scenario",
	"en tom liste af grupper vælger ingen; list grupperne, eller udelad nøglen for alle":                                            "an empty list of groups selects nobody; list groups or leave the key out for all",
	"indsatsen %q har ingen source: angiv, hvor dens indhold og tal kommer fra":                                                     "intervention %q has no source: say where its design and figures come from",
	"indsatsen slutter (%s), før den starter (%s)":                                                                                  "the intervention ends (%s) before it starts (%s)",
	"en effect kræver en target: angiv med target: {state: ..., ...}, hvis forløb den ændrer":                                       "an effect needs a target: say whose stay it changes with target: {state: ..., ...}",
	"indsatsen %q gør ingenting: angiv en target med en effect, divert eller costs":                                                 "intervention %q does nothing: give a target with an effect, divert, or costs",
	"state mangler: personerne i hvilken tilstand tilbydes indsatsen?":                                                              "missing state: which state's persons are offered the intervention?",
	"tilstanden %q er absorberende: ingen er der til at deltage":                                                                    "state %q is absorbing: nobody is there to take part",
	"take_up er en andel mellem 0 og 1, ikke %v":                                                                                    "take_up is a share between 0 and 1, got %v",
	"capacity er et antal pladser, mindst 1, ikke %d; udelad den for ingen grænse":                                                  "capacity is a number of slots, at least 1, got %d; leave it out for no limit",
	"en target uden effect ændrer intet for deltagerne; tilføj effect: (fx hazard_ratio: 1.3)":                                      "a target without an effect changes nothing for participants; add effect: (e.g. hazard_ratio: 1.3)",
	"rate_factor skal være 0 eller mere, ikke %v":                                                                                   "rate_factor must be 0 or more, got %v",
	"state mangler: hvis tilgang omdirigeres?":                                                                                      "missing state: whose entries are diverted?",
	"share mangler: hvilken andel af tilgangen til %q omdirigeres, fx share: 0.25?":                                                 "missing share: which share of the entries into %q is diverted, e.g. share: 0.25?",
	"share skal være mellem 0 og 1, ikke %v":                                                                                        "share must be between 0 and 1, got %v",
	"destinations mangler: hvor går de omdirigerede hen i stedet? fx destinations: {selvforsoergelse: 1}":                           "missing destinations: where do the diverted go instead? e.g. destinations: {selvforsoergelse: 1}",
	"omdirigeringen af %q har ingen source: angiv, hvor andelen kommer fra":                                                         "the diversion of %q has no source: say where the share comes from",
	"effekten har ingen source: angiv undersøgelsen eller målet bag den (UNCONFIRMED, hvis den er et skøn)":                         "the effect has no source: name the study or target behind it (UNCONFIRMED if it is a guess)",
	"max_weeks kræver at_max her: %q har ingen egen maksimal varighed, så angiv, hvor deltagerne går hen efter %d uger":             "max_weeks needs at_max here: %q has no maximum duration of its own, so say where participants go after %d weeks",
	"at_max bruges kun med en maksimal varighed; tilføj max_weeks":                                                                  "at_max is used only with a maximum duration; add max_weeks",
	"angiv enten hazard_ratio eller mean_weeks_cut, ikke begge":                                                                     "give either hazard_ratio or mean_weeks_cut, not both",
	"hazard_ratio skal være 0 eller mere, ikke %v":                                                                                  "hazard_ratio must be 0 or more, got %v",
	"ingen i gruppen %s forlader %q i basisscenariet, så en effekt på afgangen har intet at virke på; giv tilstanden en transition": "nobody in group %s leaves %q in the baseline, so an effect on leaving it has nothing to act on; give the state a transition",
	"for gruppen %s i %q: %v": "for group %s in %q: %v",
	"en udgiftslinje kræver en label: teksten på dens linje i budgettabellen":                                      "a cost line needs a label: the text of its line in the budget table",
	"udgiftslinjen %q har ingen source: angiv, hvor beløbet kommer fra":                                            "cost line %q has no source: say where the amount comes from",
	"udgiftslinjen %q har intet beløb: angiv per_participant_week, per_slot_week eller fixed":                      "cost line %q has no amount: give per_participant_week, per_slot_week or fixed",
	"indsatsen har ingen deltagere (ingen target); brug per_slot_week eller faste beløb (fixed) i stedet":          "the intervention has no participants (no target); charge per_slot_week or fixed amounts instead",
	"per_slot_week kræver target.capacity: antallet af pladser, der betales for":                                   "per_slot_week needs target.capacity: the number of slots paid for",
	"%s ligger uden for den simulerede periode %s–%s":                                                              "%s is outside the simulated period %s–%s",
	"beløb skal være endelige tal":                                                                                 "amounts must be finite numbers",
	"extends i ring: %s; fjern en af disse extends":                                                                "extends cycle: %s; remove one of these extends",
	"kan ikke læse scenariet: %v":                                                                                  "cannot read scenario: %v",
	"forventede navnet på en anden scenariefil":                                                                    "expected the name of another scenario file",
	"en scenariefil skal være en mapping af nøgler som title:, start:, states:":                                    "a scenario file must be a mapping of keys such as title:, start:, states:",
	"nøglen %q er angivet to gange (første gang i linje %d); behold én":                                            "key %q is given twice (first on line %d); keep one",
	"YAML-aliasser (*navn) understøttes ikke i scenariefiler; skriv værdien ud, eller brug extends":                "YAML aliases (*name) are not supported in scenario files; write the value out or use extends",
	"mean, sd (og eventuelt min, max for at afskære)":                                                              "mean, sd (and optionally min, max to truncate)",
	"mean, sd eller alpha, beta":                                                                                   "mean, sd or alpha, beta",
	"%s; et usikkert tal er en mapping med dist: (%s) og dens parametre: %s":                                       "%s; an uncertain number is a mapping with dist: (%s) and its parameters: %s",
	"det usikre tal har ingen source: angiv, hvor dets spænd kommer fra (UNCONFIRMED, hvis det er et skøn)":        "the uncertain number has no source: say where its range comes from (UNCONFIRMED if it is a guess)",
	"low (%g) er over high (%g); low og high er værdierne i den enkeltvise følsomhedsanalyse":                      "low (%g) is above high (%g); low and high are the values of the one-way sensitivity analysis",
	"fixed, uniform, normal, lognormal, beta, gamma, triangular, pert; dirichlet for andele":                       "fixed, uniform, normal, lognormal, beta, gamma, triangular, pert; dirichlet for shares",
	"dist dirichlet kræver shares: {tilstand: andel, ...} og concentration: (større betyder mindre spredning)":     "dist dirichlet needs shares: {state: share, ...} and concentration: (larger means less spread)",
	"de usikre andele har ingen source: angiv, hvor deres spredning kommer fra (UNCONFIRMED, hvis den er et skøn)": "the uncertain shares have no source: say where their spread comes from (UNCONFIRMED if it is a guess)",
	"ukendt dist %q; brug en af %s":                                                                                "unknown dist %q; use one of %s",
	"dist %s kræver %s":                                                                                            "dist %s needs %s",
	"det usikre tal %q er også angivet i %s:%d; giv hvert sit eget name:":                                          "the uncertain number %q is also given at %s:%d; give each its own name:",
	"korrelationen har ingen source: angiv, hvorfor tallene følges ad":                                             "the correlation has no source: say why the numbers move together",
	"en korrelation nævner to usikre tal, fx params: [ips_effekt, ips_kortere]":                                    "a correlation names two uncertain numbers, e.g. params: [ips_effekt, ips_kortere]",
	"intet usikkert tal hedder %q; giv det med name: i dets {dist: ...}":                                           "no uncertain number is named %q; give it with name: in its {dist: ...}",
	"rank skal være en rangkorrelation mellem -1 og 1":                                                             "rank must be a rank correlation between -1 and 1",
	"et tal kan ikke korreleres med sig selv":                                                                      "a number cannot be correlated with itself",
	"med %s: %v": "with %s: %v",
	"ingen variant %q i %s; filen angiver ingen varianter under variants:":        "no variant %q in %s; the file declares no variants under variants:",
	"ingen variant %q i %s; dens varianter er %s":                                 "no variant %q in %s; its variants are %s",
	"varianten %q har ingen set: angiv de værdier, der er anderledes, under set:": "variant %q has no set: give the values that differ under set:",
	"varianten %q har ingen source: angiv, hvor dens tal kommer fra":              "variant %q has no source: say where its figures come from",
	"i varianten %q: %s":                  "in variant %q: %s",
	"frafald (bliver i %s)":               "drop-out (stays in %s)",
	"fra %s":                              "from %s",
	" til %s":                             " to %s",
	"Indsatsen":                           "The intervention",
	", gruppe %s":                         ", group %s",
	", kun nye forløb":                    ", new spells only",
	"; %s takker ja":                      "; %s accept",
	"; %d pladser":                        "; %d slots",
	"; højst %d uger":                     "; at most %d weeks",
	"Målgruppe og deltagelse":             "Target group and take-up",
	"forløbet forkortes %s uger":          "the spell is shortened by %s weeks",
	"afgangsraten ganges med %s":          "the exit rate is multiplied by %s",
	"afgang til %s":                       "exits to %s",
	"højst %d uger":                       "at most %d weeks",
	"ydelsessats × %s":                    "benefit rate × %s",
	"Virkning for deltagerne":             "Effect on participants",
	"%s af tilgangen til %s":              "%s of the entries into %s",
	" går i stedet til %s":                " go to %s instead",
	"Forebyggelse":                        "Prevention",
	"%s pr. deltageruge":                  "%s per participant week",
	"%s pr. pladsuge":                     "%s per slot week",
	"statens andel %s":                    "the state's share %s",
	"Lovændringer og datoer":              "Changes in law and dates",
	"Fra %s":                              "From %s",
	"Usikre antagelser":                   "Uncertain assumptions",
	"%s, middelværdi %s; lav/høj %s / %s": "%s, mean %s; low/high %s / %s",
	"andele med Dirichlet-fordeling (%s)": "shares with a Dirichlet distribution (%s)",
	"YAML-syntaks: %s; tjek indrykningen og parenteserne omkring denne linje": "YAML syntax: %s; check the indentation and brackets around this line",
	"YAML-syntaks: %v":           "YAML syntax: %v",
	"en mapping med nøglerne %s": "a mapping with keys %s",
	"; tilladte nøgler her: %s":  "; allowed keys here: %s",

	// scenario: a maximum over a look-back window (max_within)
	"max_within skal være en mapping, fx max_within: {weeks: 39, states: [%s]}":                                                                              "max_within must be a mapping, e.g. max_within: {weeks: 39, states: [%s]}",
	"max_within bruges kun med max_weeks: angiv max_weeks (fx 22), det antal uger inden for vinduet, der højst kan gå i tilstandene, eller fjern max_within": "max_within is only used with max_weeks: give max_weeks (e.g. 22), the most weeks within the window that may be spent in the states, or remove max_within",
	"max_within mangler weeks: vinduets længde i uger, den aktuelle uge medregnet (fx 39 for 9 måneder)":                                                     "max_within lacks weeks: the window's length in weeks, the current week included (e.g. 39 for 9 months)",
	"vinduet skal være 1–%d uger, ikke %d: hver person husker sine seneste %d uger":                                                                          "the window must be 1–%d weeks, not %d: each person remembers its last %d weeks",
	"vinduet på %d uger er kortere end max_weeks (%d), så maksimummet kan aldrig nås; gør vinduet mindst %d uger":                                            "the window of %d weeks is shorter than max_weeks (%d), so the maximum can never be reached; make the window at least %d weeks",
	"states skal være en liste af tilstande, hvis uger tæller med, fx states: [%s]":                                                                          "states must be a list of the states whose weeks count, e.g. states: [%s]",
	"states skal indeholde %q selv: ugerne i tilstanden tæller med i dens eget maksimum":                                                                     "states must include %q itself: the weeks in the state count towards its own maximum",
	"at_max kan ikke føre tilbage til %q, når max_within tæller ugerne inden for et vindue: tællingen er stadig nået i det nye forløbs første uge":           "at_max cannot lead back to %q when max_within counts the weeks within a window: the count is still reached in the new spell's first week",
	"højst %d forskellige sæt af tilstande kan tælles i vinduer i én model (hver person husker et sæt i 64 bit); brug de samme states som %s":                "at most %d different sets of states can be counted in windows in one model (each person remembers a set in 64 bits); use the same states as %s",
	" eller ": " or ",
	"%q tæller sit maksimum inden for de seneste %d uger (max_within), og deltagernes max_weeks tælles på samme måde; %d uger kan aldrig nås, så angiv højst %d": "%q counts its maximum within the last %d weeks (max_within), and the participants' max_weeks is counted the same way; %d weeks can never be reached, so give at most %d",
	"tilstanden selv": "the state itself",
	"maksimum: højst %s uger i %s inden for de seneste %s uger (denne uge medregnet), uanset forløb": "maximum: at most %s weeks in %s within the last %s weeks (this week included), whatever the spells",

	// cmd/ydelsesflow
	"priserne, som beløbene vises i: faste (scenariets price_base, fx 2027-priser) eller loebende": "the prices amounts are shown in: faste (the scenario's price_base, e.g. 2027 prices) or loebende (current prices)",
	"scenariets prices":                                                 "the scenario's prices",
	"ukendt --prices %q; brug faste eller loebende":                     "unknown --prices %q; use faste or loebende",
	"sammenlign indsatser med et basisscenarie i kommunens budgetskema": "compare interventions with a baseline, as the kommune's budget table",
	"[BASIS] INDSATS...":                                                "[BASELINE] INTERVENTION...",
	`Simulerer BASIS og hvert INDSATS-scenarie med fælles tilfældige tal — samme seed og
samme tilfældige tal pr. person, knyttet til personens identitet — så en deltagers forløb kun
er anderledes, hvor indsatsen virker, og udskriver for hver indsats tabellen "Økonomiske
konsekvenser (1.000 kr., 2027-priser, ekskl. moms)": en kolonne pr. budgetår og i alt, en linje pr.
udgift til indsatsen, ændringen i ydelser (brutto), i statens refusion og netto, og
kommunens nettoændring, og til orientering ændringen i ydelser, som Udbetaling Danmark og
a-kasser udbetaler; + er merudgift, − mindreudgift; hvert tal er gennemsnittet over
kørslerne med 90 %-intervallet nedenunder. Derunder: besparelsen pr. år med dens
Monte Carlo-fejl, P5/P50/P95 og sandsynligheden for en besparelse, nutidsværdien ved
scenariets diskonteringsrente, break-even-ugen og de helårspersoner, der flyttes mellem
ydelser.

Med ét scenarie er basisscenariet det samme scenarie uden dets indsatser. Et scenarie kan
skrives FIL#VARIANT for at vælge en af de varianter, filen angiver.

--runs auto tilføjer kørsler — 100, derefter dobbelt så mange — indtil Monte Carlo-fejlen på
hver samlet besparelse er under --precision kr., eller --max-runs er nået, og siger hvilket.
Tallene er de samme som med et fast --runs af samme antal.

Skriver i --out-mappen:
  sammenligning.txt   de udskrevne tabeller
  sammenligning.md    det samme i Markdown
  sammenligning.csv   hvert tal i kr. med gennemsnit, sd, MC-fejl, P5, P50, P95
  sammenligning.xlsx  Excel-projektmappen: budgetskemaet, helårspersoner med tilgang og
                      afgang med og uden indsatsen, hver kørsels totaler og forudsætningerne
  resultat.json       de tal, diagrammerne tegnes ud fra (se plot)
og med --plots diagrammerne budget, besparelse-akkumuleret, besparelse-fordeling og
personer-med-og-uden som PNG, SVG og PDF (se plot).

--trace N udskriver i stedet, for kørsel 1, uge for uge tilstanden, ugerne i tilstanden,
uret på refusionstrappen, refusionsprocenten og brutto og netto i kr. for de første N
personer, hvis forløb indsatserne ændrer (eller som starter i --trace-state), i
basisscenariet og med indsatserne, så regnestykket kan efterprøves i hånden; ubetalte uger i
samme tilstand deler en linje.`: `Simulates BASELINE and each INTERVENTION scenario on common random numbers — the same
seed and the same random numbers per person, keyed by the person's identity — so that a
participant's life differs only where the intervention acts, and prints for each
intervention the table "Økonomiske konsekvenser (1.000 kr., 2027-priser, ekskl. moms)": one column per
budget year and the total, a line per cost of the intervention, the change in ydelser
(gross), in state refusion and net, and the kommune's net change, and for information the
change in the ydelser Udbetaling Danmark and the a-kasser pay out; + is extra spending,
− a saving; each figure is the mean over the runs with the 90 % interval underneath. Below
it: the saving per year with its Monte Carlo error, P5/P50/P95 and the probability that
it saves money, the present value at the scenario's discount rate, the break-even week,
and the helårspersoner moved between ydelser.

With a single scenario, its baseline is the same scenario without its interventions. A
scenario may be FILE#VARIANT to choose one of the variants the file declares.

--runs auto adds runs — 100, then doubling — until the Monte Carlo error of every total
saving is below --precision kr., or --max-runs is reached, and says which. The figures equal
those of a fixed --runs of the same number.

Writes to the --out directory:
  sammenligning.txt   the printed tables
  sammenligning.md    the same in Markdown
  sammenligning.csv   every figure in kr. with mean, sd, MC error, P5, P50, P95
  sammenligning.xlsx  the Excel workbook: the budget form, helårspersoner with tilgang and
                      afgang with and without the intervention, every run's totals and the assumptions
  resultat.json       the figures the charts are drawn from (see plot)
and with --plots the charts budget, besparelse-akkumuleret, besparelse-fordeling and
personer-med-og-uden as PNG, SVG and PDF (see plot).

--trace N prints instead, for run 1, week by week the state, weeks in the state, staircase
clock, refusion %, gross and net kr. of the first N persons whose path the interventions
change (or who start in --trace-state), in the baseline and with the interventions, so that
the arithmetic can be checked by hand; unpaid weeks in one state share a line.`,
	"compare kræver mindst ét scenarie med indsatser":                                                                               "compare needs at least one scenario with interventions",
	"--runs auto: stoppede efter %d kørsler, da MC-fejlen på den samlede besparelse (%s kr.) var under målet %s kr.":                "--runs auto: stopped after %d runs, when the MC error of the total saving (%s kr.) was below the target %s kr.",
	"--runs auto: loftet på %d kørsler (--max-runs) nået; MC-fejlen på den samlede besparelse (%s kr.) er stadig over målet %s kr.": "--runs auto: the cap of %d runs (--max-runs) was reached; the MC error of the total saving (%s kr.) is still above the target %s kr.",
	"Økonomiske konsekvenser": "Financial consequences",
	"udskriv et scenarie efter extends med fil og linje for hver værdi": "print a scenario after extends, with the file and line of every value",
	"SCENARIE": "SCENARIO",
	`Udskriver SCENARIE med alle de filer, det bygger på (extends), flettet ind som ét
YAML-dokument; hver værdi har en kommentar med den fil og linje, den kommer fra. Daterede
ændringer står under changes: og gælder i motoren fra deres dato.`: `Prints SCENARIO with every file it extends merged in, as one YAML document; each value
carries a comment naming the file and line it came from. Dated changes are listed under
changes: and applied by the engine from their date.`,
	"explain kræver præcis ét scenarie":                                                     "explain needs exactly one scenario",
	"%s har ingen indsatser, så der er intet at sammenligne; tilføj interventions: til den": "%s has no interventions, so there is nothing to compare; add interventions: to it",
	"%s kan ikke sammenlignes med %s: %w":                                                   "%s cannot be compared with %s: %w",
	"%s starter %s og %s starter %s; brug samme start":                                      "%s starts %s and %s starts %s; use the same start",
	"%s uden indsatser":                     "%s without interventions",
	"%v (se ydelsesflow --help)":            "%v (see ydelsesflow --help)",
	"ingen kommando %q; kommandoerne er %s": "no command %q; the commands are %s",
	"%s fundet; intet er skrevet.":          "%s found; nothing was written.",
	"problem":                               "problem",
	"problemer":                             "problems",
	"budgetlæg kommunens udgifter til ydelser med en Monte Carlo-flowmodel og refusionstrappen": "budget the kommune's benefit spending with a Monte Carlo flow model and the refusionstrappe",
	`ydelsesflow følger simulerede borgere uge for uge mellem sygedagpenge, jobafklaring,
ressourceforløb, revalidering, kontanthjælp, ledighedsydelse, fleksjob, førtidspension,
uddannelse og selvforsørgelse, prissætter hver uge med statens refusion (%s efter
loven; et scenarie kan ændre trappen fra en dato) og opgør kommunens brutto- og
nettoudgifter pr. budgetår i 1.000 kr. med et 90 %%-interval.

Scenarierne er YAML-filer; "ydelsesflow scenarios" viser dem, der er bygget ind.`: `ydelsesflow follows simulated citizens week by week between sygedagpenge, jobafklaring,
ressourceforløb, revalidering, kontanthjælp, ledighedsydelse, fleksjob, førtidspension,
education and self-support, prices every week with the state's refusion (%s by the
law; a scenario may change the staircase from a date), and reports the kommune's gross
and net spending per budget year in 1.000 kr. with a 90 %% interval.

Scenarios are YAML files; "ydelsesflow scenarios" lists the ones built in.`,
	"vis kommandoerne eller hjælpen til én kommando": "show the commands, or the help of one command",
	"[KOMMANDO]": "[COMMAND]",
	"help tager højst én kommando, fik %d: %s": "help takes at most one command, got %d: %s",
	"%s og %s":            "%s and %s",
	"ukendt flag %s":      "unknown flag %s",
	"%s mangler en værdi": "%s needs a value",
	"%s er ikke en gyldig værdi for %s; brug true eller false": "%s is not a valid value for %s; use true or false",
	"%s er ikke en gyldig værdi for %s":                        "%s is not a valid value for %s",
	"%q er ikke et flag":                                       "%q is not a flag",
	"vis hjælpen":                                              "show help",
	"værdi":                                                    "value",
	" (standard: %s)":                                          " (default: %s)",
	"antal Monte Carlo-kørsler":                                "number of Monte Carlo runs",
	"scenariets runs":                                          "the scenario's runs",
	"scenariets seed":                                          "the scenario's seed",
	"mappe til filerne":                                        "directory for the output files",
	"udskriv intet på standard output; skriv kun filerne": "print nothing on standard output; only write the files",
	"den første tilstand":                                 "the first state",
	"basisscenariets runs":                                "the baseline's runs",
	"antal Monte Carlo-kørsler, eller auto: tilføj kørsler, indtil MC-fejlen på den samlede besparelse er under --precision": "number of Monte Carlo runs, or auto: add runs until the MC error of the total saving is below --precision",
	"basisscenariets seed":               "the baseline's seed",
	"personer, som indsatserne påvirker": "persons the interventions affect",
	"Monte Carlo-kørsler pr. simulering": "Monte Carlo runs per simulation",
	"mappe til rapport.html":             "directory for rapport.html",
	"udskriv intet på standard output":   "print nothing on standard output",
	"mappe til diagrammerne":             "directory for the charts",
	"med --runs auto: den ønskede Monte Carlo-fejl på den samlede besparelse, i `KR`": "with --runs auto: the target Monte Carlo error of the total saving, in `KR`",
	"med --runs auto: stop ved så mange kørsler, også hvis målet ikke er nået":        "with --runs auto: stop at this many runs even if the target is not reached",
	"hovedseed for de tilfældige tal":                                                 "master random seed",
	"parallelle arbejdere (ændrer ikke resultaterne)":                                 "parallel workers (does not change the results)",
	"én pr. CPU-kerne":                          "one per CPU core",
	"hvad der udskrives på standard output: %s": "what to print on standard output: %s",
	"udskriv forløbet uge for uge for `N` personer (kørsel 1) i stedet for tabellerne; skriver ingen filer": "print the week-by-week path of `N` persons (run 1) instead of the tables; writes no files",
	"ingen": "none",
	"følg personer, der starter i `TILSTAND`":                     "trace persons who start in `STATE`",
	"tegn også diagrammerne (PNG, SVG, PDF) i --out":              "also draw the charts (PNG, SVG, PDF) into --out",
	"diagrammernes sprog: da eller en":                            "language of the charts: da or en",
	"diagrammernes filformater, adskilt med komma: png, svg, pdf": "chart file formats, comma-separated: png, svg, pdf",
	"ukendt --format %q; brug en af %s":                           "unknown --format %q; use one of %s",
	"--trace kræver et antal personer, mindst 1, fik %d":          "--trace needs a number of persons, at least 1, got %d",
	"--lang: %w": "--lang: %w",
	"--plot-formats: ukendt format %q; brug %s":                        "--plot-formats: unknown format %q; use %s",
	"--precision skal være et beløb i kr. over 0, fik %v":              "--precision must be an amount in kr. above 0, got %v",
	"--max-runs skal være mindst %d, fik %d":                           "--max-runs must be at least %d, got %d",
	"--runs skal være et antal kørsler, mindst %d, eller auto; fik %q": "--runs must be a number of runs, at least %d, or auto; got %q",
	"--runs skal være et antal kørsler, mindst %d; fik %q":             "--runs must be a number of runs, at least %d; got %q",
	"--runs er højst %d, fik %d":                                       "--runs is at most %d, got %d",
	"--max-runs er højst %d, fik %d":                                   "--max-runs is at most %d, got %d",
	"--runs skal være mindst %d, fik %d":                               "--runs must be at least %d, got %d",
	"Filer skrevet til %s/: %s":                                        "Files written to %s/: %s",
	"kan ikke lave %s: %w":                                             "cannot render %s: %w",
	"kan ikke tegne %s.%s: %w":                                         "cannot draw %s.%s: %w",
	"kan ikke oprette mappen %s: %w":                                   "cannot create the directory %s: %w",
	"kan ikke skrive %s i %s: %w; intet er skrevet":                    "cannot write %s in %s: %w; nothing is written",
	"kan ikke skrive %s i %s: %w; intet er ændret":                     "cannot write %s in %s: %w; nothing is changed",
	"kan ikke skrive i %s: det er ikke en mappe":                       "cannot write in %s: it is not a directory",
	"kan ikke skrive i mappen %s: %w":                                  "cannot write in the directory %s: %w",
	"%s findes og er ikke en almindelig fil (men fx en mappe); flyt den væk, eller vælg en anden --out; intet er skrevet":  "%s exists and is not a regular file (a directory, say); move it away, or choose another --out; nothing is written",
	"%s er ikke ydelsesflows fortegnelse over filerne; flyt den, eller vælg en anden mappe":                                "%s is not ydelsesflow's list of the files; move it, or choose another directory",
	"%s er skrevet af en anden version af ydelsesflow (format %d, denne læser %d); kør kommandoen igen med en anden --out": "%s was written by another version of ydelsesflow (format %d, this one reads %d); run the command again with another --out",
	"--%s gælder diagrammerne, som kun tegnes med --plots; tilføj --plots, eller udelad --%s":                              "--%s is for the charts, which are drawn only with --plots; add --plots, or leave out --%s",
	"--%s gælder kun --runs auto; tilføj --runs auto, eller udelad --%s":                                                   "--%s is only for --runs auto; add --runs auto, or leave out --%s",
	"%q: intet variantnavn efter #; skriv %s#VARIANT med en af filens varianter, eller %s uden # for filen selv":           "%q: no variant name after #; write %s#VARIANT with one of the file's variants, or %s without # for the file itself",
	"afbrudt af et signal":                "interrupted by a signal",
	"afbrudt; ingen fil er skrevet halvt": "interrupted; no file is half written",
	"%s mangler, så %s er ikke et helt sæt filer fra én kommando (skrivningen blev afbrudt, eller en ældre version skrev dem); kør kommandoen igen med --out %s": "%s is missing, so %s is not a whole set of files from one command (the writing was interrupted, or an older version wrote them); run the command again with --out %s",
	"%s nævner ingen %s; run, compare, sensitivity og report skriver den med --out %s":                                                                           "%s lists no %s; run, compare, sensitivity and report write it with --out %s",
	"%s er ikke den, %s nævner (den er ændret siden); kør %s igen med --out %s":                                                                                  "%s is not the one %s lists (it has changed since); run %s again with --out %s",
	"ingen adgang":                           "permission denied",
	"findes ikke":                            "does not exist",
	"findes allerede":                        "already exists",
	"tegn diagrammerne for gemte resultater": "draw the charts of saved results",
	"RESULTATMAPPE":                          "RESULT_DIR",
	`Tegner hvert diagram, som resultaterne i RESULTATMAPPE/%s har tal til — skrevet dér
af run, compare, sensitivity eller report — uden at simulere igen:
  personer              personer pr. ydelse uge for uge (run)
  refusion              brutto, statens refusion og netto pr. år og personerne på hvert trin
                        af refusionstrappen (run)
  budget                besparelsen pr. budgetår: sparede ydelser, udgiften til indsatsen,
                        netto med 90 %%-interval (compare)
  besparelse-akkumuleret  den akkumulerede besparelse som viftediagram med break-even-ugen
                        (compare)
  besparelse-fordeling  fordelingen af besparelsen over budgetperioden med P(besparelse > 0)
                        (compare)
  personer-med-og-uden  personer i de ydelser, indsatsen ændrer mest, med og uden indsatsen
                        (compare)
  tornado               envejs-følsomhedsanalysen (sensitivity)
hver som PNG, SVG og PDF, i --out (standard: RESULTATMAPPE). Med flere indsatser ender
navnene på den andens og de følgendes diagrammer på -2, -3, ….`: `Draws every chart that the results in RESULT_DIR/%s hold data for — written there by run,
compare, sensitivity or report — without simulating again:
  personer              persons per ydelse week by week (run)
  refusion              gross, state refusion and net per year, and the persons on each step
                        of the refusionstrappe (run)
  budget                the saving per budget year: ydelser saved, cost of the intervention,
                        net with its 90 %% interval (compare)
  besparelse-akkumuleret  the cumulative saving as a fan chart with the break-even week
                        (compare)
  besparelse-fordeling  the distribution of the saving over the budget period with P(saving > 0)
                        (compare)
  personer-med-og-uden  persons in the ydelser the intervention changes most, with and without
                        it (compare)
  tornado               the one-way sensitivity analysis (sensitivity)
each as PNG, SVG and PDF, into --out (default: RESULT_DIR). With several interventions, the
charts of the second and later end in -2, -3, ….`,
	"plot kræver én RESULTATMAPPE: --out-mappen fra run, compare, sensitivity eller report": "plot needs one RESULT_DIR: the --out directory of a run, compare, sensitivity or report",
	"Diagrammer skrevet til %s/: %s":                                               "Charts written to %s/: %s",
	"%s findes ikke; run, compare, sensitivity og report skriver den med --out %s": "%s does not exist; run, compare, sensitivity and report write it with --out %s",
	"kan ikke læse %s: %w":                                                         "cannot read %s: %w",
	"%s: %w":                                                                       "%s: %w",
	"Simulerer":                                                                    "Simulating",
	"skriv en dansk rapport til politikerne som én selvstændig HTML-fil": "write a Danish report for politicians as one self-contained HTML file",
	"[[BASIS] SCENARIE...]": "[[BASELINE] SCENARIO...]",
	`Simulerer som compare — hvert SCENARIE med indsatser mod BASIS eller mod sig selv uden
indsatser — og skriver rapport.html: én HTML-fil med alt indlejret (diagrammer som SVG,
ingen scripts, intet netværk), på dansk, til et beskæftigelsesudvalg:
  en overskrift på én sætning ("… forventes at spare kommunen 2,1 mio. kr. netto over
  2027–2030; 90 % sandsynlighed for besparelse"), nøgletallene, budgetskemaet
  "Økonomiske konsekvenser (1.000 kr., 2027-priser, ekskl. moms)", diagrammerne, de helårspersoner, der
  flyttes, hvilke antagelser der betyder mest (en følsomhedsanalyse af det første SCENARIE,
  når dets antagelser er usikre tal), de vigtigste antagelser med kilder og fil:linje og et
  kort metodeafsnit (refusionstrappen, Monte Carlo, fælles tilfældige tal).

Et enkelt SCENARIE uden indsatser (eller intet: det indbyggede default.yaml) giver i stedet
en budgetfremskrivning: kommunens udgifter pr. ydelse og år, personer pr. ydelse og
refusionsbilledet.

Skriver også resultat.json (se plot) og med --pdf rapport.pdf, udskrevet af en headless
Chromium (Debians pakke chromium). Intet skrives, hvis noget går galt.`: `Simulates as compare does — each SCENARIO with interventions against BASELINE, or against
itself without interventions — and writes rapport.html: one HTML file with everything inlined
(charts as SVG, no scripts, no network), in Danish, for a Beskæftigelsesudvalg:
  a one-sentence headline ("… forventes at spare kommunen 2,1 mio. kr. netto over
  2027–2030; 90 % sandsynlighed for besparelse"), the key figures, the budget form
  "Økonomiske konsekvenser (1.000 kr., 2027-priser, ekskl. moms)", the charts, the helårspersoner moved,
  which assumptions matter most (a sensitivity analysis of the first SCENARIO when its
  assumptions are uncertain numbers), the key assumptions with their sources and file:line,
  and a short method section (refusionstrappe, Monte Carlo, common random numbers).

A single SCENARIO without interventions (or none: the embedded default.yaml) gives a budget
projection report instead: the kommune's spending per ydelse and year, persons per ydelse
and the refusion picture.

Also writes resultat.json (see plot), and with --pdf rapport.pdf, printed by a headless
Chromium (Debian's chromium package). Nothing is written if anything fails.`,
	"Monte Carlo-kørsler pr. simulering i følsomhedsanalysen (0: ingen)": "Monte Carlo runs per simulation of the sensitivity analysis (0: none)",
	"udskriv også rapporten til rapport.pdf med en headless Chromium":    "also print the report to rapport.pdf with a headless Chromium",
	"--sensitivity-runs skal være 0 (ingen) eller mindst 2, fik %d":      "--sensitivity-runs must be 0 (none) or at least 2, got %d",
	"--pdf: %w": "--pdf: %w",
	"Rapporten er en fremskrivning uden indsatser; en følsomhedsanalyse af en indsats laves med en scenariefil, der har indsatser.":                                                                                                                                                                         "The report is a projection without interventions; a sensitivity analysis of an intervention needs a scenario file with interventions.",
	"Scenariet angiver ingen af sine antagelser som usikre tal (fordelinger), så der er ikke lavet en følsomhedsanalyse. Intervallerne ovenfor viser alene den tilfældige variation mellem borgernes forløb, ikke usikkerheden om antagelserne. Se forudsætningerne nedenfor, især dem mærket UNCONFIRMED.": "The scenario gives none of its assumptions as uncertain numbers (distributions), so no sensitivity analysis was made. The intervals above show only the random variation between the citizens' paths, not the uncertainty about the assumptions. See the assumptions below, especially those marked UNCONFIRMED.",
	"Følsomhedsanalysen er fravalgt (--sensitivity-runs 0).": "The sensitivity analysis was left out (--sensitivity-runs 0).",
	"kan ikke oprette en midlertidig mappe til PDF'en: %w":   "cannot create a temporary directory for the PDF: %w",
	"kan ikke skrive %s: %w":                                 "cannot write %s: %w",
	"kan ikke udskrive rapporten til PDF: %w":                "cannot print the report to PDF: %w",
	"(ukendt version)":                                       "(unknown version)",
	"+ændret":                                                "+modified",
	"simulér et scenarie og udskriv dets budgettabel pr. år": "simulate a scenario and print its yearly budget table",
	"[SCENARIE]": "[SCENARIO]",
	`Simulerer SCENARIE (en YAML-fil eller navnet på et indbygget scenarie; standard: det
indbyggede default.yaml) og udskriver pr. budgetår helårspersoner, bruttoudgift, statens
refusion og kommunens nettoudgift pr. ydelse i 1.000 kr., som gennemsnittet over
Monte Carlo-kørslerne med 90 %-intervallet (P5–P95) nedenunder. For en ydelse, som
Udbetaling Danmark eller en a-kasse udbetaler (paid_by), er kommunens bruttoudgift dens
medfinansiering, uden refusion; udbetalingen står kun til orientering i en tabel for sig.

Skriver desuden i --out-mappen:
  tabel.txt        den udskrevne tabel
  tabel.md         samme tabel i Markdown
  sammendrag.csv   hvert tal pr. år, tilstand og mål (kr., med fuld præcision)
  koersler.csv     totalerne for hver kørsel, hvert år og hver tilstand (kr.)
  sammendrag.json  tallene med scenariets metadata
  budget.xlsx      Excel-projektmappen: budgettet, helårspersoner med tilgang og afgang,
                   hver kørsels totaler og forudsætningerne
  resultat.json    de tal, diagrammerne tegnes ud fra (se plot)
og med --plots diagrammerne personer og refusion som PNG, SVG og PDF (se plot).
Filerne skrives kun, når hele kørslen er lykkedes, og hver fil skrives atomisk.

--trace N udskriver i stedet, for kørsel 1, uge for uge tilstanden, ugerne i tilstanden,
uret på refusionstrappen, refusionsprocenten og brutto og netto i kr. for N personer, der
starter i --trace-state, så regnestykket kan efterprøves i hånden.

--exact regner i stedet de forventede værdier uden tilfældige tal: helårspersoner, tilgang,
afgang og bruttoudgift eksakt; statens andel og kommunens nettoudgift eksakt, hvor
refusionstrappen kun kan nulstilles gennem ét sammenhængende selvforsørgende forløb, ellers
tilnærmet og kontrolleret mod en Monte Carlo-kørsel. Skriver tabel.txt og eksakt.csv. Et
scenarie med indsatser, usikre tal eller en maksimal varighed over et tilbageblik regnes ikke
eksakt; det siges hvorfor.

Samme scenarie, seed og antal kørsler giver de samme tal på enhver maskine og med
ethvert antal --workers.`: `Simulates SCENARIO (a YAML file, or the name of an embedded scenario; default: the
embedded default.yaml) and prints, per budget year, helårspersoner, gross spending,
state refusion and the kommune's net spending per ydelse, in 1.000 kr., as the mean over
the Monte Carlo runs with the 90 % interval (P5–P95) underneath. For a ydelse that
Udbetaling Danmark or an a-kasse pays out (paid_by), the kommune's gross spending is its
co-financing, without refusion; the payment is shown only for information, in a table of its own.

It also writes to the --out directory:
  tabel.txt        the printed table
  tabel.md         the same table in Markdown
  sammendrag.csv   every figure per year, state and measure (kr., full precision)
  koersler.csv     the totals of every run, year and state (kr.)
  sammendrag.json  the figures with the scenario's metadata
  budget.xlsx      the Excel workbook: the budget, helårspersoner with tilgang and afgang,
                   every run's totals and the assumptions
  resultat.json    the figures the charts are drawn from (see plot)
and with --plots the charts personer and refusion as PNG, SVG and PDF (see plot).
Files are written only when the whole run succeeded, each one atomically.

--trace N prints instead, for run 1, week by week the state, weeks in the state, staircase
clock, refusion %, gross and net kr. of N persons who start in --trace-state, so that the
arithmetic can be checked by hand.

--exact computes the expected values without random numbers instead: full-time persons, new
cases, exits and gross spending exactly; the state's part and the kommune's net exactly where
the refusion staircase can only restart through one unbroken self-supporting spell, else
approximately and checked against a Monte Carlo run. Writes tabel.txt and eksakt.csv. A
scenario with interventions, uncertain numbers or a maximum over a look-back is not computed
exactly; it says why.

The same scenario, seed and number of runs give the same figures on any machine and
with any number of --workers.`,
	"run tager højst ét scenarie, fik %d: %s":          "run takes at most one scenario, got %d: %s",
	"vis de scenarier, der er bygget ind i programmet": "list the scenarios built into the program",
	`Viser de indbyggede scenarier med deres titler. Kør et med "ydelsesflow run NAVN", eller
udskriv det med "ydelsesflow explain NAVN" for at bruge det som udgangspunkt for dit eget.`: `Lists the embedded scenarios with their titles. Run one with "ydelsesflow run NAME",
or print it with "ydelsesflow explain NAME" to use it as a starting point for your own.`,
	"(kan ikke indlæses; kør ydelsesflow validate %s)":    "(does not load; run ydelsesflow validate %s)",
	"udskriv JSON Schema for scenariefiler, til editorer": "print the JSON Schema of scenario files, for editors",
	`Udskriver JSON Schema (draft-07) for scenariefiler. Gem det ved siden af dit scenarie, og
begynd scenariet med linjen
  # yaml-language-server: $schema=./scenario.schema.json
så fuldfører og kontrollerer VS Code (med YAML-udvidelsen) nøglerne, mens du skriver.`: `Prints the JSON Schema (draft-07) of scenario files. Save it next to your scenario and
start the scenario with the line
  # yaml-language-server: $schema=./scenario.schema.json
and VS Code (with the YAML extension) completes and checks keys while you type.`,
	"hvilken usikker antagelse betyder mest: tornado og rangkorrelationer": "which uncertain assumption matters: tornado and rank correlations",
	"[BASIS] INDSATS": "[BASELINE] INTERVENTION",
	`Analyserer de usikre tal ({dist: ...}) i scenariet INDSATS og dets basisscenarie (som i
compare: det samme scenarie uden indsatser, eller BASIS):

  envejs (tornado): hvert usikkert tal ved sin lave og sin høje værdi — P10 og P90 af dets
  fordeling, eller low: og high: i filen — med de øvrige ved deres middelværdi; den
  forventede besparelse over horisonten for hver, ordnet efter spændet;

  probabilistisk: hvert usikkert tal trukket i hver kørsel; besparelsen med dens
  90 %-interval, sandsynligheden for en besparelse, det forventede tab ved et forkert valg og
  Spearmans rangkorrelation mellem hvert tals træk og besparelsen.

Alle simuleringer bruger samme seed (fælles tilfældige tal), så spændene kommer fra
antagelserne og ikke fra støj. Skriver sensitivitet.txt, sensitivitet.csv og resultat.json
(diagrammets tal) i --out og med --plots tornadodiagrammet som PNG, SVG og PDF.`: `Analyses the uncertain numbers ({dist: ...}) of INTERVENTION and its baseline (as in
compare: the same scenario without interventions, or BASELINE):

  one-way (tornado): each uncertain number at its low and high value — P10 and P90 of its
  distribution, or low: and high: in the file — with the others at their means; the
  expected saving over the horizon for each, ordered by the spread;

  probabilistic: every uncertain number drawn in every run; the saving with its 90 %
  interval, the probability of saving, the expected loss of choosing wrongly, and
  Spearman's rank correlation between each number's draws and the saving.

Every simulation uses the same seed (common random numbers), so the spreads come from the
assumptions and not from noise. Writes sensitivitet.txt, sensitivitet.csv and resultat.json
(the figures of the chart) to --out, and with --plots the tornado chart as PNG, SVG and PDF.`,
	"sensitivity tager ét scenarie med indsatser, eventuelt efter dets basisscenarie": "sensitivity takes one intervention scenario, optionally after its baseline",
	"%s — personer indsatsen ændrer forløbet for":                                     "%s — persons whose path the intervention changes",
	"Basis: %s":                       "Baseline: %s",
	"Indsats: %s":                     "Intervention: %s",
	"%s — personer, der starter i %s": "%s — persons who start in %s",
	"--trace-state: ingen tilstand %q; tilstandene er %s":                 "--trace-state: no state %q; the states are %s",
	"kontrollér scenariefiler og vis hvert problem med fil:linje:kolonne": "check scenario files and report every problem with file:line:col",
	"FIL...": "FILE...",
	`Læser hver FIL med alt, hvad den bygger på (extends), og viser hvert problem, der findes —
ukendte eller forkert stavede nøgler, forkerte typer, destinationsandele, der ikke summer til
1, ukendte tilstande, negative satser, en start, der ikke er en mandag, ring af extends — med
fil, linje, kolonne og nøglesti. Afslutter med status 1, hvis en fil har et problem.`: `Reads each FILE with everything it extends, and reports every problem found —
unknown or misspelt keys, wrong types, destination shares that do not sum to 1, unknown
states, negative rates, a start that is not a Monday, extends cycles — with file, line,
column and key path. Exits with status 1 if any file has a problem.`,
	"validate kræver mindst én scenariefil": "validate needs at least one scenario file",
	"%s: ok (%s, %s, %s i %s, %s)":          "%s: ok (%s, %s, %s in %s, %s)",
	"tilstand":                              "state",
	"tilstande":                             "states",
	"gruppe":                                "group",
	"grupper":                               "groups",
	"uge":                                   "week",
	"uger":                                  "weeks",
	"budgetår":                              "budget years",
	"dateret ændring":                       "dated change",
	"daterede ændringer":                    "dated changes",
	"%d af %s har problemer.":               "%d of %s have problems.",
	"fil":                                   "file",
	"filer":                                 "files",

	// distribution
	"en copula kræver mindst ét usikkert tal":                                                                            "a copula needs at least one uncertain number",
	"rangkorrelationsmatricen skal være kvadratisk: række %d har %d tal for %d usikre tal":                               "the rank correlation matrix must be square: row %d has %d entries for %d uncertain numbers",
	"et usikkert tals korrelation med sig selv skal være 1, fik %g for nr. %d":                                           "an uncertain number's correlation with itself must be 1, got %g for number %d",
	"korrelationen mellem nr. %d og nr. %d er angivet som %g og %g; den skal være den samme begge veje":                  "the correlation of numbers %d and %d is given as %g and %g; it must be the same both ways",
	"en rangkorrelation skal ligge mellem -1 og 1, fik %g":                                                               "a rank correlation must be between -1 and 1, got %g",
	"rangkorrelationerne kan ikke gælde på samme tid (korrelationsmatricen er ikke positivt definit); svæk nogle af dem": "the rank correlations cannot hold together (the correlation matrix is not positive definite); weaken some of them",
	"uniform kræver min < max, fik min %g og max %g":                                                                     "uniform needs min < max, got min %g and max %g",
	"normal kræver en standardafvigelse (sd) over 0, fik %g":                                                             "normal needs a standard deviation (sd) above 0, got %g",
	"afskæringen kræver en nedre grænse under den øvre (min < max), fik %g og %g":                                        "truncation needs a lower bound below the upper one (min < max), got %g and %g",
	"intervallet [%g; %g] ligger for langt ude i halerne af normal(%g; %g)":                                              "the interval [%g; %g] lies too far out in the tails of normal(%g; %g)",
	"normal(%g; %g) afskåret til [%g; %g]":                                                                               "normal(%g; %g) truncated to [%g; %g]",
	"lognormal kræver en middelværdi (mean) og en standardafvigelse (sd) over 0, fik %g og %g":                           "lognormal needs a mean and a standard deviation (sd) above 0, got %g and %g",
	"beta kræver alpha og beta over 0, fik %g og %g":                                                                     "beta needs alpha and beta above 0, got %g and %g",
	"beta er til andele: middelværdien skal ligge mellem 0 og 1, fik %g":                                                 "beta is for shares: the mean must be between 0 and 1, got %g",
	"beta med middelværdien %g kræver en standardafvigelse over 0 og under %.4g, fik %g":                                 "beta with mean %g needs a standard deviation above 0 and below %.4g, got %g",
	"gamma kræver en middelværdi (mean) og en standardafvigelse (sd) over 0, fik %g og %g":                               "gamma needs a mean and a standard deviation (sd) above 0, got %g and %g",
	"%s kræver min ≤ mode ≤ max og min < max, fik %g, %g, %g":                                                            "%s needs min ≤ mode ≤ max with min < max, got %g, %g, %g",
	"en Dirichlet-fordeling kræver mindst to andele":                                                                     "a Dirichlet distribution needs at least two shares",
	"concentration skal være over 0, fik %g":                                                                             "the concentration must be above 0, got %g",
	"andel nr. %d er %g; hver andel skal være over 0 (udelad en destination i stedet for at give den 0)":                 "share %d is %g; every share must be above 0 (leave a destination out instead of giving it 0)",
	"andelene summer til %g, ikke 1":                                                                                     "the shares sum to %g, not 1",

	// sim
	"sim: indsatsen %s har %d pladser; højst %d":                                                                                   "sim: the intervention %s has %d slots; at most %d",
	"sim: antallet af kørsler skal være mellem 1 og %d, fik %d":                                                                    "sim: the number of runs must be between 1 and %d, got %d",
	"sim: %d tilstande, %d grupper og %d uger; højst %d, %d og %d":                                                                 "sim: %d states, %d groups and %d weeks; at most %d, %d and %d",
	"sim: mere end %d personer i startbestanden":                                                                                   "sim: more than %d persons in the initial stock",
	"sim: en startbestand har %d uger i tilstanden og %d forudgående uger; højst %d":                                               "sim: an initial stock has %d weeks in the state and %d prior weeks; at most %d",
	"sim: epoke %d: en tilgang på %v om året med %d forudgående uger; højst %d og %d":                                              "sim: epoch %d: an inflow of %v a year with %d prior weeks; at most %d and %d",
	"sim: epoke %d: en samlet tilgang på %v om året; højst %d":                                                                     "sim: epoch %d: a total inflow of %v a year; at most %d",
	"sim: epoke %d: en maksimal varighed på %d uger eller %d afgangsrater; højst %d":                                               "sim: epoch %d: a maximum duration of %d weeks or %d exit hazards; at most %d",
	"sim: indsatsen %s har en varighed på %d uger; højst %d":                                                                       "sim: the intervention %s has a duration of %d weeks; at most %d",
	"scenarierne er i forskellige priser (prisniveau %d og %d; 0 er løbende priser); brug samme prices, price_base eller --prices": "the scenarios are in different prices (price level %d and %d; 0 is current prices); use the same prices, price_base or --prices",
	"sim: WeekDays har %d elementer for %d uger, YearDays %d for %d år":                                                            "sim: WeekDays has %d elements for %d weeks, YearDays %d for %d years",
	"sim: uge %d har en ugyldig del %+v":                                                                                           "sim: week %d has an invalid part %+v",
	"sim: uge %d tæller %d dage i %d dele":                                                                                         "sim: week %d counts %d days in %d parts",
	"scenarierne har %d og %d tilstande; sammenlign scenarier, der angiver de samme tilstande":                                     "the scenarios have %d and %d states; compare scenarios that declare the same states",
	"tilstand nr. %d er %q i basisscenariet og %q i alternativet; angiv de samme tilstande i samme rækkefølge":                     "state %d is %q in the baseline and %q in the alternative; declare the same states in the same order",
	"grupperne er forskellige (%v og %v); sammenlign scenarier med de samme grupper":                                               "the groups differ (%v and %v); compare scenarios with the same groups",
	"horisonterne er forskellige (%d og %d uger); brug samme start og horisont":                                                    "the horizons differ (%d and %d weeks); use the same start and horizon",
	"budgetårene er forskellige (%v og %v); brug samme start og horisont":                                                          "the budget years differ (%v and %v); use the same start and horizon",
	"sim: en sammenligning kræver de samme kørsler og samme seed (%d/%d kørsler, seed %d/%d)":                                      "sim: a comparison needs the same runs and the same seed (%d/%d runs, seed %d/%d)",
	"sim: den første kørsel skal være 0 eller mere, fik %d":                                                                        "sim: the first run must be 0 or more, got %d",
	"kørsel %d: %w": "run %d: %w",
	"sim: en kørsels model har andre indsatser eller udgiftslinjer end scenariet": "sim: a run's model has other interventions or cost lines than the scenario",
	"sim: kan kun tilføje kørsel %d… af samme model og seed, fik kørsel %d…":      "sim: can only append runs %d… of the same model and seed, got runs %d…",
	"ugerne %d–%d står i forkert rækkefølge":                                      "weeks %d–%d out of order",
	"måltilstand %d findes ikke":                                                  "target state %d does not exist",
	"grupper eller effekter har forkert længde":                                   "groups or effects have the wrong length",
	"take_up %v, capacity %d eller max_weeks %d ligger uden for det tilladte":     "take_up %v, capacity %d or max_weeks %d out of range",
	"ugyldig hazard_ratio %v":                                                     "invalid hazard_ratio %v",
	"divert for tilstand %d er ugyldig":                                           "the divert of state %d is malformed",
	"destination %d findes ikke":                                                  "destination %d does not exist",
	"destinationernes andele summer til %v, ikke 1":                               "the destination shares sum to %v, not 1",
	"en afkortning på %.1f uger ville give et forventet forløb på %.1f uger; forløbet er %.1f uger og kan ikke blive kortere end 1 uge": "a cut of %.1f weeks would leave an expected stay of %.1f weeks; the stay is %.1f weeks and cannot be shorter than 1 week",
	"en afkortning på %.1f uger kan ikke nås ved at øge afgangsraten":                                                                   "a cut of %.1f weeks cannot be reached by raising the exit hazard",
	"en forlængelse på %.1f uger er længere end forløbet uden nogen afgang (%.1f uger)":                                                 "a lengthening of %.1f weeks is longer than the stay without any exits (%.1f weeks)",
	"sim: tom model (%d tilstande, %d grupper, %d uger)":                                                                                "sim: empty model (%d states, %d groups, %d weeks)",
	"sim: den første epoke skal begynde i uge 0":                                                                                        "sim: the first epoch must start in week 0",
	"sim: epokerne står i forkert rækkefølge":                                                                                           "sim: epochs out of order",
	"sim: epoke %d har et forkert antal tilstande":                                                                                      "sim: epoch %d has a wrong number of states",
	"sim: epoke %d, tilstand %s, gruppe %s: %d satser for %d år":                                                                        "sim: epoch %d, state %s, group %s: %d rates for %d years",
	"sim: epoke %d, tilstand %s, gruppe %s: %w":                                                                                         "sim: epoch %d, state %s, group %s: %w",
	"sim: %d indsatser; højst %d kan kombineres":                                                                                        "sim: %d interventions; at most %d can be combined",
	"sim: indsatsen %s: %w": "sim: intervention %s: %w",
	"tabellerne over afgangsrater og destinationer har forskellig længde":        "the tables of hazards and destinations differ in length",
	"afgangsraten %v i uge %d ligger uden for [0,1]":                             "hazard %v in week %d outside [0,1]",
	"ingen destinationer i uge %d":                                               "no destinations in week %d",
	"en maksimal varighed (max_weeks) kræver destinationer ved udløbet (at_max)": "a maximum duration (max_weeks) needs destinations at its end (at_max)",
	"Uge %d–%d (%s)": "Weeks %d–%d (%s)",
	"Uge %d+ (%s)":   "Week %d+ (%s)",
	// calibration (scenario/calibration.go, sim/flows.go)
	"scenariet har ingen værdi ved %s; en nøglesti skal pege på et tal, der står i scenariet (eller det, det bygger på)": "the scenario has no value at %s; a key path must point to a number that stands in the scenario (or in what it extends)",
	"%s er et usikkert tal (dist:); kun et fast tal kan tilpasses":                                                       "%s is an uncertain number (dist:); only a fixed number can be fitted",
	"%s er ikke et tal, men %s": "%s is not a number but %s",
	"%s står i et usikkert sæt af andele (dist:); kun faste tal kan tilpasses":                                   "%s stands in an uncertain set of shares (dist:); only fixed numbers can be fitted",
	"%s ændres af den daterede ændring %q; et tal, som en ændring sætter, kan (endnu) ikke tilpasses":            "%s is changed by the dated change %q; a number that a change sets cannot be fitted (yet)",
	"%s er en andel; grænserne skal ligge mellem 0 og 1":                                                         "%s is a share; its bounds must lie between 0 and 1",
	"%s og %s står i samme række af andele; tilpas højst én andel pr. række (de andre skaleres med)":             "%s and %s stand in the same row of shares; fit at most one share per row (the others are rescaled with it)",
	"%s er rækkens eneste andel (1); der er ingen andre andele at skalere":                                       "%s is the row's only share (1); there are no other shares to rescale",
	"scenariets værdi af %s, %v, ligger uden for grænserne [%v, %v]; tilpasningen begynder ved scenariets værdi": "the scenario's value of %s, %v, lies outside the bounds [%v, %v]; the fit starts at the scenario's value",
	"en mapping; angiv stien til et af dens tal":                                                                 "a mapping; give the path to one of its numbers",
	"en liste; angiv et element med [n] og dets nøgle":                                                           "a list; give an item with [n] and its key",
	"scenario: %d værdier til %d tal":                                                                            "scenario: %d values for %d numbers",
	"scenario: %d værdier og %d noter til %d tal":                                                                "scenario: %d values and %d notes for %d numbers",
	"Før tilpasningen: %s": "Before the fit: %s",
	"sim: kan kun tilføje kørsler med strømme til kørsler med strømme":                                            "sim: runs with flows can only be added to runs with flows",
	"modellen kan ikke beregnes eksakt":                                                                           "the model cannot be computed exactly",
	"%q er ikke en nøglesti til et tal under %s; skriv fx transitions.sygedagpenge.mean_weeks":                    "%q is not a key path to a number under %s; write e.g. transitions.sygedagpenge.mean_weeks",
	"angiv grænserne for %s som {min: …, max: …}":                                                                 "give the bounds of %s as {min: …, max: …}",
	"grænserne for %s er tomme eller omvendte (min %v, max %v); min skal være mindre end max":                     "the bounds of %s are empty or reversed (min %v, max %v); min must be less than max",
	"scenariet angiver ingen tal at tilpasse; angiv dem under calibration.fit":                                    "the scenario names no numbers to fit; name them under calibration.fit",
	"tilpasningen mislykkedes: %v":                                                                                "the fit failed: %v",
	"tilpasningen: følsomheden kunne ikke dekomponeres":                                                           "the fit: the sensitivity could not be decomposed",
	"målfilen er tom; første linje skal være %s":                                                                  "the targets file is empty; its first line must be %s",
	"kan ikke læses som CSV: %v":                                                                                  "cannot be read as CSV: %v",
	"kolonnen %s mangler; første linje skal være %s (og evt. tolerance)":                                          "the column %s is missing; the first line must be %s (and optionally tolerance)",
	"ukendt kolonne %q; kolonnerne er %s og evt. tolerance":                                                       "unknown column %q; the columns are %s and optionally tolerance",
	"ukendt tilstand i %q; tilstandene er %s (flere forbindes med +)":                                             "unknown state in %q; the states are %s (join several with +)",
	"ukendt mål %q; målene er %s, afgang_andel:TILSTAND og andel:TILSTANDE":                                       "unknown measure %q; the measures are %s, afgang_andel:STATE and andel:STATES",
	"%s kræver tilstande efter kolon, fx %s:selvforsoergelse":                                                     "%s needs states after a colon, e.g. %s:selvforsoergelse",
	"ukendt tilstand i %q; tilstandene er %s":                                                                     "unknown state in %q; the states are %s",
	"%s tager ingen tilstand efter kolon":                                                                         "%s takes no state after a colon",
	"varighed_uger kan kun måles for én tilstand, ikke %s: modellen følger kun varigheden i den enkelte tilstand": "varighed_uger can only be measured for one state, not %s: the model follows the duration in each state only",
	"%s måles for et budgetår, fx %d, ikke en dato":                                                               "%s is measured for a budget year, e.g. %d, not a date",
	"datoen %s ligger uden for scenariets periode (%s til %s)":                                                    "the date %s lies outside the scenario's period (%s to %s)",
	"budgetåret %d ligger uden for scenariets budgetår %d–%d":                                                     "the budget year %d lies outside the scenario's budget years %d–%d",
	"%q er hverken et budgetår (fx 2018) eller en dato (fx 2018-09-30)":                                           "%q is neither a budget year (e.g. 2018) nor a date (e.g. 2018-09-30)",
	"%q er ikke et tal": "%q is not a number",
	"værdien skal være over 0: afvigelsen måles i forhold til den":                                                                          "the value must be above 0: the deviation is measured relative to it",
	"en andel skrives som et tal mellem 0 og 1, fx 0.21, ikke %v":                                                                           "a share is written as a number between 0 and 1, e.g. 0.21, not %v",
	"tolerancen er relativ: et tal over 0 og under 1, fx 0.05, ikke %q":                                                                     "the tolerance is relative: a number above 0 and below 1, e.g. 0.05, not %q",
	"målfilen har ingen mål; skriv ét mål pr. linje under overskriften":                                                                     "the targets file has no targets; write one target per line below the header",
	"et anførselstegn (\") i et felt står forkert eller mangler sin afslutning":                                                             "a quote (\") in a field is misplaced or not closed",
	"et anførselstegn (\") står i et felt uden anførselstegn om":                                                                            "a quote (\") stands in a field that is not quoted",
	"%d af %d mål inden for tolerancen. Afvigelse = (model − observeret) / observeret.":                                                     "%d of %d targets within the tolerance. Deviation = (model − observed) / observed.",
	"%s %s %s (linje %d) nås ikke: modellen giver %s mod observeret %s (%s).":                                                               "%s %s %s (line %d) is not met: the model gives %s against observed %s (%s).",
	"%s (%s): intet mål afhænger af tallet; det blev ikke ændret. Fjern det fra calibration.fit, eller tilføj et mål, der afhænger af det.": "%s (%s): no target depends on the number; it was not changed. Remove it from calibration.fit, or add a target that depends on it.",
	"%s angiver ingen målfil; angiv calibration.targets i scenariet eller --targets FIL":                                                    "%s names no targets file; give calibration.targets in the scenario or --targets FILE",
	"%s angiver ingen tal at tilpasse; angiv dem under calibration.fit, fx transitions.sygedagpenge.mean_weeks: {min: 10, max: 60}":         "%s names no numbers to fit; name them under calibration.fit, e.g. transitions.sygedagpenge.mean_weeks: {min: 10, max: 60}",
	"%s endte ved sin grænse (%s, grænser %s–%s): målene trækker det videre. Er grænsen rigtig, eller mangler modellen noget?":              "%s ended at its bound (%s, bounds %s–%s): the targets pull it further. Is the bound right, or does the model lack something?",
	"%s tilpasset af ydelsesflow calibrate fra %s til %s (grænser %s–%s) mod målene i %s; %d af %d mål inden for tolerancen.":               "%s fitted by ydelsesflow calibrate from %s to %s (bounds %s–%s) against the targets in %s; %d of %d targets within the tolerance.",
	"%s, kalibreret":                    "%s, calibrated",
	"Afvigelse fra det observerede (%)": "Deviation from the observed (%)",
	"Afvigelse fra hvert observeret tal før (ring) og efter (prik) tilpasningen; det lyse felt er målets tolerance": "Deviation from each observed figure before (ring) and after (dot) the fit; the light field is the target's tolerance",
	"Afvigelserne før og efter tilpasningen står i kalibrering.txt.":                                                "The deviations before and after the fit are in kalibrering.txt.",
	"Bemærk:": "Note:",
	"Beregnet %s: %d beregninger af modellen på %s s.": "Computed %s: %d evaluations of the model in %s s.",
	"Efter tilpasningen": "After the fit",
	"Før tilpasningen":   "Before the fit",
	"Kalibreret af ydelsesflow calibrate ud fra %s og målene i %s.": "Calibrated by ydelsesflow calibrate from %s and the targets in %s.",
	"Kalibrering: %s": "Calibration: %s",
	"Modellen mod de observerede tal: %d af %d mål inden for tolerancen": "The model against the observed figures: %d of %d targets within the tolerance",
	"Modellen mod de observerede tal: %s":                                "The model against the observed figures: %s",
	"Modellen":                                                           "The model",
	"Modellens afvigelse fra hvert observeret tal; det lyse felt er målets tolerance": "The model's deviation from each observed figure; the light field is the target's tolerance",
	"Monte Carlo, %d kørsler med de samme tilfældige tal i hver beregning":            "Monte Carlo, %d runs with the same random numbers in every evaluation",
	"Monte Carlo-kørsler pr. beregning, hvis kæden ikke kan regne scenariet eksakt":   "Monte Carlo runs per evaluation, if the chain cannot compute the scenario exactly",
	"Mål": "Target",
	"Målene kan ikke skelne %s fra %s: de flytter målene næsten ens, så kun en kombination af dem er bestemt. Tilføj et mål, der adskiller dem, eller tilpas kun det ene.": "The targets cannot tell %s from %s: they move the targets almost alike, so only a combination of them is determined. Add a target that separates them, or fit only one.",
	"Scenarie %s · beregnet %s":     "Scenario %s · computed %s",
	"Tilpasser %d tal til %d mål …": "Fitting %d numbers to %d targets …",
	"Tilpasset tal":                 "Fitted number",
	"Tolerance":                     "Tolerance",
	"afvigelse":                     "deviation",
	"calibrate tager ét scenarie":   "calibrate takes one scenario",
	"efter":                         "after",
	"eksakt (forventede antal uden tilfældige tal)": "exactly (expected numbers without random numbers)",
	"eksakt":                        "exactly",
	"fra":                           "from",
	"før":                           "before",
	"grænser":                       "bounds",
	"inden for":                     "within",
	"intet mål afhænger af det":     "no target depends on it",
	"kan ikke læse målfilen %s: %v": "cannot read the targets file %s: %v",
	"med Monte Carlo (%d kørsler), fordi %s": "with Monte Carlo (%d runs), because %s",
	"model": "model",
	"målfilen (CSV) med kommunens observerede tal": "the targets file (CSV) with the kommune's observed figures",
	"observeret":                     "observed",
	"scenariets calibration.targets": "the scenario's calibration.targets",
	"til":                            "to",
	"tilpas et scenarie til kommunens egne tal (helårspersoner, tilgang, afgang, varighed)": "fit a scenario to the kommune's own figures (full-time persons, new cases, exits, durations)",
	"tolerance":   "tolerance",
	"uden for":    "outside",
	"ved grænsen": "at the bound",
	"Tilpasser de tal, som scenariet nævner under calibration.fit (med grænser), så modellen\nrammer kommunens observerede tal i målfilen (calibration.targets eller --targets) så godt som\nmuligt: summen af de kvadrerede relative afvigelser, hver divideret med målets tolerance,\ngøres mindst mulig. Scenariet tilpasses, som det er, med sine indsatser, hvis det har nogen:\nde observerede tal kommer fra den verden, kommunen levede i.\n\nMålfilen er en CSV-fil med overskriften ydelse,periode,maal,vaerdi,kilde og evt. tolerance\n(relativ; standard 0.02). Målene er helaarspersoner, tilgang, afgang og varighed_uger for et\nbudgetår, personer og andel:TILSTANDE på en dato (eller ved årets slutning) og\nafgang_andel:TILSTAND for et budgetår. Flere tilstande forbindes med +.\n\nStrømmene regnes eksakt (forventede antal uden tilfældige tal), hvor det kan lade sig gøre;\nellers med Monte Carlo med de samme tilfældige tal i hver beregning, og det siges hvilket.\nSkriver kalibreret.yaml (et scenarie, der bygger på SCENARIE og sætter de tilpassede tal med\nkilde), kalibrering.txt, kalibrering.csv, resultat.json og diagrammet kalibrering i --out.": "Fits the numbers the scenario names under calibration.fit (with bounds) so that the model\nmeets the kommune's observed figures in the targets file (calibration.targets or --targets) as\nwell as it can: the sum of the squared relative deviations, each divided by the target's\ntolerance, is minimised. The scenario is fitted as it is, with its interventions if it has any: the\nobserved figures come from the world the kommune lived in.\n\nThe targets file is a CSV file with the header ydelse,periode,maal,vaerdi,kilde and optionally\ntolerance (relative; default 0.02). The measures are helaarspersoner, tilgang, afgang and\nvarighed_uger for a budget year, personer and andel:STATES at a date (or at the end of a\nyear) and afgang_andel:STATE for a budget year. Join several states with +.\n\nThe flows are computed exactly (expected numbers without random numbers) where possible;\nelse by Monte Carlo with the same random numbers in every evaluation, and it says which.\nWrites kalibreret.yaml (a scenario that extends SCENARIO and sets the fitted numbers with a\nsource), kalibrering.txt, kalibrering.csv, resultat.json and the chart kalibrering in --out.",
	"som gennemsnit over %d Monte Carlo-kørsler": "as the mean of %d Monte Carlo runs",
	// The staircase as data (sim/law.go, scenario/compile.go, results, plots, report).
	"refusionstrappen har %d trin; den skal have 1–%d":                                 "the refusion staircase has %d steps; it must have 1–%d",
	"trin %d begynder i uge %d, ikke i uge %d":                                         "step %d starts in week %d, not in week %d",
	"det sidste trin ender i uge %d; det har ingen ende":                               "the last step ends in week %d; it has no end",
	"trin %d ender i uge %d, før det begynder":                                         "step %d ends in week %d, before it starts",
	"trin %d: statens andel %v ligger uden for [0,1]":                                  "step %d: the state's share %v is outside [0,1]",
	"nulstillingsreglen: %d uger inden for %d uger; forventede 1 ≤ uger ≤ vindue ≤ %d": "the reset rule: %d weeks within %d weeks; expected 1 ≤ weeks ≤ window ≤ %d",
	"sim: epoke %d: %w": "sim: epoch %d: %w",
	"sim: en kørsels model har et andet antal trin på refusionstrappen end scenariet":                                                                                                          "sim: a run's model has another number of steps on the refusion staircase than the scenario",
	"weeks skal være mindst 1, ikke %d: de selvforsørgende uger, der starter en ny optælling":                                                                                                  "weeks must be at least 1, not %d: the self-supporting weeks that start a new count",
	"window_weeks skal være 1–%d uger (højst 5 år), ikke %d":                                                                                                                                   "window_weeks must be 1–%d weeks (at most 5 years), not %d",
	"%d selvforsørgende uger kan ikke nås inden for et vindue på %d uger: weeks må højst være window_weeks (ret %s eller %s)":                                                                  "%d self-supporting weeks cannot be reached within a window of %d weeks: weeks must be at most window_weeks (correct %s or %s)",
	"refusionstrappen har ingen trin: angiv steps som en liste, fx [{to_week: 4, state_share: 0.80}, {to_week: 26, state_share: 0.40}, {to_week: 52, state_share: 0.30}, {state_share: 0.20}]": "the refusion staircase has no steps: give steps as a list, e.g. [{to_week: 4, state_share: 0.80}, {to_week: 26, state_share: 0.40}, {to_week: 52, state_share: 0.30}, {state_share: 0.20}]",
	"refusionstrappen har %d trin; den kan have højst %d":                                                                                                                                      "the refusion staircase has %d steps; it can have at most %d",
	"det sidste trin har ingen ende: fjern to_week, så trinnet gælder fra uge %d og frem":                                                                                                      "the last step has no end: remove to_week, so that the step holds from week %d on",
	"trin %d mangler to_week, den sidste uge på trinnet; kun det sidste trin er uden ende":                                                                                                     "step %d lacks to_week, the last week on the step; only the last step has no end",
	"to_week skal være mindst 1, ikke %d: det første trin begynder i uge 1":                                                                                                                    "to_week must be at least 1, not %d: the first step starts in week 1",
	"trinnene skal slutte i stigende uger: trin %d begynder i uge %d (efter to_week %d), så to_week skal være mindst %d, ikke %d":                                                              "the steps must end in increasing weeks: step %d starts in week %d (after to_week %d), so to_week must be at least %d, not %d",
	"trin %d mangler state_share: statens andel af bruttoudgiften i trinnets uger, fx 0.80":                                                                                                    "step %d lacks state_share: the state's share of the gross in the step's weeks, e.g. 0.80",
	"%s; ny optælling efter %d selvforsørgende uger inden for %d uger":                                                                                                                         "%s; a new count after %d self-supporting weeks within %d weeks",
	" (lovens)":                                   " (the law's)",
	"refusionstrappen i hele perioden: %s":        "the refusion staircase throughout: %s",
	"refusionstrappen fra %s: %s":                 "the refusion staircase from %s: %s",
	"refusionstrappen fra %s (ændring %s): %s":    "the refusion staircase from %s (change %s): %s",
	"%s fra %s":                                   "%s from %s",
	"Trinene: %s.":                                "The steps: %s.",
	"staircases: %q er ikke en dato (ÅÅÅÅ-MM-DD)": "staircases: %q is not a date (YYYY-MM-DD)",
	"staircases: %s kommer ikke efter %s":         "staircases: %s does not come after %s",
	"staircases fra %s: %w":                       "staircases from %s: %w",
	"%s gælder %s":                                "%s %s applies",
	"%s (%s)":                                     "%s (%s)",
	"til og med %s":                               "until %s",
	"fra %s til og med %s":                        "from %s until %s",
	"%s fra %s til %s":                            "%s from %s to %s",
	"%s i alle uger":                              "%s in every week",
	"%d uger inden for %d år":                     "%d weeks within %d years",
	"%d uger inden for %d uger":                   "%d weeks within %d weeks",

	// Who pays a benefit out (paid_by; issue 13 §2)
	"ukendt paid_by %q; forventede kommune, udbetaling_danmark eller a_kasse":                                                                                      "unknown paid_by %q; expected kommune, udbetaling_danmark or a_kasse",
	"tilstanden %q har ingen financing, så ingen udbetaler den: fjern paid_by, eller angiv financing: medfinansiering eller fixed":                                 "state %q has no financing, so nobody pays it out: remove paid_by, or give financing: medfinansiering or fixed",
	"refusionstrappen gælder ydelser, som kommunen udbetaler (§ 5, stk. 2); en ydelse med paid_by: %s har financing: medfinansiering (§ 5, stk. 3)":                "the refusion staircase applies to benefits the kommune pays out (§ 5(2)); a benefit with paid_by: %s has financing: medfinansiering (§ 5(3))",
	"medfinansiering gælder ydelser, som Udbetaling Danmark eller en a-kasse udbetaler (§ 5, stk. 3); en ydelse, som kommunen udbetaler, har financing: staircase": "medfinansiering applies to benefits Udbetaling Danmark or an a-kasse pays out (§ 5(3)); a benefit the kommune pays out has financing: staircase",
	"sim: tilstanden %s har en ukendt betaler %d":                 "sim: state %s has an unknown payer %d",
	"sim: tilstanden %s udbetales af %s, men har ingen financing": "sim: state %s is paid out by %s but has no financing",
	"Til orientering: ydelser udbetalt af andre (1.000 kr.)":      "For information: benefits paid out by others (DKK thousand)",
	"%s udbetales af Udbetaling Danmark eller a-kassen, ikke af kommunen: kommunens udgift er dens medfinansiering, som står i bruttoudgiften uden refusion. Udbetalingen vises kun her, til orientering, og indgår ikke i kommunens udgifter.": "%s are paid out by Udbetaling Danmark or the a-kasse, not by the kommune: the kommune's expense is its co-financing, shown in gross spending without refusion. The payment is shown only here, for information, and is not part of the kommune's spending.",
	"Til orientering: ændring i ydelser udbetalt af andre":                                                                                                       "For information: change in benefits paid out by others",
	"%s har ingen variant %q med et set; dens varianter er %s":                                                                                                   "%s has no variant %q with a set; its variants are %s",
	"regn de forventede værdier uden tilfældige tal i stedet for at simulere":                                                                                    "compute the expected values without random numbers instead of simulating",
	"--exact: %s har indsatser, og den eksakte beregning kender ingen indsatser; kør uden --exact, eller sammenlign med compare":                                 "--exact: %s has interventions, and the exact computation knows no interventions; run without --exact, or compare with compare",
	"--exact: %s har usikre tal (dist:), og en forventet værdi af modellen ved deres middelværdier er ikke forventningen over deres fordeling; kør uden --exact": "--exact: %s has uncertain numbers (dist:), and the model's expected value at their means is not the expectation over their distribution; run without --exact",
	"--exact: %w": "--exact: %w",
	"Scenarie %s · start %s · eksakte forventede værdier uden tilfældige tal · %s":                                                                                                                  "Scenario %s · start %s · exact expected values without random numbers · %s",
	"Alle tal er eksakte: personer, strømme og udgifter er de forventede værdier, som uendeligt mange Monte Carlo-kørsler ville give.":                                                              "Every figure is exact: persons, flows and spending are the expected values that infinitely many Monte Carlo runs would give.",
	"Personer, strømme og bruttoudgifter er eksakte. Statens andel og kommunens nettoudgift er tilnærmede: kæden nulstiller kun refusionstrappen gennem ét sammenhængende selvforsørgende forløb, ": "Persons, flows and gross spending are exact. The state's part and the kommune's net are approximate: the chain restarts the refusion staircase only through one unbroken self-supporting spell, ",
	"men fra %s kan en borger nå et nyt selvforsørgende forløb inden for samme optælling.":                                                                                                          "but from %s a citizen can reach a new self-supporting spell within the same count.",
	"Tilgang (nye forløb)":                                                 "New cases (spells started)",
	"Afgang (afsluttede forløb)":                                           "Exits (spells ended)",
	"Kommunens nettoudgift (1.000 kr.)":                                    "The kommune's net spending (DKK thousand)",
	"Monte Carlo-kontrol (%d kørsler) af kommunens nettoudgift:":           "Monte Carlo check (%d runs) of the kommune's net spending:",
	"  %s: eksakt %s, Monte Carlo %s (MC-fejl ±%s); forskel %s (%s)":       "  %s: exact %s, Monte Carlo %s (MC error ±%s); difference %s (%s)",
	"(1.000 kr.; forskellen er tilnærmelsens fejl plus Monte Carlo-støj.)": "(DKK thousand; the difference is the approximation's error plus Monte Carlo noise.)",

	// sim: look-back maxima
	"sim: %d tilbageblik; højst %d":                                                "sim: %d look-backs; at most %d",
	"sim: et tilbageblik har %d tilstande, modellen %d":                            "sim: a look-back has %d states, the model %d",
	"tilbageblik %d findes ikke eller tæller ikke tilstanden selv":                 "look-back %d does not exist or does not count the state itself",
	"et maksimum på %d uger inden for %d uger kræver 1 ≤ max_weeks ≤ vinduet ≤ %d": "a maximum of %d weeks within %d weeks needs 1 ≤ max_weeks ≤ the window ≤ %d",
	"max_weeks %d er længere end tilstandens tilbageblik på %d uger":               "max_weeks %d is longer than the state's look-back of %d weeks",
	"%w: den eksakte beregning kan ikke følge et maksimum, der tæller ugerne inden for et tilbageblik (max_within), for det afhænger af hver persons historik; brug Monte Carlo-simuleringen": "%w: the exact computation cannot follow a maximum that counts the weeks within a look-back (max_within), for it depends on each person's history; use the Monte Carlo simulation",
	"sim: tilstanden %s, gruppen %s: %w": "sim: state %s, group %s: %w",
	"; søgt på kæden med hvert maksimum over et tilbageblik talt pr. forløb, rettet mod Monte Carlo i hvert fundet punkt (%d beregninger på kæden)": "; searched on the chain with each maximum over a look-back counted per spell, corrected towards the Monte Carlo at each point found (%d evaluations on the chain)",

	// workbook
	"Excel-projektmappen er skrevet til %s": "The Excel workbook was written to %s",
	"Forudsætninger: %s":                    "Assumptions: %s",
	"Scenarie":                              "Scenario",
	"Sammenlignet med":                      "Compared with",
	"Periode":                               "Period",
	"Seed":                                  "Seed",
	"Priser":                                "Prices",
	"Fortegn":                               "Signs",
	"Scenariefiler":                         "Scenario files",
	"Note":                                  "Note",
	"Emne":                                  "Topic",
	"Forudsætning":                          "Assumption",
	"Værdi":                                 "Value",
	"Kilde":                                 "Source",
	"Hvor i scenariet":                      "Where in the scenario",
	"Scenariet har ingen indsatser, lovændringer eller usikre tal; hvert tal i scenariefilen har sin kilde under source:.": "The scenario has no interventions, changes of law or uncertain numbers; every number in the scenario file has its source under source:.",
	"Budget %s":      "Budget %s",
	"Overslagsår %s": "Projection year %s",
	"Budgetfremskrivning i 1.000 kr., %s; helårspersoner i personer. Gennemsnit over %d kørsler (seed %d).": "Budget projection in DKK 1,000, %s; full-time persons in persons. Mean over %d runs (seed %d).",
	"Økonomiske konsekvenser: %s": "Financial consequences: %s",
	"1.000 kr., %s, ekskl. moms; %s. Sammenlignet med %s; gennemsnit over %d kørsler (seed %d).": "DKK 1,000, %s, excl. VAT; %s. Compared with %s; mean over %d runs (seed %d).",
	"Serviceudgifter: udgifter til indsatsen":                                                    "Service expenditure: the intervention's costs",
	"Serviceudgifter i alt":                                "Service expenditure, total",
	"Overførselsudgifter: ydelser":                         "Transfer expenditure: benefits",
	"Nettoændring i alt, 90 %-interval: nedre grænse (P5)": "Net change in total, 90 % interval: lower limit (P5)",
	"Nettoændring i alt, 90 %-interval: øvre grænse (P95)": "Net change in total, 90 % interval: upper limit (P95)",
	"Tilgang (forløb, der begyndte i året)":                "Entries (spells that began in the year)",
	"Afgang (forløb, der sluttede i året)":                 "Exits (spells that ended in the year)",
	"Gennemsnit over %d kørsler. Helårspersoner: personer × dage i ydelsen / årets dage. Tilgang og afgang tæller forløb (en række sammenhængende uger i ydelsen), som jobindsats.dk gør.": "Mean over %d runs. Full-time persons: persons × days on the benefit / the year's days. Entries and exits count spells (a run of consecutive weeks on the benefit), as jobindsats.dk does.",
	"Helårspersoner, tilgang og afgang pr. ydelse":     "Full-time persons, entries and exits per benefit",
	"Helårspersoner, tilgang og afgang pr. ydelse: %s": "Full-time persons, entries and exits per benefit: %s",
	"%s uden indsatsen":                                "%s without the intervention",
	"%s med indsatsen":                                 "%s with the intervention",
	"%s: ændring (med − uden)":                         "%s: change (with − without)",
	"Helårspersoner %s":                                "Full-time persons %s",
	"Bruttoudgift %s (1.000 kr.)":                      "Gross spending %s (DKK 1,000)",
	"Statens andel %s (1.000 kr.)":                     "State's part %s (DKK 1,000)",
	"Nettoudgift %s (1.000 kr.)":                       "Net spending %s (DKK 1,000)",
	"Udbetalt af andre %s (1.000 kr.)":                 "Paid out by others %s (DKK 1,000)",
	"Ydelser netto uden indsatsen %s (1.000 kr.)":      "Benefits net without the intervention %s (DKK 1,000)",
	"Ydelser netto med indsatsen %s (1.000 kr.)":       "Benefits net with the intervention %s (DKK 1,000)",
	"Serviceudgifter %s (1.000 kr.)":                   "Service expenditure %s (DKK 1,000)",
	"Nettoændring %s (1.000 kr.)":                      "Net change %s (DKK 1,000)",
	"arket %s ville få %d kolonner; Excel tillader %d": "the sheet %s would have %d columns; Excel allows %d",
	"Kørsel":                             "Run",
	"%s (del %d)":                        "%s (part %d)",
	"regnearket har flere end %d rækker": "the sheet has more than %d rows",
	"+ = merudgift, − = mindreudgift for kommunen": "+ = extra spending, − = lower spending for the kommune",
	"Budget":                          "Budget",
	"Forudsætninger":                  "Assumptions",
	"ingen sammenligninger at skrive": "no comparisons to write",
	"Budgetskema":                     "Budget form",
	// issue 15: the budget form and one sign convention
	"vis 90 %-intervallet under hvert tal i budgetskemaet": "show the 90 % interval under each figure of the budget form",
	"Akkumuleret nettoændring (%s)":                        "Cumulative net change (%s)",
	"Akkumuleret ændring i kommunens nettoudgifter (%s; + = merudgift, − = mindreudgift): median med 50 %%- og 90 %%-interval over %d kørsler": "Cumulative change in the kommune's net spending (%s; + = extra cost, − = saving): median with 50 %% and 90 %% intervals over %d runs",
	"Indsatsen koster kommunen %s netto over %s": "The intervention costs the kommune %s net over %s",
	"Indsatsen sparer kommunen %s netto over %s": "The intervention saves the kommune %s net over %s",
	"Ændring i udgifter (%s)":                    "Change in spending (%s)",
	"Ydelser, netto efter refusion":              "Benefits, net of refusion",
	"Sparede udgifter i indsatsen":               "Costs the intervention saves",
	"Nettoændring (90 %-interval)":               "Net change (90 % interval)",
	"Ændring i kommunens udgifter pr. budgetår (%s): + = merudgift, − = mindreudgift; nettoændringen med 90 %%-interval": "Change in the kommune's spending per budget year (%s): + = extra cost, − = saving; the net change with its 90 %% interval",
	"Nettoændring, + = merudgift (%s)":          "Net change, + = extra cost (%s)",
	"Mindreudgift":                              "Saving",
	"P(mindreudgift) = %s":                      "P(saving) = %s",
	"%s sandsynlighed for mindreudgift over %s": "%s probability of a saving over %s",
	"Fordeling af kommunens samlede nettoændring over %s i %d kørsler (%s; + = merudgift, − = mindreudgift)":                                         "Distribution of the kommune's total net change over %s in %d runs (%s; + = extra cost, − = saving)",
	"Forventet nettoændring over %s (%s; + = merudgift, − = mindreudgift) med hver antagelse ved lav og høj værdi, de øvrige ved middelværdien (%s)": "Expected net change over %s (%s; + = extra cost, − = saving) with each assumption at its low and high value, the others at their means (%s)",
	"%s forventes at koste kommunen %s netto over %s; %s sandsynlighed for mindreudgift.":                                                            "%s is expected to cost the kommune %s net over %s; %s probability of a saving.",
	"%s forventes at spare kommunen %s netto over %s; %s sandsynlighed for mindreudgift.":                                                            "%s is expected to save the kommune %s net over %s; %s probability of a saving.",
	"Mindreudgift %s":                                      "Saving %s",
	"90 %-interval for nettoændringen":                     "90 % interval of the net change",
	"%s; + = merudgift, − = mindreudgift":                  "%s; + = extra cost, − = saving",
	"Sandsynlighed for mindreudgift":                       "Probability of a saving",
	"andel af kørslerne, hvor kommunen bruger mindre":      "share of the runs in which the kommune spends less",
	"den akkumulerede nettoændring bliver en mindreudgift": "the cumulative net change turns into a saving",
	"Ændring i kommunens udgifter pr. budgetår (+ = merudgift, − = mindreudgift): ydelserne netto efter refusion, udgiften til indsatsen og de udgifter, indsatsen sparer; trekanten er nettoændringen med 90 %-interval.": "Change in the kommune's spending per budget year (+ = extra cost, − = saving): benefits net of refusion, the cost of the intervention and the costs it saves; the triangle is the net change with its 90 % interval.",
	"Den akkumulerede ændring i kommunens nettoudgifter uge for uge (+ = merudgift). Det mørke bånd rummer halvdelen af kørslerne, det lyse 90 %.":                                                                         "The cumulative change in the kommune's net spending week by week (+ = extra cost). The dark band holds half of the runs, the light one 90 %.",
	"Hvor ofte sparer indsatsen penge? Hver søjle tæller de kørsler, hvis samlede nettoændring i budgetperioden ligger i intervallet (+ = merudgift).":                                                                     "How often does the intervention save money? Each bar counts the runs whose total net change over the budget period lies in its interval (+ = extra cost).",
	"konto %q er ikke en funktion i den kommunale kontoplan; skriv hovedkonto.hovedfunktion.funktion, fx \"5.57.71\"":                                                                                                      "konto %q is not a function of the kommunal kontoplan; write hovedkonto.hovedfunktion.funktion, e.g. \"5.57.71\"",
	"%s forventes at koste kommunen %s netto over %s (90 %%-interval for nettoændringen: %s til %s, + = merudgift); sandsynlighed for mindreudgift: %s.":                                                                   "%s is expected to cost the kommune %s net over %s (90 %% interval of the net change: %s to %s, + = extra cost); probability of a saving: %s.",
	"%s forventes at spare kommunen %s netto over %s (90 %%-interval for nettoændringen: %s til %s, − = mindreudgift); sandsynlighed for mindreudgift: %s.":                                                                "%s is expected to save the kommune %s net over %s (90 %% interval of the net change: %s to %s, − = saving); probability of a saving: %s.",
	"Nettoændring %s: %s (MC-fejl ±%s; P5 %s, P50 %s, P95 %s); sandsynlighed for mindreudgift %s; forventet tab ved forkert valg %s":                                                                                       "Net change %s: %s (MC error ±%s; P5 %s, P50 %s, P95 %s); probability of a saving %s; expected loss from the wrong choice %s",
	"Nutidsværdi af nettoændringen %s i %s, diskonteret med en real rente på %s om året til %d: %s (%s til %s), MC-fejl ±%s":                                                                                               "Present value of the net change %s in %s, discounted at a real rate of %s a year to %d: %s (%s to %s), MC error ±%s",
	"Nutidsværdi af nettoændringen %s i løbende priser (scenariet angiver ingen satsregulering), diskonteret %s om året til %d: %s (%s til %s), MC-fejl ±%s":                                                               "Present value of the net change %s in current prices (the scenario gives no satsregulering), discounted %s a year to %d: %s (%s to %s), MC error ±%s",
	"Break-even: den gennemsnitlige akkumulerede nettoændring er en mindreudgift fra uge %d/%d (%s) og resten af perioden; %s af kørslerne har samlet mindreudgift ved periodens slut":                                     "Break-even: the mean cumulative net change is a saving from week %d/%d (%s) for the rest of the period; %s of the runs have a total saving at the end of the period",
	"Break-even: nås ikke inden %s; %s af kørslerne har samlet mindreudgift ved periodens slut":                                                                                                                            "Break-even: not reached by %s; %s of the runs have a total saving at the end of the period",
	"Gennemsnit over kørslerne.":                                        "Means over the runs.",
	"Gennemsnit over kørslerne; 90 %-interval (P5 til P95) i parentes.": "Means over the runs; 90 % interval (P5 to P95) in brackets.",
	"+ = merudgift, − = mindreudgift for kommunen. %s %s":               "+ = extra cost, − = saving for the kommune. %s %s",
	"Gennemsnit over kørslerne med 90 %-interval (P5 til P95) under.":   "Means over the runs with the 90 % interval (P5 to P95) below.",
	"Indsats `%s` mod basis `%s`, start %s, %d parrede kørsler med fælles tilfældige tal, seed %d. + = merudgift, − = mindreudgift for kommunen. %s %s": "Intervention `%s` against baseline `%s`, start %s, %d paired runs with common random numbers, seed %d. + = extra cost, − = saving for the kommune. %s %s",
	"Statens andel: %s":                "The state's share: %s",
	"Statsrefusion":                    "State refusion",
	"Overførselsudgifter i alt, netto": "Transfer expenditure, total net",
	"Serviceudgifter":                  "Service expenditure",
	"Overførselsudgifter":              "Transfer expenditure",
	"Med alle usikre antagelser trukket i hver kørsel: nettoændring %s %s (90 %%-interval %s til %s; + = merudgift); sandsynlighed for mindreudgift %s; forventet tab ved forkert valg %s": "With every uncertain assumption drawn in each run: net change %s %s (90 %% interval %s to %s; + = extra cost); probability of a saving %s; expected loss from the wrong choice %s",
	"Med alle antagelser i deres middelværdi: nettoændring %s %s":              "With every assumption at its mean: net change %s %s",
	"Tornado: nettoændring %s (1.000 kr., %s, + = merudgift)":                  "Tornado: net change %s (DKK thousand, %s, + = extra cost)",
	"Tornado: nettoændring i budgetperioden %s (1.000 kr., %s, + = merudgift)": "Tornado: net change in the budget period %s (DKK thousand, %s, + = extra cost)",
	"Spænd: forskellen i forventet nettoændring med antagelsen i sin lave og høje værdi (P10 og P90, eller low/high i filen), de øvrige i deres middelværdi. Rangkorrelation: Spearman mellem antagelsens trækninger og nettoændringen over kørslerne (positiv: en højere værdi koster kommunen mere).": "Spread: the difference in expected net change with the assumption at its low and high value (P10 and P90, or low/high in the file), the others at their means. Rank correlation: Spearman between the assumption's draws and the net change across the runs (positive: a higher value costs the kommune more).",
	"Tilgang og afgang tæller forløb (en sammenhængende periode i ydelsen): et skift til en anden ydelse er afgang fra den ene og tilgang til den anden; gennemsnit over kørslerne.":                                                                                                                    "New cases and exits count spells (an unbroken period on the ydelse): a move to another ydelse is an exit from the one and a new case in the other; means over the runs.",
	"den eksakte beregning kender ingen indsatser":                      "the exact computation knows no interventions",
	"den eksakte beregning af strømme kender ingen indsatser":           "the exact computation of flows knows no interventions",
	"%w: %s; modellen har %d":                                           "%w: %s; the model has %d",
	"intet variantnavn efter # i %q; skriv %s#VARIANT, eller %s uden #": "no variant name after # in %q; write %s#VARIANT, or %s without #",
	"calibration: ingen mål":                                            "calibration: no targets",
}
