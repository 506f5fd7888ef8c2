// kg's analyst view. The server computes the graph and its layout
// (api/graph); this script keeps the view's state in the URL, draws the
// positioned SVG, and shows evidence on click. No framework, no build.
"use strict";

const SVGNS = "http://www.w3.org/2000/svg";
const $ = (id) => document.getElementById(id);

const TYPES = {
  country: { name: "Country", color: "#4c78a8", shape: "square" },
  person: { name: "Person", color: "#f58518", shape: "circle" },
  organization: { name: "Organisation", color: "#54a24b", shape: "diamond" },
  group: { name: "Armed group", color: "#e45756", shape: "triangle" },
  collective: { name: "Collective", color: "#c9a227", shape: "octagon" },
  unit: { name: "Military unit", color: "#3a9e98", shape: "hexagon" },
  asset: { name: "Asset", color: "#b279a2", shape: "down" },
  place: { name: "Place", color: "#9d755d", shape: "ring" },
  actor: { name: "Other actor", color: "#999999", shape: "circle" },
};
const FAMILY_COLORS = {
  "verbal-cooperation": "#66bd63", "material-cooperation": "#1a7837",
  "verbal-conflict": "#f08c2a", "material-conflict": "#c51b1b",
  "relation": "#7b8794", "stance": "#7b3fa0", "other-event": "#3b6fb6",
};
const STANCE_COLORS = { 1: "#2c7fb8", "-1": "#b2182b" };
const ALL_FAMILIES = Object.keys(FAMILY_COLORS);
const OPTIONAL_MODALITIES = ["planned", "hedged", "reported"];

let data = null; // last api/graph answer
let view = { x: 0, y: 0, k: 1 }; // pan and zoom
let lastActor = "";

// --- state <-> URL ---------------------------------------------------------

function readState() {
  const p = new URLSearchParams(location.search);
  return {
    actor: p.get("actor") || "",
    hops: p.get("hops") || "1",
    from: p.get("from") || "",
    to: p.get("to") || "",
    families: p.has("families") ? p.get("families") : null,
    publishers: p.has("publishers") ? p.get("publishers") : null,
    modalities: p.has("modalities") ? p.get("modalities") : null,
    min: p.get("min") || "",
    expand: p.get("expand") || "",
    edge: p.get("edge") || "",
  };
}

function query(st, withEdge) {
  const p = new URLSearchParams();
  if (st.actor) p.set("actor", st.actor);
  if (st.hops !== "1") p.set("hops", st.hops);
  for (const k of ["from", "to", "min", "expand"]) if (st[k]) p.set(k, st[k]);
  for (const k of ["families", "publishers", "modalities"]) if (st[k] !== null) p.set(k, st[k]);
  if (withEdge && st.edge) p.set("edge", st.edge);
  return p.toString();
}

function go(st, replace) {
  const url = "?" + query(st, true);
  if (replace) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
  load();
}

window.addEventListener("popstate", load);

// --- loading ---------------------------------------------------------------

async function getJSON(url) {
  const r = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || r.statusText);
  return body;
}

