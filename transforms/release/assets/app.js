// The release page: draws what page/data.js holds (written by transforms/release/page.py)
// and runs the SQL box on DuckDB-WASM. No network: every file is in the release folder.
"use strict";

const DATA = window.NEWSFACTS_DATA;
const SVG = "http://www.w3.org/2000/svg";
const ROWS_SHOWN = 200;
const CATEGORY_COLOURS = { killed: "#c0392b", wounded: "#e67e22", displaced: "#2e86c1",
  captured: "#8e44ad", missing: "#7f8c8d", arrested: "#16a085", other: "#95a5a6" };

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "text") node.textContent = value;
    else if (key === "className") node.className = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child);
  return node;
}

function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  return node;
}

function titled(node, text) {
  const title = svg("title");
  title.textContent = text;
  node.append(title);
  return node;
}

function records({ columns, rows }) {
  return rows.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i]])));
}

function number(value) {
  if (value === null || value === undefined) return "–";
  if (typeof value !== "number") return String(value);
  return Number.isInteger(value) ? value.toLocaleString("en") :
    value.toLocaleString("en", { maximumFractionDigits: 1 });
}

function empty(container, text) {
  container.replaceChildren(el("p", { className: "empty", text }));
}

// ---------------------------------------------------------------- links to sentences

// A value's link: the article, the value's span and its sentence, in the page's hash.
function sentenceHref(ref) {
  const params = new URLSearchParams({ article: ref.article_id, start: ref.start_char,
    end: ref.end_char, ss: ref.sentence_start, se: ref.sentence_end });
  return "#" + params.toString();
}

function sentenceLink(text, ref) {
  if (!ref || !ref.article_id) return document.createTextNode(text);
  return el("a", { href: sentenceHref(ref), className: "sentence-link", text });
}

let articlesLoading = null;
function loadArticles() {
  // Bodies are a separate script, loaded the first time an article is opened.
  articlesLoading ??= new Promise((resolve, reject) => {
    const script = el("script", { src: "page/articles.js" });
    script.onload = () => resolve(window.NEWSFACTS_ARTICLES);
    script.onerror = () => reject(new Error("page/articles.js could not be loaded"));
    document.head.append(script);
  });
  return articlesLoading;
}

async function openArticleFromHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  const panel = document.getElementById("article");
  if (!params.has("article")) { panel.hidden = true; return; }
  const articles = await loadArticles();
  const article = articles[params.get("article")];
  if (!article) return;
  const start = +params.get("start"), end = +params.get("end");
  const sentenceStart = Math.min(+params.get("ss"), start), sentenceEnd = Math.max(+params.get("se"), end);
  document.getElementById("article-title").textContent = article.title;
  document.getElementById("article-meta").textContent =
    [article.outlet, article.date, article.url].filter(Boolean).join(" · ") || "outlet and date not known";
  const body = document.getElementById("article-body");
  body.replaceChildren();
  const text = article.body;
  let focus = null;
  let offset = 0;
  for (const paragraph of text.split("\n\n")) {
    const pStart = offset, pEnd = offset + paragraph.length;
    offset = pEnd + 2;
    const p = el("p");
    // The sentence (and the value inside it) may start or end in this paragraph.
    const cuts = [pStart, Math.max(pStart, Math.min(pEnd, sentenceStart)),
      Math.max(pStart, Math.min(pEnd, start)), Math.max(pStart, Math.min(pEnd, end)),
      Math.max(pStart, Math.min(pEnd, sentenceEnd)), pEnd];
    for (let i = 0; i < cuts.length - 1; i++) {
      const piece = text.slice(cuts[i], cuts[i + 1]);
      if (!piece) continue;
      if (i === 0 || i === 4) p.append(piece);
      else {
        const mark = el("mark", { className: i === 2 ? "value" : "sentence", text: piece });
        if (i === 2 || !focus) focus = mark;
        p.append(mark);
      }
    }
    body.append(p);
  }
  panel.hidden = false;
  if (focus) focus.scrollIntoView({ block: "center" });
}

// ---------------------------------------------------------------- overview

