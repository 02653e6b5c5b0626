package model

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/computeledger/computeledger/data"
)

// The ledger's assumption and series ids the models read.
const (
	idCostPerGW      = "cost_per_gw_usd"
	idChipCostPerGW  = "chip_cost_per_gw_usd"
	idPUE            = "pue"
	idUtilisation    = "utilisation"
	idKWDefault      = "kw_per_accelerator_default"
	idKWPrefix       = "kw_per_accelerator_"
	idHouseholdKWh   = "us_household_kwh_per_year"
	idUSElectricity  = "us_electricity_twh_per_year"
	idGoal           = "capacity_goal_gw"
	idBuildRate      = "build_rate_gw_per_week"
	idTermYears      = "headline_term_years"
	idRevenueStart   = "revenue_run_rate_usd_2025"
	idComputeShare   = "compute_share_of_revenue"
	idRevenueSeries  = "openai_revenue_usd"
	idRental         = "rental_usd_per_gw_year"
	idPower          = "power_usd_per_mwh"
	idCash           = "cash_on_hand_usd"
	revenueStartYear = 2025 // the year named by idRevenueStart
)

// Model constants that the ledger has no assumption for.
const (
	// defaultSteepness is the S-curve profile's logistic steepness per term:
	// at 8 the curve covers 2% to 98% of its rise inside the term.
	defaultSteepness = 8
	// ceilingPerTarget multiplies the largest sourced revenue target to give
	// the default ceiling of the S-curve revenue path. No source gives a
	// ceiling; at twice the largest target the base case's S-curve passes
	// close to the sourced 2030 figure instead of compounding without end.
	ceilingPerTarget = 2
	// hoursPerYear turns GW of average load into GWh per year (365 days).
	hoursPerYear = 8760
	// weeksPerYear turns a weekly build rate into a yearly one (365.2425 / 7).
	weeksPerYear = 365.2425 / 7
)

// band is a central value with its sourced low and high.
type band struct{ value, low, high float64 }

// inputs are the ledger's figures the models need, read once per ledger.
type inputs struct {
	costPerGW, chipCostPerGW        band
	pue, utilisation, kwDefault     band
	householdKWh, usElectricityTWh  float64
	goalGW, buildRate, computeShare band
	revenueStart                    band
	rental, power                   band // after contracts: rent per GW-year, power per MWh
	cash                            band // cash on hand at the start of the horizon
	defaultTermYears                int
	kwFamilies                      []FamilyKW // sorted by family
	kwBands                         map[string]band
	revenueActual                   map[int]float64 // actual revenue by year
	targets                         []YearValue     // sourced targets after the start year
	cagr                            band            // median, min and max implied CAGR
	ceilingUSD                      float64
}

var inputsCache cache[*data.Ledger, *inputs]

// ledgerInputs returns the model inputs of l, read once and kept.
func ledgerInputs(l *data.Ledger) (*inputs, error) {
	if l == nil {
		return nil, fmt.Errorf("%w: no ledger", ErrLedger)
	}
	return inputsCache.get(l, func() (*inputs, error) { return readInputs(l) })
}

