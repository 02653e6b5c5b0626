package data

// Ledger is the whole dataset: deals as announced, the revisions that
// change them, and the sourced assumptions and series the models need.
type Ledger struct {
	Deals       []Deal       `json:"deals"`
	Revisions   []Revision   `json:"revisions"`
	Assumptions []Assumption `json:"assumptions"`
	Series      []Series     `json:"series"`
}
