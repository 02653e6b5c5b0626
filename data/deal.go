package data

// Kind is what sort of commitment a deal is.
type Kind string

// The kinds of deal the ledger knows.
const (
	KindCloudPurchase    Kind = "cloud_purchase"    // OpenAI buys cloud capacity
	KindChipPurchase     Kind = "chip_purchase"     // OpenAI buys or co-develops accelerators
	KindEquityInvestment Kind = "equity_investment" // money for shares, either direction
	KindJointVenture     Kind = "joint_venture"     // a jointly owned build-out vehicle (Stargate)
	KindSiteLease        Kind = "site_lease"        // a data-centre site built and leased
	KindMemorySupply     Kind = "memory_supply"     // DRAM/HBM supply
)

// Kinds lists every Kind in display order.
var Kinds = []Kind{KindCloudPurchase, KindChipPurchase, KindEquityInvestment, KindJointVenture, KindSiteLease, KindMemorySupply}

// CapexCarrier is who carries the capital cost of the capacity behind a
// deal.
type CapexCarrier string

// The carriers of a deal's capex.
const (
	// CarrierOpenAI: OpenAI buys the hardware itself (chip purchases, its
	// own equity); the value is OpenAI's obligation and its capex.
	CarrierOpenAI CapexCarrier = "openai"
	// CarrierCloud: a cloud builds and owns the capacity and OpenAI pays to
	// use it; the value is OpenAI's obligation, the capex the cloud's.
	CarrierCloud CapexCarrier = "cloud"
	// CarrierJVPartners: the partners of a joint venture raise the capital
	// and build; the value is their build-out, not OpenAI's spend (OpenAI's
	// own share is the deals counted in it: its equity and offtake).
	CarrierJVPartners CapexCarrier = "jv_partners"
	// CarrierDeveloper: a site developer builds and leases the site to
	// OpenAI or its cloud; the value is the lessee's obligation.
	CarrierDeveloper CapexCarrier = "developer"
)

// CapexCarriers lists every CapexCarrier in display order.
var CapexCarriers = []CapexCarrier{CarrierOpenAI, CarrierCloud, CarrierJVPartners, CarrierDeveloper}

// ChipMakers lists the companies a deal's chip_supplier may name: the
// makers of accelerators and memory, never a cloud or a joint venture.
var ChipMakers = []string{"Nvidia", "AMD", "Broadcom", "Google", "Amazon", "Cerebras", "Samsung and SK Hynix"}

// Status is where a deal stands on a given date.
type Status string

// The statuses a deal can have.
const (
	StatusLetterOfIntent Status = "letter_of_intent" // announced, non-binding
	StatusDefinitive     Status = "definitive"       // signed and binding
	StatusAmended        Status = "amended"          // binding, terms changed since announced
	StatusSuperseded     Status = "superseded"       // replaced by another deal or revision
	StatusCancelled      Status = "cancelled"        // no longer going ahead
	StatusPaused         Status = "paused"           // reported on hold
)

// Statuses lists every Status in display order.
var Statuses = []Status{StatusLetterOfIntent, StatusDefinitive, StatusAmended, StatusSuperseded, StatusCancelled, StatusPaused}

// Active reports whether a deal with this status still counts towards
// commitments (superseded, cancelled and paused deals do not).
func (s Status) Active() bool {
	return s == StatusLetterOfIntent || s == StatusDefinitive || s == StatusAmended
}

// Binding reports whether a deal with this status is a binding commitment.
func (s Status) Binding() bool { return s == StatusDefinitive || s == StatusAmended }

// Direction says which way the money of a deal flows relative to OpenAI.
type Direction string

// The directions of a deal.
const (
	DirectionOutflow Direction = "outflow" // OpenAI commits to pay the counterparty
	DirectionInflow  Direction = "inflow"  // the counterparty invests in or funds OpenAI
)

// Confidence grades how well sourced a deal's figures are.
type Confidence string

// The confidence grades.
const (
	ConfidenceHigh   Confidence = "high"   // primary source (company release or filing)
	ConfidenceMedium Confidence = "medium" // reputable press report
	ConfidenceLow    Confidence = "low"    // secondary pages only, or disputed
)

