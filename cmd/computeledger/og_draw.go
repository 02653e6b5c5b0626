//go:build !wasm

package main

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"
)

// canvas is an RGBA image with the few drawing operations the preview
// images need: rectangles, filled paths, stroked lines and text in the Go
// fonts.
type canvas struct {
	img   *image.RGBA
	faces map[faceKey]font.Face
	clip  *rect // when set, shapes are drawn only inside it
}

// faceKey names a font face: bold or regular, at a size in pixels.
type faceKey struct {
	bold bool
	size float64
}

// goFonts are the parsed Go fonts, shared by every canvas (faces are not).
var goFonts = sync.OnceValues(func() ([2]*opentype.Font, error) {
	regular, err := opentype.Parse(goregular.TTF)
	if err != nil {
		return [2]*opentype.Font{}, err
	}
	bold, err := opentype.Parse(gobold.TTF)
	return [2]*opentype.Font{regular, bold}, err
})

// newCanvas returns a w x h canvas filled with bg.
func newCanvas(w, h int, bg color.Color) *canvas {
	c := &canvas{img: image.NewRGBA(image.Rect(0, 0, w, h)), faces: map[faceKey]font.Face{}}
	draw.Draw(c.img, c.img.Bounds(), image.NewUniform(bg), image.Point{}, draw.Src)
	return c
}

// face returns the face for the weight and size, made once per canvas.
func (c *canvas) face(bold bool, size float64) font.Face {
	k := faceKey{bold, size}
	if f, ok := c.faces[k]; ok {
		return f
	}
	fonts, err := goFonts()
	if err != nil {
		panic(err) // the fonts are compiled in: only a broken build fails here
	}
	i := 0
	if bold {
		i = 1
	}
	f, err := opentype.NewFace(fonts[i], &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingFull})
	if err != nil {
		panic(err)
	}
	c.faces[k] = f
	return f
}

// fillRect fills the rectangle from (x0, y0) to (x1, y1), blending col.
func (c *canvas) fillRect(x0, y0, x1, y1 float64, col color.Color) {
	if x1 < x0 {
		x0, x1 = x1, x0
	}
	if y1 < y0 {
		y0, y1 = y1, y0
	}
	c.fillPath(col, [][2]float64{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}})
}

// fillPath fills the closed polygon through pts, anti-aliased.
func (c *canvas) fillPath(col color.Color, pts [][2]float64) {
	if len(pts) < 3 {
		return
	}
	r, origin, ok := c.rasterizer(pts, 1)
	if !ok {
		return
	}
	r.MoveTo(float32(pts[0][0]-origin[0]), float32(pts[0][1]-origin[1]))
	for _, p := range pts[1:] {
		r.LineTo(float32(p[0]-origin[0]), float32(p[1]-origin[1]))
	}
	r.ClosePath()
	c.drawRaster(r, origin, col)
}

// rasterizer returns a rasterizer for the bounding box of pts grown by
// pad pixels and clipped to the canvas, and the box's top-left corner: a
// shape is rasterized over its own few pixels, not the whole image.
func (c *canvas) rasterizer(pts [][2]float64, pad float64) (*vector.Rasterizer, [2]float64, bool) {
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, p := range pts {
		x0, y0 = math.Min(x0, p[0]), math.Min(y0, p[1])
		x1, y1 = math.Max(x1, p[0]), math.Max(y1, p[1])
	}
	b := c.img.Bounds()
	x0, y0 = math.Max(math.Floor(x0-pad), 0), math.Max(math.Floor(y0-pad), 0)
	x1, y1 = math.Min(math.Ceil(x1+pad), float64(b.Dx())), math.Min(math.Ceil(y1+pad), float64(b.Dy()))
	if k := c.clip; k != nil {
		x0, y0 = math.Max(x0, math.Floor(k.x0)), math.Max(y0, math.Floor(k.y0))
		x1, y1 = math.Min(x1, math.Ceil(k.x1)), math.Min(y1, math.Ceil(k.y1))
	}
	if !(x1 > x0 && y1 > y0) {
		return nil, [2]float64{}, false
	}
	return vector.NewRasterizer(int(x1-x0), int(y1-y0)), [2]float64{x0, y0}, true
}

// drawRaster blends col through the rasterizer's coverage at origin.
func (c *canvas) drawRaster(r *vector.Rasterizer, origin [2]float64, col color.Color) {
	sz := r.Size()
	dst := image.Rect(int(origin[0]), int(origin[1]), int(origin[0])+sz.X, int(origin[1])+sz.Y)
	r.Draw(c.img, dst, image.NewUniform(col), image.Point{})
}

// strokeLine draws the polyline through pts, width px wide, with round
// joins.
func (c *canvas) strokeLine(col color.Color, width float64, pts [][2]float64) {
	h := width / 2
	r, o, ok := c.rasterizer(pts, h+1)
	if !ok {
		return
	}
	for i := 1; i < len(pts); i++ {
		a, z := pts[i-1], pts[i]
		dx, dy := z[0]-a[0], z[1]-a[1]
		l := math.Hypot(dx, dy)
		if l == 0 {
			continue
		}
		nx, ny := -dy/l*h, dx/l*h
		r.MoveTo(float32(a[0]+nx-o[0]), float32(a[1]+ny-o[1]))
		r.LineTo(float32(z[0]+nx-o[0]), float32(z[1]+ny-o[1]))
		r.LineTo(float32(z[0]-nx-o[0]), float32(z[1]-ny-o[1]))
		r.LineTo(float32(a[0]-nx-o[0]), float32(a[1]-ny-o[1]))
		r.ClosePath()
	}
	c.drawRaster(r, o, col)
	// The joins in a pass of their own: in the same path, a circle wound
	// against a segment would cancel its coverage where they overlap.
	r.Reset(r.Size().X, r.Size().Y)
	for _, p := range pts {
		addCircle(r, p[0]-o[0], p[1]-o[1], h)
	}
	c.drawRaster(r, o, col)
}

