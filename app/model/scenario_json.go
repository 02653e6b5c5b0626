package model

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/computeledger/computeledger/data"
)

// ParseScenarioJSON reads a scenario from its JSON (as written by
// json.Marshal) and validates it. Every error wraps ErrBadScenario and
// names the field: a value of the wrong type, an unknown field, a bad date
// or a value out of range (then also the accepted range, as Problems).
func ParseScenarioJSON(b []byte) (Scenario, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	// A scenario saved before a field existed reads as the model then was:
	// payments spread over the term.
	s := Scenario{Payments: PayTerm}
	if err := dec.Decode(&s); err != nil {
		return Scenario{}, fmt.Errorf("%w: %s", ErrBadScenario, describeJSONError(err))
	}
	if dec.More() {
		return Scenario{}, fmt.Errorf("%w: more than one JSON value", ErrBadScenario)
	}
	if s.Version == 1 {
		// Version 1 had no renewals, power cost or chip cost per GW: keep
		// its spend (chip_gw 0 keeps the ledger's estimated values).
		s.Version = ScenarioVersion
	}
	s.canonical()
	if err := s.Validate(); err != nil {
		return Scenario{}, fmt.Errorf("%w: %w", ErrBadScenario, err)
	}
	return s, nil
}

// describeJSONError names the field a decoding error concerns.
func describeJSONError(err error) string {
	var typeErr *json.UnmarshalTypeError
	var syntaxErr *json.SyntaxError
	switch {
	case errors.As(err, &typeErr):
		return fmt.Sprintf("field %q: got JSON %s, want %s", typeErr.Field, typeErr.Value, describeGoType(typeErr.Type.String()))
	case errors.As(err, &syntaxErr):
		return fmt.Sprintf("malformed JSON at byte %d: %v", syntaxErr.Offset, err)
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		return "malformed JSON: it ends early"
	case errors.Is(err, data.ErrBadDate):
		return fmt.Sprintf("field %q: %v", "as_of", err)
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		return "unknown field " + strings.TrimPrefix(err.Error(), "json: unknown field ")
	}
	return err.Error()
}

func describeGoType(t string) string {
	switch t {
	case "float64":
		return "a number"
	case "int":
		return "a whole number"
	case "bool":
		return "true or false"
	case "string", "model.Profile", "model.RevenuePath", "model.ValuePoint", "model.GoalKind", "model.PaymentTiming":
		return "a string"
	}
	if strings.HasPrefix(t, "[]") {
		return "a list"
	}
	return "an object"
}