// SourceQuality grades the kind of publisher a source is.
type SourceQuality string

// The source qualities, best first.
const (
	QualityPrimary   SourceQuality = "primary"   // the company itself, or a filing
	QualityPress     SourceQuality = "press"     // an established news outlet
	QualitySecondary SourceQuality = "secondary" // aggregators, blogs, mirrors
)

// SourceQualities lists every SourceQuality, best first.
var SourceQualities = []SourceQuality{QualityPrimary, QualityPress, QualitySecondary}

// rank orders qualities: primary 3, press 2, secondary 1, ungraded 0.
func (q SourceQuality) rank() int {
	switch q {
	case QualityPrimary:
		return 3
	case QualityPress:
		return 2
	case QualitySecondary:
		return 1
	}
	return 0
}

// Source is a public document that supports one figure of a record.
type Source struct {
	URL       string `json:"url"`
	Publisher string `json:"publisher"`
	Date      Date   `json:"date"`
	Supports  string `json:"supports"` // the figure or fact this source gives
	// Fields names the numeric fields of its record this source supports
	// (e.g. "value_usd", "capacity_gw"); empty means every figure of the
	// record.
	Fields []string `json:"fields,omitempty"`
	// Quality grades the publisher: primary, press or secondary. Empty
	// means ungraded (allowed in imports; every source of the embedded
	// ledger is graded).
	Quality SourceQuality `json:"quality,omitempty"`
}

// Deal is one commitment between OpenAI and a counterparty as announced.
// Revisions change it over time; see Ledger.AsOf.
type Deal struct {
	ID           string    `json:"id"`
	Counterparty string    `json:"counterparty"`
	Kind         Kind      `json:"kind"`
	Status       Status    `json:"status"`
	Direction    Direction `json:"direction"`
	Announced    Date      `json:"announced"`

	// ValueUSD is the headline value in US dollars; nil when undisclosed and
	// not estimated.
	ValueUSD *float64 `json:"value_usd"`
	// ValueLowUSD and ValueHighUSD bound the value where sources differ; nil
	// when no range is known (then low = high = ValueUSD).
	ValueLowUSD  *float64 `json:"value_low_usd"`
	ValueHighUSD *float64 `json:"value_high_usd"`
	// Estimated is true when ValueUSD is not disclosed but estimated by the
	// method in EstimateMethod (for example "6 GW x cost per GW").
	Estimated      bool   `json:"estimated"`
	EstimateMethod string `json:"estimate_method,omitempty"`
	// EstimateAssumption is the id of a USD/GW assumption (normally
	// "cost_per_gw_usd"); when set, the estimate is CapacityGW times that
	// assumption's value, low and high, recomputed whenever the capacity or
	// the assumption changes.
	EstimateAssumption string `json:"estimate_assumption,omitempty"`

	// StartYear and EndYear are the first and last calendar years of the
	// term (inclusive); 0 when unknown.
	StartYear int `json:"start_year"`
	EndYear   int `json:"end_year"`

	// CapacityGW is the contracted power capacity in gigawatts; nil when
	// undisclosed.
	CapacityGW *float64 `json:"capacity_gw"`
	// ChipFamily names the accelerator family (e.g. "nvidia_gb200",
	// "amd_mi450", "openai_broadcom", "trainium", "cerebras_wse3", "tpu").
	ChipFamily string   `json:"chip_family"`
	Sites      []string `json:"sites"`
	// FirstCapacityYear is the year the first capacity comes online; 0 when
	// unknown.
	FirstCapacityYear int `json:"first_capacity_year"`

	// CountedIn is the id of a deal whose totals already include this one
	// (Oracle's 4.5 GW inside Stargate); "" when none. Totals never add a
	// deal and the deal it is counted in.
	CountedIn string `json:"counted_in"`

	// CapexCarrier is who pays for building the capacity behind the deal;
	// "" when the ledger does not say (the models then treat the value as
	// OpenAI's own obligation). CapexCarrierSource supports it.
	CapexCarrier       CapexCarrier `json:"capex_carrier,omitempty"`
	CapexCarrierSource *Source      `json:"capex_carrier_source,omitempty"`

	// ChipSupplier is the maker of the chips the deal runs on, as the deal's
	// own sources name it (one of ChipMakers); "" when no source names one.
	// A cloud or a joint venture is never a chip supplier of its own deal
	// unless it makes the chips (Google's TPUs). ChipSupplierSource holds
	// the sentence that names the supplier.
	ChipSupplier       string  `json:"chip_supplier,omitempty"`
	ChipSupplierSource *Source `json:"chip_supplier_source,omitempty"`

	Confidence Confidence `json:"confidence"`
	Notes      string     `json:"notes,omitempty"`
	// SourcingNote says why a figure rests on secondary sources only (no
	// primary or press copy was found); Validate requires it then.
	SourcingNote string   `json:"sourcing_note,omitempty"`
	Sources      []Source `json:"sources"`

	at origin // where the record was read from, for error messages
}

