// Package model turns the deal ledger into answers: when the money is paid
// (spend), when the capacity arrives and what it takes in chips and power
// (capacity), and what revenue would carry it (funding), plus a solver for
// the revenue growth that makes the plan pay for itself, a sensitivity
// tornado and a seeded Monte Carlo.
//
// Everything a model assumes lives in one plain, versioned, serialisable
// Scenario. Defaults come from the ledger's sourced assumptions; named
// presets (PresetNames) start from them. A Scenario converts to and from a
// URL query string (Scenario.Query, ParseQuery) and JSON
// (ParseScenarioJSON), so the explorer's shareable link and the command line
// reproduce the same numbers.
//
// The stable entry points:
//
//	Preset(l, name, asOf) (Scenario, error)
//	Run(l, s) (Result, error)
//	ParseQuery(l, q) (Scenario, []Problem)
//	ParseQueryStrict(l, q) (Scenario, error)
//	SetParam(l, s, key, raw) (Scenario, []Problem)
//	Params(), WordParams(), ParamByKey(key): the parameter registry
//	Solve(l, s, goal) (Solution, error)
//	Sensitivity(l, s, metric) ([]Swing, error)
//	MonteCarlo(l, s, n, seed) (Distribution, error)
//
// The package imports only the standard library and package data, so it
// runs unchanged natively and in WebAssembly. The formulas and the table of
// query parameters are in README.md beside this file.
package model
