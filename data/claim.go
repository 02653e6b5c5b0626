package data

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ClaimDate is the date of the headline claim: Altman's post of 6 Nov 2025
// (about $1.4T of commitments over about eight years, about 30 GW).
var ClaimDate = MustDate("2025-11-06")

// ClaimEvent is one occasion on which the headline claim was made: its
// date, what was claimed, in words, and the source that reports it (one of
// the sources of the headline_commitments_usd assumption).
type ClaimEvent struct {
	Date   Date
	Label  string
	Source Source
}

// ClaimEvents are the two occasions of the headline claim, in order: the
// livestream of 28 Oct 2025 (about 30 GW and $1.4T committed) and the post
// of 6 Nov 2025 (ClaimDate: about $1.4T over about eight years).
var ClaimEvents = []ClaimEvent{
	{Date: MustDate("2025-10-28"), Label: "Altman's livestream: ~30 GW, ~$1.4T",
		Source: Source{URL: "https://www.newsmax.com/finance/streettalk/sam-altman-open-ai-trillion/2025/10/29/id/1232304/",
			Publisher: "Newsmax", Date: MustDate("2025-10-29"), Quality: QualityPress,
			Supports: "Altman: about 30 GW and $1.4T committed; over $40B per GW today, which could roughly halve"}},
	{Date: ClaimDate, Label: "Altman's post: ~$1.4T over 8 years",
		Source: Source{URL: "https://www.techbuzz.ai/articles/openai-hits-20b-arr-commits-1-4t-for-ai-infrastructure",
			Publisher: "TechBuzz", Date: MustDate("2025-11-06"), Quality: QualitySecondary,
			Supports: "Altman's X post: above $20B annualized revenue in 2025 and about $1.4T of data center commitments over the next eight years"}},
}

// HoursPerYear is the hours in a (non-leap) year, 365 x 24: the arithmetic
// that turns gigawatts into a year's electricity.
const HoursPerYear = 365 * 24

// The kinds of a claim step.
const (
	// StepLedger steps add up, from zero, to the ledger's total.
	StepLedger = "ledger"
	// StepResidual is the one step from the ledger's total to the claim.
	StepResidual = "residual"
)

// ClaimStep is one step of a waterfall between the claim and the ledger:
// a signed amount (US dollars or GW) and the deals behind it.
type ClaimStep struct {
	// Key names the step ("disclosed", "estimated:chip_cost_per_gw_usd",
	// "overlap", "undisclosed", "chips", "sites", "chips_in_sites").
	Key   string `json:"key"`
	Kind  string `json:"kind"`
	Label string `json:"label"`
	// Value is the step's signed amount.
	Value float64 `json:"value"`
	// Assumption is the ledger assumption an estimate step is made with.
	Assumption string `json:"assumption,omitempty"`
	// Note says what the step is, in one sentence.
	Note string `json:"note"`
	// DealIDs are the deals behind the step, in ledger order.
	DealIDs []string `json:"deal_ids"`
}

// Waterfall goes from zero through its ledger steps to the ledger's total
// (Ledger), and from there through one residual step to the claim.
type Waterfall struct {
	Unit string `json:"unit"`
	// Claim is the headline figure; ClaimSources support it.
	Claim        float64  `json:"claim"`
	ClaimSources []Source `json:"claim_sources"`
	// Ledger is the ledger's deduplicated total (Totals.CommitmentsUSD or
	// Totals.CapacityGW).
	Ledger float64     `json:"ledger"`
	Steps  []ClaimStep `json:"steps"`
}