// ValueOrZeroUSD returns ValueUSD, or 0 when it is nil.
func (d Deal) ValueOrZeroUSD() float64 {
	if d.ValueUSD == nil {
		return 0
	}
	return *d.ValueUSD
}

// CapacityOrZeroGW returns CapacityGW, or 0 when it is nil.
func (d Deal) CapacityOrZeroGW() float64 {
	if d.CapacityGW == nil {
		return 0
	}
	return *d.CapacityGW
}

// Revision is a dated, sourced event that changes a deal. Every non-nil
// field replaces the deal's field from Date on.
type Revision struct {
	ID      string `json:"id"`
	DealID  string `json:"deal_id"`
	Date    Date   `json:"date"`
	Summary string `json:"summary"`

	Status         *Status     `json:"status,omitempty"`
	ValueUSD       *float64    `json:"value_usd,omitempty"`
	ValueLowUSD    *float64    `json:"value_low_usd,omitempty"`
	ValueHighUSD   *float64    `json:"value_high_usd,omitempty"`
	Estimated      *bool       `json:"estimated,omitempty"`
	EstimateMethod *string     `json:"estimate_method,omitempty"`
	StartYear      *int        `json:"start_year,omitempty"`
	EndYear        *int        `json:"end_year,omitempty"`
	CapacityGW     *float64    `json:"capacity_gw,omitempty"`
	Kind           *Kind       `json:"kind,omitempty"`
	Direction      *Direction  `json:"direction,omitempty"`
	CountedIn      *string     `json:"counted_in,omitempty"`
	ChipFamily     *string     `json:"chip_family,omitempty"`
	Confidence     *Confidence `json:"confidence,omitempty"`

	// SourcingNote says why a figure of the revision rests on secondary
	// sources only; it is added to the deal's from Date on.
	SourcingNote string   `json:"sourcing_note,omitempty"`
	Sources      []Source `json:"sources"`

	at origin // where the record was read from, for error messages
}

// Assumption is a sourced macro figure the models need, with a range.
type Assumption struct {
	ID      string   `json:"id"`   // e.g. "cost_per_gw_usd"
	Name    string   `json:"name"` // human label
	Unit    string   `json:"unit"` // e.g. "USD/GW", "kW", "ratio"
	Value   float64  `json:"value"`
	Low     float64  `json:"low"`
	High    float64  `json:"high"`
	Notes   string   `json:"notes,omitempty"`
	Sources []Source `json:"sources"`

	at origin // where the record was read from, for error messages
}

// Series is a sourced yearly series (revenue history and targets, cash-burn
// projections): one value per year.
type Series struct {
	ID      string        `json:"id"`
	Name    string        `json:"name"`
	Unit    string        `json:"unit"`
	Points  []SeriesPoint `json:"points"`
	Notes   string        `json:"notes,omitempty"`
	Sources []Source      `json:"sources"`

	at origin // where the record was read from, for error messages
}

// SeriesPoint is one year's value of a Series; Kind is "actual", "run_rate",
// "target" or "projection".
type SeriesPoint struct {
	Year  int     `json:"year"`
	Value float64 `json:"value"`
	Kind  string  `json:"kind"`
}
