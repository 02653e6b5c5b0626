package ui

import (
	"encoding/base64"
	"strconv"
	"testing"
)

func TestPrerenderAttr(t *testing.T) {
	tests := []struct{ name, option string }{
		{"plain JSON", `{"series":[{"type":"bar","data":[1,2]}]}`},
		{"quotes, ampersands and angle brackets", `{"title":{"text":"A \"quoted\" <b>&</b> title"}}`},
		{"text outside ASCII", `{"title":{"text":"Stargate → Oracle … 4.5 GW, Doña Ana"}}`},
		{"empty", ``},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			attr := prerenderAttr(tt.option)
			// go-app writes attribute values with strconv.Quote: the value
			// must survive it unchanged and hold nothing HTML would read
			// as the end of the attribute.
			if q := strconv.Quote(attr); q != `"`+attr+`"` {
				t.Errorf("attribute %q changes under Go quoting: %s", attr, q)
			}
			back, err := base64.StdEncoding.DecodeString(attr)
			if err != nil || string(back) != tt.option {
				t.Errorf("got %q, %v back; want %q", back, err, tt.option)
			}
		})
	}
}
