package scenario

// File is one scenario file as an economist writes it. Every key is optional
// in a single file, because a file may extend another and hold only what
// differs; the resolved scenario must then be complete. A file is read only
// if it is a regular .yaml or .yml file of at most 1 MiB; every number in it
// is finite and at most 1e12 in size (seed excepted), and no mapping has
// more than 1000 keys.
type File struct {
	// Another scenario file this one builds on, relative to this file or the name of an embedded scenario; FILE#VARIANT builds on the file with its variant applied. Keys here win, key by key. Only a regular .yaml or .yml file of at most 1 MiB is read.
	Extends string `yaml:"extends,omitempty" json:"extends,omitempty"`
	// Short title shown in tables and reports.
	Title string `yaml:"title,omitempty" json:"title,omitempty"`
	// What the scenario describes, its main assumptions and sources.
	Description string `yaml:"description,omitempty" json:"description,omitempty"`
	// First simulated day, written YYYY-MM-DD (any day; budget years are calendar years, e.g. 2027-01-01).
	Start string `yaml:"start,omitempty" json:"start,omitempty" jsonschema:"pattern=^[0-9]{4}-[0-9]{2}-[0-9]{2}$"`
	// How long to simulate: whole budget years or a number of weeks.
	Horizon *Horizon `yaml:"horizon,omitempty" json:"horizon,omitempty"`
	// Number of Monte Carlo runs (the CLI flag --runs overrides it).
	Runs *int `yaml:"runs,omitempty" json:"runs,omitempty" jsonschema:"minimum=1,maximum=100000"`
	// Master seed of the random numbers (the CLI flag --seed overrides it).
	Seed *uint64 `yaml:"seed,omitempty" json:"seed,omitempty" jsonschema:"minimum=0"`
	// Yearly real discount rate for present values, which are in faste priser of the first budget year, e.g. 0.035 (Finansministeriet from 2021).
	DiscountRate *float64 `yaml:"discount_rate,omitempty" json:"discount_rate,omitempty" jsonschema:"minimum=0,maximum=1"`
	// Yearly price indexes: the satsregulering of the satser and the pris- og lønindeks of services such as an intervention's costs.
	Indexes *Indexes `yaml:"indexes,omitempty" json:"indexes,omitempty"`
	// The prices amounts are shown in: loebende (each year in its own prices) or faste (in the prices of price_base); the flag --prices overrides it. Default loebende.
	Prices string `yaml:"prices,omitempty" json:"prices,omitempty" jsonschema:"enum=loebende,enum=faste"`
	// The budget year whose prices faste priser are in (prisniveau); default the first budget year.
	PriceBase *int `yaml:"price_base,omitempty" json:"price_base,omitempty"`
	// Groups of citizens; parameters may differ by group. At most 200.
	Groups map[string]Group `yaml:"groups,omitempty" json:"groups,omitempty"`
	// States: ydelser and non-benefit states such as selvforsoergelse, in report order. At most 200.
	States map[string]State `yaml:"states,omitempty" json:"states,omitempty"`
	// Transitions out of each state: weekly exit hazards and destination shares.
	Transitions map[string]Transition `yaml:"transitions,omitempty" json:"transitions,omitempty"`
	// Persons in each state at the start.
	Initial map[string]Stock `yaml:"initial,omitempty" json:"initial,omitempty"`
	// New persons entering each state from outside the model.
	Inflows map[string]Inflow `yaml:"inflows,omitempty" json:"inflows,omitempty"`
	// The refusionstrappe (steps of the state's refusion by weeks on public support) and its reset rule; omitted: the law's, 80/40/30/20 % in weeks 1-4/5-26/27-52/53+ and a new count after 52 self-supporting weeks within 156 (LBK nr. 221 af 12/02/2021 §§ 5-6). A dated change may set another from its date.
	Refusionstrappe *Refusionstrappe `yaml:"refusionstrappe,omitempty" json:"refusionstrappe,omitempty"`
	// Dated parameter changes, e.g. a law change; each applies to weeks starting on or after its date.
	Changes map[string]Change `yaml:"changes,omitempty" json:"changes,omitempty"`
	// Interventions, combined, that `ydelsesflow compare` sets against the baseline (the same scenario without them, or a given baseline file).
	Interventions map[string]Intervention `yaml:"interventions,omitempty" json:"interventions,omitempty"`
	// Named variants of this scenario, run as FILE#NAME: each one's set is merged onto the scenario.
	Variants map[string]Variant `yaml:"variants,omitempty" json:"variants,omitempty"`
	// Rank correlations between uncertain numbers (by their name:), drawn with a Gaussian copula.
	Correlations []Correlation `yaml:"correlations,omitempty" json:"correlations,omitempty"`
	// What `ydelsesflow calibrate` may fit, and the observed figures to fit it to.
	Calibration *Calibration `yaml:"calibration,omitempty" json:"calibration,omitempty"`
}