function drawOverview() {
  const tiles = document.querySelector("#overview .tiles");
  for (const [label, value] of DATA.overview) {
    tiles.append(el("div", { className: "tile" },
      el("div", { className: "value", text: value === null ? "not known" : number(value) }),
      el("div", { className: "label", text: label })));
  }
}

// ---------------------------------------------------------------- timeline and bars

function dayNumber(day) { return Date.parse(day.slice(0, 10) + "T00:00:00Z") / 86400000; }
function dayText(n) { return new Date(n * 86400000).toISOString().slice(0, 10); }

function legend(categories) {
  return el("div", { className: "legend" }, ...categories.map((c) =>
    el("span", {}, el("i", { style: `background:${CATEGORY_COLOURS[c] || "#555"}` }), c)));
}

function drawTimeline() {
  const container = document.getElementById("timeline-chart");
  const points = DATA.timeline.flatMap((series) => records(series))
    .filter((p) => p.day && p.value > 0);
  if (!points.length) {
    const figures = DATA.overview.find(([label]) => label === "figures");
    empty(container, "No dated figure: the articles carry no publication date and the " +
      `sentences name no day (${figures ? number(figures[1]) : "no"} figures in all). ` +
      "Give dates in the input (a manifest.csv or .meta.json with published_at) to see them here.");
    return;
  }
  const width = 1000, height = 280, left = 84, right = 36, top = 12, bottom = 34;
  // The axis spans the 1st to 99th percentile of days once there are enough: a number
  // misread as a year would otherwise squeeze every other dot into one column.
  const sorted = points.map((p) => dayNumber(p.day)).sort((a, b) => a - b);
  const cut = sorted.length >= 50 ? Math.floor(sorted.length / 100) : 0;
  const first = sorted[cut] - 1, last = sorted[sorted.length - 1 - cut] + 1;
  const shown = points.filter((p) => dayNumber(p.day) >= first && dayNumber(p.day) <= last);
  const maxValue = Math.max(...shown.map((p) => p.value));
  const topPower = Math.max(1, Math.ceil(Math.log10(maxValue)));
  const x = (d) => left + (d - first) / (last - first) * (width - left - right);
  const y = (v) => top + (1 - Math.log10(Math.max(v, 1)) / topPower) * (height - top - bottom);
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img",
    "aria-label": `${shown.length} dated figures` });
  chart.append(svg("line", { x1: left, x2: width - right, y1: height - bottom, y2: height - bottom, class: "axis" }));
  chart.append(svg("line", { x1: left, x2: left, y1: top, y2: height - bottom, class: "axis" }));
  for (let power = 0; power <= topPower; power++) {
    const label = svg("text", { x: left - 6, y: y(10 ** power) + 4, "text-anchor": "end", class: "axis-label" });
    label.textContent = number(10 ** power);
    chart.append(label, svg("line", { x1: left, x2: width - right, y1: y(10 ** power), y2: y(10 ** power), stroke: "#eee" }));
  }
  const ticks = 6;
  const tickText = last - first > 730 ? (d) => dayText(d).slice(0, 7) : dayText;
  for (let i = 0; i <= ticks; i++) {
    const d = first + (last - first) * i / ticks;
    const label = svg("text", { x: x(d), y: height - bottom + 16, "text-anchor": "middle", class: "axis-label" });
    label.textContent = tickText(Math.round(d));
    chart.append(label);
  }
  for (const p of shown) {
    const dot = svg("circle", { cx: x(dayNumber(p.day)), cy: y(p.value), r: 5, class: "dot",
      fill: CATEGORY_COLOURS[p.series] || "#555" });
    titled(dot, `${p.day}: ${p.label}`);
    dot.addEventListener("click", () => { location.hash = sentenceHref(p); });
    chart.append(dot);
  }
  const outside = points.length - shown.length;
  const note = outside ? [el("p", { className: "hint", text: `${outside} figures dated outside ` +
    `${dayText(first + 1)} to ${dayText(last - 1)} are not drawn (query figures.event_date to see them).` })] : [];
  container.replaceChildren(chart, legend([...new Set(shown.map((p) => p.series))]), ...note);
  container.dataset.dots = String(shown.length);
}

