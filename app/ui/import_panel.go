package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ImportPanel is the import of extra deals from a CSV or JSON file: the
// file input, the progress of a file being read, what the last import
// added or its problems, and the files taken in, each with Remove. It
// takes files into the Session; a file taken in or removed is reported
// through OnImported, so that the explorer redraws what depends on the
// ledger.
type ImportPanel struct {
	app.Compo

	// Session is the session the files go into.
	Session *Session
	// OnImported is called after a file was taken in or removed.
	OnImported func(ctx app.Context)

	importMsg  string
	importErrs []string
	// importing reports a file being read in the background;
	// importProgress says how far it has come.
	importing      bool
	importProgress string
}

// imported reports a change of the session's imports.
func (e *ImportPanel) imported(ctx app.Context) {
	if e.OnImported != nil {
		e.OnImported(ctx)
	}
}

// Render returns the import of extra deals from a CSV or JSON file.
func (e *ImportPanel) Render() app.UI {
	var errs []app.UI
	for _, line := range e.importErrs {
		errs = append(errs, app.Li().Text(line))
	}
	return app.Section().Class("import").Aria("labelledby", "import-title").Body(
		app.H2().ID("import-title").Text("Add your own deals"),
		app.P().Class("help").Text("Import deals or revisions from a CSV or JSON file in the ledger's format (the ledger downloads below read back). Every record is checked; a file with any error is not taken in at all. Files add up; a deal the ledger already has becomes a revision, dated today, of what the file changes (a changed figure needs a new source). Imported deals stay in this tab and are not part of the link."),
		app.Div().Class("field").Body(
			app.Label().For("import-file").Class("field-label").Text("File to import (.csv or .json)"),
			app.Input().Type("file").ID("import-file").Accept(".csv,.json,text/csv,application/json").Disabled(e.importing).OnChange(func(ctx app.Context, ev app.Event) {
				input := ev.Get("target")
				readChosenFile(ctx, input, maxImportBytes, func(ctx app.Context, name string, raw []byte, err error) {
					e.importFile(ctx, name, raw, err)
				})
				// Let the same file be chosen again after it is fixed.
				jsTry(func() { input.Set("value", "") })
			}),
		),
		app.If(e.importing, func() app.UI {
			return app.P().ID("import-progress").Class("help").Role("status").Text(e.importProgress)
		}),
		app.If(e.importMsg != "", func() app.UI { return app.P().ID("import-status").Class("import-ok").Role("status").Text(e.importMsg) }),
		app.If(len(errs) > 0, func() app.UI {
			return app.Div().Class("import-errors").Role("alert").Body(
				app.P().Text("Nothing was imported. Fix these problems and try again:"),
				app.Ul().ID("import-errors").Body(errs...),
			)
		}),
		app.If(len(e.Session.Imports) > 0, e.renderImportedFiles),
	)
}

// renderImportedFiles lists the files taken in, each with what it added
// and a way to remove it.
func (e *ImportPanel) renderImportedFiles() app.UI {
	items := make([]app.UI, len(e.Session.Imports))
	for i, f := range e.Session.Imports {
		i, name := i, f.Summary.File
		items[i] = app.Li().Body(
			app.Span().Text(name+": "+importSummaryText(f.Summary)+" "),
			app.Button().Type("button").Class("link-button").Aria("label", "Remove "+name).Text("Remove").OnClick(func(ctx app.Context, _ app.Event) {
				if err := e.Session.RemoveImport(i); err != nil {
					e.importMsg = "Not removed: " + err.Error()
					return
				}
				e.importMsg, e.importErrs = "Removed "+name+".", nil
				e.imported(ctx)
			}),
		)
	}
	return app.Div().Class("imported-files").Body(
		app.H3().Text("Imported files"),
		app.Ul().ID("imported-files").Body(items...),
	)
}

// importFile takes a chosen file in, in the background (startImport).
func (e *ImportPanel) importFile(ctx app.Context, name string, raw []byte, err error) {
	if err != nil {
		e.importDone(ctx, err)
		return
	}
	e.startImport(ctx, name, raw)
}
