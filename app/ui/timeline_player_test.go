package ui

import "testing"

// TestNextDate: Play goes on from the date after the one shown, starts
// again from the first after the last, and from the first date after a
// date between two.
func TestNextDate(t *testing.T) {
	dates := []string{"2025-01-21", "2025-09-10", "2025-10-28"}
	for _, c := range []struct{ current, want string }{
		{"2025-01-21", "2025-09-10"},
		{"2025-10-28", "2025-01-21"},
		{"2025-02-01", "2025-09-10"},
		{"2024-01-01", "2025-01-21"},
		{"2026-06-01", "2025-01-21"},
	} {
		if got := nextDate(dates, c.current); got != c.want {
			t.Errorf("nextDate(%s) = %s, want %s", c.current, got, c.want)
		}
	}
	if got := nextDate(nil, "2025-01-01"); got != "" {
		t.Errorf("no dates gave %q", got)
	}
}