function drawCategoryBars() {
  const container = document.getElementById("category-chart");
  const counts = new Map();
  for (const series of DATA.timeline) for (const p of records(series)) counts.set(p.series, (counts.get(p.series) || 0) + 1);
  const facts = DATA.facts ? records(DATA.facts) : [];
  const byCategory = new Map();
  for (const f of facts) {
    const entry = byCategory.get(f.category) || { facts: 0, figures: 0 };
    entry.facts += 1;
    entry.figures += f.figures.length;
    byCategory.set(f.category, entry);
  }
  if (!byCategory.size) { empty(container, "No reconciled figures in this release."); return; }
  const rows = [...byCategory.entries()].sort((a, b) => b[1].figures - a[1].figures);
  const width = 1000, barHeight = 22, left = 110, height = rows.length * (barHeight + 6) + 8;
  const max = Math.max(...rows.map(([, v]) => v.figures));
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "figures by category" });
  rows.forEach(([category, v], i) => {
    const yTop = 4 + i * (barHeight + 6);
    const label = svg("text", { x: left - 8, y: yTop + 15, "text-anchor": "end", class: "axis-label" });
    label.textContent = category;
    const bar = svg("rect", { x: left, y: yTop, height: barHeight, rx: 3,
      width: Math.max(2, (width - left - 160) * v.figures / max), fill: CATEGORY_COLOURS[category] || "#555", class: "bar" });
    titled(bar, `${category}: ${v.figures} figures in ${v.facts} facts`);
    const value = svg("text", { x: left + Math.max(2, (width - left - 160) * v.figures / max) + 6, y: yTop + 15, class: "axis-label" });
    value.textContent = `${v.figures} figures, ${v.facts} facts`;
    chart.append(label, bar, value);
  });
  container.replaceChildren(chart);
}

// ---------------------------------------------------------------- map

// Equirectangular: longitude and latitude straight to x and y (x = lon, y = -lat), which
// the viewBox then frames; no projection library needed at this scale. A ring that
// crosses the antimeridian is unwrapped (longitudes made continuous) and drawn again
// shifted by 360 degrees; a ring around a pole (Antarctica) is closed along the pole.
function ringPaths(ring) {
  const points = [];
  let shift = 0;
  ring.forEach(([lon, lat], i) => {
    if (i > 0) {
      const jump = lon + shift - points[i - 1][0];
      if (jump > 180) shift -= 360; else if (jump < -180) shift += 360;
    }
    points.push([lon + shift, lat]);
  });
  const turn = points[points.length - 1][0] - points[0][0];
  if (Math.abs(turn) > 180) {
    const pole = points.reduce((sum, p) => sum + p[1], 0) < 0 ? -90 : 90;
    points.push([points[points.length - 1][0], pole], [points[0][0], pole]);
  }
  const lons = points.map((p) => p[0]);
  const shifts = [0];
  if (Math.max(...lons) > 180) shifts.push(-360);
  if (Math.min(...lons) < -180) shifts.push(360);
  return shifts.map((dx) => "M" + points.map(([lon, lat]) =>
    `${(lon + dx).toFixed(2)},${(-lat).toFixed(2)}`).join("L") + "Z");
}

function countryPaths() {
  if (!window.topojson || !window.NEWSFACTS_WORLD) return [];
  const world = window.NEWSFACTS_WORLD;
  const countries = window.topojson.feature(world, world.objects.countries).features;
  return countries.map((country) => {
    const geometry = country.geometry;
    if (!geometry) return null;
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    const path = svg("path", { d: polygons.flatMap((polygon) => polygon.flatMap(ringPaths)).join(""), class: "country" });
    return titled(path, country.properties.name);
  }).filter(Boolean);
}

