package ui

import (
	"net/url"
	"slices"
	"sort"
	"strings"

	"github.com/computeledger/computeledger/app/chart"
	"github.com/computeledger/computeledger/app/model"
	"github.com/computeledger/computeledger/data"
)

// The view parameters: the explorer's own state in a link, under the
// model's ViewParamPrefix ("ui."), which the model ignores.
const (
	paramData    = model.ViewParamPrefix + "data"   // data version the link was made with
	paramGroup   = model.ViewParamPrefix + "group"  // spend and capacity split
	paramDeal    = model.ViewParamPrefix + "deal"   // the deal picked for adjustment
	paramCompare = model.ViewParamPrefix + "b"      // compare's second scenario, as a query
	paramMetric  = model.ViewParamPrefix + "metric" // tornado metric
	paramFan     = model.ViewParamPrefix + "fan"    // fan chart quantity
	paramSort    = model.ViewParamPrefix + "sort"   // ledger table sort column, "-" first for descending
	paramFilter  = model.ViewParamPrefix + "q"      // ledger table text filter
	paramStatus  = model.ViewParamPrefix + "status" // ledger table status filter
	paramKind    = model.ViewParamPrefix + "kind"   // ledger table kind filter
	paramDeals   = model.ViewParamPrefix + "deals"  // ledger table: only these deal ids, comma-separated
	paramNoBase  = model.ViewParamPrefix + "nobase" // charts drawn without the preset's baseline, comma-separated ids
	paramScale   = model.ViewParamPrefix + "scale"  // spend and capacity scale: "", log or share
	paramTable   = model.ViewParamPrefix + "table"  // charts shown as their tables, comma-separated ids
)

// The defaults of the view parameters.
const (
	defaultGroup   = chart.GroupCounterparty
	defaultMetric  = model.MetricPeakCumulativeGapUSD
	defaultFan     = chart.FanCumulativeGap
	defaultSort    = "-value"
	defaultCompare = "preset=" + model.PresetBear
)

// ledgerColumns are the sortable columns of the ledger table.
var ledgerColumns = []string{"counterparty", "kind", "status", "value", "capacity", "start", "announced"}

// ViewState is what a link says about the view besides the scenario: the
// chart groupings, the selections and the ledger table's sort and filters.
type ViewState struct {
	// DataVersion is the ledger version the link was made with ("" when
	// the link does not say).
	DataVersion string
	Group       chart.Group
	// Scale is the spend and capacity charts' scale.
	Scale chart.Scale
	// Deal is the id of the deal picked in the deal editor ("" for none).
	Deal string
	// Compare is the query of compare's second scenario.
	Compare string
	Metric  model.Metric
	Fan     chart.FanQuantity
	// Sort is a ledger column, with "-" in front for descending order.
	Sort   string
	Filter string
	// Status is "" (all), "active", "inactive" or one data.Status.
	Status string
	// Kind is "" (all) or one data.Kind.
	Kind string
	// Deals, when set, limits the ledger table to these deal ids
	// (comma-separated): the deals behind a reconciliation step.
	Deals string
	// NoBase lists the charts (comma-separated ids, in baselineCharts'
	// order) the reader turned the preset's baseline off in.
	NoBase string
	// Table lists the charts (comma-separated ids, in tableCharts' order)
	// the reader switched to their tables.
	Table string
}

// DefaultViewState returns the view state of a link without view
// parameters.
func DefaultViewState() ViewState {
	return ViewState{Group: defaultGroup, Compare: defaultCompare, Metric: defaultMetric, Fan: defaultFan, Sort: defaultSort}
}

// viewField is one view parameter: where it lives in a ViewState, the
// words it accepts (nil: any text) and how they are described.
type viewField struct {
	param    string
	ptr      func(v *ViewState) *string
	words    func(l *data.Ledger) []string
	accepted string
	fallback string // what a bad value falls back to, in words
	// list: the value is a comma-separated list, each item one of words
	// ("" is the empty list).
	list bool
}

// acceptsValue reports whether raw is a value f accepts.
func (f viewField) acceptsValue(l *data.Ledger, raw string) bool {
	if f.words == nil {
		return true
	}
	if !f.list {
		return slices.Contains(f.words(l), raw)
	}
	if raw == "" {
		return true
	}
	for _, item := range strings.Split(raw, ",") {
		if !slices.Contains(f.words(l), item) {
			return false
		}
	}
	return true
}

