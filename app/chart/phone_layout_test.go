package chart

import (
	"encoding/json"
	"strconv"
	"testing"
)

func TestLegendRows_WrapsWhatDoesNotFit(t *testing.T) {
	names := []string{"Oracle", "Stargate LLC", "Microsoft", "Broadcom", "Amazon Web Services", "AMD", "Other"}
	t.Run("a narrower chart never takes fewer lines", func(t *testing.T) {
		prev := 0
		for w := 1200; w >= 300; w -= 20 {
			got := legendRows(names, w, 8)
			if got < prev {
				t.Errorf("at %d px got %d lines, fewer than %d at a wider chart", w, got, prev)
			}
			prev = got
		}
	})
	t.Run("a phone's chart takes more than one line for seven entries", func(t *testing.T) {
		if got := legendRows(names, 348, 8); got < 2 {
			t.Errorf("got %d lines, want at least 2", got)
		}
	})
	t.Run("no entries take no line", func(t *testing.T) {
		if got := legendRows(nil, 348, 8); got != 0 {
			t.Errorf("got %d lines, want 0", got)
		}
	})
}

func TestPhoneBandOf_CoversPhonesOnly(t *testing.T) {
	cases := []struct {
		widthPX int
		phone   bool
	}{{0, true}, {318, true}, {348, true}, {388, true}, {phoneMaxPX, true}, {phoneMaxPX + 1, false}, {1200, false}}
	for _, c := range cases {
		t.Run(strconv.Itoa(c.widthPX)+" px", func(t *testing.T) {
			if got := PhoneBandOf(c.widthPX) >= 0; got != c.phone {
				t.Errorf("got phone layout %v, want %v", got, c.phone)
			}
		})
	}
}

func TestPhoneMedia_MovesTheGridsBelowTheWrappedLegend(t *testing.T) {
	for _, b := range builders() {
		opt, err := OptionJSON(b.build())
		if err != nil {
			t.Fatal(err)
		}
		var o struct {
			Legend struct {
				Show bool
				Data []string
			}
			Grid  []struct{ Top string }
			Media []struct {
				Query  *mediaQuery
				Option struct {
					Legend *struct{ Type string }
					Grid   []struct{ Top string }
				}
			}
		}
		if err := json.Unmarshal(opt, &o); err != nil {
			t.Fatal(err)
		}
		if !o.Legend.Show || len(o.Legend.Data) == 0 {
			continue
		}
		t.Run(b.name+" has a plain legend on a phone and the desktop one wider", func(t *testing.T) {
			if len(o.Media) != len(phoneBands)+1 {
				t.Fatalf("got %d media entries, want %d", len(o.Media), len(phoneBands)+1)
			}
			for i, m := range o.Media {
				want := "plain"
				if m.Query == nil {
					want = "scroll"
				}
				if m.Option.Legend == nil || m.Option.Legend.Type != want {
					t.Errorf("entry %d: got legend %+v, want type %s", i, m.Option.Legend, want)
				}
				for j, g := range m.Option.Grid {
					base, errB := strconv.Atoi(o.Grid[j].Top)
					got, errG := strconv.Atoi(g.Top)
					if errB != nil || errG != nil {
						continue // a grid placed in percent stays put
					}
					if m.Query == nil && got != base || m.Query != nil && got < base {
						t.Errorf("entry %d grid %d: got top %d, desktop %d", i, j, got, base)
					}
				}
			}
		})
	}
}

// applyMedia applies a media entry's option as web/prerender.js's
// fitMedia does: a list of objects merges item by item, key by key;
// anything else is replaced.
func applyMedia(option, entry map[string]any) {
	for k, v := range entry {
		items, isList := v.([]any)
		old, oldList := option[k].([]any)
		if !isList || !oldList {
			option[k] = v
			continue
		}
		for i, item := range items {
			m, ok := item.(map[string]any)
			if i >= len(old) || !ok {
				continue
			}
			if o, ok := old[i].(map[string]any); ok {
				for kk, vv := range m {
					o[kk] = vv
				}
			}
		}
	}
}

func TestPhoneMedia_TheWideEntryLeavesTheOptionAsBuilt(t *testing.T) {
	for _, b := range builders() {
		t.Run(b.name+" looks on a desktop as it is built", func(t *testing.T) {
			raw, err := OptionJSON(b.build())
			if err != nil {
				t.Fatal(err)
			}
			var opt map[string]any
			if err := json.Unmarshal(raw, &opt); err != nil {
				t.Fatal(err)
			}
			media, _ := opt["media"].([]any)
			delete(opt, "media")
			want, _ := json.Marshal(opt)
			for _, m := range media {
				e := m.(map[string]any)
				if _, phone := e["query"]; !phone {
					applyMedia(opt, e["option"].(map[string]any))
				}
			}
			got, _ := json.Marshal(opt)
			if string(got) != string(want) {
				t.Errorf("the wide layout changes the option:\ngot  %s\nwant %s", got, want)
			}
		})
	}
}
