//go:build !wasm

package main

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"strings"
)

// The size of a link preview image, as Open Graph and Twitter's large card
// recommend.
const (
	ogWidth  = 1200
	ogHeight = 630
)

// ogCard is what one view's preview image shows.
type ogCard struct {
	Heading string   // the view's heading
	Lede    string   // the view's lede, shown when there is no chart
	Chart   *ogChart // nil for views without a chart
	Figures []ogFigure
	AsOf    string // the ledger date the figures are for
}

// ogFigure is one headline figure of a card without a chart.
type ogFigure struct{ Label, Value string }

// Colours of the preview image.
var (
	ogBackground = color.RGBA{0xff, 0xff, 0xff, 0xff}
	ogBrand      = color.RGBA{0x1f, 0x4e, 0x79, 0xff}
	ogTile       = color.RGBA{0xf2, 0xf5, 0xf8, 0xff}
)

// renderOGImage draws the card as a 1200x630 image.
func renderOGImage(card ogCard) *image.RGBA {
	cv := newCanvas(ogWidth, ogHeight, ogBackground)
	const margin = 56.0
	cv.fillRect(0, 0, ogWidth, 10, ogBrand)
	size := 46.0
	for size > 36 && cv.textWidth(card.Heading, true, size) > ogWidth-2*margin {
		size -= 2
	}
	cv.text(cv.fitText(card.Heading, true, size, ogWidth-2*margin), margin, 82, true, size, ogInk, 0)
	top := 104.0
	if c := card.Chart; c != nil {
		sub := c.Title
		if c.Subtitle != "" {
			sub += " · " + strings.Join(strings.Fields(strings.ReplaceAll(c.Subtitle, "\n", " · ")), " ")
		}
		cv.text(cv.fitText(sub, false, 24, ogWidth-2*margin), margin, top+22, false, 24, ogMuted, 0)
		top += 36
		top = drawLegend(cv, c, margin, top+8, ogWidth-margin)
		drawChart(cv, c, rect{margin, top + 8, ogWidth - margin, ogHeight - 84})
	} else {
		drawFigures(cv, card, margin, top)
	}
	// The footer: the site's name and the data's date.
	cv.fillRect(margin, ogHeight-66, ogWidth-margin, ogHeight-65, ogGrid)
	cv.text("Compute Ledger", margin, ogHeight-28, true, 28, ogBrand, 0)
	if card.AsOf != "" {
		cv.text("Data as of "+card.AsOf, ogWidth-margin, ogHeight-28, false, 24, ogMuted, 2)
	}
	return cv.img
}

// drawLegend writes the names of the chart's visible series, each after a
// swatch of its colour, on one line, and returns the y below it.
func drawLegend(cv *canvas, c *ogChart, x0, y, x1 float64) float64 {
	x := x0
	seen := map[string]bool{}
	drawn := false
	for _, s := range c.Series {
		if s.Hidden || s.Name == "" || seen[s.Name] || len(s.Points) == 0 || (s.Kind == "line" && !s.Line && s.AreaOp == 0) || ownColours(s) {
			continue
		}
		seen[s.Name] = true
		w := cv.textWidth(s.Name, false, 18) + 30
		if x+w > x1 {
			break
		}
		cv.fillRect(x, y+4, x+16, y+18, s.Color)
		cv.text(s.Name, x+22, y+17, false, 18, ogInk, 0)
		x += w + 12
		drawn = true
	}
	if !drawn {
		return y
	}
	return y + 26
}

// drawFigures draws a card without a chart: the lede and the headline
// figures in tiles.
func drawFigures(cv *canvas, card ogCard, x0, top float64) {
	y := top + 30
	for _, line := range cv.wrapText(card.Lede, false, 26, ogWidth-2*x0, 3) {
		cv.text(line, x0, y, false, 26, ogMuted, 0)
		y += 36
	}
	n := min(len(card.Figures), 4)
	if n == 0 {
		return
	}
	const gap = 20.0
	w := (ogWidth - 2*x0 - gap*float64(n-1)) / float64(n)
	ty := y + 20
	for i, f := range card.Figures[:n] {
		tx := x0 + float64(i)*(w+gap)
		cv.fillRect(tx, ty, tx+w, ty+170, ogTile)
		cv.fillRect(tx, ty, tx+6, ty+170, ogBrand)
		cv.text(cv.fitText(f.Label, false, 22, w-40), tx+24, ty+48, false, 22, ogMuted, 0)
		cv.text(cv.fitText(f.Value, true, 52, w-40), tx+24, ty+120, true, 52, ogInk, 0)
	}
}

// encodeOGImage returns the card's image as PNG.
func encodeOGImage(card ogCard) ([]byte, error) {
	var b bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.DefaultCompression}
	if err := enc.Encode(&b, renderOGImage(card)); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// ownColours reports whether every point of a series has its own colour,
// so that the series colour says nothing (a waterfall's steps).
func ownColours(s ogSeries) bool {
	for _, p := range s.Points {
		if p.Color == nil {
			return false
		}
	}
	return len(s.Points) > 0
}