var viewFields = []viewField{
	{param: paramData, ptr: func(v *ViewState) *string { return &v.DataVersion }},
	{param: paramGroup, ptr: func(v *ViewState) *string { return (*string)(&v.Group) },
		words: func(*data.Ledger) []string { return choiceWords(groupChoices) }},
	{param: paramScale, ptr: func(v *ViewState) *string { return (*string)(&v.Scale) },
		words: func(*data.Ledger) []string { return choiceWords(scaleChoices) }, accepted: "log or share (or nothing for amounts)", fallback: "amounts"},
	{param: paramDeal, ptr: func(v *ViewState) *string { return &v.Deal },
		words: func(l *data.Ledger) []string {
			ids := []string{""}
			for _, d := range l.Deals {
				ids = append(ids, d.ID)
			}
			return ids
		}, accepted: "the id of a deal in the ledger", fallback: "no deal"},
	{param: paramCompare, ptr: func(v *ViewState) *string { return &v.Compare }},
	{param: paramMetric, ptr: func(v *ViewState) *string { return (*string)(&v.Metric) },
		words: func(*data.Ledger) []string { return choiceWords(metricChoices) }},
	{param: paramFan, ptr: func(v *ViewState) *string { return (*string)(&v.Fan) },
		words: func(*data.Ledger) []string { return choiceWords(fanChoices) }},
	{param: paramSort, ptr: func(v *ViewState) *string { return &v.Sort },
		words: func(*data.Ledger) []string {
			out := append([]string(nil), ledgerColumns...)
			for _, c := range ledgerColumns {
				out = append(out, "-"+c)
			}
			return out
		}, accepted: "a column (" + strings.Join(ledgerColumns, ", ") + "), with - in front for descending"},
	{param: paramFilter, ptr: func(v *ViewState) *string { return &v.Filter }},
	{param: paramStatus, ptr: func(v *ViewState) *string { return &v.Status },
		words: func(*data.Ledger) []string {
			return append([]string{"", "active", "inactive"}, enumStrings(data.Statuses)...)
		},
		fallback: "all statuses"},
	{param: paramKind, ptr: func(v *ViewState) *string { return &v.Kind },
		words: func(*data.Ledger) []string { return append([]string{""}, enumStrings(data.Kinds)...) }, fallback: "all kinds"},
	{param: paramDeals, ptr: func(v *ViewState) *string { return &v.Deals }},
	{param: paramNoBase, ptr: func(v *ViewState) *string { return &v.NoBase }, list: true,
		words:    func(*data.Ledger) []string { return baselineCharts },
		accepted: "chart ids, comma-separated (" + strings.Join(baselineCharts, ", ") + ")", fallback: "the baseline in every chart"},
	{param: paramTable, ptr: func(v *ViewState) *string { return &v.Table }, list: true,
		words:    func(*data.Ledger) []string { return tableCharts },
		accepted: "chart ids, comma-separated (" + strings.Join(tableCharts, ", ") + ")", fallback: "every chart drawn"},
}

// listed reports whether the comma-separated list raw holds id.
func listed(raw, id string) bool {
	return raw != "" && slices.Contains(strings.Split(raw, ","), id)
}

// listWith returns the comma-separated list raw with id in it (on) or
// not, its items in order's order.
func listWith(raw string, order []string, id string, on bool) string {
	in := map[string]bool{id: on}
	if raw != "" {
		for _, c := range strings.Split(raw, ",") {
			if c != id {
				in[c] = true
			}
		}
	}
	var list []string
	for _, c := range order {
		if in[c] {
			list = append(list, c)
		}
	}
	return strings.Join(list, ",")
}

// ParseViewState reads the view parameters of q; each bad one becomes a
// notice naming it and the value used instead, never an error. The ledger
// is used to check the deal id.
func ParseViewState(l *data.Ledger, q url.Values) (ViewState, []Notice) {
	v := DefaultViewState()
	var notices []Notice
	keys := make([]string, 0, len(q))
	for k := range q {
		if strings.HasPrefix(k, model.ViewParamPrefix) {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		raw := ""
		if vs := q[k]; len(vs) > 0 {
			raw = vs[len(vs)-1]
		}
		if n := v.setParam(l, k, raw); n != nil {
			notices = append(notices, *n)
		}
	}
	return v, notices
}

// setParam sets one view parameter the way a link sets it; a bad value
// leaves v as it was and returns the notice naming it and the value used.
func (v *ViewState) setParam(l *data.Ledger, k, raw string) *Notice {
	i := slices.IndexFunc(viewFields, func(f viewField) bool { return f.param == k })
	if i < 0 {
		return &Notice{Param: k, Text: k + " is not a view parameter the explorer knows; ignored."}
	}
	f := viewFields[i]
	dst := f.ptr(v)
	if !f.acceptsValue(l, raw) {
		accepted, used := f.accepted, f.fallback
		if accepted == "" {
			accepted = strings.Join(f.words(l), ", ")
		}
		if used == "" {
			used = *dst
		}
		return &Notice{Param: k, Text: k + ` = "` + clip(raw, 60) + `" is not accepted (accepted: ` + strings.Trim(accepted, ", ") + `); using ` + used + ` instead.`}
	}
	limit := 100
	if k == paramDeals {
		limit = 2000
	}
	*dst = clip(raw, limit)
	return nil
}

// Set writes the view state into q: only what differs from the defaults,
// plus the data version when it is given.
func (v ViewState) Set(q url.Values, dataVersion string) {
	d := DefaultViewState()
	v.DataVersion = dataVersion
	for _, f := range viewFields {
		if val := *f.ptr(&v); val != *f.ptr(&d) {
			q.Set(f.param, val)
		}
	}
}
