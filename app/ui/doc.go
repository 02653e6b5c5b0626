// Package ui holds the explorer's go-app components and pages, the URL
// state, and EChart: the only component that talks to ECharts' JavaScript.
//
// Every route shows one Explorer component with its own Path, so moving
// between views updates the mounted component and keeps its Session: the
// ledger (with any imported deals), the scenario, its model.Result and the
// view state. Plain functions hold the logic the pages show and test
// without a browser: the link (Session.LoadQuery and Session.Query, with
// ParseViewState for the "ui." parameters and ProblemNotice for every bad
// one), the controls (NumberControls, DealControls, ToggleDeal), the
// downloads (LedgerCSV, ResultsJSON, ComposeSVG, Citation), the saved
// scenarios (DecodeSaved), the import (MergeImport, ImportErrors) and the
// summaries (OverviewTiles, ScenarioSummary).
//
// In the browser a control change re-runs the model once, redraws the
// visible charts at once (their options rebuilt only when their inputs
// changed, setOption skipped when the JSON did not change) and moves
// document.documentElement.dataset.updateSeq on; the rest of the page is
// re-rendered in the next task, and the address is rewritten after a
// pause (history.replaceState, no new history entry).
package ui