async function load() {
  const st = readState();
  $("suggest").hidden = true;
  if (!st.actor) {
    $("start").hidden = false;
    $("graph").hidden = $("legend").hidden = $("filters").hidden = $("panel").hidden = true;
    $("status").textContent = "";
    try {
      const top = await getJSON("api/top");
      const box = $("top");
      box.replaceChildren();
      for (const a of top.actors) {
        const b = el("button", { type: "button", "data-iri": a.iri }, `${a.label} (${a.articles})`);
        b.onclick = () => go({ ...readState(), actor: a.iri, expand: "", edge: "" });
        box.append(b);
      }
      if (!top.actors.length) box.textContent = "The store holds no actors yet: run kg load first.";
    } catch (e) {
      $("top").textContent = "Could not list actors: " + e.message;
    }
    return;
  }
  $("start").hidden = true;
  $("status").textContent = "Loading…";
  try {
    data = await getJSON("api/graph?" + query(st, false));
  } catch (e) {
    $("status").textContent = "Error: " + e.message;
    return;
  }
  if (data.actor.id !== lastActor) view = { x: 0, y: 0, k: 1 }; // a new actor starts unzoomed; filters keep the zoom
  lastActor = data.actor.id;
  document.title = `kg — ${data.actor.label}`;
  $("q").value = $("q").value || data.actor.label;
  renderFilters(st);
  renderGraph(st);
  renderLegend();
  const neg = data.negated.length;
  const status = $("status");
  status.replaceChildren(`${data.actor.label}: ${data.nodes.length} actors, ${data.edges.length} edges` +
    (data.truncated ? " (cut at the best-supported 200 actors)" : "") +
    (data.cutEdges ? ` (${data.cutEdges} weaker edges left out; raise the minimum number of articles to see fewer)` : "") + (neg ? ", " : ""));
  if (neg) {
    const a = el("a", { href: "#", id: "showNegated" }, `${neg + (data.moreNegated || 0)} negated fact${neg > 1 ? "s" : ""}`);
    a.onclick = (ev) => { ev.preventDefault(); showNegated(); };
    status.append(a);
  }
  if (st.edge && data.edges.some((e) => e.id === st.edge)) showEdge(st.edge);
  else $("panel").hidden = true;
}

// --- search ----------------------------------------------------------------

$("search").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const q = $("q").value.trim();
  if (!q) return;
  let res;
  try {
    res = await getJSON("api/search?q=" + encodeURIComponent(q));
  } catch (e) {
    $("status").textContent = "Error: " + e.message;
    return;
  }
  if (res.actor) {
    $("q").value = res.actor.label;
    go({ ...readState(), actor: res.actor.iri, expand: "", edge: "" });
    return;
  }
  const box = $("suggest");
  box.replaceChildren(res.ambiguous ? `"${q}" could be: ` : `No actor called "${q}". Did you mean: `);
  for (const c of res.candidates || []) {
    const b = el("button", { type: "button" }, c.label + (c.name && c.name !== c.label ? ` (as "${c.name}")` : ""));
    b.onclick = () => { $("q").value = c.label; go({ ...readState(), actor: c.iri, expand: "", edge: "" }); };
    box.append(b);
  }
  if (!(res.candidates || []).length) box.append("no close names.");
  box.hidden = false;
});

// --- filters ---------------------------------------------------------------

function renderFilters(st) {
  $("filters").hidden = false;
  $("hops").value = st.hops;
  const dates = data.dates;
  const from = $("from"), to = $("to");
  from.max = to.max = Math.max(0, dates.length - 1);
  const fi = st.from ? Math.max(0, dates.findIndex((d) => d >= st.from)) : 0;
  let ti = dates.length - 1;
  if (st.to) { ti = -1; dates.forEach((d, i) => { if (d <= st.to || d.startsWith(st.to)) ti = i; }); }
  from.value = fi; to.value = Math.max(ti, 0);
  $("fromLabel").textContent = dates[fi] || "–";
  $("toLabel").textContent = dates[Math.max(ti, 0)] || "–";
  checkboxes($("familyBox"), "Predicate families", ALL_FAMILIES, (f) => data.familyNames[f] || f, st.families, "families", FAMILY_COLORS);
  checkboxes($("modalityBox"), "Include", OPTIONAL_MODALITIES, (m) => m, st.modalities, "modalities");
  checkboxes($("publisherBox"), "Publishers", data.publishers, (p) => p, st.publishers, "publishers");
  $("publisherBox").hidden = !data.publishers.length;
  $("min").value = st.min || 0;
  $("dlGraphML").href = "api/graph.graphml?" + query(st, false);
}

