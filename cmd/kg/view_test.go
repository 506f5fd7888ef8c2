package main

import (
	"context"
	"encoding/json"
	"fmt"
	neturl "net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestAnalystView drives kg's analyst view (/kg/) in headless Chromium
// over the graph kg load builds from seeds/: search "Le Drian", find
// Shoigu among the neighbours with a "meets" edge, click it and read the
// sentence and the article in the panel; move the date filter and see the
// graph change; check that the legend names every actor type drawn.
func TestAnalystView(t *testing.T) {
	chromium := findChromium()
	if chromium == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("chromium is not installed, and CI=true requires the browser test (apt-get install chromium)")
		}
		t.Skip("chromium not installed; skipping the browser test (apt-get install chromium)")
	}
	dir := t.TempDir()
	bin := serveTestBinary(t, dir)
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	db := filepath.Join(dir, "seeds.db")
	if out, err := exec.CommandContext(ctx, bin, "load", "--db", db, seedsDir(t)).CombinedOutput(); err != nil {
		t.Fatalf("kg load seeds: %v\n%s", err, out)
	}
	base, log := startServe(t, bin, "--db", db)
	defer func() {
		if t.Failed() {
			t.Logf("kg serve log:\n%s", log)
		}
	}()

	b := startBrowser(t, chromium)
	page, err := b.newPage(1400, 900)
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if errs := b.pageErrors(); t.Failed() && len(errs) > 0 {
			t.Logf("page messages:\n%s", strings.Join(errs, "\n"))
		}
	}()
	shotDir := os.Getenv("KG_SCREENSHOT_DIR")
	if shotDir == "" {
		shotDir = t.TempDir()
	}
	shoot := func(name string) {
		t.Helper()
		png, err := b.screenshot(page)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(shotDir, name)
		if err := os.WriteFile(p, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot %s (%d bytes)", p, len(png))
	}
	wait := func(what, expr string) {
		t.Helper()
		if err := b.waitFor(ctx, page, expr, 45*time.Second); err != nil {
			var status string
			_ = b.eval(page, `document.getElementById("status") ? document.getElementById("status").innerText : document.body.innerText`, &status)
			t.Fatalf("%s: %v (status: %q)", what, err, status)
		}
	}

	// Cayley's start page links to the view.
	if err := b.call(page, "Page.navigate", map[string]any{"url": base}, nil); err != nil {
		t.Fatal(err)
	}
	wait("link to the analyst view on the start page", `!!document.querySelector('#kg-view-link a[href="/kg/"]')`)

	if err := b.call(page, "Page.navigate", map[string]any{"url": base + "kg/"}, nil); err != nil {
		t.Fatal(err)
	}
	wait("start page with the most-connected actors", `document.querySelectorAll("#top button").length > 0`)
	shoot("kg-view-start.png")

	// Search as a user: click into the box, type, press the button. A
	// misspelt name offers the closest actors.
	search := func(text string) {
		t.Helper()
		if err := b.eval(page, `document.getElementById("q").value = ""; true`, nil); err != nil {
			t.Fatal(err)
		}
		if err := b.click(page, "#q"); err != nil {
			t.Fatal(err)
		}
		if err := b.call(page, "Input.insertText", map[string]any{"text": text}, nil); err != nil {
			t.Fatal(err)
		}
		if err := b.click(page, "#search button"); err != nil {
			t.Fatal(err)
		}
	}
	search("Le Driann")
	wait("suggestions for a misspelt name", `!document.getElementById("suggest").hidden && document.getElementById("suggest").innerText.includes("Jean-Yves Le Drian")`)
	search("Le Drian")
	wait("Shoigu among Le Drian's neighbours", `!!document.querySelector('.node[data-label="Sergei Shoigu"]')`)
	var url string
	if err := b.eval(page, `location.search`, &url); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(url, "actor="+neturl.QueryEscape(serveLeDrian)) {
		t.Errorf("the URL does not name the actor: %q", url)
	}
	meets := `document.querySelector('.edge-group[data-predicate="meets"][data-source="Jean-Yves Le Drian"][data-target="Sergei Shoigu"], .edge-group[data-predicate="meets"][data-target="Jean-Yves Le Drian"][data-source="Sergei Shoigu"]')`
	wait("a meets edge between Le Drian and Shoigu", "!!"+meets)
	var edgeID string
	if err := b.eval(page, meets+`.dataset.id`, &edgeID); err != nil {
		t.Fatal(err)
	}

	// The legend names every type drawn, and only those.
	var types struct{ Drawn, Legend []string }
	if err := b.eval(page, `({Drawn: [...new Set([...document.querySelectorAll(".node")].map(n => n.dataset.type))].sort(),
		Legend: [...document.querySelectorAll("#legend .item[data-type]")].map(n => n.dataset.type).sort()})`, &types); err != nil {
		t.Fatal(err)
	}
	if len(types.Drawn) == 0 || strings.Join(types.Drawn, ",") != strings.Join(types.Legend, ",") {
		t.Errorf("legend types %v, drawn types %v", types.Legend, types.Drawn)
	}
	var legendText string
	_ = b.eval(page, `document.getElementById("legend").innerText`, &legendText)
	for _, name := range []string{"Person", "Country"} {
		if !strings.Contains(legendText, name) {
			t.Errorf("legend %q lacks %s", legendText, name)
		}
	}
	shoot("kg-view-le-drian.png")

	// Click the edge's label: the panel shows the evidence.
	if err := b.click(page, fmt.Sprintf(`text.edge-label[data-edge=%q]`, edgeID)); err != nil {
		t.Fatal(err)
	}
	wait("provenance panel", `!document.getElementById("panel").hidden && document.querySelectorAll("#panel .fact").length > 0`)
	var panel string
	if err := b.eval(page, `document.getElementById("panel").innerText`, &panel); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"meets", "Article:", "Publisher:", "Modality:", "Rule:", "Shoigu"} {
		if !strings.Contains(panel, want) {
			t.Errorf("panel lacks %q:\n%s", want, panel)
		}
	}
	// The article named is one of the seeds, by its title.
	manifest, err := os.ReadFile(filepath.Join(seedsDir(t), "manifest.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	titled := false
	for _, line := range strings.Split(string(manifest), "\n")[1:] {
		if f := strings.Split(line, "\t"); len(f) > 1 && f[1] != "" && strings.Contains(panel, "Article: "+f[1]) {
			titled = true
		}
	}
	if !titled {
		t.Errorf("panel names no seed article by its title:\n%s", panel)
	}
	var marks []string
	_ = b.eval(page, `[...document.querySelectorAll("#panel mark")].map(m => m.className)`, &marks)
	if !strings.Contains(strings.Join(marks, " "), "trigger") || !strings.Contains(strings.Join(marks, " "), "subject") {
		t.Errorf("sentence highlights: %v, want trigger and subject marks", marks)
	}
	if err := b.eval(page, `location.search`, &url); err != nil || !strings.Contains(url, "edge="+edgeID) {
		t.Errorf("the URL does not keep the selected edge: %q", url)
	}
	shoot("kg-view-provenance.png")

	// Downloads: the view as GraphML from the server, and the drawn SVG
	// as a standalone document.
	var dl struct {
		GraphML string
		SVGOK   bool
		Labels  int
	}
	var res struct {
		Result struct {
			Value json.RawMessage `json:"value"`
		} `json:"result"`
	}
	if err := b.call(page, "Runtime.evaluate", map[string]any{"expression": `(async () => {
		const g = await (await fetch(document.getElementById("dlGraphML").href)).text();
		const doc = new DOMParser().parseFromString(standaloneSVG(), "image/svg+xml");
		return {GraphML: g, SVGOK: !doc.querySelector("parsererror") && doc.documentElement.nodeName === "svg",
			Labels: doc.querySelectorAll(".node-label").length};
	})()`, "awaitPromise": true, "returnByValue": true}, &res); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(res.Result.Value, &dl); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(dl.GraphML, "<graphml") || !strings.Contains(dl.GraphML, serveShoigu) || !strings.Contains(dl.GraphML, ">meets<") {
		t.Errorf("GraphML download of the view: %.300s", dl.GraphML)
	}
	if !dl.SVGOK || dl.Labels < 2 {
		t.Errorf("SVG download: parses %v, %d node labels", dl.SVGOK, dl.Labels)
	}

	var pngSize int
	if err := b.call(page, "Runtime.evaluate", map[string]any{"expression": `pngBlob().then(b => b.size)`, "awaitPromise": true, "returnByValue": true}, &res); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(res.Result.Value, &pngSize); err != nil || pngSize < 1000 {
		t.Errorf("PNG download: %d bytes (%v)", pngSize, err)
	}

	// Zoom with the wheel.
	var sr struct{ X, Y, W, H float64 }
	if err := b.eval(page, `(() => { const r = document.getElementById("graph").getBoundingClientRect(); return {X: r.x, Y: r.y, W: r.width, H: r.height}; })()`, &sr); err != nil {
		t.Fatal(err)
	}
	if err := b.call(page, "Input.dispatchMouseEvent", map[string]any{"type": "mouseWheel", "x": sr.X + sr.W/2, "y": sr.Y + sr.H/2, "deltaX": 0, "deltaY": -240}, nil); err != nil {
		t.Fatal(err)
	}
	wait("zoomed in", `/scale\((?!1\))/.test(document.getElementById("viewport").getAttribute("transform"))`)

	// Click a neighbour: its own neighbours join the view.
	var edgesBefore int
	_ = b.eval(page, `document.querySelectorAll(".edge-group").length`, &edgesBefore)
	if err := b.click(page, `.node[data-label="Russia"]`); err != nil {
		t.Fatal(err)
	}
	wait("Russia expanded", fmt.Sprintf(`location.search.includes("expand=") && document.querySelectorAll(".edge-group").length > %d`, edgesBefore))

	// Two hops, then move the date filter: the server re-queries and the
	// graph changes.
	if err := b.eval(page, `(() => { const s = document.getElementById("hops"); s.value = "2"; s.dispatchEvent(new Event("change")); return true; })()`, nil); err != nil {
		t.Fatal(err)
	}
	wait("two-hop view", `location.search.includes("hops=2") && document.getElementById("status").innerText.includes("actors,") && +document.getElementById("to").max >= 1`)
	var before, after int
	_ = b.eval(page, `document.querySelectorAll(".edge-group").length`, &before)
	if err := b.eval(page, `(() => { const s = document.getElementById("from"); s.value = s.max; s.dispatchEvent(new Event("change")); return true; })()`, nil); err != nil {
		t.Fatal(err)
	}
	wait("date-filtered view", `location.search.includes("from=") && document.getElementById("status").innerText.includes("actors,")`)
	_ = b.eval(page, `document.querySelectorAll(".edge-group").length`, &after)
	if after >= before {
		t.Errorf("moving the date filter to the last date left %d edges (was %d)", after, before)
	}
	t.Logf("two hops: %d edges; from the last date on: %d", before, after)
	shoot("kg-view-dated.png")

	// The view's URL alone restores it in a fresh tab.
	if err := b.eval(page, `location.href`, &url); err != nil {
		t.Fatal(err)
	}
	page2, err := b.newPage(1400, 900)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.call(page2, "Page.navigate", map[string]any{"url": url}, nil); err != nil {
		t.Fatal(err)
	}
	if err := b.waitFor(ctx, page2, fmt.Sprintf(`document.querySelectorAll(".edge-group").length === %d && document.getElementById("hops").value === "2"`, after), 45*time.Second); err != nil {
		t.Errorf("the shared URL %s does not restore the view: %v", url, err)
	}
}