// Calibration names the numbers `ydelsesflow calibrate` may fit and the file of the kommune's observed figures.
type Calibration struct {
	// The targets file: a CSV with the header ydelse,periode,maal,vaerdi,kilde and optionally tolerance; a path relative to this file (the flag --targets overrides it).
	Targets string `yaml:"targets,omitempty" json:"targets,omitempty"`
	// The numbers that may be fitted, by key path as the error messages print them (e.g. transitions.ressourceforloeb.mean_weeks, inflows.sygedagpenge.per_year.almen, transitions.sygedagpenge.hazards[1].weekly), each with its bounds.
	Fit map[string]FitBounds `yaml:"fit,omitempty" json:"fit,omitempty"`
}

// FitBounds are the bounds within which calibrate may set a number.
type FitBounds struct {
	// The smallest value allowed.
	Min *float64 `yaml:"min" json:"min"`
	// The largest value allowed.
	Max *float64 `yaml:"max" json:"max"`
}

// Correlation makes two uncertain numbers move together, e.g. "IPS works better" and "IPS shortens stays more".
type Correlation struct {
	// The names of the two uncertain numbers.
	Params []string `yaml:"params,omitempty" json:"params,omitempty"`
	// Spearman rank correlation between -1 and 1.
	Rank *float64 `yaml:"rank,omitempty" json:"rank,omitempty" jsonschema:"minimum=-1,maximum=1"`
	// Why the numbers move together.
	Source string `yaml:"source,omitempty" json:"source,omitempty"`
}

// Intervention is a change to the baseline for a target group, active from a date to a date, with its costs.
type Intervention struct {
	// Human label used in tables, e.g. "IPS i ressourceforløb".
	Label string `yaml:"label,omitempty" json:"label,omitempty"`
	// What the intervention does and the reasoning behind its figures.
	Description string `yaml:"description,omitempty" json:"description,omitempty"`
	// First day, YYYY-MM-DD: the intervention runs from the first week starting on or after it.
	From string `yaml:"from,omitempty" json:"from,omitempty" jsonschema:"pattern=^[0-9]{4}-[0-9]{2}-[0-9]{2}$"`
	// Last day, YYYY-MM-DD (omitted: to the end of the horizon); weeks starting after it are outside.
	To string `yaml:"to,omitempty" json:"to,omitempty" jsonschema:"pattern=^[0-9]{4}-[0-9]{2}-[0-9]{2}$"`
	// Who takes part: persons in a state who are offered a place.
	Target *Target `yaml:"target,omitempty" json:"target,omitempty"`
	// What taking part changes while the participant stays in the target state.
	Effect *Effect `yaml:"effect,omitempty" json:"effect,omitempty"`
	// Entries into states that are prevented or diverted elsewhere while the intervention runs.
	Divert []Diversion `yaml:"divert,omitempty" json:"divert,omitempty"`
	// Cost lines, municipal with no refusion unless state_share says otherwise; negative amounts are savings.
	Costs []CostLine `yaml:"costs,omitempty" json:"costs,omitempty"`
	// Where the intervention's design and figures come from.
	Source string `yaml:"source,omitempty" json:"source,omitempty"`
}

