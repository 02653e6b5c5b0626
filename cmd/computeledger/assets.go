//go:build !wasm

package main

import (
	"io/fs"
	"path"
	"path/filepath"
	"strings"
)

// isShippedAsset reports whether the file at rel (slash-separated, relative
// to the web directory) is part of the site. Sources of built assets and
// their tests stay out.
func isShippedAsset(rel string) bool {
	base := path.Base(rel)
	switch {
	case strings.HasPrefix(base, "."),
		base == "echarts-entry.js",
		strings.HasSuffix(base, ".test.mjs"),
		strings.HasSuffix(base, ".go"):
		return false
	}
	return true
}

// shippedAssets returns the slash-separated paths, relative to webDir, of
// every file the site ships, sorted.
func shippedAssets(webDir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(webDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.Type().IsRegular() {
			return nil
		}
		rel, err := filepath.Rel(webDir, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if isShippedAsset(rel) {
			files = append(files, rel)
		}
		return nil
	})
	return files, err
}
