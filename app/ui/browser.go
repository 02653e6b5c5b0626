package ui

import (
	"encoding/base64"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// This file is the explorer's thin layer over browser APIs besides
// ECharts: storage, downloads, the theme, files and the update counter.
// Every function is a no-op outside a browser, and a JavaScript exception
// becomes an error instead of a panic.

// errNoBrowser reports a browser call made outside a browser.
var errNoBrowser = errors.New("not in a browser")

// jsTry runs f and turns a JavaScript exception (a panic in syscall/js)
// into an error.
func jsTry(f func()) (err error) {
	if !app.IsClient {
		return errNoBrowser
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("browser: %v", r)
		}
	}()
	f()
	return nil
}

// localStorage returns window.localStorage. It is read with Reflect.get,
// a call: a browser that denies the page storage (a page of another site
// framing an embed page, with third-party storage blocked) throws on
// reading the property, and syscall/js turns an exception in a call into
// a panic jsTry recovers, but one in a property read ends the program.
func localStorage() app.Value {
	return app.Window().Get("Reflect").Call("get", app.Window(), "localStorage")
}

// localGet returns the localStorage item key ("" when absent or when
// storage is unavailable).
func localGet(key string) (string, error) {
	var out string
	err := jsTry(func() {
		v := localStorage().Call("getItem", key)
		if v.Truthy() {
			out = v.String()
		}
	})
	return out, err
}

// localSet stores value under key in localStorage.
func localSet(key, value string) error {
	return jsTry(func() { localStorage().Call("setItem", key, value) })
}

// localDel removes key from localStorage.
func localDel(key string) error {
	return jsTry(func() { localStorage().Call("removeItem", key) })
}

// updateSeq counts the recomputations whose charts have all been drawn.
var updateSeq int

// markUpdated records that every visible chart shows the latest
// recomputation: it sets document.documentElement.dataset.updateSeq to a
// new number, which the browser benchmark waits for. Rendering on the
// server (which may render two sites at once) marks nothing.
func markUpdated() {
	if !app.IsClient {
		return
	}
	updateSeq++
	n := strconv.Itoa(updateSeq)
	jsTry(func() {
		app.Window().Get("document").Get("documentElement").Get("dataset").Set("updateSeq", n)
	})
}

// saveFile hands d to the browser as a download: a Blob behind a
// temporary <a download> that is clicked and removed.
//
//go:noinline
func saveFile(d Download) error {
	return jsTry(func() {
		doc := app.Window().Get("document")
		u8 := app.Window().Get("Uint8Array").New(len(d.Data))
		app.CopyBytesToJS(u8, d.Data)
		blob := app.Window().Get("Blob").New([]any{u8}, map[string]any{"type": d.MIME})
		urlAPI := app.Window().Get("URL")
		href := urlAPI.Call("createObjectURL", blob)
		a := doc.Call("createElement", "a")
		a.Set("href", href)
		a.Set("download", d.Name)
		a.Get("style").Set("display", "none")
		doc.Get("body").Call("appendChild", a)
		a.Call("click")
		a.Call("remove")
		// Revoke later: the download may still be reading the Blob.
		var revoke app.Func
		revoke = app.FuncOf(func(app.Value, []app.Value) any {
			urlAPI.Call("revokeObjectURL", href)
			revoke.Release()
			return nil
		})
		app.Window().Call("setTimeout", revoke, 60000)
	})
}

// themeKey is the localStorage key of the reader's theme choice.
const themeKey = "computeledger.theme"

// The theme choices: follow the system, or always light or dark.
const (
	themeSystem = "system"
	themeLight  = "light"
	themeDark   = "dark"
)

// themeChoice returns the stored theme choice (themeSystem when none).
func themeChoice() string {
	v, _ := localGet(themeKey)
	if v == themeLight || v == themeDark {
		return v
	}
	return themeSystem
}

// setThemeChoice stores the choice and applies it to the document: an
// explicit choice sets data-theme on <html>, which app.css follows;
// following the system removes it.
func setThemeChoice(choice string) {
	if choice == themeLight || choice == themeDark {
		localSet(themeKey, choice)
	} else {
		localDel(themeKey)
	}
	applyThemeChoice(choice)
}