// Homes is the "30 GW = 25 million homes" arithmetic with its inputs: a
// capacity drawn all year at full power, divided by an average US
// household's yearly use.
type Homes struct {
	ClaimGW    float64 `json:"claim_gw"`
	ClaimHomes float64 `json:"claim_homes"`
	// ClaimSources support the 25 million homes.
	ClaimSources        []Source `json:"claim_sources"`
	HouseholdKWhPerYear float64  `json:"household_kwh_per_year"`
	HouseholdSources    []Source `json:"household_sources"`
	HoursPerYear        float64  `json:"hours_per_year"`
	// ClaimTWh and ComputedHomes are ClaimGW at full draw for a year, and
	// that in households.
	ClaimTWh      float64 `json:"claim_twh"`
	ComputedHomes float64 `json:"computed_homes"`
	// ImpliedKWhPerHome is what each of the claim's homes would use for the
	// claim's figures to agree.
	ImpliedKWhPerHome float64 `json:"implied_kwh_per_home"`
	// LedgerGW, LedgerTWh and LedgerHomes are the same for the ledger's
	// capacity.
	LedgerGW    float64 `json:"ledger_gw"`
	LedgerTWh   float64 `json:"ledger_twh"`
	LedgerHomes float64 `json:"ledger_homes"`
}

// ClaimReconciliation explains the ledger as of a date against the
// headline claim: a dollar and a capacity waterfall and the homes
// arithmetic.
type ClaimReconciliation struct {
	AsOf        Date      `json:"as_of"`
	ClaimDate   Date      `json:"claim_date"`
	Commitments Waterfall `json:"commitments"`
	Capacity    Waterfall `json:"capacity"`
	Homes       Homes     `json:"homes"`
}

// ErrNoClaim reports a ledger without the headline assumptions.
var ErrNoClaim = fmt.Errorf("%w: the headline assumptions (headline_commitments_usd, capacity_goal_gw, headline_homes, us_household_kwh_per_year) are missing", ErrUnknownAssumption)

// ReconcileClaim returns the claim reconciled with v, a view of l: every
// step computed from v's deals and l's assumptions. The ledger steps of
// each waterfall add up to its Ledger figure and Ledger plus the residual
// step is the claim.
func (l *Ledger) ReconcileClaim(v View) (ClaimReconciliation, error) {
	usd, err1 := l.Assumption("headline_commitments_usd")
	gw, err2 := l.Assumption("capacity_goal_gw")
	homes, err3 := l.Assumption("headline_homes")
	kwh, err4 := l.Assumption("us_household_kwh_per_year")
	if err1 != nil || err2 != nil || err3 != nil || err4 != nil || kwh.Value <= 0 {
		return ClaimReconciliation{}, ErrNoClaim
	}
	c := ClaimReconciliation{AsOf: v.AsOf, ClaimDate: ClaimDate}
	c.Commitments = l.commitmentSteps(v, usd)
	c.Capacity = capacitySteps(v, gw)
	c.Homes = Homes{
		ClaimGW: gw.Value, ClaimHomes: homes.Value, ClaimSources: homes.Sources,
		HouseholdKWhPerYear: kwh.Value, HouseholdSources: kwh.Sources, HoursPerYear: HoursPerYear,
		ClaimTWh: twhAtFullDraw(gw.Value), LedgerGW: v.Totals.CapacityGW, LedgerTWh: twhAtFullDraw(v.Totals.CapacityGW),
	}
	c.Homes.ComputedHomes = c.Homes.ClaimTWh * 1e9 / kwh.Value
	c.Homes.LedgerHomes = c.Homes.LedgerTWh * 1e9 / kwh.Value
	if homes.Value > 0 {
		c.Homes.ImpliedKWhPerHome = c.Homes.ClaimTWh * 1e9 / homes.Value
	}
	return c, nil
}

// twhAtFullDraw is a year's electricity of gw drawn all year, in TWh.
func twhAtFullDraw(gw float64) float64 { return gw * HoursPerYear / 1000 }

// outflowRole says how an active outflow deal enters the totals: counted,
// or inside another active deal (an overlap). Other deals have no role.
func (v View) outflowRoles() (counted, inside []Deal) {
	for i, d := range v.Deals {
		switch {
		case i < len(v.inTotals) && v.inTotals[i]:
			counted = append(counted, d)
		case d.Direction == DirectionOutflow && d.Status.Active():
			inside = append(inside, d)
		}
	}
	return counted, inside
}