// Target says who is offered the intervention.
type Target struct {
	// The state whose persons are offered a place, e.g. ressourceforloeb.
	State string `yaml:"state,omitempty" json:"state,omitempty"`
	// Eligible groups (omitted: all groups).
	Groups []string `yaml:"groups,omitempty" json:"groups,omitempty"`
	// Offer a place only in the first week in the state (new cases); default false: everyone in the state is offered one once.
	NewOnly *bool `yaml:"new_only,omitempty" json:"new_only,omitempty"`
	// Share of those offered who accept (default 1).
	TakeUp *float64 `yaml:"take_up,omitempty" json:"take_up,omitempty" jsonschema:"minimum=0,maximum=1"`
	// Number of slots, e.g. 4 consultants × 15 = 60; those who accept when all are taken wait, first come first served, with baseline treatment. Omitted: no limit.
	Capacity *int `yaml:"capacity,omitempty" json:"capacity,omitempty" jsonschema:"minimum=1,maximum=10000000"`
	// Longest participation in weeks (omitted: while the person stays in the state).
	MaxWeeks *int `yaml:"max_weeks,omitempty" json:"max_weeks,omitempty" jsonschema:"minimum=1,maximum=5200"`
	// Where the target group and its size come from.
	Source string `yaml:"source,omitempty" json:"source,omitempty"`
}

// Effect changes the transition out of the target state for participants.
type Effect struct {
	// Multiplies the weekly exit hazard, e.g. 1.3 (give this or mean_weeks_cut).
	HazardRatio *float64 `yaml:"hazard_ratio,omitempty" json:"hazard_ratio,omitempty" jsonschema:"minimum=0"`
	// Shortens the expected stay in the state by this many weeks for participants who do not drop out, e.g. 26 for "6 months shorter" (negative lengthens); converted to a hazard ratio per group.
	MeanWeeksCut *float64 `yaml:"mean_weeks_cut,omitempty" json:"mean_weeks_cut,omitempty" jsonschema:"minimum=-5200,maximum=5200"`
	// Destination shares of participants' exits (summing to 1), replacing the state's; the target state itself means dropping out of the intervention and staying with baseline treatment.
	Destinations map[string]float64 `yaml:"destinations,omitempty" json:"destinations,omitempty"`
	// Maximum weeks in the state for participants, replacing the state's.
	MaxWeeks *int `yaml:"max_weeks,omitempty" json:"max_weeks,omitempty" jsonschema:"minimum=1,maximum=5200"`
	// Destinations at that maximum (summing to 1), replacing the state's.
	AtMax map[string]float64 `yaml:"at_max,omitempty" json:"at_max,omitempty"`
	// Multiplies the gross rate of participants' weeks, e.g. 0.8 (default 1).
	RateFactor *float64 `yaml:"rate_factor,omitempty" json:"rate_factor,omitempty" jsonschema:"minimum=0"`
	// Where the effect sizes come from.
	Source string `yaml:"source,omitempty" json:"source,omitempty"`
}

// Diversion prevents or diverts a share of the entries into a state, from inflow and from other states.
type Diversion struct {
	// The state whose new entries are diverted.
	State string `yaml:"state,omitempty" json:"state,omitempty"`
	// Groups whose entries are diverted (omitted: all).
	Groups []string `yaml:"groups,omitempty" json:"groups,omitempty"`
	// Share of entries diverted, e.g. 0.25.
	Share *float64 `yaml:"share,omitempty" json:"share,omitempty" jsonschema:"minimum=0,maximum=1"`
	// Where the diverted go instead (summing to 1); a state such as selvforsoergelse for prevented cases.
	Destinations map[string]float64 `yaml:"destinations,omitempty" json:"destinations,omitempty"`
	// Where the share and destinations come from.
	Source string `yaml:"source,omitempty" json:"source,omitempty"`
}

