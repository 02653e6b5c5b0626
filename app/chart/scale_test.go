package chart

import (
	"encoding/json"
	"math"
	"strconv"
	"strings"
	"testing"
)

// TestScale_ShareStacksEachYearTo100AndLogDrawsTheSameAmountsAsLines: with
// the real base run, as shares every year of spend and capacity adds up to
// 100 % and nothing else is drawn; on the log scale each group is a line
// of the same amounts as its bars (zeros as gaps) and nothing is stacked.
func TestScale_ShareStacksEachYearTo100AndLogDrawsTheSameAmountsAsLines(t *testing.T) {
	base, _ := presetRuns(t)
	charts := []struct {
		name string
		draw func(...Option) Optioner
	}{
		{"spend", func(o ...Option) Optioner { return SpendByYear(base, GroupCounterparty, nil, o...) }},
		{"capacity", func(o ...Option) Optioner { return CapacityByYear(base, GroupCounterparty, o...) }},
	}
	for _, c := range charts {
		abs, _ := decode(t, c.draw())
		bars := map[string][]float64{}
		for _, s := range abs.Series {
			if s.Type == "bar" && (s.Stack == "spend" || s.Stack == "online") {
				bars[s.Name] = s.numbers(t)
			}
		}
		if len(bars) < 2 {
			t.Fatalf("%s: %d groups", c.name, len(bars))
		}
		t.Run(c.name+" as shares adds up to 100 each year", func(t *testing.T) {
			share, _ := decode(t, c.draw(WithScale(ScaleShare)))
			sums := []float64{}
			for _, s := range share.Series {
				if s.Name == "" {
					continue // the tooltip's text
				}
				if _, ok := bars[s.Name]; !ok {
					t.Errorf("%s is drawn as a share", s.Name)
					continue
				}
				for i, v := range s.numbers(t) {
					for len(sums) <= i {
						sums = append(sums, 0)
					}
					if !math.IsNaN(v) {
						sums[i] += v
					}
				}
			}
			years := 0
			for i, sum := range sums {
				if sum == 0 {
					continue
				}
				years++
				if !near(sum, 100, 0.5) {
					t.Errorf("year %d adds up to %.2f %%", i, sum)
				}
			}
			if years == 0 {
				t.Error("no year drawn")
			}
			if y := share.YAxis[0]; y.Max != float64(100) {
				t.Errorf("axis max %v, want 100", y.Max)
			}
		})
		t.Run(c.name+" as shares says the shares in its tooltip, each with its amount", func(t *testing.T) {
			share, _ := decode(t, c.draw(WithScale(ScaleShare)))
			var tips []tipItem
			for _, s := range share.Series {
				if s.Name == "" {
					if err := json.Unmarshal(s.Data, &tips); err != nil {
						t.Fatal(err)
					}
				}
			}
			checked, drawn := 0, map[int]bool{}
			for _, s := range share.Series {
				if s.Name == "" {
					continue
				}
				for i, v := range s.numbers(t) {
					if math.IsNaN(v) || v == 0 {
						continue
					}
					line := s.Name + ": " + strconv.FormatFloat(v, 'f', 1, 64) + "% ("
					if !strings.Contains(tips[i].Name, line) {
						t.Errorf("year %d's tooltip has no line %q:\n%s", i, line, tips[i].Name)
					}
					checked++
					drawn[i] = true
				}
			}
			if checked == 0 {
				t.Error("no share checked")
			}
			for i, tip := range tips {
				if drawn[i] && !strings.Contains(tip.Name, "\nTotal: ") {
					t.Errorf("year %d's tooltip gives no total:\n%s", i, tip.Name)
				}
			}
		})
		t.Run(c.name+" on the log scale draws each group's amounts as a line", func(t *testing.T) {
			lg, _ := decode(t, c.draw(WithScale(ScaleLog)))
			if lg.YAxis[0].Type != "log" {
				t.Errorf("axis type %q, want log", lg.YAxis[0].Type)
			}
			for _, s := range lg.Series {
				if s.Stack != "" {
					t.Errorf("%s is stacked on a log axis", s.Name)
				}
				want, ok := bars[s.Name]
				if !ok {
					continue
				}
				if s.Type != "line" {
					t.Errorf("%s is a %s", s.Name, s.Type)
				}
				for i, v := range s.numbers(t) {
					switch {
					case !math.IsNaN(v) && v <= 0:
						t.Errorf("%s year %d: %v on a log axis", s.Name, i, v)
					case want[i] > 0 && v != want[i]:
						t.Errorf("%s year %d: %v, want the bar's %v", s.Name, i, v, want[i])
					}
				}
				delete(bars, s.Name)
			}
			if len(bars) > 0 {
				t.Errorf("groups left out: %v", bars)
			}
		})
	}
}

// TestParseScale takes the link's words and refuses others.
func TestParseScale(t *testing.T) {
	for _, s := range Scales {
		if got, ok := ParseScale(string(s)); !ok || got != s {
			t.Errorf("ParseScale(%q) = %q, %v", s, got, ok)
		}
	}
	if _, ok := ParseScale("Log"); ok {
		t.Error("ParseScale took Log")
	}
}
