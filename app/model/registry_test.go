package model

import (
	"math/big"
	"reflect"
	"strconv"
	"testing"

	"github.com/computeledger/computeledger/data"
)

// TestSetParam_GivesWhatALinkGives sets every parameter of the registry
// (and a family's and a deal's) on an edited scenario through SetParam and
// through its link with the value changed: the scenarios, their links and
// the problems must be the same.
func TestSetParam_GivesWhatALinkGives(t *testing.T) {
	l := fixtureLedger(t)
	base := edited(t, l)
	keys := []string{"kw.fam_b", "val.beta", "start.beta", "term.beta", "gw.beta"}
	for _, p := range Params() {
		keys = append(keys, p.Key)
	}
	for _, k := range keys {
		p, ok := ParamByKey(k)
		if !ok {
			t.Fatalf("no parameter %s", k)
		}
		for _, raw := range []string{p.FromShown(p.Show.SliderMin), p.FromShown(p.Show.SliderMax), p.Format(p.Max), p.Format(p.Min - 1), "abc", "7%"} {
			t.Run(k+"="+raw, func(t *testing.T) {
				got, gotPs := SetParam(l, base, k, raw)
				q := base.Query()
				q.Set(k, raw)
				want, wantPs := ParseQuery(l, q)
				if bad := problemOf(wantPs, k); bad != nil {
					// A link falls back to its preset's value, the panel keeps
					// the value in use; both name the same problem.
					if g := problemOf(gotPs, k); g == nil || g.Value != bad.Value || g.Accepted != bad.Accepted || g.Err != bad.Err {
						t.Errorf("problems %v, the link's %v", gotPs, wantPs)
					}
					if bad.Used != "" && p.cross == nil && !reflect.DeepEqual(got, base) {
						t.Errorf("a refused value changed the scenario: %s", got.QueryFrom(base).Encode())
					}
					return
				}
				if problemOf(gotPs, k) != nil {
					t.Errorf("SetParam found problems %v, the link none", gotPs)
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("SetParam and the link differ:\nset  %s\nlink %s", got.Query().Encode(), want.Query().Encode())
				}
			})
		}
	}
}

func problemOf(ps []Problem, k string) *Problem {
	for i := range ps {
		if ps[i].Param == k {
			return &ps[i]
		}
	}
	return nil
}

// TestFromShown_WritesTheDecimalTyped checks the display conversion in
// exact arithmetic: every value on a slider's step reads, in the model's
// unit, as exactly the decimal typed times the display unit.
func TestFromShown_WritesTheDecimalTyped(t *testing.T) {
	for _, p := range append(Params(), valueParam, gwParam) {
		for v := p.Show.SliderMin; v <= p.Show.SliderMax; v += p.Show.Step {
			typed := strconv.FormatFloat(v, 'f', 2, 64)
			x, _ := strconv.ParseFloat(typed, 64)
			got := p.FromShown(x)
			want, _ := new(big.Rat).SetString(typed + "e" + strconv.Itoa(p.Show.Exp10))
			r, ok := new(big.Rat).SetString(got)
			if !ok || r.Cmp(want) != 0 {
				t.Fatalf("%s: %s shown writes %s", p.Key, typed, got)
			}
			if back := p.ToShown(mustFloat(t, got)); back != x {
				t.Fatalf("%s: %s shown reads back %v", p.Key, typed, back)
			}
		}
	}
}

func mustFloat(t *testing.T, s string) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestParams_DefaultsAreTheAssumptionsTheyName checks each registry
// entry whose default is a ledger assumption against the embedded ledger:
// the assumption exists, has the parameter's unit, and is the default.
func TestParams_DefaultsAreTheAssumptionsTheyName(t *testing.T) {
	l, err := data.Load()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, p := range Params() {
		id := p.Assumption()
		if id == "" {
			continue
		}
		n++
		a, err := l.Assumption(id)
		if err != nil {
			t.Errorf("%s: %v", p.Key, err)
			continue
		}
		if a.Unit != p.Unit && a.Unit+"/year" != p.Unit { // a run rate is recorded in USD
			t.Errorf("%s: unit %q, assumption %s has %q", p.Key, p.Unit, id, a.Unit)
		}
		if v, err := p.Default(l); err != nil || v != a.Value {
			t.Errorf("%s: default %v (%v), assumption %s is %v", p.Key, v, err, id, a.Value)
		}
	}
	if n < 10 {
		t.Errorf("only %d parameters name an assumption", n)
	}
}