// CostLine is one line of an intervention's costs in kr.; a negative amount is a saving.
type CostLine struct {
	// The line's text in the budget table, e.g. "Udgift til uddannelse af 4 IPS-konsulenter inkl. løn".
	Label string `yaml:"label,omitempty" json:"label,omitempty"`
	// Kr. for every week of every participant.
	PerParticipantWeek *float64 `yaml:"per_participant_week,omitempty" json:"per_participant_week,omitempty"`
	// Kr. for every slot (capacity) in every week the intervention runs.
	PerSlotWeek *float64 `yaml:"per_slot_week,omitempty" json:"per_slot_week,omitempty"`
	// Lump sums by date, e.g. {2020-01-06: 120000}: charged in the week holding that day.
	Fixed map[string]float64 `yaml:"fixed,omitempty" json:"fixed,omitempty"`
	// The year whose prices the amounts are in (default: the first budget year).
	PriceYear *int `yaml:"price_year,omitempty" json:"price_year,omitempty" jsonschema:"minimum=1900,maximum=2200"`
	// Yearly price and wage index for later years, e.g. 0.02 (default: the scenario's indexes.pl, else 0).
	Indexing *float64 `yaml:"indexing,omitempty" json:"indexing,omitempty" jsonschema:"minimum=-0.5,maximum=0.5"`
	// The state's share of the line (default 0: the kommune pays all).
	StateShare *float64 `yaml:"state_share,omitempty" json:"state_share,omitempty" jsonschema:"minimum=0,maximum=1"`
	// Where the amounts come from.
	Source string `yaml:"source,omitempty" json:"source,omitempty"`
}

// Variant is a named alternative version of a scenario, e.g. another outcome model or a proposed law.
type Variant struct {
	// What the variant changes and why.
	Description string `yaml:"description,omitempty" json:"description,omitempty"`
	// Where its figures come from.
	Source string `yaml:"source,omitempty" json:"source,omitempty"`
	// The values that differ, merged onto the scenario key by key.
	Set *VariantSet `yaml:"set,omitempty" json:"set,omitempty"`
}

// VariantSet holds the parts of a scenario a variant may set.
type VariantSet struct {
	// As the scenario's title.
	Title string `yaml:"title,omitempty" json:"title,omitempty"`
	// As the scenario's description.
	Description string `yaml:"description,omitempty" json:"description,omitempty"`
	// As the scenario's discount_rate.
	DiscountRate *float64 `yaml:"discount_rate,omitempty" json:"discount_rate,omitempty" jsonschema:"minimum=0,maximum=1"`
	// As the scenario's states.
	States map[string]State `yaml:"states,omitempty" json:"states,omitempty"`
	// As the scenario's transitions.
	Transitions map[string]Transition `yaml:"transitions,omitempty" json:"transitions,omitempty"`
	// As the scenario's initial stock.
	Initial map[string]Stock `yaml:"initial,omitempty" json:"initial,omitempty"`
	// As the scenario's inflows.
	Inflows map[string]Inflow `yaml:"inflows,omitempty" json:"inflows,omitempty"`
	// As the scenario's refusionstrappe.
	Refusionstrappe *Refusionstrappe `yaml:"refusionstrappe,omitempty" json:"refusionstrappe,omitempty"`
	// As the scenario's changes.
	Changes map[string]Change `yaml:"changes,omitempty" json:"changes,omitempty"`
	// As the scenario's interventions.
	Interventions map[string]Intervention `yaml:"interventions,omitempty" json:"interventions,omitempty"`
}

