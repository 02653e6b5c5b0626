package model

import (
	"os/exec"
	"strings"
	"testing"
)

// TestImports_StayLeftOfTheUI checks that the package (standard library and
// data only) never pulls in go-app, go-echarts or syscall/js.
func TestImports_StayLeftOfTheUI(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Skipf("go list is not available: %v", err)
	}
	for _, dep := range strings.Fields(string(out)) {
		if strings.Contains(dep, "go-app") || strings.Contains(dep, "go-echarts") || dep == "syscall/js" {
			t.Errorf("imports %s", dep)
		}
		if strings.Contains(dep, ".") && !strings.HasPrefix(dep, "github.com/computeledger/computeledger/") {
			t.Errorf("imports %s, want the standard library and data only", dep)
		}
	}
}
