// Package scenario reads, resolves, validates and compiles ydelsesflow
// scenario files.
//
// A scenario file is YAML (see [File] for the keys; scenarios/scenario.schema.json
// is generated from these types for editors). A file may say
// `extends: other.yaml` and hold only what differs: mappings are merged key by
// key with the extending file winning, while lists, destination-share maps
// (destinations, at_max) and the alternatives mean_weeks/hazards and
// years/weeks are replaced as a whole. Dated changes (the changes key) are
// merged the same way onto the scenario from their date on, giving the
// engine one parameter epoch per date.
//
// Every problem found — YAML syntax, unknown keys, wrong types, and semantic
// checks such as destination shares not summing to 1 — is reported as an
// [Error] with file, line, column and the key path, and [Loader.Load] returns
// all of them at once as an [ErrorList].
//
// Compilation reads the resolved YAML tree node by node: every value is
// read together with its node, so a problem is reported at the node it is
// about (a missing key at the mapping that lacks it). An uncertain number
// ({dist: ...}) is read as its mean when the scenario is loaded, and as the
// run's draw when [Scenario.ModelFor] compiles a Monte Carlo run's model:
// the tree is only read, never rewritten, so runs compile in parallel. A
// number that must be whole (persons, capacity, weeks) is rounded, its mean
// and every draw.
package scenario
