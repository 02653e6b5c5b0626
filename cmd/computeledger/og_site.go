//go:build !wasm

package main

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/computeledger/computeledger/app/ui"
	"github.com/computeledger/computeledger/data"
)

// siteSocial is what a site keeps for the previews of its pages: each
// view's tags and image card, the preview images (made on first request,
// or all at once for a static build) and the pages rewritten for the
// address a request came to, when no -site-url is set.
type siteSocial struct {
	pages    map[string]*socialEntry // by page path relative to the prefix
	images   map[string]*socialEntry // by image path relative to the prefix ("/og/spend.png")
	headline func() (headlineFigures, error)

	mu       sync.Mutex
	byOrigin map[string]*asset // page assets by base URL + page path
}

// socialEntry is one view's preview: its tags' text, the go-app page
// without tags, and its image, made once.
type socialEntry struct {
	page     socialPage
	template []byte // the page as go-app wrote it, its social tags included
	chart    *ogChart
	once     sync.Once
	image    *asset
	err      error
}

// headlineFigures are the default scenario's figures the cards without a
// chart show, and the ledger date they are for.
type headlineFigures struct {
	asOf  string
	tiles []ui.Tile
	deals int
}

// maxOriginPages bounds the pages kept for request addresses: a client
// that sends many Host headers gets pages with relative URLs, not memory.
const maxOriginPages = 8 * 12

// newSiteSocial returns an empty siteSocial.
func newSiteSocial() *siteSocial {
	return &siteSocial{
		pages:    map[string]*socialEntry{},
		images:   map[string]*socialEntry{},
		byOrigin: map[string]*asset{},
		headline: sync.OnceValues(defaultHeadlines),
	}
}

// defaultHeadlines runs the default scenario on the embedded ledger.
func defaultHeadlines() (headlineFigures, error) {
	l, err := data.Load()
	if err != nil {
		return headlineFigures{}, err
	}
	s, err := ui.NewSession(l)
	if err != nil {
		return headlineFigures{}, err
	}
	return headlineFigures{
		asOf:  s.Scenario.AsOf.String(),
		tiles: ui.OverviewTiles(s.Result, ui.HeadlinesOf(l)),
		deals: s.Result.Totals.DealsCounted,
	}, nil
}

// socialViews are the views by path.
var socialViews = func() map[string]ui.SocialView {
	m := map[string]ui.SocialView{}
	for _, v := range ui.SocialViews() {
		m[v.Path] = v
	}
	return m
}()

// socialPageBody returns a pre-rendered page with its social tags: the
// view's tags under the site's base for a view, none for the not-found
// page, and the page unchanged for anything else.
func (s *site) socialPageBody(rel string, body []byte) ([]byte, error) {
	if rel == notFoundPage {
		return replaceSocialTags(body, "")
	}
	v, ok := socialViews[rel]
	if !ok {
		return body, nil
	}
	e := &socialEntry{page: socialPage{SocialView: v}, template: body}
	if raw, ok := firstChartOption(body); ok {
		if c, err := parseChartOption(raw); err == nil {
			e.chart = c
		}
	}
	e.page.ImageAlt = imageAlt(e)
	s.social.pages[rel] = e
	s.social.images["/"+ogImagePath(v.Name)] = e
	return replaceSocialTags(body, socialTags(e.page, s.base()))
}

// base returns the root address the site's tags use: -site-url, or the
// prefix when none is set.
func (s *site) base() string {
	if s.siteURL != "" {
		return s.siteURL
	}
	return s.prefix
}

// imageAlt returns the alt text of a view's image: the chart's own
// description, or the view's heading.
func imageAlt(e *socialEntry) string {
	if e.chart != nil && e.chart.Description != "" {
		return e.chart.Title + ": " + e.chart.Description
	}
	return e.page.Title + ": headline figures of the default scenario"
}

// dataOptionAttr starts the attribute in which a pre-rendered chart
// carries its ECharts option (base64; see app/ui/prerendered.go).
const dataOptionAttr = `data-option="`

