package scenario

// File is one scenario file as an economist writes it. Every key is optional
// in a single file, because a file may extend another and hold only what
// differs; the resolved scenario must then be complete.
type File struct {
	// Another scenario file this one builds on, relative to this file or the name of an embedded scenario. Keys here win, key by key.
	Extends string `yaml:"extends,omitempty" json:"extends,omitempty"`
	// Short title shown in tables and reports.
	Title string `yaml:"title,omitempty" json:"title,omitempty"`
	// What the scenario describes, its main assumptions and sources.
	Description string `yaml:"description,omitempty" json:"description,omitempty"`
	// First simulated week: a Monday, written YYYY-MM-DD.
	Start string `yaml:"start,omitempty" json:"start,omitempty" jsonschema:"pattern=^[0-9]{4}-[0-9]{2}-[0-9]{2}$"`
	// How long to simulate: whole budget years or a number of weeks.
	Horizon *Horizon `yaml:"horizon,omitempty" json:"horizon,omitempty"`
	// Number of Monte Carlo runs (the CLI flag --runs overrides it).
	Runs *int `yaml:"runs,omitempty" json:"runs,omitempty" jsonschema:"minimum=1"`
	// Master seed of the random numbers (the CLI flag --seed overrides it).
	Seed *uint64 `yaml:"seed,omitempty" json:"seed,omitempty" jsonschema:"minimum=0"`
	// Yearly discount rate for present values, e.g. 0.035 (Finansministeriet from 2021).
	DiscountRate *float64 `yaml:"discount_rate,omitempty" json:"discount_rate,omitempty" jsonschema:"minimum=0,maximum=1"`
	// Groups of citizens; parameters may differ by group.
	Groups map[string]Group `yaml:"groups,omitempty" json:"groups,omitempty"`
	// States: ydelser and non-benefit states such as selvforsoergelse, in report order.
	States map[string]State `yaml:"states,omitempty" json:"states,omitempty"`
	// Transitions out of each state: weekly exit hazards and destination shares.
	Transitions map[string]Transition `yaml:"transitions,omitempty" json:"transitions,omitempty"`
	// Persons in each state at the start.
	Initial map[string]Stock `yaml:"initial,omitempty" json:"initial,omitempty"`
	// New persons entering each state from outside the model.
	Inflows map[string]Inflow `yaml:"inflows,omitempty" json:"inflows,omitempty"`
	// Dated parameter changes, e.g. a law change; each applies to weeks starting on or after its date.
	Changes map[string]Change `yaml:"changes,omitempty" json:"changes,omitempty"`
}

// Horizon is the simulated period. Give exactly one of years and weeks.
type Horizon struct {
	// Number of whole budget years, counted from the budget year of the start week.
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
	// Who pays: staircase (kommune pays, refusionstrappe 80/40/30/20 %), medfinansiering (Udbetaling Danmark pays, kommune co-finances 20/60/70/80 %), fixed (state_share of every week), none.
	Financing string `yaml:"financing,omitempty" json:"financing,omitempty" jsonschema:"enum=staircase,enum=medfinansiering,enum=fixed,enum=none"`
	// The state's share of gross cost when financing is fixed, e.g. 0.35.
	StateShare *float64 `yaml:"state_share,omitempty" json:"state_share,omitempty" jsonschema:"minimum=0,maximum=1"`
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
}

// Rate is a gross benefit rate by year, indexed for missing years.
type Rate struct {
	// Unit of the amounts: week, month (×12/52 per week) or year (÷52 per week).
	Per string `yaml:"per,omitempty" json:"per,omitempty" jsonschema:"enum=week,enum=month,enum=year"`
	// Amount in kr. by year, e.g. {2024: 4695}.
	Amounts map[int]float64 `yaml:"amounts,omitempty" json:"amounts,omitempty"`
	// Yearly satsregulering for years without an amount, e.g. 0.025 (compounded from the nearest given year).
	Indexing *float64 `yaml:"indexing,omitempty" json:"indexing,omitempty" jsonschema:"minimum=-0.5,maximum=0.5"`
	// Where the amounts come from.
	Source string `yaml:"source,omitempty" json:"source,omitempty"`
}

