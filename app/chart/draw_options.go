package chart

// Option changes how a chart is drawn: WithBaseline adds the preset's run
// under the reader's, WithScale draws spend and capacity on a log scale or
// as shares of each year's total. A chart ignores an option it does not
// take.
type Option func(*drawOptions)

// drawOptions are the options a chart is drawn with.
type drawOptions struct {
	base  *Baseline
	scale Scale
}

// WithBaseline draws b's run faintly under the reader's.
func WithBaseline(b Baseline) Option { return func(o *drawOptions) { o.base = &b } }

// WithScale draws the chart's value axis on scale s.
func WithScale(s Scale) Option { return func(o *drawOptions) { o.scale = s } }

// optionsOf returns the options given.
func optionsOf(options []Option) drawOptions {
	var o drawOptions
	for _, f := range options {
		if f != nil {
			f(&o)
		}
	}
	return o
}

// baseline returns the baseline to draw, and whether there is one with
// years to draw.
func (o drawOptions) baseline() (Baseline, bool) {
	if o.base == nil || len(o.base.Result.Years) == 0 {
		return Baseline{}, false
	}
	return *o.base, true
}
