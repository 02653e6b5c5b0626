package model

import (
	"strconv"
	"strings"

	"github.com/computeledger/computeledger/data"
)

// listLabels names the list parameters that have no control of their own.
var listLabels = map[string]string{"inc": "Deals counted besides the preset's", "exc": "Deals left out"}

// ParamLabel returns the name of a query parameter in words, as the
// explorer's controls label it ("chip_gw" is "Chip cost per GW"); a key
// the registry does not know is returned as it is.
func ParamLabel(key string) string {
	if p, ok := ParamByKey(key); ok && p.Label != "" {
		return p.Label
	}
	if w, ok := WordParamByKey(key); ok {
		return w.Label
	}
	if l, ok := listLabels[key]; ok {
		return l
	}
	if lp, ok := ListParamByKey(key); ok && lp.Label != "" {
		return lp.Label
	}
	return key
}

// ParamLabels returns the names of query parameters in words.
func ParamLabels(keys []string) []string {
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = ParamLabel(k)
	}
	return out
}

// StatedValue returns a value of a query parameter as a reader reads it:
// a number in the control's display unit ("17.22B" of rent is "17.22
// $B/GW-yr"), a word by its label, deal ids by their counterparties (of
// l, when given) and revenue targets as amounts by year; anything else as
// it is.
func StatedValue(l *data.Ledger, key, value string) string {
	if p, ok := ParamByKey(key); ok {
		v, err := p.parse(value)
		if err != nil {
			return value
		}
		s := strconv.FormatFloat(p.ToShown(v), 'f', -1, 64)
		switch p.Show.Unit {
		case "":
		case "%":
			s += "%"
		default:
			s += " " + p.Show.Unit
		}
		return s
	}
	if w, ok := WordParamByKey(key); ok {
		return w.WordLabel(value)
	}
	switch key {
	case "inc", "exc":
		ids := strings.Split(value, ",")
		for i, id := range ids {
			if l == nil {
				continue
			}
			for _, d := range l.Deals {
				if d.ID == id {
					ids[i] = d.Counterparty
				}
			}
		}
		return strings.Join(ids, "; ")
	case "rev_pts":
		pts := strings.Split(value, ",")
		for i, pt := range pts {
			year, amount, ok := strings.Cut(pt, ":")
			if v, err := parseNumber(amount); ok && err == nil {
				pts[i] = FormatUSD(v) + " in " + year
			}
		}
		return strings.Join(pts, ", ")
	}
	return value
}
