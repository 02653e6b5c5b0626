package ui

import (
	"sync"

	"github.com/computeledger/computeledger/data"
)

var (
	ledgerOnce sync.Once
	ledger     *data.Ledger
	ledgerErr  error
)

// loadLedger returns the embedded ledger, loaded and validated once.
func loadLedger() (*data.Ledger, error) {
	ledgerOnce.Do(func() { ledger, ledgerErr = data.Load() })
	return ledger, ledgerErr
}
