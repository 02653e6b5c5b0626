package chart

import (
	"os/exec"
	"strings"
	"testing"
)

// TestImports_StayLeftOfTheUI checks that the package uses go-echarts, the
// models and the ledger, and never go-app or syscall/js.
func TestImports_StayLeftOfTheUI(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Skipf("go list is not available: %v", err)
	}
	own := "github.com/computeledger/computeledger/"
	for _, dep := range strings.Fields(string(out)) {
		if strings.Contains(dep, "go-app") || dep == "syscall/js" {
			t.Errorf("imports %s", dep)
		}
		if strings.HasPrefix(dep, own) && dep != own+"data" && dep != own+"app/model" && dep != own+"app/chart" {
			t.Errorf("imports %s, want only data and app/model of this project", dep)
		}
	}
}