// Horizon is the simulated period. Give exactly one of years and weeks.
type Horizon struct {
	// Number of calendar budget years, from start's year to 31 December of the last.
	Years int `yaml:"years,omitempty" json:"years,omitempty" jsonschema:"minimum=1,maximum=60"`
	// Number of weeks.
	Weeks int `yaml:"weeks,omitempty" json:"weeks,omitempty" jsonschema:"minimum=1,maximum=3130"`
}

// Group is a group of citizens, e.g. psykiatri.
type Group struct {
	// Human label.
	Label string `yaml:"label,omitempty" json:"label,omitempty"`
	// Who belongs to the group.
	Description string `yaml:"description,omitempty" json:"description,omitempty"`
	// Where the definition comes from.
	Source string `yaml:"source,omitempty" json:"source,omitempty"`
}

// State is a ydelse or a non-benefit state.
type State struct {
	// Human label used in tables, e.g. "Sygedagpenge".
	Label string `yaml:"label,omitempty" json:"label,omitempty"`
	// Who pays: staircase (kommune pays, refusionstrappe 80/40/30/20 % by the law, or the scenario's refusionstrappe), medfinansiering (Udbetaling Danmark pays, kommune co-finances 20/60/70/80 %, the staircase's mirror), fixed (state_share of every week), none.
	Financing string `yaml:"financing,omitempty" json:"financing,omitempty" jsonschema:"enum=staircase,enum=medfinansiering,enum=fixed,enum=none"`
	// The state's share of gross cost when financing is fixed, e.g. 0.35.
	StateShare *float64 `yaml:"state_share,omitempty" json:"state_share,omitempty" jsonschema:"minimum=0,maximum=1"`
	// Who pays the benefit out: kommune (the default for staircase and fixed), udbetaling_danmark (the default for medfinansiering; førtidspension, also granted before July 2014 with financing fixed) or a_kasse (arbejdsløshedsdagpenge). A benefit paid by Udbetaling Danmark or an a-kasse is not the kommune's bruttoudgift: its co-financing is the kommune's expense (with no refusion), and the payment is shown only as a memo line. Staircase states are paid by the kommune, medfinansiering states by the others, none states by nobody.
	PaidBy string `yaml:"paid_by,omitempty" json:"paid_by,omitempty" jsonschema:"enum=kommune,enum=udbetaling_danmark,enum=a_kasse"`
	// Whether a week here counts on the staircase clock (default: true for staircase and medfinansiering, else false).
	Clock *bool `yaml:"clock,omitempty" json:"clock,omitempty"`
	// Whether a week here is self-supporting for the reset rule (ordinary work and education are; fleksjob is not).
	SelfSupporting *bool `yaml:"self_supporting,omitempty" json:"self_supporting,omitempty"`
	// Whether a person entering the state leaves the model (fraflyttet, død).
	Absorbing *bool `yaml:"absorbing,omitempty" json:"absorbing,omitempty"`
	// Gross rate paid per person.
	Rate *Rate `yaml:"rate,omitempty" json:"rate,omitempty"`
	// Group-specific rates replacing rate for that group.
	GroupRates map[string]Rate `yaml:"group_rates,omitempty" json:"group_rates,omitempty"`
	// Where the state's definition and financing come from.
	Source string `yaml:"source,omitempty" json:"source,omitempty"`
	// The ydelse's function in the kommunal kontoplan (hovedkonto.hovedfunktion.funktion, e.g. "5.57.71" for sygedagpenge, "5.58.80" for revalidering), shown beside its line in the budget form; the functions are those of the Budget- og regnskabssystem for kommuner (hovedkonto 5), listed in STAR's budget- og konteringsvejledning.
	Konto string `yaml:"konto,omitempty" json:"konto,omitempty" jsonschema:"pattern=^[0-9]\\.[0-9]{2}\\.[0-9]{2}$"`
}