function checkboxes(box, title, values, name, selected, key, colors) {
  const on = selected === null ? null : new Set(selected.split(",").filter(Boolean));
  box.replaceChildren(el("legend", {}, title));
  for (const v of values) {
    const cb = el("input", { type: "checkbox", value: v, "data-key": key });
    cb.checked = on === null || on.has(v);
    cb.onchange = () => {
      const all = [...box.querySelectorAll("input")];
      const picked = all.filter((c) => c.checked).map((c) => c.value);
      go({ ...readState(), [key]: picked.length === all.length ? null : picked.join(","), edge: "" });
    };
    const label = el("label", {}, cb);
    if (colors) label.append(el("span", { class: "swatch", style: `background:${colors[v]}` }));
    label.append(" " + name(v));
    box.append(label);
  }
}

function dateChanged() {
  const dates = data.dates;
  let fi = +$("from").value, ti = +$("to").value;
  if (fi > ti) [fi, ti] = [ti, fi];
  go({ ...readState(), from: fi > 0 ? dates[fi] : "", to: ti < dates.length - 1 ? dates[ti] : "", edge: "" });
}
$("from").addEventListener("change", dateChanged);
$("to").addEventListener("change", dateChanged);
$("hops").addEventListener("change", () => go({ ...readState(), hops: $("hops").value, edge: "" }));
$("min").addEventListener("change", () => go({ ...readState(), min: +$("min").value > 0 ? $("min").value : "", edge: "" }));

// --- drawing ---------------------------------------------------------------

function el(tag, attrs, ...children) {
  const svg = ["svg", "g", "path", "circle", "rect", "polygon", "text", "line", "title", "defs", "marker", "style"].includes(tag);
  const e = svg ? document.createElementNS(SVGNS, tag) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  for (const c of children) e.append(c);
  return e;
}

function shape(type, r) {
  const t = TYPES[type] || TYPES.actor;
  const poly = (n, rot) => {
    const pts = [];
    for (let i = 0; i < n; i++) {
      const a = rot + (2 * Math.PI * i) / n;
      pts.push(`${(r * Math.cos(a)).toFixed(1)},${(r * Math.sin(a)).toFixed(1)}`);
    }
    return el("polygon", { points: pts.join(" ") });
  };
  let s;
  switch (t.shape) {
    case "square": s = el("rect", { x: -r * 0.85, y: -r * 0.85, width: r * 1.7, height: r * 1.7 }); break;
    case "diamond": s = poly(4, 0); break;
    case "triangle": s = poly(3, -Math.PI / 2); break;
    case "down": s = poly(3, Math.PI / 2); break;
    case "hexagon": s = poly(6, 0); break;
    case "octagon": s = poly(8, Math.PI / 8); break;
    default: s = el("circle", { r: r });
  }
  if (t.shape === "ring") {
    s.setAttribute("fill", "#fff");
    s.setAttribute("stroke", t.color);
    s.setAttribute("stroke-width", 3);
    s.setAttribute("stroke-dasharray", "4 2");
  } else {
    s.setAttribute("fill", t.color);
    s.setAttribute("stroke", "#fff");
    s.setAttribute("stroke-width", 1.5);
  }
  return s;
}

function edgeColor(e) {
  if (e.family === "stance" && STANCE_COLORS[e.polarity]) return STANCE_COLORS[e.polarity];
  return FAMILY_COLORS[e.family] || "#888";
}

