package data

import (
	"encoding/json"
	"hash/fnv"
	"strconv"
)

// Version returns a short, stable fingerprint of the ledger's records: 12
// hex digits of a 64-bit FNV-1a hash of its JSON. Two ledgers with the same
// deals, revisions, assumptions and series have the same version; any
// changed figure, source or record changes it. The explorer writes it into
// shared links so that a link made with other data can say so.
func (l *Ledger) Version() string {
	b, err := json.Marshal(l)
	if err != nil {
		// Every field of a Ledger marshals; keep a defined answer anyway.
		return "unknown"
	}
	h := fnv.New64a()
	h.Write(b)
	s := strconv.FormatUint(h.Sum64(), 16)
	for len(s) < 16 {
		s = "0" + s
	}
	return s[:12]
}