// Rate is a gross benefit rate by year, indexed for missing years.
type Rate struct {
	// Unit of the amounts: week (÷7 per day), month (×12 ÷ the days of the year per day) or year (÷ the days of the year per day).
	Per string `yaml:"per,omitempty" json:"per,omitempty" jsonschema:"enum=week,enum=month,enum=year"`
	// Amount in kr. by year (1900-2200), e.g. {2024: 4695}.
	Amounts map[int]float64 `yaml:"amounts,omitempty" json:"amounts,omitempty"`
	// Yearly satsregulering for years without an amount, e.g. 0.025 (compounded from the nearest given year).
	Indexing *float64 `yaml:"indexing,omitempty" json:"indexing,omitempty" jsonschema:"minimum=-0.5,maximum=0.5"`
	// Where the amounts come from.
	Source string `yaml:"source,omitempty" json:"source,omitempty"`
}

// Transition says how persons leave a state. Give either mean_weeks or hazards.
type Transition struct {
	// Shorthand: expected weeks in the state; a constant weekly hazard is derived so that the expected stay, including a forced exit at max_weeks, equals this.
	MeanWeeks *float64 `yaml:"mean_weeks,omitempty" json:"mean_weeks,omitempty" jsonschema:"exclusiveMinimum=0,maximum=5200"`
	// Weekly exit hazards over duration bands; each band runs from from_week until the next band.
	Hazards []Band `yaml:"hazards,omitempty" json:"hazards,omitempty"`
	// Destination shares of those who exit (summing to 1), unless a band has its own.
	Destinations map[string]float64 `yaml:"destinations,omitempty" json:"destinations,omitempty"`
	// Maximum weeks in the state; at the end of that week everyone left is moved by at_max.
	MaxWeeks *int `yaml:"max_weeks,omitempty" json:"max_weeks,omitempty" jsonschema:"minimum=1,maximum=5200"`
	// Destination shares of the forced exit at max_weeks (summing to 1); the state itself means a new spell.
	AtMax map[string]float64 `yaml:"at_max,omitempty" json:"at_max,omitempty"`
	// Count max_weeks over a look-back window instead of in the current spell: the weeks spent in the given states within the last weeks, e.g. sygedagpenge's 22 weeks within 9 months (sygedagpengeloven § 24).
	MaxWithin *LookBack `yaml:"max_within,omitempty" json:"max_within,omitempty"`
	// Group-specific overrides: any key given replaces the one above for that group.
	Groups map[string]TransitionOverride `yaml:"groups,omitempty" json:"groups,omitempty"`
	// Where the durations and shares come from.
	Source string `yaml:"source,omitempty" json:"source,omitempty"`
}

// TransitionOverride replaces parts of a transition for one group.
type TransitionOverride struct {
	// As in the transition.
	MeanWeeks *float64 `yaml:"mean_weeks,omitempty" json:"mean_weeks,omitempty" jsonschema:"exclusiveMinimum=0,maximum=5200"`
	// As in the transition.
	Hazards []Band `yaml:"hazards,omitempty" json:"hazards,omitempty"`
	// As in the transition.
	Destinations map[string]float64 `yaml:"destinations,omitempty" json:"destinations,omitempty"`
	// As in the transition.
	MaxWeeks *int `yaml:"max_weeks,omitempty" json:"max_weeks,omitempty" jsonschema:"minimum=1,maximum=5200"`
	// As in the transition.
	AtMax map[string]float64 `yaml:"at_max,omitempty" json:"at_max,omitempty"`
	// As in the transition.
	MaxWithin *LookBack `yaml:"max_within,omitempty" json:"max_within,omitempty"`
	// Where the group's figures come from.
	Source string `yaml:"source,omitempty" json:"source,omitempty"`
}

// LookBack makes max_weeks count the weeks a person has spent in a set of states within the last weeks, whichever spells they were in: the maximum is reached at the end of the week in which that count reaches max_weeks.
type LookBack struct {
	// The window in weeks, the current week included: at least max_weeks and at most 64, e.g. 39 for 9 calendar months (9 × 365.25 / 12 / 7 = 39.1 weeks).
	Weeks int `yaml:"weeks" json:"weeks" jsonschema:"minimum=1,maximum=64"`
	// The states whose weeks count, the state itself among them (omitted: the state alone), e.g. [sygedagpenge, sygedagpenge_forlaenget].
	States []string `yaml:"states,omitempty" json:"states,omitempty"`
}