function renderGraph(st) {
  const svg = $("graph");
  svg.hidden = false;
  svg.replaceChildren();
  svg.setAttribute("viewBox", `0 0 ${data.width} ${data.height}`);
  const defs = el("defs", {});
  for (const [f, c] of Object.entries({ ...FAMILY_COLORS, "stance-pos": STANCE_COLORS[1], "stance-neg": STANCE_COLORS[-1] })) {
    const m = el("marker", { id: "arrow-" + f, viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" },
      el("path", { d: "M0,0 L10,5 L0,10 z", fill: c }));
    defs.append(m);
  }
  svg.append(defs);
  const vp = el("g", { id: "viewport" });
  svg.append(vp);
  const pos = new Map(data.nodes.map((n) => [n.id, n]));

  // Officials and their state: a dashed link from a person or group to its
  // country when both are on screen.
  const links = el("g", {});
  for (const n of data.nodes) {
    const c = n.country && pos.get(n.country);
    if (c) links.append(el("line", { class: "country-link", x1: n.x, y1: n.y, x2: c.x, y2: c.y }));
  }
  vp.append(links);

  // Parallel edges between one pair bend apart.
  const pairCount = new Map(), pairSeen = new Map();
  const pairKey = (e) => [e.source, e.target].sort().join(" ");
  for (const e of data.edges) pairCount.set(pairKey(e), (pairCount.get(pairKey(e)) || 0) + 1);
  const edges = el("g", {}), labels = el("g", {});
  for (const e of data.edges) {
    const s = pos.get(e.source), t = pos.get(e.target);
    const k = pairKey(e), i = pairSeen.get(k) || 0;
    pairSeen.set(k, i + 1);
    const n = pairCount.get(k);
    const dx = t.x - s.x, dy = t.y - s.y, len = Math.hypot(dx, dy) || 1;
    const sign = e.source < e.target ? 1 : -1; // same side whatever the direction
    const bend = (i - (n - 1) / 2) * 28 * sign;
    const mx = (s.x + t.x) / 2 - (dy / len) * bend, my = (s.y + t.y) / 2 + (dx / len) * bend;
    // Stop short of the target node so the arrow head shows.
    const ex = t.x - ((t.x - mx) / (Math.hypot(t.x - mx, t.y - my) || 1)) * 14;
    const ey = t.y - ((t.y - my) / (Math.hypot(t.x - mx, t.y - my) || 1)) * 14;
    const d = `M${s.x},${s.y} Q${mx},${my} ${ex},${ey}`;
    const color = edgeColor(e);
    const marker = e.family === "stance" && e.polarity ? (e.polarity > 0 ? "stance-pos" : "stance-neg") : e.family;
    const width = Math.min(8, 1.5 + 1.5 * Math.log2(e.articles));
    const sl = pos.get(e.source).label, tl = pos.get(e.target).label;
    const g = el("g", { class: "edge-group", "data-id": e.id, "data-predicate": e.predicate, "data-source": sl, "data-target": tl });
    const line = el("path", { class: "edge", d, stroke: color, "stroke-width": width, opacity: 0.85 });
    if (!e.symmetric) line.setAttribute("marker-end", `url(#arrow-${marker})`); // "A meets B" has no direction
    g.append(line);
    const hit = el("path", { class: "edge-hit", d, id: "hit-" + e.id },
      el("title", {}, `${sl} ${e.predicate} ${tl} (${e.articles} article${e.articles > 1 ? "s" : ""})`));
    hit.onclick = (ev) => { ev.stopPropagation(); selectEdge(e.id); };
    g.append(hit);
    edges.append(g);
    // Label at the curve's midpoint.
    const lx = 0.25 * s.x + 0.5 * mx + 0.25 * t.x, ly = 0.25 * s.y + 0.5 * my + 0.25 * t.y;
    const text = el("text", { class: "edge-label", x: lx, y: ly - 3, "text-anchor": "middle", "data-edge": e.id }, e.predicate);
    text.onclick = (ev) => { ev.stopPropagation(); selectEdge(e.id); };
    labels.append(text);
  }
  vp.append(edges, labels);

  const nodes = el("g", {});
  for (const n of data.nodes) {
    const r = n.focus ? 14 : 10;
    const g = el("g", { class: "node", transform: `translate(${n.x},${n.y})`, "data-id": n.id, "data-type": n.type, "data-label": n.label },
      el("title", {}, `${n.label} — ${(TYPES[n.type] || TYPES.actor).name}${n.countryLabel ? ", " + n.countryLabel : ""}\nClick: add its neighbours`));
    g.append(shape(n.type, r));
    if (n.focus) g.append(el("circle", { r: r + 4, fill: "none", stroke: "#1d2330", "stroke-width": 2 }));
    g.append(el("text", { class: "node-label", y: r + 13, "text-anchor": "middle" }, n.label));
    if (n.countryLabel && n.type !== "country") {
      g.append(el("text", { class: "node-country", y: r + 25, "text-anchor": "middle" }, n.countryLabel));
    }
    g.onclick = (ev) => { ev.stopPropagation(); expandNode(n); };
    nodes.append(g);
  }
  vp.append(nodes);
  applyView();
}

function applyView() {
  $("viewport").setAttribute("transform", `translate(${view.x},${view.y}) scale(${view.k})`);
  // A dense graph shows edge labels once zoomed in; hover names every edge.
  const svg = $("graph");
  const px = svg.clientWidth / data.width; // screen pixels per layout unit at zoom 1
  svg.classList.toggle("dense", data.edges.length > 40 && view.k * px < 1.5);
}

// Zoom with the wheel around the pointer, pan by dragging the background.
(() => {
  const svg = $("graph");
  svg.addEventListener("wheel", (ev) => {
    ev.preventDefault();
    const pt = svgPoint(ev);
    const k = Math.min(8, Math.max(0.2, view.k * (ev.deltaY < 0 ? 1.15 : 1 / 1.15)));
    view.x = pt.x - ((pt.x - view.x) * k) / view.k;
    view.y = pt.y - ((pt.y - view.y) * k) / view.k;
    view.k = k;
    applyView();
  }, { passive: false });
  let drag = null;
  svg.addEventListener("pointerdown", (ev) => {
    if (ev.target.closest(".node, .edge-hit")) return;
    drag = { pt: svgPoint(ev), x: view.x, y: view.y };
  });
  svg.addEventListener("pointermove", (ev) => {
    if (!drag) return;
    const pt = svgPoint(ev);
    view.x = drag.x + pt.x - drag.pt.x;
    view.y = drag.y + pt.y - drag.pt.y;
    applyView();
  });
  window.addEventListener("pointerup", () => { drag = null; });
})();

function svgPoint(ev) {
  const svg = $("graph");
  const p = svg.createSVGPoint();
  p.x = ev.clientX; p.y = ev.clientY;
  return p.matrixTransform(svg.getScreenCTM().inverse());
}

function renderLegend() {
  const box = $("legend");
  box.hidden = false;
  box.replaceChildren(el("h3", {}, "Actors"));
  for (const t of data.types) {
    const icon = el("svg", { viewBox: "-9 -9 18 18" }, shape(t, 7));
    box.append(el("div", { class: "item", "data-type": t }, icon, (TYPES[t] || TYPES.actor).name));
  }
  box.append(el("h3", {}, "Edges (width: articles)"));
  for (const f of data.families) {
    if (f === "stance") {
      for (const [p, name] of [[1, "Stance: for"], [-1, "Stance: against"]]) {
        if (data.edges.some((e) => e.family === "stance" && e.polarity === p)) {
          box.append(legendLine(STANCE_COLORS[p], name, "stance"));
        }
      }
      continue;
    }
    box.append(legendLine(FAMILY_COLORS[f], data.familyNames[f] || f, f));
  }
}

function legendLine(color, name, family) {
  const icon = el("svg", { viewBox: "0 0 18 14" }, el("line", { x1: 1, y1: 7, x2: 17, y2: 7, stroke: color, "stroke-width": 3 }));
  return el("div", { class: "item", "data-family": family }, icon, name);
}

// --- interaction -----------------------------------------------------------

function expandNode(n) {
  const st = readState();
  if (n.id === st.actor) { showNode(n); return; }
  const ex = new Set(st.expand.split(",").filter(Boolean));
  if (ex.has(n.id)) { showNode(n); return; }
  ex.add(n.id);
  go({ ...st, expand: [...ex].join(","), edge: "" });
}

function selectEdge(id) {
  const st = readState();
  history.replaceState(null, "", "?" + query({ ...st, edge: id }, true));
  showEdge(id);
}

// The panel reads the evidence when it opens: the graph carries fact IRIs
// only, so that a view of a hub does not ship thousands of sentences.
async function loadFacts(iris) {
  if (!iris.length) return new Map();
  const res = await getJSON("api/facts?" + iris.map((i) => "iri=" + encodeURIComponent(i)).join("&"));
  return new Map(res.facts.map((f) => [f.iri, f]));
}

async function showEdge(id) {
  const e = data.edges.find((x) => x.id === id);
  if (!e) return;
  document.querySelectorAll(".edge.selected").forEach((p) => p.classList.remove("selected"));
  const g = document.querySelector(`.edge-group[data-id="${id}"] .edge`);
  if (g) g.classList.add("selected");
  const label = (iri) => (data.nodes.find((n) => n.id === iri) || { label: iri }).label;
  const total = e.facts.length + (e.moreFacts || 0);
  const body = $("panelBody");
  body.replaceChildren(el("h2", {}, `${label(e.source)} — ${e.predicate} — ${label(e.target)}`),
    el("div", { class: "meta" }, `${data.familyNames[e.family] || e.family} · ${e.articles} article${e.articles > 1 ? "s" : ""} · ${total} fact${total > 1 ? "s" : ""}`),
    el("p", { class: "meta loading" }, "Reading the evidence…"));
  $("panel").hidden = false;
  const pair = [e.source, e.target];
  const neg = data.negated.filter((f) => pair.includes(f.subject) && pair.includes(f.object)).slice(0, 20);
  let facts;
  try {
    facts = await loadFacts(e.facts.concat(neg.map((f) => f.iri)));
  } catch (err) {
    body.querySelector(".loading").textContent = "Could not read the evidence: " + err.message;
    return;
  }
  if (readState().edge && readState().edge !== id) return; // another edge was clicked meanwhile
  body.querySelector(".loading").remove();
  for (const iri of e.facts) if (facts.has(iri)) body.append(factBlock(facts.get(iri)));
  if (e.moreFacts) body.append(el("p", { class: "meta" }, `… and ${e.moreFacts} more facts (kg query sources shows them all).`));
  if (neg.length) {
    body.append(el("h2", { class: "negated" }, "Negated between them"));
    for (const f of neg) if (facts.has(f.iri)) body.append(factBlock(facts.get(f.iri)));
  }
}

function showNode(n) {
  const body = $("panelBody");
  const t = TYPES[n.type] || TYPES.actor;
  const focus = el("button", { type: "button" }, `Focus on ${n.label}`);
  focus.onclick = () => go({ ...readState(), actor: n.id, expand: "", edge: "" });
  body.replaceChildren(el("h2", {}, n.label), el("div", { class: "meta" }, t.name + (n.countryLabel ? " · " + n.countryLabel : "") + (n.wikidata ? " · Wikidata " + n.wikidata : "")), focus);
  $("panel").hidden = false;
}

async function showNegated() {
  const body = $("panelBody");
  body.replaceChildren(el("h2", { class: "negated" }, "Negated facts (not drawn)"), el("p", { class: "meta loading" }, "Reading…"));
  $("panel").hidden = false;
  let facts;
  try {
    facts = await loadFacts(data.negated.map((f) => f.iri));
  } catch (err) {
    body.querySelector(".loading").textContent = "Could not read them: " + err.message;
    return;
  }
  body.querySelector(".loading").remove();
  for (const f of data.negated) if (facts.has(f.iri)) body.append(factBlock(facts.get(f.iri)));
  if (data.moreNegated) body.append(el("p", { class: "meta" }, `… and ${data.moreNegated} more.`));
}

function factBlock(f) {
  const s = el("div", { class: "sentence" });
  for (const seg of f.sentence) s.append(seg.mark ? el("mark", { class: seg.mark }, seg.text) : seg.text);
  const a = f.article;
  const title = a.url ? el("a", { href: a.url, target: "_blank", rel: "noopener noreferrer" }, a.title || a.iri) : el("span", {}, a.title || a.iri);
  const meta = el("div", { class: "meta" }, el("b", {}, "Article: "), title);
  const line = (k, v) => { if (v !== undefined && v !== "" && v !== null) meta.append(el("br"), el("b", {}, k + ": "), String(v)); };
  line("Publisher", a.publisher);
  line("Date", f.date);
  line("Modality", f.negated ? "negated" + (f.modality ? ", " + f.modality : "") : f.modality || "asserted");
  line("Speaker", f.speaker);
  line("CAMEO", f.cameo ? `${f.cameo} ${f.cameoName || ""}` + (f.goldstein !== undefined ? ` (Goldstein ${f.goldstein})` : "") : "");
  line("Stance", f.polarity ? (f.polarity > 0 ? "for" : "against") : "");
  line("Topic", f.topic);
  line("Rule", f.rule);
  return el("div", { class: "fact" + (f.negated ? " negated-fact" : ""), "data-fact": f.iri },
    el("div", {}, el("span", { class: "tag" }, f.predicate), `${f.subject} → ${f.object}`), s, meta);
}

$("closePanel").onclick = () => {
  $("panel").hidden = true;
  history.replaceState(null, "", "?" + query({ ...readState(), edge: "" }, true));
};

// --- downloads ---------------------------------------------------------------

// The drawn SVG with the page's styles inlined, so that it opens the same
// in another program.
function standaloneSVG() {
  const svg = $("graph").cloneNode(true);
  svg.removeAttribute("hidden");
  svg.setAttribute("width", data.width);
  svg.setAttribute("height", data.height);
  svg.querySelector("#viewport").removeAttribute("transform");
  svg.querySelectorAll(".edge-hit").forEach((p) => p.remove());
  svg.insertBefore(el("style", {}, `text{font-family:sans-serif}.edge{fill:none}.edge-label{font-size:10px;fill:#334;paint-order:stroke;stroke:#fff;stroke-width:3px}
.node-label{font-size:12px;fill:#111;paint-order:stroke;stroke:#fff;stroke-width:3px}.node-country{font-size:10px;fill:#667;paint-order:stroke;stroke:#fff;stroke-width:3px}
.country-link{stroke:#99a;stroke-dasharray:3 3}`), svg.firstChild);
  svg.insertBefore(el("rect", { width: data.width, height: data.height, fill: "#fff" }), svg.querySelector("#viewport"));
  return new XMLSerializer().serializeToString(svg);
}

function download(blob, name) {
  const a = el("a", { href: URL.createObjectURL(blob), download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
}

function fileName(ext) {
  return "kg-" + (data ? data.actor.label.toLowerCase().replace(/[^a-z0-9]+/g, "-") : "view") + "." + ext;
}

$("dlSVG").onclick = (ev) => {
  ev.preventDefault();
  download(new Blob([standaloneSVG()], { type: "image/svg+xml" }), fileName("svg"));
};

// pngBlob draws the standalone SVG on a canvas: the PNG download.
function pngBlob() {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => {
      const c = document.createElement("canvas");
      c.width = data.width; c.height = data.height;
      c.getContext("2d").drawImage(img, 0, 0);
      c.toBlob((b) => (b ? resolve(b) : reject(new Error("canvas gave no PNG"))), "image/png");
    };
    img.onerror = () => reject(new Error("the SVG did not load as an image"));
    img.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(standaloneSVG());
  });
}

$("dlPNG").onclick = async (ev) => {
  ev.preventDefault();
  try {
    download(await pngBlob(), fileName("png"));
  } catch (err) {
    $("status").textContent = "PNG: " + err.message;
  }
};

load();