// applyThemeChoice sets or removes data-theme on <html>.
func applyThemeChoice(choice string) {
	jsTry(func() {
		root := app.Window().Get("document").Get("documentElement")
		if choice == themeLight || choice == themeDark {
			root.Call("setAttribute", "data-theme", choice)
		} else {
			root.Call("removeAttribute", "data-theme")
		}
	})
}

// systemPrefersDark reports whether the system asks for a dark theme.
func systemPrefersDark() bool {
	dark := false
	jsTry(func() {
		m := app.Window().Call("matchMedia", "(prefers-color-scheme: dark)")
		dark = m.Truthy() && m.Get("matches").Bool()
	})
	return dark
}

// effectiveTheme returns "dark" or "light" for a choice.
func effectiveTheme(choice string) string {
	switch choice {
	case themeLight, themeDark:
		return choice
	}
	if systemPrefersDark() {
		return themeDark
	}
	return themeLight
}

// onStorageChange calls f whenever another tab of the site changes the
// localStorage entry key (the storage event fires in the other tabs only).
func onStorageChange(key string, f func()) {
	jsTry(func() {
		app.Window().Call("addEventListener", "storage", app.FuncOf(func(_ app.Value, args []app.Value) any {
			if len(args) > 0 && args[0].Get("key").String() == key {
				f()
			}
			return nil
		}))
	})
}

// onSystemThemeChange calls f whenever the system's colour scheme changes.
func onSystemThemeChange(f func()) {
	jsTry(func() {
		m := app.Window().Call("matchMedia", "(prefers-color-scheme: dark)")
		if !m.Truthy() {
			return
		}
		m.Call("addEventListener", "change", app.FuncOf(func(app.Value, []app.Value) any {
			f()
			return nil
		}))
	})
}

// readChosenFile reads the first file chosen in a file input and calls
// done with its name and bytes (or an error) on the UI goroutine.
func readChosenFile(ctx app.Context, input app.Value, limit int, done func(ctx app.Context, name string, data []byte, err error)) {
	fail := func(err error) { ctx.Dispatch(func(ctx app.Context) { done(ctx, "", nil, err) }) }
	err := jsTry(func() {
		files := input.Get("files")
		if !files.Truthy() || files.Length() == 0 {
			fail(errors.New("no file chosen"))
			return
		}
		file := files.Index(0)
		name := file.Get("name").String()
		if size := file.Get("size").Int(); size > limit {
			fail(fmt.Errorf("%s is %d bytes, more than the %d the explorer reads", name, size, limit))
			return
		}
		var then, catch app.Func
		release := func() {
			then.Release()
			catch.Release()
		}
		then = app.FuncOf(func(_ app.Value, args []app.Value) any {
			u8 := app.Window().Get("Uint8Array").New(args[0])
			b := make([]byte, u8.Length())
			app.CopyBytesToGo(b, u8)
			release()
			ctx.Dispatch(func(ctx app.Context) { done(ctx, name, b, nil) })
			return nil
		})
		catch = app.FuncOf(func(_ app.Value, args []app.Value) any {
			msg := "the file could not be read"
			if len(args) > 0 && args[0].Truthy() {
				msg += ": " + args[0].Call("toString").String()
			}
			release()
			fail(errors.New(msg))
			return nil
		})
		file.Call("arrayBuffer").Call("then", then).Call("catch", catch)
	})
	if err != nil {
		fail(err)
	}
}

// copyText puts text on the clipboard, if the browser lets the page.
func copyText(text string) error {
	return jsTry(func() {
		c := app.Window().Get("navigator").Get("clipboard")
		if !c.Truthy() {
			panic("no clipboard")
		}
		c.Call("writeText", text)
	})
}

// pageOrigin returns the origin of the page's address ("https://host").
func pageOrigin() string {
	out := ""
	jsTry(func() { out = app.Window().Get("location").Get("origin").String() })
	return out
}

