//go:build !wasm

package main

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"os"
	"testing"
)

// optionFile reads a chart option from testdata, as the app built it.
func optionFile(t testing.TB, name string) *ogChart {
	t.Helper()
	raw, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	c, err := parseChartOption(raw)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// mustChart parses an option written in the test.
func mustChart(t *testing.T, option string) *ogChart {
	t.Helper()
	c, err := parseChartOption([]byte(option))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// sameRGB reports whether a pixel has exactly the colour c.
func sameRGB(img *image.RGBA, x, y int, c color.RGBA) bool {
	p := img.RGBAAt(x, y)
	return p.R == c.R && p.G == c.G && p.B == c.B
}

// topOf returns the smallest y at which a pixel of colour c appears in the
// columns x0..x1, or -1.
func topOf(img *image.RGBA, x0, x1 int, c color.RGBA) int {
	for y := 0; y < img.Bounds().Dy(); y++ {
		for x := x0; x < x1; x++ {
			if sameRGB(img, x, y, c) {
				return y
			}
		}
	}
	return -1
}

// rightOf returns the largest x at which a pixel of colour c appears in
// the rows y0..y1, or -1.
func rightOf(img *image.RGBA, y0, y1 int, c color.RGBA) int {
	for x := img.Bounds().Dx() - 1; x >= 0; x-- {
		for y := y0; y < y1; y++ {
			if sameRGB(img, x, y, c) {
				return x
			}
		}
	}
	return -1
}

var orange = color.RGBA{0xd5, 0x5e, 0x00, 0xff}

func TestRenderOGImage(t *testing.T) {
	cards := map[string]ogCard{
		"a bar chart":            {Heading: "When the money is paid", Chart: optionFile(t, "og_spend_option.json"), AsOf: "2026-06-01"},
		"a horizontal bar chart": {Heading: "Commitments", Chart: optionFile(t, "og_overview_option.json"), AsOf: "2026-06-01"},
		"a sankey chart":         {Heading: "Flows", Chart: optionFile(t, "og_flows_option.json"), AsOf: "2026-06-01"},
		"a card of figures":      {Heading: "The deal ledger", Lede: "Every deal with its sources.", Figures: []ogFigure{{"Commitments", "$1.2T"}, {"Capacity", "30 GW"}}, AsOf: "2026-06-01"},
	}
	for name, card := range cards {
		t.Run(name+" is drawn at 1200x630 and is not blank", func(t *testing.T) {
			img := renderOGImage(card)
			if got := img.Bounds().Size(); got != image.Pt(1200, 630) {
				t.Fatalf("size %v, want 1200x630", got)
			}
			colours := map[color.RGBA]int{}
			notWhite := 0
			for y := 0; y < 630; y += 2 {
				for x := 0; x < 1200; x += 2 {
					p := img.RGBAAt(x, y)
					colours[p]++
					if p != ogBackground {
						notWhite++
					}
				}
			}
			if len(colours) < 20 || notWhite < 1200*630/4/50 {
				t.Errorf("%d colours and %d of %d sampled pixels drawn: the image is nearly blank", len(colours), notWhite, 1200*630/4)
			}
		})
	}
}

func TestRenderOGImage_SeriesWhereTheDataSays(t *testing.T) {
	t.Run("the tallest bar's column has the series colour highest", func(t *testing.T) {
		c := mustChart(t, `{"xAxis":[{"type":"category","data":["a","b","c"]}],"yAxis":[{"type":"value"}],
			"series":[{"type":"bar","name":"S","data":[1,5,2],"itemStyle":{"color":"#d55e00"}}]}`)
		img := renderOGImage(ogCard{Heading: "H", Chart: c})
		// The plot spans most of the width: each category owns a third of it.
		var tops [3]int
		for i := range tops {
			tops[i] = topOf(img, 56+i*1088/3+60, 56+(i+1)*1088/3, orange)
			if tops[i] < 0 {
				t.Fatalf("no bar of the series colour in category %d", i)
			}
		}
		if !(tops[1] < tops[2] && tops[2] < tops[0]) {
			t.Errorf("bar tops at y %v, want b (5) highest, then c (2), then a (1)", tops)
		}
		// Heights are proportional to the values, measured from the base.
		base := 630 - 84 - 30
		h := func(i int) float64 { return float64(base - tops[i]) }
		if r := h(1) / h(0); r < 4 || r > 6 {
			t.Errorf("bar b is %.1f times bar a, want about 5", r)
		}
	})
	t.Run("a horizontal bar reaches as far right as its value", func(t *testing.T) {
		c := mustChart(t, `{"yAxis":[{"type":"category","inverse":true,"data":["long","short"]}],"xAxis":[{"type":"value"}],
			"series":[{"type":"bar","name":"S","data":[10,2],"itemStyle":{"color":"#d55e00"}}]}`)
		img := renderOGImage(ogCard{Heading: "H", Chart: c})
		// Below the legend, the plot's upper half holds the first
		// category (the axis is inverse) and its lower half the second.
		long, short := rightOf(img, 200, 360, orange), rightOf(img, 380, 540, orange)
		if long < 0 || short < 0 || long <= short {
			t.Errorf("the bar of 10 ends at x %d and the bar of 2 at x %d, want the first further right", long, short)
		}
	})
	t.Run("a category axis that is not inverse has its first category at the bottom", func(t *testing.T) {
		c := mustChart(t, `{"yAxis":[{"type":"category","data":["long","short"]}],"xAxis":[{"type":"value"}],
			"series":[{"type":"bar","name":"S","data":[10,2],"itemStyle":{"color":"#d55e00"}}]}`)
		img := renderOGImage(ogCard{Heading: "H", Chart: c})
		if long, short := rightOf(img, 380, 540, orange), rightOf(img, 200, 360, orange); long <= short {
			t.Errorf("the bar of 10 (bottom) ends at x %d and the bar of 2 (top) at x %d, want the first further right", long, short)
		}
	})
	t.Run("a rising line is low at the left and high at the right", func(t *testing.T) {
		c := mustChart(t, `{"xAxis":[{"type":"category","data":["1","2","3","4"]}],"yAxis":[{"type":"value"}],
			"series":[{"type":"line","name":"S","data":[0,1,2,3],"itemStyle":{"color":"#d55e00"}}]}`)
		img := renderOGImage(ogCard{Heading: "H", Chart: c})
		left, right := topOf(img, 150, 300, orange), topOf(img, 900, 1100, orange)
		if left < 0 || right < 0 || right >= left {
			t.Errorf("the line's top is at y %d on the left and %d on the right, want it higher on the right", left, right)
		}
	})
	t.Run("a sankey draws its nodes in their colours", func(t *testing.T) {
		c := mustChart(t, `{"series":[{"type":"sankey","data":[{"name":"A","itemStyle":{"color":"#d55e00"}},{"name":"B","itemStyle":{"color":"#009e73"}}],
			"links":[{"source":"A","target":"B","value":3}]}]}`)
		img := renderOGImage(ogCard{Heading: "H", Chart: c})
		green := color.RGBA{0x00, 0x9e, 0x73, 0xff}
		if a, b := rightOf(img, 150, 540, orange), rightOf(img, 150, 540, green); a < 0 || b < 0 || a >= b {
			t.Errorf("node A ends at x %d and node B at x %d, want A left of B", a, b)
		}
	})
}

func TestRenderOGImage_Text(t *testing.T) {
	dark := func(img *image.RGBA, y0, y1 int) int {
		n := 0
		for y := y0; y < y1; y++ {
			for x := 0; x < 1200; x++ {
				if p := img.RGBAAt(x, y); p.R < 0x60 && p.G < 0x60 && p.B < 0x60 {
					n++
				}
			}
		}
		return n
	}
	with := renderOGImage(ogCard{Heading: "When the money is paid", AsOf: "2026-06-01"})
	without := renderOGImage(ogCard{AsOf: "2026-06-01"})
	t.Run("the heading is drawn in ink", func(t *testing.T) {
		if got := dark(with, 30, 100); got < 2000 {
			t.Errorf("%d dark pixels where the heading goes, want its letters", got)
		}
		if got := dark(without, 30, 100); got != 0 {
			t.Errorf("%d dark pixels there without a heading, want none", got)
		}
	})
	t.Run("a long heading is fitted into the width", func(t *testing.T) {
		img := renderOGImage(ogCard{Heading: "An extremely long heading that would never fit on one line of a link preview image at all"})
		for y := 30; y < 100; y++ {
			if p := img.RGBAAt(1199, y); p != ogBackground {
				t.Fatalf("the heading reaches the right edge at y %d", y)
			}
		}
	})
}

func TestEncodeOGImage(t *testing.T) {
	b, err := encodeOGImage(ogCard{Heading: "H", Chart: optionFile(t, "og_spend_option.json")})
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := png.DecodeConfig(bytes.NewReader(b))
	if err != nil || cfg.Width != 1200 || cfg.Height != 630 {
		t.Errorf("decoded %dx%d, %v; want a 1200x630 PNG", cfg.Width, cfg.Height, err)
	}
}

func BenchmarkRenderOGImage(b *testing.B) {
	card := ogCard{Heading: "When the money is paid", Chart: optionFile(b, "og_spend_option.json"), AsOf: "2026-06-01"}
	for b.Loop() {
		renderOGImage(card)
	}
}

func BenchmarkEncodeOGImage(b *testing.B) {
	card := ogCard{Heading: "When the money is paid", Chart: optionFile(b, "og_spend_option.json"), AsOf: "2026-06-01"}
	for b.Loop() {
		if _, err := encodeOGImage(card); err != nil {
			b.Fatal(err)
		}
	}
}
