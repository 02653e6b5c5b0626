package ui

import (
	"strconv"

	"github.com/computeledger/computeledger/app/chart"
	"github.com/computeledger/computeledger/app/model"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// renderCapacity returns the capacity view: gigawatts online per year
// against the goal and the build rate, and what the capacity takes in
// accelerators, energy, homes and US electricity.
func (e *Explorer) renderCapacity() app.UI {
	r := e.s.Result
	capOpt, powerOpt := e.capacityOption(), e.powerOption()
	return app.Div().Body(
		e.tilesWithBase(capacityTiles),
		e.groupSwitch(),
		e.chartCard("chart-capacity", "Capacity online per year", capOpt, chart.CapacitySummary(r), "chart-tall"),
		e.chartCard("chart-power", "Chips and power per year", powerOpt, chart.PowerSummary(r), "chart-tall"),
	)
}

// capacityTiles returns the capacity view's headline tiles of run r.
func capacityTiles(r model.Result) []Tile {
	t := r.Totals
	goal := "not reached by " + strconv.Itoa(t.LastYear)
	if t.GoalYear != 0 {
		goal = "reached in " + strconv.Itoa(t.GoalYear)
	}
	return []Tile{
		{Label: "Capacity contracted", Value: formatGW(t.CapacityGW), Note: formatGW(t.CapacityOnlineGW) + " online by " + strconv.Itoa(t.LastYear)},
		{Label: "Goal", Value: formatGW(t.CapacityGoalGW), Note: goal},
		{Label: "Accelerators", Value: formatCountShort(t.AcceleratorsCount), Note: "for all contracted capacity"},
		{Label: "Energy", Value: formatTWh(t.EnergyTWh), Note: formatCount(t.HomesEquivalent) + " homes, " + formatPercent(t.USElectricityShare) + " of US electricity"},
		{Label: "Capital cost to build it", Value: model.FormatUSD(t.ImpliedCapexUSD), Note: "at " + model.FormatUSD(r.Scenario.CostPerGWUSD) + " per GW, whoever pays"},
	}
}
