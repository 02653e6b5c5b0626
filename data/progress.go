package data

// Progress is told how far a long parse has come, so that a caller (the
// explorer's import) can show it and let the page draw in between: stage
// StageRead counts the file's bytes read, StageCheck the records checked.
// done never passes total. A nil Progress is never called.
type Progress func(stage string, done, total int)

// The stages a Progress is told of.
const (
	StageRead  = "read"
	StageCheck = "check"
)

// progressEvery is how many records pass between two calls of a Progress.
const progressEvery = 100

// tell calls p every progressEvery-th record i (and never when p is nil).
func (p Progress) tell(stage string, i, done, total int) {
	if p != nil && i%progressEvery == 0 {
		p(stage, min(done, total), total)
	}
}

// finish tells p that a stage is done: total of total.
func (p Progress) finish(stage string, total int) {
	if p != nil {
		p(stage, total, total)
	}
}