func readInputs(l *data.Ledger) (*inputs, error) {
	in := &inputs{kwBands: map[string]band{}, revenueActual: map[int]float64{}}
	var errs []error
	get := func(id string) band {
		a, err := l.Assumption(id)
		if err != nil {
			errs = append(errs, fmt.Errorf("%w: assumption %s: %w", ErrLedger, id, err))
			return band{}
		}
		return band{a.Value, math.Min(a.Low, a.Value), math.Max(a.High, a.Value)}
	}
	in.costPerGW = get(idCostPerGW)
	in.chipCostPerGW = get(idChipCostPerGW)
	in.pue = get(idPUE)
	in.utilisation = get(idUtilisation)
	in.kwDefault = get(idKWDefault)
	in.householdKWh = get(idHouseholdKWh).value
	in.usElectricityTWh = get(idUSElectricity).value
	in.goalGW = get(idGoal)
	in.buildRate = get(idBuildRate)
	in.computeShare = get(idComputeShare)
	in.revenueStart = get(idRevenueStart)
	in.rental = get(idRental)
	in.power = get(idPower)
	in.cash = get(idCash)
	in.defaultTermYears = int(math.Round(get(idTermYears).value))
	for _, a := range l.Assumptions {
		fam, ok := strings.CutPrefix(a.ID, idKWPrefix)
		if !ok || a.ID == idKWDefault || fam == "" {
			continue
		}
		in.kwFamilies = append(in.kwFamilies, FamilyKW{Family: fam, KW: a.Value})
		in.kwBands[fam] = band{a.Value, math.Min(a.Low, a.Value), math.Max(a.High, a.Value)}
	}
	slices.SortFunc(in.kwFamilies, func(a, b FamilyKW) int { return strings.Compare(a.Family, b.Family) })
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	if in.householdKWh <= 0 || in.usElectricityTWh <= 0 || in.defaultTermYears < 1 || in.revenueStart.value <= 0 {
		return nil, fmt.Errorf("%w: %s, %s, %s and %s must be positive", ErrLedger, idHouseholdKWh, idUSElectricity, idTermYears, idRevenueStart)
	}
	series, err := l.SeriesByID(idRevenueSeries)
	if err != nil {
		return nil, fmt.Errorf("%w: series %s: %w", ErrLedger, idRevenueSeries, err)
	}
	if err := in.readRevenue(series); err != nil {
		return nil, err
	}
	return in, nil
}

// readRevenue takes the actuals up to the start year, and the targets (or,
// for years without one, the projections, averaged per year) after it; the
// CAGRs they imply from the starting run rate give the growth band.
func (in *inputs) readRevenue(s data.Series) error {
	type acc struct{ target, projection, nt, np float64 }
	after := map[int]*acc{}
	for _, p := range s.Points {
		switch {
		case p.Kind == "actual" && p.Year <= revenueStartYear:
			in.revenueActual[p.Year] = p.Value
		case (p.Kind == "target" || p.Kind == "projection") && p.Year > revenueStartYear && p.Value > 0:
			a := after[p.Year]
			if a == nil {
				a = &acc{}
				after[p.Year] = a
			}
			if p.Kind == "target" {
				a.target += p.Value
				a.nt++
			} else {
				a.projection += p.Value
				a.np++
			}
		}
	}
	if len(after) == 0 {
		return fmt.Errorf("%w: series %s has no target or projection after %d", ErrLedger, idRevenueSeries, revenueStartYear)
	}
	var cagrs []float64
	r0 := in.revenueStart.value
	for _, y := range sortedKeys(after) {
		a := after[y]
		v := a.projection / max(a.np, 1)
		if a.nt > 0 {
			v = a.target / a.nt
		}
		in.targets = append(in.targets, YearValue{Year: y, ValueUSD: v})
		in.ceilingUSD = max(in.ceilingUSD, v*ceilingPerTarget)
	}
	// Every sourced point, target or projection, widens the growth band.
	for _, p := range s.Points {
		if (p.Kind == "target" || p.Kind == "projection") && p.Year > revenueStartYear && p.Value > 0 {
			cagrs = append(cagrs, math.Pow(p.Value/r0, 1/float64(p.Year-revenueStartYear))-1)
		}
	}
	slices.Sort(cagrs)
	in.cagr = band{value: median(cagrs), low: cagrs[0], high: cagrs[len(cagrs)-1]}
	in.ceilingUSD = max(in.ceilingUSD, 2*r0)
	return nil
}

// kwBand returns the power-per-accelerator band of a chip family, or the
// default band.
func (in *inputs) kwBand(family string) band {
	if b, ok := in.kwBands[family]; ok {
		return b
	}
	return in.kwDefault
}

func median(sorted []float64) float64 {
	n := len(sorted)
	if n%2 == 1 {
		return sorted[n/2]
	}
	return (sorted[n/2-1] + sorted[n/2]) / 2
}

func sortedKeys[V any](m map[int]V) []int {
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