// commitmentSteps is the dollar waterfall: disclosed values, estimated
// values by assumption (or by stated method), the overlaps removed, and
// the claim's remainder, which the undisclosed deals stand behind.
func (l *Ledger) commitmentSteps(v View, claim Assumption) Waterfall {
	counted, inside := v.outflowRoles()
	all := append(slices.Clone(counted), inside...)
	slices.SortStableFunc(all, func(a, b Deal) int { return dealOrder(v, a.ID) - dealOrder(v, b.ID) })
	w := Waterfall{Unit: "USD", Claim: claim.Value, ClaimSources: claim.Sources, Ledger: v.Totals.CommitmentsUSD}

	disclosed := ClaimStep{Key: "disclosed", Kind: StepLedger, Label: "Disclosed values", DealIDs: []string{}}
	var estimates []ClaimStep
	for _, d := range all {
		if d.ValueUSD == nil {
			continue
		}
		if !d.Estimated {
			disclosed.Value += *d.ValueUSD
			disclosed.DealIDs = append(disclosed.DealIDs, d.ID)
			continue
		}
		key := "estimated:" + d.EstimateAssumption
		if d.EstimateAssumption == "" {
			key = "estimated:method"
		}
		i := slices.IndexFunc(estimates, func(s ClaimStep) bool { return s.Key == key })
		if i < 0 {
			i = len(estimates)
			estimates = append(estimates, ClaimStep{Key: key, Kind: StepLedger, Assumption: d.EstimateAssumption, DealIDs: []string{}})
		}
		estimates[i].Value += *d.ValueUSD
		estimates[i].DealIDs = append(estimates[i].DealIDs, d.ID)
	}
	disclosed.Note = fmt.Sprintf("%s published by sources for %d deals, overlaps included.", formatUSD(disclosed.Value), len(disclosed.DealIDs))
	w.Steps = append(w.Steps, disclosed)
	for _, s := range estimates {
		if a, err := l.Assumption(s.Assumption); err == nil && s.Assumption != "" {
			gw := 0.0
			for _, id := range s.DealIDs {
				d, _ := v.Deal(id)
				gw += d.CapacityOrZeroGW()
			}
			s.Label = fmt.Sprintf("Estimated: %s GW x %s per GW", formatNumber(roundGW(gw)), formatUSD(a.Value))
			s.Note = fmt.Sprintf("%d undisclosed deals valued at the %s: %s per GW (range %s to %s).", len(s.DealIDs), lowerFirst(a.Name), formatUSD(a.Value), formatUSD(a.Low), formatUSD(a.High))
		} else {
			s.Label = "Estimated by a stated method"
			s.Note = fmt.Sprintf("%d deals whose value is estimated by the method each states.", len(s.DealIDs))
		}
		w.Steps = append(w.Steps, s)
	}

	overlap := ClaimStep{Key: "overlap", Kind: StepLedger, Label: "Overlaps removed", DealIDs: []string{}}
	var within []string
	for _, d := range inside {
		if d.ValueOrZeroUSD() == 0 {
			continue
		}
		overlap.Value -= d.ValueOrZeroUSD()
		overlap.DealIDs = append(overlap.DealIDs, d.ID)
		within = append(within, fmt.Sprintf("%s %s inside %s", d.Counterparty, formatUSD(d.ValueOrZeroUSD()), v.counterpartyOf(d.CountedIn)))
	}
	overlap.Note = "Values counted inside another active deal, left out once: " + joinOrNone(within) + "."
	w.Steps = append(w.Steps, overlap)

	rest := ClaimStep{Key: "undisclosed", Kind: StepResidual, Label: "Undisclosed values and the rest of the claim",
		Value: claim.Value - w.Ledger, DealIDs: slices.Clone(v.Totals.Undisclosed)}
	rest.Note = fmt.Sprintf("The claim minus the ledger: %d counted deals have no disclosed or estimated value, so no source sizes this step.", len(rest.DealIDs))
	if len(rest.DealIDs) == 0 {
		rest.Note = "The claim minus the ledger: every counted deal has a value, so this is what the ledger does not hold as of its date."
	}
	w.Steps = append(w.Steps, rest)
	return w
}

