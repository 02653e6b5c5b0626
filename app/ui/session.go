package ui

import (
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/computeledger/computeledger/app/chart"
	"github.com/computeledger/computeledger/app/model"
	"github.com/computeledger/computeledger/data"
)

// Session is the explorer's state that every view shares: the ledger (the
// embedded one, with any imported deals), the scenario and its result, the
// ledger as of the scenario's date, the view state, and the notices of the
// link it was read from. It holds no browser code, so tests drive it
// directly; the Explorer component keeps one and renders it.
type Session struct {
	// Base is the embedded ledger; Ledger is Base with any imported deals.
	Base   *data.Ledger
	Ledger *data.Ledger
	// Imports are the files imported, in order; Ledger is Base with each
	// merged in turn.
	Imports []ImportedFile

	Scenario model.Scenario
	Result   model.Result
	// View is the ledger as of Scenario.AsOf; Events its announcements and
	// revisions for the time axes.
	View   data.View
	Events []chart.Event

	ViewState ViewState
	// Notices are the problems of the link the session was read from.
	Notices []Notice
	// Rev counts the changes of scenario, ledger or view state, so that
	// views can tell whether what they built is still current;
	// ScenarioRev counts those of the scenario, its ledger and its result
	// alone, ViewRev those of the view state alone (a chart's grouping
	// moves ViewRev and runs no model).
	Rev, ScenarioRev, ViewRev int

	dataVersion string
	presetKey   string
	preset      model.Scenario

	compareKey     string
	compare        model.Scenario
	compareResult  model.Result
	compareNotices []Notice
	compareErr     error

	// baseKey is the preset and ledger of baseResult, the preset's run
	// that the charts draw under the reader's (Session.Baseline).
	baseKey    string
	baseResult model.Result
	baseErr    error
	// changesKey is the scenario revision and ledger of changes
	// (Session.ScenarioChanges).
	changesKey string
	changes    []ScenarioChange

	// pause, when set, is called between the long steps of SetScenario
	// (the model, the ledger as of its date, the events), so that a copy
	// of the session prepared in the background lets the page draw.
	pause func()
}

// NewSession returns a session on ledger l with the default scenario (the
// base preset as of the ledger's latest date) and the default view state.
func NewSession(l *data.Ledger) (*Session, error) {
	sc, err := model.DefaultScenario(l)
	if err != nil {
		return nil, err
	}
	s := &Session{Base: l, Ledger: l, ViewState: DefaultViewState()}
	if err := s.SetScenario(sc); err != nil {
		return nil, err
	}
	return s, nil
}

// DataVersion returns the version of the session's ledger (data.Ledger.Version).
func (s *Session) DataVersion() string {
	if s.dataVersion == "" {
		s.dataVersion = s.Ledger.Version()
	}
	return s.dataVersion
}

// SetScenario runs sc and makes it the session's scenario. An invalid
// scenario leaves the session as it was and returns the model's error.
func (s *Session) SetScenario(sc model.Scenario) error {
	r, err := model.Run(s.Ledger, sc)
	if err != nil {
		return err
	}
	if s.View.AsOf != sc.AsOf || s.View.Deals == nil {
		s.pauseNow()
		s.View = s.Ledger.AsOf(sc.AsOf)
		s.pauseNow()
		s.Events = chart.EventsFromView(s.View)
	}
	s.Scenario, s.Result = r.Scenario, r
	s.Rev++
	s.ScenarioRev++
	return nil
}

// pauseNow calls the session's pause, if it has one.
func (s *Session) pauseNow() {
	if s.pause != nil {
		s.pause()
	}
}

// SetViewState replaces the view state.
func (s *Session) SetViewState(v ViewState) {
	if v == s.ViewState {
		return
	}
	s.ViewState = v
	s.Rev++
	s.ViewRev++
}

