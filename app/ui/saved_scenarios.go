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

// ErrCorruptStore reports saved scenarios that cannot be read back as a
// list at all; the explorer says so and keeps the text under unreadableKey.
var ErrCorruptStore = errors.New("saved scenarios unreadable")

// ErrSavedNameTaken reports a save under a name already in the list; the
// explorer asks before it replaces that scenario.
var ErrSavedNameTaken = errors.New("a saved scenario has that name")

// ErrSavedFull reports a save into a full list; nothing is ever dropped to
// make room.
var ErrSavedFull = fmt.Errorf("%d scenarios are saved, the most this browser keeps: delete one to save another", maxSaved)

// unreadableKey is the localStorage key under which saved scenarios that
// could not be read are kept (one JSON text per line), so a bad entry or a
// broken store never loses what the reader saved.
const unreadableKey = savedKey + ".unreadable"

// SavedProblem is one stored entry that could not be read.
type SavedProblem struct {
	Entry  int    // 1-based position in the stored list
	Raw    string // the entry's JSON text, kept aside
	Reason string
}

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
// Entries that are unreadable (no name, a path that is not a view, a
// malformed link, unknown fields) are returned as problems and the others
// kept. A store that is not a list this version wrote gives an error
// wrapping ErrCorruptStore.
func DecodeSaved(raw string) ([]SavedScenario, []SavedProblem, error) {
	if strings.TrimSpace(raw) == "" {
		return nil, nil, nil
	}
	var st struct {
		Version   int               `json:"version"`
		Scenarios []json.RawMessage `json:"scenarios"`
	}
	dec := json.NewDecoder(strings.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&st); err != nil {
		return nil, nil, fmt.Errorf("%w: %v", ErrCorruptStore, err)
	}
	if st.Version != savedVersion {
		return nil, nil, fmt.Errorf("%w: version %d, want %d", ErrCorruptStore, st.Version, savedVersion)
	}
	var list []SavedScenario
	var problems []SavedProblem
	names := map[string]bool{}
	for i, entry := range st.Scenarios {
		sv, reason := decodeSavedEntry(entry)
		switch {
		case reason == "" && names[sv.Name]:
			reason = fmt.Sprintf("a second scenario named %q", clip(sv.Name, 40))
		case reason == "" && len(list) == maxSaved:
			reason = fmt.Sprintf("more than %d scenarios", maxSaved)
		}
		if reason != "" {
			problems = append(problems, SavedProblem{Entry: i + 1, Raw: string(entry), Reason: reason})
			continue
		}
		names[sv.Name] = true
		list = append(list, sv)
	}
	return list, problems, nil
}

// decodeSavedEntry reads one stored entry, or says why it cannot.
func decodeSavedEntry(entry json.RawMessage) (SavedScenario, string) {
	var s SavedScenario
	dec := json.NewDecoder(strings.NewReader(string(entry)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil {
		return s, "not a saved scenario: " + err.Error()
	}
	if strings.TrimSpace(s.Name) == "" || !utf8.ValidString(s.Name) {
		return s, "it has no name"
	}
	if !isViewPath(s.Path) {
		return s, fmt.Sprintf("path %q is not a view", clip(s.Path, 40))
	}
	if _, err := url.ParseQuery(s.Query); err != nil {
		return s, "a malformed link: " + err.Error()
	}
	return s, ""
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

// AddSaved returns list with s added at the front. The name is trimmed
// and cut to maxSavedName characters. A name already in the list gives
// ErrSavedNameTaken unless replace is set (then that entry is replaced);
// a full list gives ErrSavedFull. The list passed in is not changed.
func AddSaved(list []SavedScenario, s SavedScenario, replace bool) ([]SavedScenario, error) {
	s.Name = clip(strings.TrimSpace(s.Name), maxSavedName)
	out := []SavedScenario{s}
	for _, x := range list {
		if x.Name != s.Name {
			out = append(out, x)
		} else if !replace {
			return list, fmt.Errorf("%w: %q", ErrSavedNameTaken, s.Name)
		}
	}
	if len(out) > maxSaved {
		return list, ErrSavedFull
	}
	return out, nil
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