// Band is a duration band with a constant weekly exit hazard.
type Band struct {
	// First week in the state the band applies to (the first band starts at 1).
	FromWeek int `yaml:"from_week" json:"from_week" jsonschema:"minimum=1,maximum=5200"`
	// Probability of leaving the state at the end of each week in the band.
	Weekly float64 `yaml:"weekly" json:"weekly" jsonschema:"minimum=0,maximum=1"`
	// Destination shares for exits in this band, replacing the transition's.
	Destinations map[string]float64 `yaml:"destinations,omitempty" json:"destinations,omitempty"`
}

// Stock is the initial number of persons in a state.
type Stock struct {
	// Persons by group; the initial stock holds at most 10,000,000 persons in all.
	Persons map[string]int `yaml:"persons,omitempty" json:"persons,omitempty"`
	// Weeks already in the state at start, uniform between min and max; omitted = the steady-state distribution implied by the state's hazards.
	WeeksInState *WeeksRange `yaml:"weeks_in_state,omitempty" json:"weeks_in_state,omitempty"`
	// Benefit weeks before this state, added to the staircase clock (default 0: clock = weeks in state).
	PriorBenefitWeeks *int `yaml:"prior_benefit_weeks,omitempty" json:"prior_benefit_weeks,omitempty" jsonschema:"minimum=0,maximum=5200"`
	// Where the numbers come from.
	Source string `yaml:"source,omitempty" json:"source,omitempty"`
}

// WeeksRange is a uniform range of whole weeks.
type WeeksRange struct {
	// Smallest value (≥ 1).
	Min int `yaml:"min" json:"min" jsonschema:"minimum=1,maximum=5200"`
	// Largest value (≥ min).
	Max int `yaml:"max" json:"max" jsonschema:"minimum=1,maximum=5200"`
}

// Inflow is the stream of new persons into a state (Poisson, per calendar year; a week's mean is per_year × its days / the days of the year).
type Inflow struct {
	// Expected new persons per year, by group; all inflows together bring in at most 10,000,000 a year.
	PerYear map[string]float64 `yaml:"per_year,omitempty" json:"per_year,omitempty"`
	// Benefit weeks before entry, i.e. the staircase clock at entry (default 0).
	PriorBenefitWeeks *int `yaml:"prior_benefit_weeks,omitempty" json:"prior_benefit_weeks,omitempty" jsonschema:"minimum=0,maximum=5200"`
	// Where the numbers come from.
	Source string `yaml:"source,omitempty" json:"source,omitempty"`
}

// Change is a dated parameter change: from its date on, set is merged onto the scenario key by key.
type Change struct {
	// First day of the change, YYYY-MM-DD; it applies to weeks starting on or after this day.
	From string `yaml:"from,omitempty" json:"from,omitempty" jsonschema:"pattern=^[0-9]{4}-[0-9]{2}-[0-9]{2}$"`
	// What changes and why.
	Description string `yaml:"description,omitempty" json:"description,omitempty"`
	// The law or decision behind the change.
	Source string `yaml:"source,omitempty" json:"source,omitempty"`
	// The new values: any part of states, transitions, inflows and the refusionstrappe.
	Set *ChangeSet `yaml:"set,omitempty" json:"set,omitempty"`
}