// Labels of the largest points, each left out if it would overlap one already placed.
function mapLabels(points, unit) {
  const placed = [];
  const labels = [];
  const size = unit * 12;
  for (const p of points.slice(0, 40)) {
    const box = { x: p.longitude + unit * 8, y: -p.latitude - size * 0.8, w: p.label.length * size * 0.58, h: size };
    if (placed.some((b) => box.x < b.x + b.w && b.x < box.x + box.w && box.y < b.y + b.h && b.y < box.y + box.h)) continue;
    placed.push(box);
    const label = svg("text", { x: box.x, y: -p.latitude + unit * 4, class: "map-label",
      style: `font-size:${size}px;stroke-width:${unit * 3}px` });
    label.textContent = p.label;
    labels.push(label);
    if (labels.length === 15) break;
  }
  return labels;
}

function drawMap() {
  const container = document.getElementById("map-view");
  const layers = DATA.map.map((layer) => ({ name: layer.name, points: records(layer) }));
  const all = layers.flatMap((layer) => layer.points);
  if (!all.length) { empty(container, "No place with coordinates in this release."); return; }
  // Frame the points (at least 40 by 20 degrees), in the 2:1 shape of the world map.
  const lons = all.map((p) => p.longitude), lats = all.map((p) => p.latitude);
  let west = Math.min(...lons), east = Math.max(...lons), south = Math.min(...lats), north = Math.max(...lats);
  let spanX = Math.max(40, (east - west) * 1.2), spanY = Math.max(20, (north - south) * 1.2);
  if (spanX / spanY > 2) spanY = spanX / 2; else spanX = spanY * 2;
  spanX = Math.min(spanX, 360); spanY = Math.min(spanY, 180);
  const centreX = Math.max(-180 + spanX / 2, Math.min(180 - spanX / 2, (west + east) / 2));
  const centreY = Math.max(-90 + spanY / 2, Math.min(90 - spanY / 2, (south + north) / 2));
  const view = [centreX - spanX / 2, -(centreY + spanY / 2), spanX, spanY];
  const map = svg("svg", { viewBox: view.map((v) => v.toFixed(3)).join(" "), role: "img",
    "aria-label": `map of ${all.length} points`, preserveAspectRatio: "xMidYMid meet" });
  for (let lon = -180; lon <= 180; lon += 10) map.append(svg("line", { x1: lon, x2: lon, y1: -90, y2: 90, class: "graticule" }));
  for (let lat = -80; lat <= 80; lat += 10) map.append(svg("line", { x1: -180, x2: 180, y1: -lat, y2: -lat, class: "graticule" }));
  const countries = countryPaths();
  map.append(...countries);
  const unit = spanX / 1000;  // one pixel of a 1000-pixel-wide map, in degrees
  for (const layer of layers) {
    const max = Math.max(...layer.points.map((p) => p.size || 1));
    const kind = layer.name.replace(/\W+/g, "-");
    for (const p of [...layer.points].sort((a, b) => b.size - a.size)) {
      const r = unit * (3 + 14 * Math.sqrt((p.size || 1) / max));
      const circle = svg("circle", { cx: p.longitude, cy: -p.latitude, r, class: `point ${kind}` });
      map.append(titled(circle, `${p.label} (${layer.name}): ${p.detail}`));
    }
  }
  map.append(...mapLabels(layers[0] ? layers[0].points : [], unit));
  const note = countries.length ? [] : [el("p", { className: "empty",
    text: "No world outline: its files are not installed (see the notice at the top); points are on a 10° grid." })];
  const key = el("div", { className: "legend" }, ...layers.map((layer) =>
    el("span", {}, el("i", { className: `point ${layer.name.replace(/\W+/g, "-")}` }),
      `${layer.name} (${layer.points.length})`)));
  container.replaceChildren(map, key, ...note);
  container.dataset.points = String(all.length);
  container.dataset.countries = String(countries.length);
}

// ---------------------------------------------------------------- searchable tables

