package main

// A minimal Chrome DevTools Protocol client over --remote-debugging-pipe:
// Chromium reads NUL-terminated JSON commands on fd 3 and writes replies and
// events on fd 4. Using the pipe needs no websocket library, no npm and no
// extra module in go.mod, and no debugging port that other local processes
// could reach while the test runs.

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"sync"
	"testing"
	"time"
)

// findChromium returns the Chromium binary, or "" if none is installed.
func findChromium() string {
	if p := os.Getenv("KG_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

type cdpReply struct {
	ID     int64           `json:"id"`
	Method string          `json:"method"`
	Params json.RawMessage `json:"params"`
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
	SessionID string `json:"sessionId"`
}

type browser struct {
	t       *testing.T
	cmd     *exec.Cmd
	in      *os.File // we write commands here (Chromium's fd 3)
	mu      sync.Mutex
	nextID  int64
	waiting map[int64]chan cdpReply
	events  chan cdpReply // page exceptions and console errors, for the test log
	done    chan struct{} // closed when the reply stream ends
	stderr  bytes.Buffer
}

// startBrowser starts headless Chromium with a fresh profile; it is stopped
// at test cleanup.
func startBrowser(t *testing.T, chromium string) *browser {
	t.Helper()
	cmdR, cmdW, err := os.Pipe() // we write, Chromium reads (fd 3)
	if err != nil {
		t.Fatal(err)
	}
	outR, outW, err := os.Pipe() // Chromium writes (fd 4), we read
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(chromium,
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--no-first-run", "--disable-background-networking",
		"--disable-component-update", "--disable-sync",
		"--disable-dev-shm-usage",
		// Only the test server may be reached: Cayley's CSS names web
		// fonts on fonts.gstatic.com, which must fail at once, offline.
		"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
		"--user-data-dir="+t.TempDir(),
		"--remote-debugging-pipe",
		"about:blank",
	)
	b := &browser{t: t, cmd: cmd, in: cmdW, waiting: map[int64]chan cdpReply{},
		events: make(chan cdpReply, 64), done: make(chan struct{})}
	cmd.ExtraFiles = []*os.File{cmdR, outW}
	cmd.Stderr = &b.stderr
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting %s: %v", chromium, err)
	}
	cmdR.Close()
	outW.Close()
	go b.read(outR)
	t.Cleanup(b.stop)
	return b
}

func (b *browser) read(r *os.File) {
	defer close(b.done)
	defer r.Close()
	br := bufio.NewReader(r)
	for {
		msg, err := br.ReadBytes(0)
		if err != nil {
			return
		}
		var rep cdpReply
		if err := json.Unmarshal(msg[:len(msg)-1], &rep); err != nil {
			continue
		}
		if rep.ID == 0 {
			switch rep.Method {
			case "Runtime.exceptionThrown", "Runtime.consoleAPICalled", "Log.entryAdded":
				select {
				case b.events <- rep:
				default:
				}
			}
			continue
		}
		b.mu.Lock()
		ch := b.waiting[rep.ID]
		delete(b.waiting, rep.ID)
		b.mu.Unlock()
		if ch != nil {
			ch <- rep
		}
	}
}

// call sends one command (to the page session if session != "") and waits
// at most 45 s for its reply.
func (b *browser) call(session, method string, params any, result any) error {
	b.mu.Lock()
	b.nextID++
	id := b.nextID
	ch := make(chan cdpReply, 1)
	b.waiting[id] = ch
	b.mu.Unlock()
	msg := map[string]any{"id": id, "method": method}
	if params != nil {
		msg["params"] = params
	}
	if session != "" {
		msg["sessionId"] = session
	}
	data, err := json.Marshal(msg)
	if err != nil {
		return err
	}
	if _, err := b.in.Write(append(data, 0)); err != nil {
		return fmt.Errorf("%s: writing to Chromium: %w", method, err)
	}
	select {
	case rep := <-ch:
		if rep.Error != nil {
			return fmt.Errorf("%s: %s (%d)", method, rep.Error.Message, rep.Error.Code)
		}
		if result != nil {
			return json.Unmarshal(rep.Result, result)
		}
		return nil
	case <-b.done:
		return fmt.Errorf("%s: Chromium exited; its stderr:\n%s", method, b.stderr.String())
	case <-time.After(45 * time.Second):
		return fmt.Errorf("%s: no reply within 45s", method)
	}
}

// newPage opens a tab of the given size and returns its session id.
func (b *browser) newPage(width, height int) (string, error) {
	var tgt struct {
		TargetID string `json:"targetId"`
	}
	if err := b.call("", "Target.createTarget", map[string]any{"url": "about:blank"}, &tgt); err != nil {
		return "", err
	}
	var att struct {
		SessionID string `json:"sessionId"`
	}
	if err := b.call("", "Target.attachToTarget", map[string]any{"targetId": tgt.TargetID, "flatten": true}, &att); err != nil {
		return "", err
	}
	s := att.SessionID
	for _, m := range []string{"Page.enable", "Runtime.enable"} {
		if err := b.call(s, m, nil, nil); err != nil {
			return "", err
		}
	}
	if err := b.call(s, "Emulation.setDeviceMetricsOverride", map[string]any{
		"width": width, "height": height, "deviceScaleFactor": 1, "mobile": false}, nil); err != nil {
		return "", err
	}
	// A headless tab never has window focus, so typed text would go nowhere.
	err := b.call(s, "Emulation.setFocusEmulationEnabled", map[string]any{"enabled": true}, nil)
	return s, err
}

// eval evaluates a JavaScript expression in the page and decodes its value.
func (b *browser) eval(session, expr string, out any) error {
	var res struct {
		Result struct {
			Value json.RawMessage `json:"value"`
		} `json:"result"`
		ExceptionDetails *struct {
			Text      string `json:"text"`
			Exception struct {
				Description string `json:"description"`
			} `json:"exception"`
		} `json:"exceptionDetails"`
	}
	if err := b.call(session, "Runtime.evaluate", map[string]any{"expression": expr, "returnByValue": true}, &res); err != nil {
		return err
	}
	if e := res.ExceptionDetails; e != nil {
		return fmt.Errorf("evaluating %q: %s %s", expr, e.Text, e.Exception.Description)
	}
	if out == nil || len(res.Result.Value) == 0 {
		return nil
	}
	return json.Unmarshal(res.Result.Value, out)
}

// waitFor evaluates a boolean expression until it is true, at most timeout.
func (b *browser) waitFor(ctx context.Context, session, expr string, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	var lastErr error
	for time.Now().Before(deadline) {
		var ok bool
		if lastErr = b.eval(session, expr, &ok); lastErr == nil && ok {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
	if lastErr != nil {
		return fmt.Errorf("waiting %v for %s: %w", timeout, expr, lastErr)
	}
	return fmt.Errorf("waiting %v for %s: still false", timeout, expr)
}

// click presses and releases the left mouse button at the centre of the
// element found by a CSS selector, as a user would.
func (b *browser) click(session, selector string) error {
	var r struct{ X, Y, W, H float64 }
	expr := fmt.Sprintf(`(() => { const r = document.querySelector(%q).getBoundingClientRect(); return {X: r.x, Y: r.y, W: r.width, H: r.height}; })()`, selector)
	if err := b.eval(session, expr, &r); err != nil {
		return err
	}
	if r.W == 0 || r.H == 0 {
		return fmt.Errorf("click %s: element is not visible", selector)
	}
	x, y := r.X+r.W/2, r.Y+r.H/2
	for _, typ := range []string{"mouseMoved", "mousePressed", "mouseReleased"} {
		p := map[string]any{"type": typ, "x": x, "y": y, "button": "left", "clickCount": 1}
		if typ == "mouseMoved" {
			p["button"] = "none"
		}
		if err := b.call(session, "Input.dispatchMouseEvent", p, nil); err != nil {
			return err
		}
	}
	return nil
}

// screenshot returns a PNG of the page's viewport.
func (b *browser) screenshot(session string) ([]byte, error) {
	var res struct {
		Data []byte `json:"data"` // base64 in JSON; encoding/json decodes it
	}
	if err := b.call(session, "Page.captureScreenshot", map[string]any{"format": "png"}, &res); err != nil {
		return nil, err
	}
	if len(res.Data) == 0 {
		return nil, errors.New("empty screenshot")
	}
	return res.Data, nil
}

// pageErrors drains the exceptions and console messages seen so far.
func (b *browser) pageErrors() []string {
	var out []string
	for {
		select {
		case ev := <-b.events:
			out = append(out, ev.Method+": "+string(ev.Params))
		default:
			return out
		}
	}
}

func (b *browser) stop() {
	// Ask politely, then make sure: a stuck browser must not outlive the test.
	_ = b.call("", "Browser.close", nil, nil)
	b.in.Close()
	exited := make(chan struct{})
	go func() { b.cmd.Wait(); close(exited) }()
	select {
	case <-exited:
	case <-time.After(5 * time.Second):
		b.cmd.Process.Kill()
		<-exited
	}
}
