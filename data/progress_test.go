package data

import (
	"bytes"
	"testing"
)

// The explorer shows an import's progress from these calls: the bytes
// read climb to the file's size and the records checked to their number.
func TestParseProgress(t *testing.T) {
	for _, c := range []struct {
		name  string
		raw   []byte
		parse func(string, *bytes.Reader, Progress) (*Ledger, error)
	}{
		{"deals.csv", genDealsCSV(64 << 10), func(n string, r *bytes.Reader, p Progress) (*Ledger, error) { return ParseDealsCSVProgress(n, r, p) }},
		{"revisions.csv", genRevisionsCSV(64 << 10), func(n string, r *bytes.Reader, p Progress) (*Ledger, error) { return ParseDealsCSVProgress(n, r, p) }},
		{"chain.json", genChainJSON(64 << 10), func(n string, r *bytes.Reader, p Progress) (*Ledger, error) { return ParseDealsJSONProgress(n, r, p) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			last := map[string][2]int{}
			calls := map[string]int{}
			l, err := c.parse(c.name, bytes.NewReader(c.raw), func(stage string, done, total int) {
				prev := last[stage]
				if done < prev[0] || done > total || (prev[1] != 0 && total != prev[1]) {
					t.Fatalf("%s: %d of %d after %d of %d", stage, done, total, prev[0], prev[1])
				}
				last[stage] = [2]int{done, total}
				calls[stage]++
			})
			if err != nil {
				t.Fatal(err)
			}
			records := len(l.Deals) + len(l.Revisions)
			if last[StageRead][1] != len(c.raw) || last[StageRead][0] != len(c.raw) {
				t.Errorf("read: last told %v of a %d-byte file", last[StageRead], len(c.raw))
			}
			if last[StageCheck][1] != records || last[StageCheck][0] != records {
				t.Errorf("check: last told %v of %d records", last[StageCheck], records)
			}
			if want := records / progressEvery; calls[StageRead] < want || calls[StageCheck] < want {
				t.Errorf("told %v times for %d records, want at least %d each", calls, records, want)
			}
		})
	}
}
