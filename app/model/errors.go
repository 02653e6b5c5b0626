package model

import "errors"

// Sentinel errors; every error this package returns wraps one of them with
// the parameter, field or deal it concerns.
var (
	// ErrUnknownParam reports a query parameter the model does not know.
	ErrUnknownParam = errors.New("unknown parameter")
	// ErrMalformed reports a value that cannot be read (not a number, not a
	// date, not one of the accepted words).
	ErrMalformed = errors.New("malformed value")
	// ErrOutOfRange reports a value outside its accepted range.
	ErrOutOfRange = errors.New("value out of range")
	// ErrUnknownPreset reports a preset name that is not in PresetNames.
	ErrUnknownPreset = errors.New("unknown preset")
	// ErrUnknownDeal reports a deal id that is not in the ledger.
	ErrUnknownDeal = errors.New("unknown deal")
	// ErrLedger reports a ledger that lacks an assumption or series the
	// models need.
	ErrLedger = errors.New("ledger lacks model input")
	// ErrBadScenario reports a scenario whose JSON cannot be read.
	ErrBadScenario = errors.New("bad scenario")
)
