package chart

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"
)

// relativeLuminance returns the WCAG 2.1 relative luminance of a #rrggbb
// colour.
func relativeLuminance(t *testing.T, hex string) float64 {
	t.Helper()
	if len(hex) != 7 || hex[0] != '#' {
		t.Fatalf("colour %q is not #rrggbb", hex)
	}
	var lin [3]float64
	for i := range lin {
		v, err := strconv.ParseUint(hex[1+2*i:3+2*i], 16, 8)
		if err != nil {
			t.Fatalf("colour %q: %v", hex, err)
		}
		c := float64(v) / 255
		if c <= 0.04045 {
			lin[i] = c / 12.92
		} else {
			lin[i] = math.Pow((c+0.055)/1.055, 2.4)
		}
	}
	return 0.2126*lin[0] + 0.7152*lin[1] + 0.0722*lin[2]
}

// contrastRatio returns the WCAG 2.1 contrast ratio of two colours.
func contrastRatio(t *testing.T, a, b string) float64 {
	la, lb := relativeLuminance(t, a), relativeLuminance(t, b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

func TestContrastRatio_MatchesWCAGReferencePoints(t *testing.T) {
	cases := []struct {
		a, b string
		want float64
	}{
		{"#000000", "#ffffff", 21},
		{"#ffffff", "#ffffff", 1},
		{"#767676", "#ffffff", 4.54}, // the lightest grey that passes AA on white
	}
	for _, c := range cases {
		t.Run(fmt.Sprintf("%s on %s is %.2f to 1", c.a, c.b, c.want), func(t *testing.T) {
			if got := contrastRatio(t, c.a, c.b); math.Abs(got-c.want) > 0.01 {
				t.Errorf("got %.3f, want %.2f", got, c.want)
			}
		})
	}
}

func TestPalettes_ContrastWithTheirBackgrounds(t *testing.T) {
	const graphicalMin, textMin = 3.0, 4.5 // WCAG 2.1 1.4.11 and 1.4.3
	themes := []struct {
		name    string
		palette []string
		text    string
		muted   string
		bgs     []string
	}{
		{"light", Palette, TextColor, MutedTextColor, LightBackgrounds},
		{"dark", DarkPalette, DarkTextColor, DarkMutedTextColor, DarkBackgrounds},
	}
	for _, th := range themes {
		for _, bg := range th.bgs {
			for i, c := range th.palette {
				t.Run(fmt.Sprintf("%s series %d (%s) stands out from %s", th.name, i, c, bg), func(t *testing.T) {
					if got := contrastRatio(t, c, bg); got < graphicalMin {
						t.Errorf("got contrast %.2f:1, want at least %.1f:1", got, graphicalMin)
					}
				})
			}
			for _, text := range []string{th.text, th.muted} {
				t.Run(fmt.Sprintf("%s text (%s) is readable on %s", th.name, text, bg), func(t *testing.T) {
					if got := contrastRatio(t, text, bg); got < textMin {
						t.Errorf("got contrast %.2f:1, want at least %.1f:1", got, textMin)
					}
				})
			}
		}
	}
}

func TestDarkPalette_PairsWithPalette(t *testing.T) {
	t.Run("each light colour has a dark one", func(t *testing.T) {
		if len(DarkPalette) != len(Palette) {
			t.Errorf("got %d dark colours, want %d", len(DarkPalette), len(Palette))
		}
	})
	t.Run("no dark colour is swapped again as a light one, so the swap never chains", func(t *testing.T) {
		pairs := DarkColorPairs()
		for i := 1; i < len(pairs); i += 2 {
			for j := 0; j < len(pairs); j += 2 {
				if pairs[i] == pairs[j] {
					t.Errorf("dark colour %s is also a light colour that is swapped", pairs[i])
				}
			}
		}
	})
	t.Run("the dark palette series are distinct", func(t *testing.T) {
		seen := map[string]bool{}
		for _, c := range DarkPalette {
			if seen[c] {
				t.Errorf("colour %s twice", c)
			}
			seen[c] = true
		}
	})
}

func TestThemedOption_SwapsThePaletteInTheDark(t *testing.T) {
	for _, b := range builders() {
		opt, err := OptionJSON(b.build())
		if err != nil {
			t.Fatal(err)
		}
		light := string(opt)
		t.Run(b.name+" is unchanged in the light theme", func(t *testing.T) {
			if got := ThemedOption(light, "light"); got != light {
				t.Errorf("the light option changed")
			}
		})
		t.Run(b.name+" in the dark theme has no light colour that the dark theme replaces", func(t *testing.T) {
			dark := ThemedOption(light, "dark")
			pairs := DarkColorPairs()
			for i := 0; i < len(pairs); i += 2 {
				if strings.Contains(dark, `"`+pairs[i]+`"`) {
					t.Errorf("dark option still has %s", pairs[i])
				}
			}
			if !strings.Contains(dark, `"`+DarkPalette[0]+`"`) {
				t.Errorf("dark option has no %s, the dark palette's first colour", DarkPalette[0])
			}
			if len(dark) != len(light) {
				t.Errorf("got %d bytes, want %d: only colours of the same length are swapped", len(dark), len(light))
			}
		})
	}
}