// ChangeSet holds the parts of a scenario that a dated change may set.
type ChangeSet struct {
	// As the scenario's states.
	States map[string]State `yaml:"states,omitempty" json:"states,omitempty"`
	// As the scenario's transitions.
	Transitions map[string]Transition `yaml:"transitions,omitempty" json:"transitions,omitempty"`
	// As the scenario's inflows.
	Inflows map[string]Inflow `yaml:"inflows,omitempty" json:"inflows,omitempty"`
	// As the scenario's refusionstrappe: from the change's date, the steps given replace the staircase's (a list replaces the whole list), and reset's keys replace those given.
	Refusionstrappe *Refusionstrappe `yaml:"refusionstrappe,omitempty" json:"refusionstrappe,omitempty"`
}

// Refusionstrappe is the staircase by which the state refunds a share of the gross of a week on public support, by the person's weeks in the current count (the clock), and the reset rule that starts a new count. A person's clock keeps counting when a dated change sets new steps; the new steps apply to its value.
type Refusionstrappe struct {
	// The steps in order, at most 8: each but the last ends in its to_week, the next starts in the week after, and the last has no end, e.g. [{to_week: 4, state_share: 0.80}, {to_week: 26, state_share: 0.40}, {to_week: 52, state_share: 0.30}, {state_share: 0.20}]. Omitted: the law's.
	Steps []StaircaseStep `yaml:"steps,omitempty" json:"steps,omitempty" jsonschema:"minItems=1,maxItems=8"`
	// The reset rule: weeks self-supporting weeks within the last window_weeks weeks start a new count. Omitted: the law's, 52 weeks within 156.
	Reset *ResetRule `yaml:"reset,omitempty" json:"reset,omitempty"`
	// The law or decision the staircase comes from.
	Source string `yaml:"source,omitempty" json:"source,omitempty"`
}

// StaircaseStep is one step of the refusionstrappe.
type StaircaseStep struct {
	// The last clock week on the step, e.g. 4 for weeks 1-4 (the first step starts in week 1, each next one in the week after the one before it ends); omitted on the last step, which has no end.
	ToWeek *int `yaml:"to_week,omitempty" json:"to_week,omitempty" jsonschema:"minimum=1,maximum=5200"`
	// The state's share of the gross in the step's weeks, e.g. 0.80.
	StateShare *float64 `yaml:"state_share,omitempty" json:"state_share,omitempty" jsonschema:"minimum=0,maximum=1"`
}

// ResetRule is the reset rule (§ 6 in the law): self-supporting weeks, after the first benefit week of the current count, within a look-back window.
type ResetRule struct {
	// Self-supporting weeks within the window that start a new count (default 52); at most window_weeks.
	Weeks *int `yaml:"weeks,omitempty" json:"weeks,omitempty" jsonschema:"minimum=1,maximum=260"`
	// The look-back window in weeks (default 156, 3 years); at most 260 (5 years).
	WindowWeeks *int `yaml:"window_weeks,omitempty" json:"window_weeks,omitempty" jsonschema:"minimum=1,maximum=260"`
}

// Indexes are a scenario's yearly price indexes.
type Indexes struct {
	// The satsreguleringsprocent of each year: a rate's years without an amount follow it, unless the rate gives its own indexing; faste priser deflate ydelser by it.
	Satsregulering *Index `yaml:"satsregulering,omitempty" json:"satsregulering,omitempty"`
	// The pris- og lønindeks (PL) for kommunal service: cost lines without their own indexing follow it; faste priser deflate intervention costs by it.
	PL *Index `yaml:"pl,omitempty" json:"pl,omitempty"`
}

// Index is a yearly index, given by its change from one year to the next.
type Index struct {
	// The change into each year, e.g. {2025: 0.029, 2026: 0.025}, each between -0.5 and 0.5.
	Rates map[int]float64 `yaml:"rates,omitempty" json:"rates,omitempty"`
	// The yearly change after the last year given: a stated assumption (say so in source, UNCONFIRMED).
	Later *float64 `yaml:"later,omitempty" json:"later,omitempty" jsonschema:"minimum=-0.5,maximum=0.5"`
	// Where the figures come from.
	Source string `yaml:"source,omitempty" json:"source,omitempty"`
}
