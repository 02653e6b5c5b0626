//go:build !wasm

package main

import (
	"image/color"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
)

// rect is an area of the canvas in pixels.
type rect struct{ x0, y0, x1, y1 float64 }

// Colours of the preview's chart furniture.
var (
	ogInk   = color.RGBA{0x1a, 0x1a, 0x1a, 0xff}
	ogMuted = color.RGBA{0x5f, 0x63, 0x68, 0xff}
	ogGrid  = color.RGBA{0xe3, 0xe6, 0xea, 0xff}
	ogAxis  = color.RGBA{0x9a, 0xa0, 0xa6, 0xff}
)

// drawChart draws c into the area r of the canvas.
func drawChart(cv *canvas, c *ogChart, r rect) {
	if c.Sankey != nil {
		drawSankey(cv, c.Sankey, r)
		return
	}
	drawCartesian(cv, c, r)
}

// span is where one value of a series is drawn: from the top of what is
// stacked under it (or the axis base) to its own top.
type span struct {
	x, from, to float64
	color       *color.RGBA
}

// stackSpans returns the spans of every series, stacked as ECharts stacks
// them: series with the same stack name on top of one another, by sign
// (positive and negative values apart) unless stackStrategy is "all".
func stackSpans(c *ogChart, base float64) [][]span {
	pos, neg := map[string]float64{}, map[string]float64{}
	out := make([][]span, len(c.Series))
	for i, s := range c.Series {
		for _, p := range s.Points {
			sp := span{x: p.X, from: base, to: p.Y, color: p.Color}
			if s.Stack != "" {
				k := s.Kind + "\x00" + s.Stack + "\x00" + strconv.FormatFloat(p.X, 'g', -1, 64)
				acc := pos
				if p.Y < 0 && !s.SumAll {
					acc = neg
				}
				sp.from = acc[k]
				acc[k] += p.Y
				sp.to = acc[k]
			}
			out[i] = append(out[i], sp)
		}
	}
	return out
}

// valueRange returns the lowest and highest value the chart's spans
// reach, with zero in range unless the value axis starts elsewhere.
func valueRange(c *ogChart, spans [][]span) (lo, hi float64) {
	lo, hi = 0, 0
	if c.HasStart {
		lo, hi = c.ValueStart, c.ValueStart
	}
	for i, ss := range spans {
		s := c.Series[i]
		if s.Hidden && s.Kind != "bar" {
			continue
		}
		for _, sp := range ss {
			lo, hi = math.Min(lo, sp.to), math.Max(hi, sp.to)
			if s.Stack != "" {
				lo, hi = math.Min(lo, sp.from), math.Max(hi, sp.from)
			}
		}
	}
	if hi <= lo {
		hi = lo + 1
	}
	return lo, hi
}

// niceTicks returns about n round tick values covering lo..hi.
func niceTicks(lo, hi float64, n int) []float64 {
	span := hi - lo
	raw := span / float64(n)
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	step := mag
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if m*mag >= raw {
			step = m * mag
			break
		}
	}
	start := math.Floor(lo/step) * step
	var ticks []float64
	for v := start; v <= hi+step*0.999 && len(ticks) < 20; v += step {
		ticks = append(ticks, v)
	}
	return ticks
}

// formatTick writes a tick value with the axis's label template.
func formatTick(v float64, template string) string {
	s := strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
	if template == "" {
		return s
	}
	return strings.ReplaceAll(template, "{value}", s)
}