function searchableTable({ input, container, rows, columns, rowClass, matches }) {
  function render() {
    const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    const shown = rows.filter((row) => matches(row, words));
    const table = el("table", {}, el("thead", {}, el("tr", {}, ...columns.map((c) => el("th", { text: c.title })))));
    const body = el("tbody");
    for (const row of shown.slice(0, ROWS_SHOWN)) {
      const tr = el("tr", { className: rowClass ? rowClass(row) : "" });
      for (const column of columns) {
        const td = el("td", { className: column.numeric ? "num" : "" });
        td.append(column.cell(row));
        tr.append(td);
      }
      body.append(tr);
    }
    table.append(body);
    const more = shown.length > ROWS_SHOWN ?
      [el("p", { className: "more", text: `${ROWS_SHOWN} of ${shown.length} shown: refine the search, or query them below.` })] : [];
    container.replaceChildren(el("p", { className: "more", text: `${shown.length} of ${rows.length}` }), table, ...more);
    container.dataset.rows = String(shown.length);
  }
  input.addEventListener("input", render);
  render();
  return render;
}

function textMatcher(fields) {
  return (row, words) => {
    const text = fields(row).filter(Boolean).join(" ").toLowerCase();
    return words.every((w) => text.includes(w));
  };
}

function drawQuotes() {
  const container = document.getElementById("quotes-table");
  if (!DATA.quotes) { empty(container, "This release has no quotes table."); return; }
  const rows = records(DATA.quotes);
  searchableTable({
    input: document.getElementById("quotes-search"), container, rows,
    matches: textMatcher((q) => [q.speaker, q.quote, q.article, q.outlet, q.date]),
    columns: [
      { title: "speaker", cell: (q) => q.speaker || "(not said)" },
      { title: "quote", cell: (q) => sentenceLink(q.quote, q) },
      { title: "cue", cell: (q) => q.cue || "" },
      { title: "article", cell: (q) => [q.article, q.outlet, q.date].filter(Boolean).join(" · ") },
    ],
  });
}

function drawFacts() {
  const container = document.getElementById("facts-table");
  if (!DATA.facts) { empty(container, "This release has no facts table."); return; }
  const rows = records(DATA.facts);
  const conflictsOnly = document.getElementById("facts-conflicts");
  const base = textMatcher((f) => [f.category, f.subject, f.conflict, f.story,
    ...f.figures.flatMap((g) => [g.text, g.source, g.outlet])]);
  const render = searchableTable({
    input: document.getElementById("facts-search"), container, rows,
    matches: (f, words) => (!conflictsOnly.checked || f.has_conflict) && base(f, words),
    rowClass: (f) => (f.has_conflict ? "conflict" : ""),
    columns: [
      { title: "category", cell: (f) => f.category },
      { title: "subject", cell: (f) => f.subject || "" },
      { title: "low", numeric: true, cell: (f) => number(f.low) },
      { title: "best", numeric: true, cell: (f) => number(f.best) },
      { title: "high", numeric: true, cell: (f) => number(f.high) },
      { title: "articles", numeric: true, cell: (f) => `${f.n_articles} (${f.n_independent_sources} independent)` },
      { title: "figures and their sources", cell: (f) => {
        const cell = el("div");
        for (const g of f.figures) {
          const link = sentenceLink(g.text, g);
          link.classList?.add("figure-link");
          link.title = `${g.source ? "according to " + g.source + ", " : ""}${g.outlet}`;
          link.textContent = `${g.text} — ${g.source || "unattributed"} (${g.outlet})`;
          cell.append(link);
        }
        return cell;
      } },
      { title: "conflict", cell: (f) => f.conflict || "" },
      { title: "story", cell: (f) => f.story },
    ],
  });
  conflictsOnly.addEventListener("change", render);
}

// ---------------------------------------------------------------- SQL box (DuckDB-WASM)

let database = null;
const registered = new Set();

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = el("script", { src });
    script.onload = resolve;
    script.onerror = () => reject(new Error(`${src} could not be loaded`));
    document.head.append(script);
  });
}

async function startDuckDB() {
  const base = new URL("page/vendor/", document.baseURI).href;
  await loadScript(base + "Arrow.esnext.min.js");
  const duckdb = await import(base + "duckdb-browser.mjs");
  const worker = new Worker(base + "duckdb-browser-eh.worker.js");
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(base + "duckdb-eh.wasm");
  await db.open({ query: { castBigIntToDouble: true } });
  const connection = await db.connect();
  // Offline: never try to download an extension.
  await connection.query("set autoinstall_known_extensions = false");
  await connection.query("set autoload_known_extensions = false");
  // DuckDB-WASM's Parquet reader is an extension it would download: parquet-wasm decodes
  // the files to Arrow instead.
  const parquet = await import(base + "parquet_wasm.js");
  await parquet.default({ module_or_path: base + "parquet_wasm_bg.wasm" });
  return { db, connection, parquet };
}

