//go:build !wasm

package main

import (
	"encoding/json"
	"fmt"
	"image"
	_ "image/png" // screenshots and icons are PNG
	"os"
	"path/filepath"
)

// manifestIcon is one icon or screenshot entry of the web app manifest.
type manifestImage struct {
	Src        string `json:"src"`
	Sizes      string `json:"sizes"`
	Type       string `json:"type"`
	Purpose    string `json:"purpose,omitempty"`
	FormFactor string `json:"form_factor,omitempty"`
	Label      string `json:"label,omitempty"`
}

// webManifest is the web app manifest the site serves instead of go-app's,
// which has no id and no screenshots.
type webManifest struct {
	ID              string          `json:"id"`
	Name            string          `json:"name"`
	ShortName       string          `json:"short_name"`
	Description     string          `json:"description"`
	Lang            string          `json:"lang"`
	StartURL        string          `json:"start_url"`
	Scope           string          `json:"scope"`
	Display         string          `json:"display"`
	BackgroundColor string          `json:"background_color"`
	ThemeColor      string          `json:"theme_color"`
	Categories      []string        `json:"categories"`
	Icons           []manifestImage `json:"icons"`
	Screenshots     []manifestImage `json:"screenshots"`
}

// manifestScreenshots are the store screenshots, relative to the web
// directory, with their form factor and label.
var manifestScreenshots = []struct{ file, formFactor, label string }{
	{"screenshots/overview-wide.png", "wide", "The overview: commitments, capacity and the chart by counterparty"},
	{"screenshots/overview-narrow.png", "narrow", "The overview on a phone"},
}

// manifestJSON returns the site's web app manifest. Its id is the site's
// prefix, which stays the same from one version to the next. Image sizes
// are read from the files, so the manifest never claims a wrong size.
func (s *site) manifestJSON() ([]byte, error) {
	h := s.handler
	resolve := h.Resources.Resolve
	m := webManifest{
		ID:              s.prefix,
		Name:            h.Name,
		ShortName:       h.ShortName,
		Description:     h.Description,
		Lang:            h.Lang,
		StartURL:        s.prefix,
		Scope:           s.prefix,
		Display:         "standalone",
		BackgroundColor: h.BackgroundColor,
		ThemeColor:      h.ThemeColor,
		Categories:      []string{"finance", "business", "news"},
	}
	icons := []struct{ file, purpose string }{
		{"icons/icon-192.png", "any"},
		{"icons/icon-512.png", "any"},
		{"icons/icon-maskable-512.png", "maskable"},
	}
	for _, ic := range icons {
		size, err := pngSize(filepath.Join(s.webDir, ic.file))
		if err != nil {
			return nil, err
		}
		m.Icons = append(m.Icons, manifestImage{Src: resolve("/web/" + ic.file), Sizes: size, Type: "image/png", Purpose: ic.purpose})
	}
	m.Icons = append(m.Icons, manifestImage{Src: resolve("/web/icons/icon.svg"), Sizes: "any", Type: "image/svg+xml", Purpose: "any"})
	for _, sc := range manifestScreenshots {
		file := filepath.Join(s.webDir, sc.file)
		if _, err := os.Stat(file); err != nil {
			continue // screenshots are optional; icons are not
		}
		size, err := pngSize(file)
		if err != nil {
			return nil, err
		}
		m.Screenshots = append(m.Screenshots, manifestImage{Src: resolve("/web/" + sc.file), Sizes: size, Type: "image/png", FormFactor: sc.formFactor, Label: sc.label})
	}
	return json.MarshalIndent(m, "", "  ")
}

// pngSize returns a PNG's size as "WxH".
func pngSize(file string) (string, error) {
	f, err := os.Open(file)
	if err != nil {
		return "", fmt.Errorf("%w: %s", ErrMissingAsset, file)
	}
	defer f.Close()
	cfg, _, err := image.DecodeConfig(f)
	if err != nil {
		return "", fmt.Errorf("reading %s: %w", file, err)
	}
	return fmt.Sprintf("%dx%d", cfg.Width, cfg.Height), nil
}
