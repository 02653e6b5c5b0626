//go:build !wasm

package main

import (
	"errors"
	"image"
	"image/color"
	"os"
	"path/filepath"
	"testing"
)

func TestParseChartOption(t *testing.T) {
	t.Run("the app's spend option gives its title, years and every counterparty in order", func(t *testing.T) {
		c := optionFile(t, "og_spend_option.json")
		if c.Title != "Compute spend by counterparty" || len(c.Categories) == 0 || c.Categories[0] != "2025" {
			t.Errorf("title %q, categories %v", c.Title, c.Categories)
		}
		if c.Series[0].Name != "Oracle" || c.Series[0].Kind != "bar" || c.Series[0].Stack != "spend" {
			t.Errorf("first series %+v, want Oracle's stacked bars", c.Series[0])
		}
		if c.ValueFormat != "${value}B" {
			t.Errorf("value format %q, want ${value}B", c.ValueFormat)
		}
	})
	t.Run("series take the palette in order unless they name a colour", func(t *testing.T) {
		c := mustChart(t, `{"color":["#111111","#222222"],"xAxis":{"type":"category","data":["a"]},"yAxis":{"type":"value"},
			"series":[{"type":"bar","data":[1]},{"type":"bar","data":[1],"itemStyle":{"color":"#abcdef"}},{"type":"bar","data":[1]}]}`)
		want := []color.RGBA{{0x11, 0x11, 0x11, 0xff}, {0xab, 0xcd, 0xef, 0xff}, {0x11, 0x11, 0x11, 0xff}}
		for i, s := range c.Series {
			if s.Color != want[i] {
				t.Errorf("series %d colour %v, want %v", i, s.Color, want[i])
			}
		}
	})
	t.Run("a transparent series (a waterfall's base) is hidden but kept for the stack", func(t *testing.T) {
		c := mustChart(t, `{"xAxis":{"type":"category","data":["a"]},"yAxis":{"type":"value"},
			"series":[{"type":"bar","stack":"w","data":[3],"itemStyle":{"color":"transparent"}},{"type":"bar","stack":"w","data":[{"value":2,"itemStyle":{"color":"#009e73"}}]}]}`)
		if !c.Series[0].Hidden || c.Series[1].Hidden {
			t.Errorf("hidden %v, %v; want the base hidden and the step shown", c.Series[0].Hidden, c.Series[1].Hidden)
		}
		spans := stackSpans(c, 0)
		if got := spans[1][0]; got.from != 3 || got.to != 5 || got.color == nil {
			t.Errorf("the step spans %v..%v (colour %v), want 3..5 in its own colour", got.from, got.to, got.color)
		}
	})
	t.Run("nulls and dashes are gaps, not zeros", func(t *testing.T) {
		c := mustChart(t, `{"xAxis":{"type":"category","data":["a","b","c"]},"yAxis":{"type":"value"},"series":[{"type":"line","data":[null,"-",4]}]}`)
		if p := c.Series[0].Points; len(p) != 1 || p[0].X != 2 || p[0].Y != 4 {
			t.Errorf("points %v, want only (2, 4)", p)
		}
	})
	t.Run("a time axis reads dates as days", func(t *testing.T) {
		c := mustChart(t, `{"xAxis":[{"type":"time"}],"yAxis":[{"type":"value"}],"series":[{"type":"line","data":[["1970-01-02",1],{"value":["1970-01-11",2]}]}]}`)
		if p := c.Series[0].Points; !c.TimeX || len(p) != 2 || p[0].X != 1 || p[1].X != 10 {
			t.Errorf("points %v, want days 1 and 10", p)
		}
	})
	t.Run("the series of a second grid are left out", func(t *testing.T) {
		c := mustChart(t, `{"xAxis":[{"type":"category","data":["a"]},{"type":"category","data":["a"]}],"yAxis":[{"type":"value"},{"type":"value"}],
			"series":[{"type":"line","name":"first","data":[1]},{"type":"line","name":"second","xAxisIndex":1,"yAxisIndex":1,"data":[100]}]}`)
		if len(c.Series) != 1 || c.Series[0].Name != "first" {
			t.Errorf("series %+v, want only the first grid's", c.Series)
		}
	})
	t.Run("a sankey keeps only links between its nodes", func(t *testing.T) {
		c := mustChart(t, `{"series":[{"type":"sankey","data":[{"name":"A"},{"name":"B"}],"links":[{"source":"A","target":"B","value":2},{"source":"A","target":"Z","value":1},{"source":"B","target":"A","value":-1}]}]}`)
		if c.Sankey == nil || len(c.Sankey.Links) != 1 {
			t.Errorf("sankey %+v, want the one link A to B", c.Sankey)
		}
	})
	for name, raw := range map[string]string{
		"not JSON":                       `{`,
		"an option without series":       `{"title":{"text":"t"}}`,
		"only hidden series":             `{"series":[{"type":"bar","data":[1],"itemStyle":{"color":"transparent"}}]}`,
		"series of types it cannot draw": `{"series":[{"type":"pie","data":[1,2]}]}`,
	} {
		t.Run(name+" is refused", func(t *testing.T) {
			if _, err := parseChartOption([]byte(raw)); err == nil {
				t.Error("parsed, want an error")
			} else if name != "not JSON" && !errors.Is(err, ErrNoChart) {
				t.Errorf("error %v, want ErrNoChart", err)
			}
		})
	}
}

