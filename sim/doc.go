// Package sim is the weekly benefit-flow Monte Carlo engine of ydelsesflow.
//
// A [Model] is a compiled scenario: states (ydelser and non-benefit states),
// their financing, daily rates per budget year and group, duration-dependent
// exit hazards with destination shares, maximum durations, initial stock and
// Poisson inflows, all possibly changing at dated epochs. [Run] simulates
// every person week by week:
//
//  1. price the week: if the state counts on the staircase clock the clock
//     increases by one first; the week is attributed to the step that the
//     clock is on ([Staircase.StepOf]) of the week's epoch's staircase
//     ([Epoch.Staircase], by default the law's [Refusionstrappe]);
//  2. apply the reset rule of § 6 in the financing law ([Epoch.Reset], by
//     default [LawReset]): its weeks of self-support within its window,
//     counted after the first benefit week of the current count, set the
//     clock back to 0;
//  3. draw the transition at the end of the week; a maximum duration counts
//     the weeks of the current spell or, over a look-back window
//     ([Exit.Within], sygedagpenge's 22 weeks within 9 months), the weeks in
//     a set of states ([LookBack]) within the last weeks, whichever spells.
//
// The law — the staircase's steps and shares, the reset rule, the labels of
// the steps — is defined once, in law.go, with its paragraphs; a scenario
// may set another staircase and reset rule from a date, as any epoch
// parameter. A person's clock keeps counting across epochs.
//
// Person-weeks are counted per run × week × state × group × step as
// integers, and priced afterwards day by day (a week that straddles New
// Year is split between its budget years) with the week's staircase or the
// state's fixed share, so results do not depend on the order in which
// persons are visited.
//
// [Expected] and [ExpectedFlows] compute the same model's expected yearly
// totals and flows (tilgang, afgang, durations, stocks) without random
// numbers, on the chain of (state, group, weeks in state[, clock]); they
// refuse, with an error wrapping [ErrNotExact], what the chain cannot
// hold: interventions and maxima over a look-back window. [Options.Flows]
// has the engine count the same flows per run.
//
// Every random number comes from a stream keyed by (seed, run, person
// identity, purpose) — never by worker or array position — so a run gives
// the same numbers whatever the number of workers.
//
// The package does no file or terminal I/O.
package sim