// fillCircle fills a circle of radius rad around (x, y).
func (c *canvas) fillCircle(col color.Color, x, y, rad float64) {
	r, o, ok := c.rasterizer([][2]float64{{x, y}}, rad+1)
	if !ok {
		return
	}
	addCircle(r, x-o[0], y-o[1], rad)
	c.drawRaster(r, o, col)
}

// addCircle adds a circle, as a 16-sided polygon, to the rasterizer's
// path. Overlapping shapes of one path are filled once (non-zero rule).
func addCircle(r *vector.Rasterizer, x, y, rad float64) {
	const n = 16
	for i := 0; i <= n; i++ {
		a := 2 * math.Pi * float64(i) / n
		px, py := float32(x+rad*math.Cos(a)), float32(y+rad*math.Sin(a))
		if i == 0 {
			r.MoveTo(px, py)
		} else {
			r.LineTo(px, py)
		}
	}
	r.ClosePath()
}

// textWidth returns the advance of s in pixels.
func (c *canvas) textWidth(s string, bold bool, size float64) float64 {
	return float64(font.MeasureString(c.face(bold, size), s)) / 64
}

// text draws s with its baseline at y, starting at x (align 0), centred on
// x (align 1) or ending at x (align 2).
func (c *canvas) text(s string, x, y float64, bold bool, size float64, col color.Color, align int) {
	f := c.face(bold, size)
	x -= c.textWidth(s, bold, size) * float64(align) / 2
	d := font.Drawer{Dst: c.img, Src: image.NewUniform(col), Face: f, Dot: fixed.Point26_6{X: fixed.Int26_6(x * 64), Y: fixed.Int26_6(y * 64)}}
	d.DrawString(s)
}

// fitText returns s, shortened with an ellipsis until it is at most max
// pixels wide.
func (c *canvas) fitText(s string, bold bool, size, max float64) string {
	if c.textWidth(s, bold, size) <= max {
		return s
	}
	// The longest prefix that fits with the ellipsis, by bisection.
	r := []rune(s)
	lo, hi := 0, len(r)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if c.textWidth(string(r[:mid])+"…", bold, size) <= max {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	if lo == 0 {
		return ""
	}
	return string(r[:lo]) + "…"
}

// wrapText breaks s into at most lines lines of at most max pixels; the
// last line ends in an ellipsis when the text does not fit.
func (c *canvas) wrapText(s string, bold bool, size, max float64, lines int) []string {
	var out []string
	line := ""
	words := splitWords(s)
	for i, w := range words {
		try := w
		if line != "" {
			try = line + " " + w
		}
		if c.textWidth(try, bold, size) <= max || line == "" {
			line = try
			continue
		}
		out = append(out, line)
		line = w
		if len(out) == lines-1 {
			rest := line
			for _, w := range words[i+1:] {
				rest += " " + w
			}
			return append(out, c.fitText(rest, bold, size, max))
		}
	}
	if line != "" {
		out = append(out, c.fitText(line, bold, size, max))
	}
	return out
}

// splitWords splits s at spaces.
func splitWords(s string) []string {
	var words []string
	start := -1
	for i, r := range s {
		if r == ' ' {
			if start >= 0 {
				words = append(words, s[start:i])
			}
			start = -1
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		words = append(words, s[start:])
	}
	return words
}

// withAlpha returns col at opacity a (0..1), premultiplied for drawing.
func withAlpha(col color.RGBA, a float64) color.Color {
	a = math.Max(0, math.Min(1, a))
	return color.NRGBA{col.R, col.G, col.B, uint8(a * 255)}
}

// strokeDashed draws the polyline through pts as dashes of on px with
// gaps of off px.
func (c *canvas) strokeDashed(col color.Color, width float64, pts [][2]float64, on, off float64) {
	var dash [][2]float64
	drawing, left := true, on
	for i := 1; i < len(pts); i++ {
		a, z := pts[i-1], pts[i]
		l := math.Hypot(z[0]-a[0], z[1]-a[1])
		for pos := 0.0; pos < l; {
			stepLen := math.Min(left, l-pos)
			t0, t1 := pos/l, (pos+stepLen)/l
			p0 := [2]float64{a[0] + (z[0]-a[0])*t0, a[1] + (z[1]-a[1])*t0}
			p1 := [2]float64{a[0] + (z[0]-a[0])*t1, a[1] + (z[1]-a[1])*t1}
			if drawing {
				if len(dash) == 0 {
					dash = append(dash, p0)
				}
				dash = append(dash, p1)
			}
			pos += stepLen
			left -= stepLen
			if left <= 0 {
				if drawing {
					c.strokeLine(col, width, dash)
					dash = nil
					left = off
				} else {
					left = on
				}
				drawing = !drawing
			}
		}
	}
	if drawing && len(dash) > 1 {
		c.strokeLine(col, width, dash)
	}
}
