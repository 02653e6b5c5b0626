package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// renderLedger returns the ledger view: the date control, the filters,
// the sortable table of deals with their sources and revisions, and the
// import of extra deals.
func (e *Explorer) renderLedger() app.UI {
	t := e.s.View.Totals
	// Every part is always there, in the same place, so that a part
	// shown or hidden never makes go-app draw a component anew (the
	// import's message and the table's page and open panels are theirs).
	return app.Div().Body(
		app.Div().Class("ledger-date").Body(e.dateField("ledger-as_of")),
		tiles([]Tile{
			{Label: "Commitments in the ledger", Value: formatUSD(t.CommitmentsUSD), Note: formatUSD(t.DisclosedUSD) + " disclosed, " + formatUSD(t.EstimatedUSD) + " estimated, overlaps removed"},
			{Label: "Capacity", Value: formatGW(t.CapacityGW), Note: formatGW(t.OverlapRemovedGW) + " counted inside other deals"},
			{Label: "Deals", Value: strconv.Itoa(t.DealCount), Note: strconv.Itoa(t.CountedCount) + " in the totals, " + strconv.Itoa(len(e.s.View.Applied)) + " revisions applied"},
			sourceQualityTile(t),
		}),
		&LedgerTable{Session: e.s, Rev: e.s.Rev, OnViewState: e.onViewState},
		&ImportPanel{Session: e.s, OnImported: e.onImported},
	)
}

// importSummaryText says what one imported file added.
func importSummaryText(sum ImportSummary) string {
	text := strconv.Itoa(sum.Deals) + " new deals and " + strconv.Itoa(sum.Revisions) + " revisions"
	if sum.Unchanged > 0 {
		text += "; " + strconv.Itoa(sum.Unchanged) + " deals already in the ledger unchanged"
	}
	return text + "."
}

// onViewState applies a view state a child component asks for, on the
// explorer's own context.
func (e *Explorer) onViewState(ctx app.Context, v ViewState) { e.onChange(ctx, Change{View: &v}) }

// onImported follows a file taken in or removed by the ImportPanel: every
// chart is drawn again.
func (e *Explorer) onImported(ctx app.Context) { e.changed(e.ownContext(ctx)) }