// LoadQuery reads a link's query: the scenario (model.ParseQuery) and the
// view state. Every bad parameter becomes a notice naming it and the value
// used instead; the session always ends with a valid scenario. A link made
// with another data version gets a notice saying the numbers may differ.
func (s *Session) LoadQuery(q url.Values) {
	sc, problems := model.ParseQuery(s.Ledger, q)
	notices := ProblemNotices(problems)
	if err := s.SetScenario(sc); err != nil {
		def, derr := model.DefaultScenario(s.Ledger)
		if derr == nil {
			derr = s.SetScenario(def)
		}
		notices = append(notices, Notice{Text: "The link's scenario could not be run (" + err.Error() + "); showing the default scenario instead."})
		_ = derr
	}
	vs, viewNotices := ParseViewState(s.Ledger, q)
	notices = append(notices, viewNotices...)
	if vs.DataVersion != "" && vs.DataVersion != s.DataVersion() {
		notices = append(notices, Notice{Param: paramData, Text: paramData + ` = "` + clip(vs.DataVersion, 20) + `": this link was made with other ledger data; the explorer now has version ` +
			s.DataVersion() + ", so its numbers may differ from what the link's author saw."})
	}
	if vs != s.ViewState {
		s.ViewState = vs
		s.ViewRev++
	}
	s.Notices = notices
	s.Rev++
}

// Query returns the link of the session's state: the scenario's parameters
// that differ from its preset (plus v, preset and as_of), the view state
// that differs from the defaults, and the data version.
func (s *Session) Query() url.Values {
	q := s.Scenario.QueryFrom(s.presetOf(s.Scenario))
	s.ViewState.Set(q, s.DataVersion())
	return q
}

// QueryString returns Query encoded, with the commas of lists left
// readable.
func (s *Session) QueryString() string {
	return EncodeQuery(s.Query())
}

// EncodeQuery encodes q like url.Values.Encode (keys sorted) but leaves
// commas and colons unescaped, so that links stay readable
// ("exc=amd,broadcom").
func EncodeQuery(q url.Values) string {
	e := q.Encode()
	return strings.NewReplacer("%2C", ",", "%3A", ":").Replace(e)
}

// presetOf returns the preset sc started from, as of its date.
func (s *Session) presetOf(sc model.Scenario) model.Scenario {
	key := sc.Preset + "@" + sc.AsOf.String()
	if key != s.presetKey {
		p, err := model.Preset(s.Ledger, sc.Preset, sc.AsOf)
		if err != nil {
			// A scenario always names a known preset; fall back to the
			// whole query rather than a wrong short one.
			return model.Scenario{}
		}
		s.presetKey, s.preset = key, p
	}
	return s.preset
}

// ApplyPreset switches to the named preset as of the scenario's date (a
// publication's preset: as of its date), dropping every other change.
func (s *Session) ApplyPreset(name string) error {
	asOf := s.Scenario.AsOf
	if pub, ok := data.PublicationByID(name); ok {
		asOf = pub.AsOf // a publication's preset reads the ledger of its date
	}
	p, err := model.Preset(s.Ledger, name, asOf)
	if err != nil {
		return err
	}
	return s.SetScenario(p)
}

// Compare returns compare's second scenario (read from ViewState.Compare),
// its result and the notices of its parameters, computed once per query
// and ledger.
func (s *Session) Compare() (model.Scenario, model.Result, []Notice, error) {
	key := s.ViewState.Compare + "\x00" + s.DataVersion()
	if key == s.compareKey {
		return s.compare, s.compareResult, s.compareNotices, s.compareErr
	}
	s.compareKey = key
	s.compareNotices = nil
	q, err := url.ParseQuery(s.ViewState.Compare)
	if err != nil {
		s.compareNotices = append(s.compareNotices, Notice{Param: paramCompare, Text: paramCompare + " cannot be read as a query (" + err.Error() + "); comparing with the " + model.PresetBear + " preset instead."})
		q = url.Values{"preset": {model.PresetBear}}
	}
	sc, problems := model.ParseQuery(s.Ledger, q)
	for _, p := range problems {
		n := ProblemNotice(p)
		n.Text = "Scenario B: " + n.Text
		n.Param = paramCompare
		s.compareNotices = append(s.compareNotices, n)
	}
	r, err := model.Run(s.Ledger, sc)
	s.compare, s.compareResult, s.compareErr = sc, r, err
	return sc, r, s.compareNotices, err
}

// compareQuery returns the query that makes sc compare's second
// scenario (the value of ui.b).
func (s *Session) compareQuery(sc model.Scenario) string {
	return EncodeQuery(sc.QueryFrom(s.presetOf(sc)))
}

// swapChange returns the change that makes b the scenario and the current
// scenario compare's second, keeping the rest of the view.
func (s *Session) swapChange(b model.Scenario) Change {
	v := s.ViewState
	v.Compare = s.compareQuery(s.Scenario)
	q := b.QueryFrom(s.presetOf(b))
	v.Set(q, s.DataVersion())
	return Change{Query: q}
}