// capacitySteps is the capacity waterfall: chip deals, sites (clouds,
// joint ventures, leases), the sites counted inside other deals, and the
// claim's remainder: the chips installed in the ledger's sites, which no
// source sizes.
func capacitySteps(v View, claim Assumption) Waterfall {
	counted, inside := v.outflowRoles()
	w := Waterfall{Unit: "GW", Claim: claim.Value, ClaimSources: claim.Sources, Ledger: v.Totals.CapacityGW}
	chips := ClaimStep{Key: "chips", Kind: StepLedger, Label: "Chip deals", DealIDs: []string{}}
	sites := ClaimStep{Key: "sites", Kind: StepLedger, Label: "Sites, clouds and joint ventures", DealIDs: []string{}}
	overlap := ClaimStep{Key: "overlap", Kind: StepLedger, Label: "Sites inside other deals", DealIDs: []string{}}
	var within []string
	for _, d := range v.Deals {
		gw := d.CapacityOrZeroGW()
		if gw == 0 || !(slices.ContainsFunc(counted, sameID(d.ID)) || slices.ContainsFunc(inside, sameID(d.ID))) {
			continue
		}
		if d.Kind == KindChipPurchase {
			chips.Value += gw
			chips.DealIDs = append(chips.DealIDs, d.ID)
		} else {
			sites.Value += gw
			sites.DealIDs = append(sites.DealIDs, d.ID)
		}
		if slices.ContainsFunc(inside, sameID(d.ID)) {
			overlap.Value -= gw
			overlap.DealIDs = append(overlap.DealIDs, d.ID)
			within = append(within, fmt.Sprintf("%s %s GW inside %s", d.Counterparty, formatNumber(gw), v.counterpartyOf(d.CountedIn)))
		}
	}
	chips.Value, sites.Value, overlap.Value = roundGW(chips.Value), roundGW(sites.Value), roundGW(overlap.Value)
	chips.Note = fmt.Sprintf("%s GW of accelerators bought in %d chip deals.", formatNumber(chips.Value), len(chips.DealIDs))
	sites.Note = fmt.Sprintf("%s GW of data-centre capacity in %d site, cloud and joint-venture deals, overlaps included.", formatNumber(sites.Value), len(sites.DealIDs))
	overlap.Note = "Capacity counted inside another active deal, left out once: " + joinOrNone(within) + "."
	rest := ClaimStep{Key: "chips_in_sites", Kind: StepResidual, Label: "Chips installed in the ledger's sites (unsized)",
		Value: roundGW(claim.Value - w.Ledger), DealIDs: slices.Concat(chips.DealIDs, siteIDsCounted(sites.DealIDs, counted))}
	rest.Note = fmt.Sprintf("The claim minus the ledger. The chips will be installed in data centres, some of them the ledger's %s GW of counted sites, but no source says how many, so the ledger adds both.", formatNumber(roundGW(v.Totals.SiteCapacityGW)))
	w.Steps = []ClaimStep{chips, sites, overlap, rest}
	return w
}

// siteIDsCounted keeps the site deals that are counted (not inside another).
func siteIDsCounted(ids []string, counted []Deal) []string {
	out := []string{}
	for _, id := range ids {
		if slices.ContainsFunc(counted, sameID(id)) {
			out = append(out, id)
		}
	}
	return out
}

// counterpartyOf returns the counterparty of the deal id in the view, or
// the id when the view has no such deal.
func (v View) counterpartyOf(id string) string {
	if d, ok := v.Deal(id); ok {
		return d.Counterparty
	}
	return id
}

// lowerFirst returns s with a lower-case first letter, unless its second
// letter is upper case too (an abbreviation: "IT power").
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	if r2, _ := utf8.DecodeRuneInString(s[n:]); unicode.IsUpper(r2) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

func sameID(id string) func(Deal) bool { return func(d Deal) bool { return d.ID == id } }

// dealOrder is the position of a deal in the view.
func dealOrder(v View, id string) int {
	return slices.IndexFunc(v.Deals, sameID(id))
}

func joinOrNone(items []string) string {
	if len(items) == 0 {
		return "none"
	}
	return strings.Join(items, "; ")
}
