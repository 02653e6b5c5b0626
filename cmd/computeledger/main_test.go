//go:build !wasm

package main

import (
	"os"
	"testing"

	"github.com/computeledger/computeledger/app/ui"
)

func TestMain(m *testing.M) {
	ui.RegisterRoutes()
	code := m.Run()
	removeSharedSites()
	removeSharedBuild()
	os.Exit(code)
}