// Transition says how persons leave a state. Give either mean_weeks or hazards.
type Transition struct {
	// Shorthand: expected weeks in the state; a constant weekly hazard is derived so that the expected stay, including a forced exit at max_weeks, equals this.
	MeanWeeks *float64 `yaml:"mean_weeks,omitempty" json:"mean_weeks,omitempty" jsonschema:"exclusiveMinimum=0"`
	// Weekly exit hazards over duration bands; each band runs from from_week until the next band.
	Hazards []Band `yaml:"hazards,omitempty" json:"hazards,omitempty"`
	// Destination shares of those who exit (summing to 1), unless a band has its own.
	Destinations map[string]float64 `yaml:"destinations,omitempty" json:"destinations,omitempty"`
	// Maximum weeks in the state; at the end of that week everyone left is moved by at_max.
	MaxWeeks *int `yaml:"max_weeks,omitempty" json:"max_weeks,omitempty" jsonschema:"minimum=1"`
	// Destination shares of the forced exit at max_weeks (summing to 1); the state itself means a new spell.
	AtMax map[string]float64 `yaml:"at_max,omitempty" json:"at_max,omitempty"`
	// Group-specific overrides: any key given replaces the one above for that group.
	Groups map[string]TransitionOverride `yaml:"groups,omitempty" json:"groups,omitempty"`
	// Where the durations and shares come from.
	Source string `yaml:"source,omitempty" json:"source,omitempty"`
}

// TransitionOverride replaces parts of a transition for one group.
type TransitionOverride struct {
	// As in the transition.
	MeanWeeks *float64 `yaml:"mean_weeks,omitempty" json:"mean_weeks,omitempty" jsonschema:"exclusiveMinimum=0"`
	// As in the transition.
	Hazards []Band `yaml:"hazards,omitempty" json:"hazards,omitempty"`
	// As in the transition.
	Destinations map[string]float64 `yaml:"destinations,omitempty" json:"destinations,omitempty"`
	// As in the transition.
	MaxWeeks *int `yaml:"max_weeks,omitempty" json:"max_weeks,omitempty" jsonschema:"minimum=1"`
	// As in the transition.
	AtMax map[string]float64 `yaml:"at_max,omitempty" json:"at_max,omitempty"`
	// Where the group's figures come from.
	Source string `yaml:"source,omitempty" json:"source,omitempty"`
}

// Band is a duration band with a constant weekly exit hazard.
type Band struct {
	// First week in the state the band applies to (the first band starts at 1).
	FromWeek int `yaml:"from_week" json:"from_week" jsonschema:"minimum=1"`
	// Probability of leaving the state at the end of each week in the band.
	Weekly float64 `yaml:"weekly" json:"weekly" jsonschema:"minimum=0,maximum=1"`
	// Destination shares for exits in this band, replacing the transition's.
	Destinations map[string]float64 `yaml:"destinations,omitempty" json:"destinations,omitempty"`
}

// Stock is the initial number of persons in a state.
type Stock struct {
	// Persons by group.
	Persons map[string]int `yaml:"persons,omitempty" json:"persons,omitempty"`
	// Weeks already in the state at start, uniform between min and max; omitted = the steady-state distribution implied by the state's hazards.
	WeeksInState *WeeksRange `yaml:"weeks_in_state,omitempty" json:"weeks_in_state,omitempty"`
	// Benefit weeks before this state, added to the staircase clock (default 0: clock = weeks in state).
	PriorBenefitWeeks *int `yaml:"prior_benefit_weeks,omitempty" json:"prior_benefit_weeks,omitempty" jsonschema:"minimum=0"`
	// Where the numbers come from.
	Source string `yaml:"source,omitempty" json:"source,omitempty"`
}

// WeeksRange is a uniform range of whole weeks.
type WeeksRange struct {
	// Smallest value (≥ 1).
	Min int `yaml:"min" json:"min" jsonschema:"minimum=1"`
	// Largest value (≥ min).
	Max int `yaml:"max" json:"max" jsonschema:"minimum=1"`
}

// Inflow is the stream of new persons into a state (Poisson, weekly mean = per_year/52).
type Inflow struct {
	// Expected new persons per year, by group.
	PerYear map[string]float64 `yaml:"per_year,omitempty" json:"per_year,omitempty"`
	// Benefit weeks before entry, i.e. the staircase clock at entry (default 0).
	PriorBenefitWeeks *int `yaml:"prior_benefit_weeks,omitempty" json:"prior_benefit_weeks,omitempty" jsonschema:"minimum=0"`
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
	// The new values: any part of states, transitions and inflows.
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
}