func TestParseColor(t *testing.T) {
	cases := []struct {
		in   string
		want color.RGBA
		ok   bool
	}{
		{"#1f4e79", color.RGBA{0x1f, 0x4e, 0x79, 0xff}, true},
		{"#FFF", color.RGBA{0xff, 0xff, 0xff, 0xff}, true},
		{"rgb(255, 0, 0)", color.RGBA{0xff, 0, 0, 0xff}, true},
		{"rgba(0,0,255,0.4)", color.RGBA{0, 0, 0xff, 0xff}, true},
		{"rgba(0,0,0,0)", color.RGBA{0, 0, 0, 0}, true},
		{"source", color.RGBA{}, false},
		{"#12345", color.RGBA{}, false},
		{"#gg0000", color.RGBA{}, false},
		{"rgb(1,2)", color.RGBA{}, false},
	}
	for _, c := range cases {
		got, ok := parseColor(c.in)
		if ok != c.ok || (ok && got != c.want) {
			t.Errorf("parseColor(%q) = %v, %v; want %v, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

// FuzzParseChartOption checks that no option, however odd, makes the
// parser or the chart drawing fail other than with an error, and that
// what parses keeps within the parser's bounds.
func FuzzParseChartOption(f *testing.F) {
	files, _ := filepath.Glob("testdata/og_*_option.json")
	for _, file := range files {
		if raw, err := os.ReadFile(file); err == nil {
			f.Add(raw)
		}
	}
	for _, seed := range []string{
		`{"xAxis":{"type":"category","data":["a",{"value":"b"},3]},"yAxis":{"type":"value","min":0,"max":1},"series":[{"type":"bar","stack":"s","data":[1e308,-1e308,{"value":[1,2]}]}]}`,
		`{"yAxis":[{"type":"category","data":[]}],"xAxis":[{"type":"value","startValue":5}],"series":[{"type":"bar","barGap":"-100%","data":[1,2,3,4]}]}`,
		`{"xAxis":[{"type":"time"}],"series":[{"type":"scatter","data":[["2025-13-40",1],["1900-01-01",2],[null,3]]},{"type":"line","areaStyle":{},"stack":"x","stackStrategy":"all","data":[[0,0]]}]}`,
		`{"series":[{"type":"sankey","data":[{"name":"A"},{"name":"B"},{"name":"C"}],"links":[{"source":"A","target":"B","value":1},{"source":"B","target":"C","value":1},{"source":"C","target":"A","value":1}]}]}`,
		`{"series":[{"type":"line","data":[1],"lineStyle":{"opacity":0}}],"color":["rgba(1,2,3)","#zzz"]}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		c, err := parseChartOption(raw)
		if err != nil {
			return
		}
		for _, s := range c.Series {
			if len(s.Points) > maxOptionPoints {
				t.Fatalf("%d points kept, want at most %d", len(s.Points), maxOptionPoints)
			}
		}
		// The chart drawn on a small canvas: the same layout, stacking
		// and clipping code as the full image, over fewer pixels.
		cv := newCanvas(240, 126, ogBackground)
		drawChart(cv, c, rect{10, 10, 230, 116})
		if got := cv.img.Bounds().Size(); got != image.Pt(240, 126) {
			t.Fatalf("size %v", got)
		}
	})
}
