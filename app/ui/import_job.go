package ui

import (
	"time"

	"github.com/computeledger/computeledger/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// importSlice is how long an import works at a stretch before it shows
// its progress and lets the browser draw and answer input: half of the
// 100 ms a tab may be kept busy.
const importSlice = 50 * time.Millisecond

// importPacer shows an import's progress and gives the page its turns.
// WebAssembly runs the import and the page on one thread, so the import
// goroutine itself must wait (nextFrame) for the page to draw.
type importPacer struct {
	ctx   app.Context
	e     *ImportPanel
	name  string
	stage string
	last  time.Time
}

// progress is the data.Progress of the import: at each new stage, and
// else at most every importSlice, it shows how far the import has come
// and waits for a frame.
func (p *importPacer) progress(stage string, done, total int) {
	if stage != p.stage || time.Since(p.last) >= importSlice {
		p.stage = stage
		p.show(importProgressText(p.name, stage, done, total))
	}
}

// show puts text in the progress line and waits until the page has drawn
// it.
func (p *importPacer) show(text string) {
	p.ctx.Dispatch(func(app.Context) { p.e.importProgress = text })
	nextFrame()
	p.last = time.Now()
}

// importProgressText says in words how far the import of the file name
// has come.
func importProgressText(name, stage string, done, total int) string {
	switch stage {
	case data.StageRead:
		return "Reading " + name + ": " + groupThousands(int64(done)) + " of " + groupThousands(int64(total)) + " bytes"
	case data.StageCheck:
		return "Checking " + name + ": " + groupThousands(int64(done)) + " of " + groupThousands(int64(total)) + " records"
	}
	return "Importing " + name
}

// startImport reads, checks and merges a chosen file in the background,
// showing its progress, then takes it in (all or nothing, as
// Session.ImportDeals).
func (e *ImportPanel) startImport(ctx app.Context, name string, raw []byte) {
	e.importing, e.importMsg, e.importErrs = true, "", nil
	e.importProgress = importProgressText(name, data.StageRead, 0, len(raw))
	// The session is taken in on a copy, in steps with frames between
	// them; the copy replaces the session unless the reader changed it
	// meanwhile (then the file is taken in again, at once).
	next, rev := *e.Session, e.Session.Rev
	ctx.Async(func() {
		p := &importPacer{ctx: ctx, e: e, name: name}
		p.show(e.importProgress)
		im, err := PrepareImport(next.Ledger, name, raw, p.progress)
		if err == nil {
			p.show("Running the model on " + groupThousands(int64(len(im.merged.Deals))) + " deals")
			next.pause = nextFrame
			err = next.AddImport(im)
			next.pause = nil
			// The data version (a hash of the whole ledger) is shown with
			// the downloads: compute it here too, not in the first render.
			nextFrame()
			next.DataVersion()
		}
		ctx.Dispatch(func(ctx app.Context) {
			e.importing, e.importProgress = false, ""
			switch {
			case err != nil:
			case e.Session.Rev == rev && e.Session.Ledger == im.base:
				*e.Session = next
			default:
				err = e.Session.AddImport(im)
			}
			e.importDone(ctx, err)
		})
	})
}

// importDone reports the end of an import: its problems, or what it added.
func (e *ImportPanel) importDone(ctx app.Context, err error) {
	if err != nil {
		e.importMsg = ""
		e.importErrs = ImportErrors(err)
		return
	}
	e.importErrs = nil
	sum := e.Session.Imports[len(e.Session.Imports)-1].Summary
	e.importMsg = "Imported from " + sum.File + ": " + importSummaryText(sum)
	e.imported(ctx)
}