// Load the tables a query names from their Parquet files (fetched whole from this folder:
// any static host serves them, no range requests needed), each as a table of its name.
async function registerTables(sql) {
  for (const [name, file] of Object.entries(DATA.tables)) {
    if (registered.has(name) || !new RegExp(`\\b${name}\\b`, "i").test(sql)) continue;
    const response = await fetch(file);
    if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
    const arrow = database.parquet.readParquet(new Uint8Array(await response.arrayBuffer()));
    await database.connection.insertArrowFromIPCStream(arrow.intoIPCStream(), { name, create: true });
    registered.add(name);
  }
}

function cellText(value) {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "object") {
    const plain = typeof value.toJSON === "function" ? value.toJSON() : value;
    return JSON.stringify(plain, (_, v) => (typeof v === "bigint" ? v.toString() : v));
  }
  return String(value);
}

async function runSql() {
  const status = document.getElementById("sql-status");
  const result = document.getElementById("sql-result");
  const sql = document.getElementById("sql-text").value;
  status.className = "";
  if (DATA.missing.sql) {
    status.className = "error";
    status.textContent = `The SQL box is off: DuckDB-WASM is not installed with this release (${DATA.install_hint}).`;
    return;
  }
  if (location.protocol === "file:") {
    status.className = "error";
    status.textContent = "The SQL box needs the page served over HTTP (browsers start no web worker from file://): run `newsfacts serve-release` on this folder, or publish it on a static host.";
    return;
  }
  try {
    const started = performance.now();
    if (!database) {
      status.textContent = "starting DuckDB…";
      database = await startDuckDB();
    }
    status.textContent = "running…";
    await registerTables(sql);
    const table = await database.connection.query(sql);
    const columns = table.schema.fields.map((f) => f.name);
    const rows = table.toArray().map((row) => row.toJSON());
    const html = el("table", {}, el("thead", {}, el("tr", {}, ...columns.map((c) => el("th", { text: c })))));
    const body = el("tbody");
    for (const row of rows.slice(0, 1000)) body.append(el("tr", {}, ...columns.map((c) => el("td", { text: cellText(row[c]) }))));
    html.append(body);
    result.replaceChildren(html);
    result.dataset.rows = String(rows.length);
    status.textContent = `${rows.length} rows in ${Math.round(performance.now() - started)} ms` +
      (rows.length > 1000 ? " (first 1,000 shown)" : "");
  } catch (error) {
    status.className = "error";
    status.textContent = String(error.message || error);
    result.dataset.rows = "error";
  }
}

function setUpSql() {
  document.getElementById("sql-tables").textContent = Object.keys(DATA.tables).join(", ");
  document.getElementById("sql-run").addEventListener("click", runSql);
  document.getElementById("sql-text").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) runSql();
  });
}

// ---------------------------------------------------------------- start

function showMissing() {
  const parts = Object.values(DATA.missing);
  if (!parts.length) return;
  const notice = document.getElementById("missing");
  notice.append(el("strong", { text: "Some parts of this page are off: " }),
    parts.map((p) => `${p.purpose} (${p.problems.join("; ")})`).join("; ") + ". To install them, ",
    el("code", { text: DATA.install_hint }), ".");
  notice.hidden = false;
}

function start() {
  showMissing();
  for (const draw of [drawOverview, drawTimeline, drawCategoryBars, drawMap, drawQuotes, drawFacts, setUpSql]) {
    try { draw(); } catch (error) { console.error(draw.name, error); }
  }
  document.getElementById("article-close").addEventListener("click", () => {
    history.pushState(null, "", location.pathname + location.search);
    document.getElementById("article").hidden = true;
  });
  window.addEventListener("hashchange", () => openArticleFromHash().catch(console.error));
  openArticleFromHash().catch(console.error);
  document.body.dataset.ready = "true";
}

start();