// drawCartesian draws bars, lines and points against a value axis and a
// category (or time) axis.
func drawCartesian(cv *canvas, c *ogChart, r rect) {
	base := 0.0
	if c.HasStart {
		base = c.ValueStart
	}
	spans := stackSpans(c, base)
	lo, hi := valueRange(c, spans)
	ticks := niceTicks(lo, hi, 4)
	lo, hi = math.Min(lo, ticks[0]), math.Max(hi, ticks[len(ticks)-1])
	if c.Min != nil && c.Max != nil && *c.Max > *c.Min {
		lo, hi = *c.Min, *c.Max
		ticks = niceTicks(lo, hi, 4)
	}
	const label = 18.0
	// The plot area leaves room for the axis labels.
	labelW := 0.0
	if c.CategoryOnY {
		for _, s := range c.Categories {
			labelW = math.Max(labelW, cv.textWidth(s, false, label))
		}
		labelW = math.Min(labelW, (r.x1-r.x0)*0.3) + 12
	} else {
		for _, t := range ticks {
			labelW = math.Max(labelW, cv.textWidth(formatTick(t, c.ValueFormat), false, label))
		}
		labelW += 12
	}
	p := rect{r.x0 + labelW, r.y0 + 8, r.x1 - 8, r.y1 - 30}

	// Where a value and a position on the other axis go on the canvas.
	n := float64(len(c.Categories))
	minX, maxX := timeRange(c)
	var valuePos func(v float64) float64
	var band, catPos func(x float64) float64
	if c.CategoryOnY {
		valuePos = func(v float64) float64 { return p.x0 + (v-lo)/(hi-lo)*(p.x1-p.x0) }
		band = func(float64) float64 { return (p.y1 - p.y0) / math.Max(n, 1) }
		// ECharts draws a category y axis from the bottom up unless it is
		// inverse.
		catPos = func(x float64) float64 {
			if !c.Inverse {
				x = n - 1 - x
			}
			return p.y0 + (x+0.5)*(p.y1-p.y0)/math.Max(n, 1)
		}
	} else {
		valuePos = func(v float64) float64 { return p.y1 - (v-lo)/(hi-lo)*(p.y1-p.y0) }
		if c.TimeX {
			catPos = func(x float64) float64 { return p.x0 + (x-minX)/math.Max(maxX-minX, 1)*(p.x1-p.x0) }
			band = func(float64) float64 { return 6 }
		} else {
			band = func(float64) float64 { return (p.x1 - p.x0) / math.Max(n, 1) }
			catPos = func(x float64) float64 {
				if c.Inverse {
					x = n - 1 - x
				}
				return p.x0 + (x+0.5)*(p.x1-p.x0)/math.Max(n, 1)
			}
		}
	}

	// Grid lines and value labels.
	for _, t := range ticks {
		if t < lo-1e-9 || t > hi+1e-9 {
			continue
		}
		v := valuePos(t)
		if c.CategoryOnY {
			cv.fillRect(v-0.5, p.y0, v+0.5, p.y1, ogGrid)
			cv.text(formatTick(t, c.ValueFormat), v, p.y1+24, false, label, ogMuted, 1)
		} else {
			cv.fillRect(p.x0, v-0.5, p.x1, v+0.5, ogGrid)
			cv.text(formatTick(t, c.ValueFormat), p.x0-10, v+6, false, label, ogMuted, 2)
		}
	}
	// Category labels, as many as fit.
	if c.CategoryOnY {
		for i, s := range c.Categories {
			cv.text(cv.fitText(s, false, label, labelW-12), p.x0-10, catPos(float64(i))+6, false, label, ogInk, 2)
		}
	} else if c.TimeX {
		// Half-year ticks on a short time axis, years (or decades) on a
		// long one; none on an axis of dates out of any calendar.
		years := (maxX - minX) / 365
		months := 6
		switch {
		case years > 4 && years <= 20:
			months = 12
		case years > 20:
			months = 12 * int(math.Ceil(years/10))
		}
		from := time.Unix(int64(minX)*86400, 0).UTC()
		if minX < -1e6 || maxX > 1e6 || years > 1000 {
			from = time.Unix(int64(maxX+1)*86400, 0) // beyond maxX: no ticks
		}
		for t := time.Date(from.Year(), 1, 1, 0, 0, 0, 0, time.UTC); ; t = t.AddDate(0, months, 0) {
			d := float64(t.Unix() / 86400)
			if d > maxX {
				break
			}
			if d < minX {
				continue
			}
			name := strconv.Itoa(t.Year())
			if months < 12 {
				name = t.Format("Jan 2006")
			}
			cv.text(name, catPos(d), p.y1+24, false, label, ogMuted, 1)
		}
	} else if n > 0 {
		every := int(math.Ceil(n * 60 / (p.x1 - p.x0)))
		for i, s := range c.Categories {
			if i%max(every, 1) == 0 {
				cv.text(cv.fitText(s, false, label, band(0)*float64(max(every, 1))-6), catPos(float64(i)), p.y1+24, false, label, ogMuted, 1)
			}
		}
	}

	// Series are clipped to the plot area, as ECharts clips them to an
	// axis with fixed ends.
	cv.clip = &rect{p.x0 - 8, p.y0 - 2, p.x1 + 8, p.y1}
	defer func() { cv.clip = nil }()
	drawBars(cv, c, spans, valuePos, band, catPos)
	for i, s := range c.Series {
		if s.Hidden || s.Kind == "bar" || len(s.Points) == 0 {
			continue
		}
		tops := make([][2]float64, 0, len(s.Points))
		bottoms := make([][2]float64, 0, len(s.Points))
		for _, sp := range spans[i] {
			tops = append(tops, toCanvas(c, valuePos(sp.to), catPos(sp.x)))
			from := sp.from
			if s.Stack == "" {
				from = base
			}
			bottoms = append([][2]float64{toCanvas(c, valuePos(from), catPos(sp.x))}, bottoms...)
		}
		switch s.Kind {
		case "line":
			if s.AreaOp > 0 {
				cv.fillPath(withAlpha(s.Color, math.Max(s.AreaOp, 0.15)), append(append([][2]float64{}, tops...), bottoms...))
			}
			if s.Line {
				if s.Dashed {
					cv.strokeDashed(s.Color, 3, tops, 10, 7)
				} else {
					cv.strokeLine(s.Color, 3, tops)
				}
			}
		case "scatter":
			for _, pt := range tops {
				cv.fillCircle(s.Color, pt[0], pt[1], 6)
			}
		}
	}
	// The value axis's base line.
	if c.CategoryOnY {
		cv.fillRect(p.x0-1, p.y0, p.x0, p.y1, ogAxis)
	} else {
		cv.fillRect(p.x0, p.y1, p.x1, p.y1+1, ogAxis)
	}
}

