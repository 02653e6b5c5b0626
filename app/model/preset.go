package model

import (
	"fmt"

	"github.com/computeledger/computeledger/data"
)

// The preset names.
const (
	PresetAnnounced = "announced"
	PresetBase      = "base"
	PresetBull      = "bull"
	PresetBear      = "bear"
	PresetBinding   = "binding"
)

// PresetNames lists the presets in display order.
var PresetNames = []string{PresetAnnounced, PresetBase, PresetBull, PresetBear, PresetBinding}

// PresetDescriptions explains each preset in one sentence.
var PresetDescriptions = map[string]string{
	PresetAnnounced: "Every active commitment announced by the as-of date at its headline value, paid evenly over its term and not renewed when it ends, with the ledger's central assumptions.",
	PresetBase:      "The announced commitments at their headline values, paid as their capacity arrives along S-curve ramps and renewed at the sourced rent when they end, with revenue rising along an S-curve at the median pace implied by the sourced targets and projections.",
	PresetBull:      "The announced commitments at the high end of their sourced ranges at the low cost per GW, with revenue rising at the fastest pace the sourced targets imply.",
	PresetBear:      "The announced commitments at the low end of their sourced ranges, built only as fast as in 2025 at the high cost per GW, with revenue rising at the slowest pace the sourced targets imply.",
	PresetBinding:   "The base case with letters of intent and other non-binding deals left out.",
}

// DefaultPreset is the preset a query string without "preset" starts from.
const DefaultPreset = PresetBase

// DefaultScenario returns the base preset as of the ledger's latest date.
func DefaultScenario(l *data.Ledger) (Scenario, error) {
	return Preset(l, DefaultPreset, DefaultAsOf(l))
}

// DefaultAsOf returns the ledger's latest date (its last deal announcement
// or revision, data.Ledger.Latest): the as-of date when none is given.
func DefaultAsOf(l *data.Ledger) data.Date {
	if l == nil {
		return data.Date{}
	}
	return l.Latest()
}

// Preset returns the named preset as of asOf, with every default taken
// from the ledger's assumptions. An unknown name gives an error wrapping
// ErrUnknownPreset; a ledger lacking an assumption, one wrapping ErrLedger.
func Preset(l *data.Ledger, name string, asOf data.Date) (Scenario, error) {
	in, err := ledgerInputs(l)
	if err != nil {
		return Scenario{}, err
	}
	s := Scenario{
		Version:                 ScenarioVersion,
		Preset:                  name,
		AsOf:                    asOf,
		DealValues:              ValueCentral,
		Payments:                PayDelivery,
		Profile:                 ProfileSCurve,
		ProfileSteepness:        defaultSteepness,
		CostPerGWUSD:            in.costPerGW.value,
		ChipCostPerGWUSD:        in.chipCostPerGW.value,
		PUE:                     in.pue.value,
		Utilisation:             in.utilisation.value,
		KWPerAcceleratorDefault: in.kwDefault.value,
		KWPerAccelerator:        append([]FamilyKW(nil), in.kwFamilies...),
		RevenuePath:             RevenueSCurve,
		RevenueStartUSD:         in.revenueStart.value,
		RevenueStartYear:        revenueStartYear,
		RevenueCAGR:             in.cagr.value,
		RevenueCeilingUSD:       in.ceilingUSD,
		RevenueTargets:          append([]YearValue(nil), in.targets...),
		ComputeShare:            in.computeShare.value,
		CashOnHandUSD:           in.cash.value,
		BuildRateGWPerWeek:      in.buildRate.value,
		Renew:                   true,
		RentalUSDPerGWYear:      in.rental.value,
		PowerUSDPerMWh:          in.power.value,
		CapacityGoalGW:          in.goalGW.value,
		Solve:                   Goal{Kind: GoalGap, Share: in.computeShare.value},
	}
	switch name {
	case PresetAnnounced:
		s.Profile = ProfileEven
		s.Payments = PayTerm
		s.Renew = false
	case PresetBase:
	case PresetBull:
		s.DealValues = ValueHigh
		s.RevenueCAGR = in.cagr.high
		s.CostPerGWUSD = in.costPerGW.low
		s.BuildRateGWPerWeek = in.buildRate.high
	case PresetBear:
		s.DealValues = ValueLow
		s.RevenueCAGR = in.cagr.low
		s.CostPerGWUSD = in.costPerGW.high
		s.BuildRateGWPerWeek = in.buildRate.low
	case PresetBinding:
		s.BindingOnly = true
	default:
		pub, ok := data.PublicationByID(name)
		if !ok {
			return Scenario{}, fmt.Errorf("%w %q: accepted: %s", ErrUnknownPreset, name, enumAccepted(AllPresetNames()))
		}
		if err := s.applyStated(l, pub); err != nil {
			return Scenario{}, err
		}
	}
	s.canonical()
	if err := s.Validate(); err != nil {
		return Scenario{}, fmt.Errorf("%w: preset %s from the ledger's assumptions: %w", ErrLedger, name, err)
	}
	return s, nil
}
