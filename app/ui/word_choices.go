package ui

import "github.com/computeledger/computeledger/app/model"

// wordParamChoices returns the options of a word parameter, each named by its
// label in the model's registry.
func wordParamChoices(w model.WordParam) []choice {
	out := make([]choice, len(w.Words))
	for i, word := range w.Words {
		out[i] = choice{word, w.WordLabel(word)}
	}
	return out
}

// presetChoices returns the options of presets, each named in words.
func presetChoices(names []string) []choice {
	out := make([]choice, len(names))
	for i, n := range names {
		out[i] = choice{n, model.PresetLabel(n)}
	}
	return out
}