// firstChartOption returns the option of the first chart of a
// pre-rendered page: the view's main chart, as the app draws it.
func firstChartOption(page []byte) ([]byte, bool) {
	i := bytes.Index(page, []byte(dataOptionAttr))
	if i < 0 {
		return nil, false
	}
	rest := page[i+len(dataOptionAttr):]
	j := bytes.IndexByte(rest, '"')
	if j < 0 {
		return nil, false
	}
	raw, err := base64.StdEncoding.DecodeString(string(rest[:j]))
	return raw, err == nil
}

// card returns what the entry's image shows.
func (e *socialEntry) card(h headlineFigures) ogCard {
	c := ogCard{Heading: e.page.Title, Lede: e.page.Description, Chart: e.chart, AsOf: h.asOf}
	if e.page.AsOf != "" {
		c.AsOf = e.page.AsOf // the reconcile view opens on the claim's date
	}
	if e.chart != nil {
		return c
	}
	tile := func(label string, shown ...string) {
		for _, t := range h.tiles {
			if t.Label == label {
				c.Figures = append(c.Figures, ogFigure{Label: append(shown, t.Label)[0], Value: t.Value})
			}
		}
	}
	tile("Commitments")
	tile("Capacity")
	if e.page.Name == "ledger" {
		c.Figures = append(c.Figures, ogFigure{Label: "Deals counted", Value: strconv.Itoa(h.deals)})
		tile("Homes' electricity")
	} else {
		tile("Share of US electricity")
		tile("Revenue growth needed", "Growth needed")
	}
	return c
}

// imageAsset returns the view's preview image, drawing it on first use.
func (s *siteSocial) imageAsset(e *socialEntry) (*asset, error) {
	e.once.Do(func() {
		h, err := s.headline()
		if err != nil {
			e.err = err
			return
		}
		b, err := encodeOGImage(e.card(h))
		if err != nil {
			e.err = fmt.Errorf("preview image of %s: %w", e.page.Path, err)
			return
		}
		e.image = newAsset("image/png", b, false, nil, nil)
	})
	return e.image, e.err
}

// ogImage returns the preview image at a path relative to the prefix.
func (s *site) ogImage(rel string) (*asset, bool) {
	e, ok := s.social.images[rel]
	if !ok {
		return nil, false
	}
	a, err := s.social.imageAsset(e)
	return a, err == nil
}

// addOGImages draws every view's preview image into the site's content,
// for a static build, and returns how long that took.
func (s *site) addOGImages() (time.Duration, error) {
	start := time.Now()
	var errs []error
	for rel, e := range s.social.images {
		a, err := s.social.imageAsset(e)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		s.content[rel] = a
	}
	return time.Since(start), errors.Join(errs...)
}

// pageFor returns the page to send for a request: with no -site-url, a
// view's page with its tags under the address the request came to (when
// its Host is a plain host name); otherwise a itself.
func (s *site) pageFor(r *http.Request, rel string, a *asset) *asset {
	if s.siteURL != "" {
		return a
	}
	if rel == "/index.html" {
		rel = "/"
	}
	if len(rel) > 1 && rel[len(rel)-1] == '/' {
		rel = rel[:len(rel)-1]
	}
	e, ok := s.social.pages[rel]
	if !ok {
		return a
	}
	base, ok := requestBase(r, s.prefix)
	if !ok {
		return a
	}
	key := base + "\x00" + rel
	s.social.mu.Lock()
	defer s.social.mu.Unlock()
	if cached, ok := s.social.byOrigin[key]; ok {
		return cached
	}
	if len(s.social.byOrigin) >= maxOriginPages {
		return a
	}
	body, err := replaceSocialTags(e.template, socialTags(e.page, base))
	if err != nil {
		return a
	}
	page := newAsset(a.contentType, body, true, compressBrotli(body, quickBrotliQuality), nil)
	s.social.byOrigin[key] = page
	return page
}
