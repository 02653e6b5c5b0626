package chart

import (
	"encoding/json"
	"fmt"
)

// Optioner is a go-echarts chart that can be validated and turned into an
// ECharts option map.
type Optioner interface {
	Validate()
	JSON() map[string]interface{}
}

// OptionJSON validates c and returns its ECharts option as JSON. Validate
// must run first: without it go-echarts leaves the x-axis data empty.
func OptionJSON(c Optioner) ([]byte, error) {
	c.Validate()
	b, err := json.Marshal(c.JSON())
	if err != nil {
		return nil, fmt.Errorf("chart: encoding option: %w", err)
	}
	return b, nil
}