// ErrImport reports an imported file that was not taken in; it wraps the
// parser's or the merge's errors, one per bad record.
var ErrImport = errors.New("import refused")

// ImportSummary describes what one file added: new deals, revisions (its
// own, and those made of changes to deals the ledger held), and how many
// of its deals the ledger held unchanged.
type ImportSummary struct {
	File      string
	Deals     int
	Revisions int
	Unchanged int
}

// ImportedFile is one file taken in, with the records it added.
type ImportedFile struct {
	Summary ImportSummary
	extra   *data.Ledger
}

// ImportDeals reads a CSV or JSON file of deals (or revisions) with the
// ledger's parsers, merges it into the ledger with the files imported
// before, and re-runs the scenario. A deal the ledger holds becomes a
// revision dated today of what the file changes. Nothing is taken in
// unless every record is valid: on error the session is unchanged and the
// error lists every problem (ImportErrors splits it into lines).
func (s *Session) ImportDeals(name string, raw []byte) error {
	im, err := PrepareImport(s.Ledger, name, raw, nil)
	if err != nil {
		return err
	}
	return s.AddImport(im)
}

// PreparedImport is a file read and merged into a ledger, ready for
// Session.AddImport: the long part of an import, which touches no session
// and so may run while the page goes on drawing.
type PreparedImport struct {
	base, merged *data.Ledger
	file         ImportedFile
}

// PrepareImport reads and merges a file into base (the session's ledger)
// as ImportDeals does, telling p (nil for none) how far it has come.
func PrepareImport(base *data.Ledger, name string, raw []byte, p data.Progress) (PreparedImport, error) {
	merged, extra, sum, err := MergeImport(base, name, raw, today(), p)
	if err != nil {
		return PreparedImport{}, err
	}
	return PreparedImport{base: base, merged: merged, file: ImportedFile{Summary: sum, extra: extra}}, nil
}

// ErrLedgerChanged refuses a prepared import whose ledger is no longer the
// session's (another file was added or removed meanwhile).
var ErrLedgerChanged = errors.New("the ledger changed while the file was read; import it again")

// AddImport takes a prepared file in and re-runs the scenario.
func (s *Session) AddImport(im PreparedImport) error {
	if im.base != s.Ledger {
		return fmt.Errorf("%w: %s: %w", ErrImport, im.file.Summary.File, ErrLedgerChanged)
	}
	return s.setLedger(im.merged, append(slices.Clone(s.Imports), im.file))
}

// today returns the date the reader imports on (UTC).
func today() data.Date {
	d, _ := data.ParseDate(time.Now().UTC().Format("2006-01-02"))
	return d
}

// RemoveImport drops the i-th imported file and merges the others again
// in order. A later file that needs the removed one (a revision of a deal
// only that file had) keeps it from being removed, with the reason.
func (s *Session) RemoveImport(i int) error {
	if i < 0 || i >= len(s.Imports) {
		return fmt.Errorf("no imported file %d", i+1)
	}
	rest := slices.Delete(slices.Clone(s.Imports), i, i+1)
	l := s.Base
	for _, f := range rest {
		m, err := l.Merge(f.extra)
		if err != nil {
			return fmt.Errorf("%s needs %s: %w", f.Summary.File, s.Imports[i].Summary.File, err)
		}
		l = m
	}
	return s.setLedger(l, rest)
}

// ClearImport drops every imported file and goes back to the embedded
// ledger.
func (s *Session) ClearImport() error {
	return s.setLedger(s.Base, nil)
}

// setLedger switches the ledger and re-reads the scenario's link against
// it, so deal ids that only the old ledger had become notices.
func (s *Session) setLedger(l *data.Ledger, imports []ImportedFile) error {
	q := s.Scenario.Query()
	old := s.Ledger
	if s.Scenario.AsOf == model.DefaultAsOf(old) {
		// A scenario at the ledger's latest date follows the new latest
		// date, so imported deals announced later show.
		q.Set("as_of", model.DefaultAsOf(l).String())
	}
	s.Ledger, s.dataVersion, s.presetKey, s.compareKey = l, "", "", ""
	sc, problems := model.ParseQuery(l, q)
	s.View = data.View{}
	if err := s.SetScenario(sc); err != nil {
		s.Ledger = old
		s.View = data.View{}
		s.SetScenario(s.Scenario)
		return err
	}
	s.Imports = imports
	s.Notices = ProblemNotices(problems)
	return nil
}
