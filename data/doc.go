// Package data holds the deal ledger: the embedded, sourced data files, their
// typed records, loading and validation, as-of views that replay revisions,
// and CSV/JSON import and export.
package data