// windowQuery returns the raw query of the page's address ("" outside a
// browser).
func windowQuery() string {
	out := ""
	jsTry(func() { out = strings.TrimPrefix(app.Window().Get("location").Get("search").String(), "?") })
	return out
}

// wideScreen reports whether the window is at least minPx wide.
func wideScreen(minPx int) bool {
	wide := true
	jsTry(func() {
		m := app.Window().Call("matchMedia", "(min-width: "+strconv.Itoa(minPx)+"px)")
		wide = m.Truthy() && m.Get("matches").Bool()
	})
	return wide
}

// dataURLBytes decodes a base64 data: URL.
func dataURLBytes(u string) ([]byte, error) {
	_, b64, ok := strings.Cut(u, ";base64,")
	if !ok {
		return nil, errors.New("not a base64 data URL")
	}
	return base64.StdEncoding.DecodeString(b64)
}

// frameWaitLimit bounds nextFrame's wait: a hidden tab draws no frames.
const frameWaitLimit = 100 * time.Millisecond

// frameWait holds nextFrame's callbacks, made once and kept (a hidden tab
// may call them long after the wait has ended), the signal they send, and
// the number of the wait in progress.
var frameWait struct {
	once        sync.Once
	frame, tick app.Func
	drawn       chan struct{}
	wait        atomic.Int64
}

// nextFrame blocks the calling goroutine (never the UI goroutine) until
// the browser has drawn a frame, or frameWaitLimit has passed; at once
// outside a browser. Each signal carries the number of the wait it was
// scheduled for, and only the wait in progress takes it: the time limit of
// an earlier wait, firing late, used to end the next wait at once, before
// its frame, so that a stage of an import's progress was never drawn.
func nextFrame() {
	if !app.IsClient {
		return
	}
	frameWait.once.Do(func() {
		frameWait.drawn = make(chan struct{}, 1)
		frameWait.tick = app.FuncOf(func(_ app.Value, args []app.Value) any {
			if len(args) == 0 || int64(args[0].Int()) != frameWait.wait.Load() {
				return nil // the signal of an earlier wait
			}
			select {
			case frameWait.drawn <- struct{}{}:
			default:
			}
			return nil
		})
		frameWait.frame = app.FuncOf(func(app.Value, []app.Value) any {
			// The frame is drawn after this callback: signal in the task
			// after it.
			app.Window().Call("setTimeout", frameWait.tick, 0, frameWait.wait.Load())
			return nil
		})
	})
	wait := frameWait.wait.Add(1)
	select {
	case <-frameWait.drawn: // a signal the last wait did not take
	default:
	}
	if jsTry(func() {
		app.Window().Call("requestAnimationFrame", frameWait.frame)
		app.Window().Call("setTimeout", frameWait.tick, frameWaitLimit.Milliseconds(), wait)
	}) != nil {
		return
	}
	<-frameWait.drawn
}

// localeDateOrder returns the order in which the browser's locale writes
// dates, read from Intl.DateTimeFormat (ISO's year first outside a browser).
func localeDateOrder() DateOrder {
	order := OrderYMD
	jsTry(func() {
		parts := app.Window().Get("Intl").Get("DateTimeFormat").New().Call("formatToParts", app.Window().Get("Date").New(2025, 10, 6))
		seen := ""
		for i := 0; i < parts.Length(); i++ {
			switch parts.Index(i).Get("type").String() {
			case "year":
				seen += "y"
			case "month":
				seen += "m"
			case "day":
				seen += "d"
			}
		}
		switch DateOrder(seen) {
		case OrderMDY, OrderDMY, OrderYMD:
			order = DateOrder(seen)
		}
	})
	return order
}

// replayEarlyInput has web/prerender.js apply what the reader did to the
// pre-rendered controls before the app started, on the app's controls
// (once; later calls do nothing).
func replayEarlyInput() {
	jsTry(func() {
		if f := app.Window().Get("computeLedger").Get("replayEarlyInput"); f.Truthy() {
			f.Invoke()
		}
	})
}
