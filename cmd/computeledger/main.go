// Command computeledger is Compute Ledger in one program. Compiled to
// WebAssembly it is the explorer running in the browser; compiled natively
// it is a command-line tool that serves the explorer, writes it as a static
// site, and runs the ledger and the models headless.
package main

import (
	"os"

	"github.com/computeledger/computeledger/app/ui"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func main() {
	ui.RegisterRoutes()
	// In the browser RunWhenOnBrowser starts the app and never returns.
	app.RunWhenOnBrowser()
	os.Exit(runCLI(os.Args[1:], os.Stdout, os.Stderr))
}
