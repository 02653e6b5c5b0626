package ui

import "testing"

func TestJoinPrefix(t *testing.T) {
	tests := []struct {
		name, prefix, path, want string
	}{
		{"the root of a site at the root is a slash", "", "/", "/"},
		{"a slash prefix adds nothing", "/", "/ledger", "/ledger"},
		{"a sub-path prefix keeps its path", "/sub/", "/ledger", "/sub/ledger"},
		{"a prefix without a trailing slash works the same", "/sub", "/ledger", "/sub/ledger"},
		{"the root under a sub-path ends with a slash", "/sub/", "/", "/sub/"},
		{"a relative path gains its slash", "/sub/", "ledger", "/sub/ledger"},
		{"a web asset goes under the prefix", "/a/b/", "/web/app.css", "/a/b/web/app.css"},
		{"no double slash at the root", "", "/web/app.css", "/web/app.css"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := JoinPrefix(tt.prefix, tt.path); got != tt.want {
				t.Errorf("JoinPrefix(%q, %q): got %q, want %q", tt.prefix, tt.path, got, tt.want)
			}
		})
	}
}