// toCanvas returns the canvas point of a value position and a category
// position.
func toCanvas(c *ogChart, v, cat float64) [2]float64 {
	if c.CategoryOnY {
		return [2]float64{v, cat}
	}
	return [2]float64{cat, v}
}

// timeRange returns the first and last x of a time chart's points.
func timeRange(c *ogChart) (lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, s := range c.Series {
		for _, p := range s.Points {
			lo, hi = math.Min(lo, p.X), math.Max(hi, p.X)
		}
	}
	if math.IsInf(lo, 0) {
		return 0, 1
	}
	return lo, hi
}

// drawBars draws the bar series: series of one stack on top of one
// another, stacks (and unstacked series) side by side in each category,
// series with barGap -100% over the series before them.
func drawBars(cv *canvas, c *ogChart, spans [][]span, valuePos, band, catPos func(float64) float64) {
	slot := make([]int, len(c.Series))
	slots := 0
	seen := map[string]int{}
	for i, s := range c.Series {
		if s.Kind != "bar" {
			continue
		}
		switch g, ok := seen[s.Stack]; {
		case s.Stack != "" && ok:
			slot[i] = g
		case s.Overlap && slots > 0:
			slot[i] = slots - 1
		default:
			slot[i] = slots
			slots++
		}
		if s.Stack != "" {
			seen[s.Stack] = slot[i]
		}
	}
	for i, s := range c.Series {
		if s.Kind != "bar" || s.Hidden {
			continue
		}
		for _, sp := range spans[i] {
			w := band(sp.x) * 0.7 / float64(max(slots, 1))
			mid := catPos(sp.x) - band(sp.x)*0.35 + w*(float64(slot[i])+0.5)
			col := s.Color
			if sp.color != nil {
				col = *sp.color
			}
			a, b := valuePos(sp.from), valuePos(sp.to)
			inset := math.Min(w*0.08, 2)
			if c.CategoryOnY {
				cv.fillRect(a, mid-w/2+inset, b, mid+w/2-inset, col)
			} else {
				cv.fillRect(mid-w/2+inset, a, mid+w/2-inset, b, col)
			}
		}
	}
}

