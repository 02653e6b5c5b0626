//go:build !wasm

package main

import _ "embed"

// serviceWorkerJS is the template of app-worker.js: go-app fills in
// {{.Version}} and {{.ResourcesToCache}}.
//
//go:embed app-worker.js
var serviceWorkerJS string
