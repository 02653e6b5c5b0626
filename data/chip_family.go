package data

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// chipFamilyNames names the ledger's chip families (Deal.ChipFamily) as a
// reader knows them.
var chipFamilyNames = map[string]string{
	"nvidia_gb200":      "Nvidia GB200",
	"nvidia_gb300":      "Nvidia GB300",
	"nvidia_vera_rubin": "Nvidia Vera Rubin",
	"amd_mi450":         "AMD MI450",
	"openai_broadcom":   "OpenAI-Broadcom",
	"trainium":          "AWS Trainium",
	"google_tpu":        "Google TPU",
	"tpu":               "Google TPU",
	"cerebras_wse3":     "Cerebras WSE-3",
}

// ChipFamilyName returns a chip family's name in words ("amd_mi450" is
// "AMD MI450"); a family the ledger does not know is written with spaces
// for underscores and a capital first letter; "" stays "".
func ChipFamilyName(family string) string {
	if n, ok := chipFamilyNames[family]; ok {
		return n
	}
	return Humanize(family)
}

// Humanize turns a snake_case identifier into words with a capital first
// letter: "memory_supply" gives "Memory supply".
func Humanize(id string) string {
	s := strings.ReplaceAll(id, "_", " ")
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
