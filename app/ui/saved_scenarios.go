package ui

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"unicode/utf8"
)

// savedKey is the localStorage key of the saved scenarios.
const savedKey = "computeledger.saved-scenarios"

// savedVersion is the layout version of the stored list.
const savedVersion = 1

// maxSaved bounds the number of saved scenarios; maxSavedName the length
// of a name in characters.
const (
	maxSaved     = 50
	maxSavedName = 80
)

// ErrCorruptStore reports saved scenarios that cannot be read back; the
// explorer says so and starts a new, empty list.
var ErrCorruptStore = errors.New("saved scenarios unreadable")

// SavedScenario is one scenario the reader saved in the browser: a name
// and the link (view path and query) that reproduces it.
type SavedScenario struct {
	Name    string `json:"name"`
	Path    string `json:"path"`
	Query   string `json:"query"`
	SavedAt string `json:"saved_at"`
}

// Href returns the in-app link of the saved scenario.
func (s SavedScenario) Href() string {
	if s.Query == "" {
		return s.Path
	}
	return s.Path + "?" + s.Query
}

type savedStore struct {
	Version   int             `json:"version"`
	Scenarios []SavedScenario `json:"scenarios"`
}

// DecodeSaved reads the stored list; "" (nothing stored) is an empty list.
// Anything else that is not a list this version wrote, or that holds an
// entry without a name or with a path that is not a view, gives an error
// wrapping ErrCorruptStore.
func DecodeSaved(raw string) ([]SavedScenario, error) {
	if strings.TrimSpace(raw) == "" {
		return nil, nil
	}
	var st savedStore
	dec := json.NewDecoder(strings.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&st); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCorruptStore, err)
	}
	if st.Version != savedVersion {
		return nil, fmt.Errorf("%w: version %d, want %d", ErrCorruptStore, st.Version, savedVersion)
	}
	if len(st.Scenarios) > maxSaved {
		return nil, fmt.Errorf("%w: %d entries, at most %d", ErrCorruptStore, len(st.Scenarios), maxSaved)
	}
	for i, s := range st.Scenarios {
		if strings.TrimSpace(s.Name) == "" || !utf8.ValidString(s.Name) {
			return nil, fmt.Errorf("%w: entry %d has no name", ErrCorruptStore, i+1)
		}
		if !isViewPath(s.Path) {
			return nil, fmt.Errorf("%w: entry %d has path %q, not a view", ErrCorruptStore, i+1, clip(s.Path, 40))
		}
		if _, err := url.ParseQuery(s.Query); err != nil {
			return nil, fmt.Errorf("%w: entry %d has a malformed link: %v", ErrCorruptStore, i+1, err)
		}
	}
	return st.Scenarios, nil
}

// EncodeSaved returns the stored form of the list.
func EncodeSaved(list []SavedScenario) string {
	if list == nil {
		list = []SavedScenario{}
	}
	b, err := json.Marshal(savedStore{Version: savedVersion, Scenarios: list})
	if err != nil {
		return ""
	}
	return string(b)
}

// AddSaved returns list with s added at the front, replacing an entry of
// the same name, and at most maxSaved entries (the oldest dropped). The
// name is trimmed and cut to maxSavedName characters.
func AddSaved(list []SavedScenario, s SavedScenario) []SavedScenario {
	s.Name = clip(strings.TrimSpace(s.Name), maxSavedName)
	out := []SavedScenario{s}
	for _, x := range list {
		if x.Name != s.Name {
			out = append(out, x)
		}
	}
	if len(out) > maxSaved {
		out = out[:maxSaved]
	}
	return out
}

// RemoveSaved returns list without the entry named name.
func RemoveSaved(list []SavedScenario, name string) []SavedScenario {
	return slices.DeleteFunc(slices.Clone(list), func(x SavedScenario) bool { return x.Name == name })
}

// isViewPath reports whether p is the path of a view.
func isViewPath(p string) bool {
	for _, v := range views {
		if v.Path == p {
			return true
		}
	}
	return false
}