// drawSankey lays a sankey chart out in columns (a node's column is the
// longest path to it) and draws its nodes, flows and node names.
func drawSankey(cv *canvas, k *ogSankey, r rect) {
	n := len(k.Nodes)
	depth := make([]int, n)
	for range n { // longest paths; a cycle stops growing after n rounds
		changed := false
		for _, l := range k.Links {
			if depth[l.Target] < depth[l.Source]+1 && depth[l.Source]+1 < n {
				depth[l.Target] = depth[l.Source] + 1
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	in, out := make([]float64, n), make([]float64, n)
	for _, l := range k.Links {
		out[l.Source] += l.Value
		in[l.Target] += l.Value
	}
	cols := 0
	for i := range depth {
		if in[i] == 0 && out[i] == 0 {
			depth[i] = -1 // not drawn
			continue
		}
		cols = max(cols, depth[i]+1)
	}
	const nodeW, gap = 18.0, 10.0
	columns := make([][]int, cols)
	for i, d := range depth {
		if d >= 0 {
			columns[d] = append(columns[d], i)
		}
	}
	value := func(i int) float64 { return math.Max(in[i], out[i]) }
	scale := math.Inf(1)
	for _, col := range columns {
		sum := 0.0
		for _, i := range col {
			sum += value(i)
		}
		if sum > 0 {
			scale = math.Min(scale, (r.y1-r.y0-gap*float64(len(col)-1))/sum)
		}
	}
	if math.IsInf(scale, 0) || scale <= 0 {
		return
	}
	x := make([]float64, n)
	y := make([]float64, n)
	step := (r.x1 - r.x0 - nodeW) / math.Max(float64(cols-1), 1)
	// The first column by size; each next one in the order of where its
	// flows come from (the mean height of their sources, by value), which
	// keeps most flows from crossing.
	centre := make([]float64, n)
	for d, col := range columns {
		key := make(map[int]float64, len(col))
		for _, i := range col {
			key[i] = -value(i)
			if d == 0 {
				continue
			}
			sum, w := 0.0, 0.0
			for _, l := range k.Links {
				if l.Target == i && depth[l.Source] >= 0 && depth[l.Source] < d {
					sum += centre[l.Source] * l.Value
					w += l.Value
				}
			}
			if w > 0 {
				key[i] = sum / w
			}
		}
		sort.SliceStable(col, func(a, b int) bool { return key[col[a]] < key[col[b]] })
		yy := r.y0
		for _, i := range col {
			x[i], y[i] = r.x0+float64(d)*step, yy
			centre[i] = yy + value(i)*scale/2
			yy += value(i)*scale + gap
		}
	}
	// Flows leave and enter their nodes in the order of the nodes at their
	// other end, top to bottom.
	byTarget := make([]int, len(k.Links)) // link indexes, by where they go
	for i := range byTarget {
		byTarget[i] = i
	}
	sort.SliceStable(byTarget, func(a, b int) bool { return centre[k.Links[byTarget[a]].Target] < centre[k.Links[byTarget[b]].Target] })
	bySource := append([]int{}, byTarget...)
	sort.SliceStable(bySource, func(a, b int) bool { return centre[k.Links[bySource[a]].Source] < centre[k.Links[bySource[b]].Source] })
	inStart := make([]float64, len(k.Links))
	inAt := make([]float64, n)
	for _, li := range bySource {
		l := k.Links[li]
		inStart[li] = inAt[l.Target]
		inAt[l.Target] += l.Value * scale
	}
	outOff := make([]float64, n)
	for _, li := range byTarget {
		l := k.Links[li]
		h := l.Value * scale
		sx, sy := x[l.Source]+nodeW, y[l.Source]+outOff[l.Source]
		tx, ty := x[l.Target], y[l.Target]+inStart[li]
		outOff[l.Source] += h
		mx := (sx + tx) / 2
		pts := bezier(sx, sy, mx, sy, mx, ty, tx, ty)
		back := bezier(tx, ty+h, mx, ty+h, mx, sy+h, sx, sy+h)
		cv.fillPath(withAlpha(k.Nodes[l.Source].Color, 0.35), append(pts, back...))
	}
	for i, node := range k.Nodes {
		if depth[i] < 0 {
			continue
		}
		h := math.Max(value(i)*scale, 2)
		cv.fillRect(x[i], y[i], x[i]+nodeW, y[i]+h, node.Color)
		size := 16.0
		if h < 16 {
			size = 14
		}
		if h < 8 {
			continue
		}
		name := cv.fitText(node.Name, false, size, step-nodeW-16)
		if depth[i] == cols-1 && cols > 1 {
			cv.text(name, x[i]-6, y[i]+h/2+size/3, false, size, ogInk, 2)
		} else {
			cv.text(name, x[i]+nodeW+6, y[i]+h/2+size/3, false, size, ogInk, 0)
		}
	}
}

// bezier returns points along the cubic Bézier curve from (x0, y0) to
// (x3, y3).
func bezier(x0, y0, x1, y1, x2, y2, x3, y3 float64) [][2]float64 {
	const steps = 24
	pts := make([][2]float64, 0, steps+1)
	for i := 0; i <= steps; i++ {
		t := float64(i) / steps
		u := 1 - t
		pts = append(pts, [2]float64{
			u*u*u*x0 + 3*u*u*t*x1 + 3*u*t*t*x2 + t*t*t*x3,
			u*u*u*y0 + 3*u*u*t*y1 + 3*u*t*t*y2 + t*t*t*y3,
		})
	}
	return pts
}
