//go:build !wasm

package main

import (
	"os"
	"testing"

	"github.com/computeledger/computeledger/app/ui"
)

func TestMain(m *testing.M) {
	ui.RegisterRoutes()
	os.Exit(m.Run())
}
