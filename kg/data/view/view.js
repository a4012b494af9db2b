// The page `kg view` writes: draws the payload of kg/view.py with d3 (inlined above).
// Every text of the graph goes into the page with .text() (never as HTML), Arabic in elements
// marked lang="ar" and right-to-left. The selection lives in the URL's fragment
// (#actor=…, #edge=…, #event=…): a click sets it, so a view of one actor can be linked to.
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const COLOURS = { Person: "var(--person)", State: "var(--state)", Organization: "var(--organization)", Group: "var(--group)" };
  const KINDS = { Meeting: "Meeting", Membership: "Membership", CaseJoining: "Joining a case" };
  const BASIS = { text: "read in the sentence", publication: "the article's publication date" };
  const entity = (id) => data.entities[id] || { ar: null, en: null, type: null, qid: null };
  const nodeById = new Map(data.nodes.map((d) => [d.id, d]));
  const edgeById = new Map(data.edges.map((d) => [d.id, d]));
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

  // ------------------------------------------------------------------ header
  document.title = data.title;
  d3.select("#title").text(data.title);
  d3.select("#counts").text(
    `${plural(data.nodes.length, "actor")}, ${plural(data.edges.length, "meeting pair")}, ` +
      `${plural(Object.keys(data.events).length, "event")}`
  );
  const legend = d3.select("#legend");
  for (const type of data.types) {
    legend.append("li").style("--swatch", COLOURS[type]).text(type);
  }
  legend.append("li").attr("class", "dashed").text("together, no kg:met stated");

  // A name: the Arabic label right-to-left, then the English one where known.
  function name(parent, id) {
    const e = entity(id);
    const span = parent.append("span").attr("class", "name");
    if (e.ar) span.append("bdi").attr("lang", "ar").attr("dir", "rtl").text(e.ar);
    if (e.en) span.append("span").attr("lang", "en").text(e.ar ? ` (${e.en})` : e.en);
    if (!e.ar && !e.en) span.text(id);
    if (nodeById.has(id)) span.classed("entity", true).on("click", () => go("actor", id));
    return span;
  }

  // ------------------------------------------------------------------ network
  const radius = (d) => 6 + 4 * Math.sqrt(d.events.length);
  const nodes = data.nodes.map((d) => Object.assign({}, d));
  const links = data.edges.map((d) => Object.assign({}, d));
  d3.forceSimulation(nodes)
    .force("link", d3.forceLink(links).id((d) => d.id).distance(120))
    .force("charge", d3.forceManyBody().strength(-500))
    .force("x", d3.forceX())
    .force("y", d3.forceY())
    .force("collide", d3.forceCollide((d) => radius(d) + 22))
    .stop()
    .tick(300); // laid out now, so the page is drawn as soon as it opens

  const pad = 90;
  const xs = nodes.map((d) => d.x), ys = nodes.map((d) => d.y);
  const [x0, x1] = nodes.length ? [Math.min(...xs) - pad, Math.max(...xs) + pad] : [-100, 100];
  const [y0, y1] = nodes.length ? [Math.min(...ys) - pad, Math.max(...ys) + pad] : [-100, 100];
  const network = d3.select("#network").attr("viewBox", [x0, y0, x1 - x0, y1 - y0].join(" "));
  const layer = network.append("g");
  network.call(d3.zoom().scaleExtent([0.2, 8]).on("zoom", (event) => layer.attr("transform", event.transform)));

  const edge = layer.append("g").attr("class", "edges")
    .selectAll("line").data(links).join("line")
    .attr("class", (d) => `edge ${d.met ? "met" : "co-present"}`)
    .attr("data-id", (d) => d.id)
    .attr("data-source", (d) => d.source.id)
    .attr("data-target", (d) => d.target.id)
    .attr("stroke-width", (d) => 2 + 1.5 * Math.sqrt(d.meetings.length))
    .attr("x1", (d) => d.source.x).attr("y1", (d) => d.source.y)
    .attr("x2", (d) => d.target.x).attr("y2", (d) => d.target.y)
    .on("click", (event, d) => go("edge", d.id));
  edge.append("title").text((d) => {
    const a = entity(d.source.id), b = entity(d.target.id);
    return `${a.en || a.ar} – ${b.en || b.ar}: ${plural(d.meetings.length, "meeting")}`;
  });

  const node = layer.append("g").attr("class", "nodes")
    .selectAll("g").data(nodes).join("g")
    .attr("class", (d) => `node${d.focus ? " focus" : ""}`)
    .attr("data-id", (d) => d.id)
    .attr("data-type", (d) => entity(d.id).type)
    .attr("data-events", (d) => d.events.length)
    .attr("transform", (d) => `translate(${d.x},${d.y})`)
    .on("click", (event, d) => go("actor", d.id));
  node.append("circle").attr("r", radius).attr("fill", (d) => COLOURS[entity(d.id).type]);
  node.filter((d) => entity(d.id).ar).append("text")
    .attr("class", "label-ar").attr("lang", "ar")
    .attr("direction", "rtl").attr("unicode-bidi", "embed")
    .attr("y", (d) => -radius(d) - 5)
    .text((d) => entity(d.id).ar);
  node.filter((d) => entity(d.id).en || !entity(d.id).ar).append("text")
    .attr("class", "label-en").attr("lang", "en")
    .attr("y", (d) => radius(d) + 13)
    .text((d) => entity(d.id).en || d.id);
  node.append("title").text((d) => `${entity(d.id).type}, ${plural(d.events.length, "event")}`);

  // ------------------------------------------------------------------ timeline
  const events = Object.values(data.events);
  const dated = events.filter((e) => e.span);
  const lanes = Object.keys(KINDS).filter((k) => events.some((e) => e.kind === k));
  const timeline = d3.select("#timeline");
  const width = Math.max(600, timeline.node().clientWidth || 1000); // drawn to the page's width
  timeline.attr("viewBox", `0 0 ${width} 150`);
  const day = (iso) => new Date(`${iso}T00:00:00Z`);
  const extent = d3.extent(dated.flatMap((e) => e.span.map(day)));
  const x = d3.scaleUtc()
    .domain(extent[0] ? [d3.utcDay.offset(extent[0], -30), d3.utcDay.offset(extent[1], 30)] : [new Date(0), new Date(1)])
    .range([130, width - 20]);
  const y = d3.scalePoint().domain(lanes).range([25, 105]).padding(0.5);
  timeline.append("g").attr("transform", "translate(0,120)").call(d3.axisBottom(x).ticks(8));
  timeline.append("g").selectAll("text").data(lanes).join("text")
    .attr("class", "lane").attr("x", 10).attr("y", (k) => y(k) + 4).text((k) => KINDS[k]);
  const colourOf = (e) => {
    const first = (e.roles.participant || [])[0];
    return first ? COLOURS[entity(first).type] : "var(--line)";
  };
  const mark = timeline.append("g").selectAll("g").data(dated).join("g")
    .attr("class", "event-mark")
    .on("click", (event, e) => go("event", e.id));
  mark.filter((e) => e.span[0] !== e.span[1]).append("line")
    .attr("x1", (e) => x(day(e.span[0]))).attr("x2", (e) => x(day(e.span[1])))
    .attr("y1", (e) => y(e.kind)).attr("y2", (e) => y(e.kind))
    .attr("stroke", colourOf).attr("stroke-width", 3).attr("stroke-opacity", 0.5);
  mark.append("circle")
    .attr("class", (e) => `event ${e.basis === "publication" ? "publication" : "text"}`)
    .attr("data-id", (e) => e.id).attr("data-kind", (e) => e.kind)
    .attr("cx", (e) => x(day(e.span[0]))).attr("cy", (e) => y(e.kind)).attr("r", 6)
    .attr("fill", colourOf).attr("stroke", colourOf);
  mark.append("title").text((e) => `${e.label || e.id}\n${e.date} (${BASIS[e.basis] || "date"})`);
  const undated = events.filter((e) => !e.span);
  const list = d3.select("#undated");
  if (undated.length) {
    list.append("span").text(`Without a date (${undated.length}): `);
    list.selectAll("a").data(undated).join("a").attr("href", (e) => `#event=${encodeURIComponent(e.id)}`)
      .text((e) => e.label || e.id);
  }

  // ------------------------------------------------------------------ details
  const panel = d3.select("#details");

  function card(e, keep) {
    const section = panel.append("section").attr("class", "card").attr("data-event", e.id);
    section.append("h3").append("a").attr("href", `#event=${encodeURIComponent(e.id)}`)
      .text(e.label || `${KINDS[e.kind]} ${e.id}`);
    const meta = section.append("dl");
    const item = (term) => { meta.append("dt").text(term); return meta.append("dd"); };
    item("date").text(e.date
      ? `${e.date}${e.endDate ? ` – ${e.endDate}` : ""} (${BASIS[e.basis] || "no basis given"})`
      : "no date");
    if (e.places.length) {
      const where = item("place");
      e.places.forEach((p, i) => { if (i) where.append("span").text(", "); name(where, p); });
    }
    item("confidence").text(e.confidence ?? "–");
    if (e.modality) item("reported as").text(e.modality);
    const who = item("actors");
    Object.entries(e.roles).forEach(([role, actors]) => actors.forEach((a) => {
      name(who.append("div"), a).append("span").text(` · ${role}`);
    }));
    const facts = e.facts.filter(keep);
    if (facts.length) {
      const ul = section.append("ul").attr("class", "facts");
      for (const f of facts) {
        const li = ul.append("li").attr("class", "fact").attr("data-predicate", f.predicate);
        name(li, f.subject);
        li.append("strong").text(` ${f.predicate} `);
        name(li, f.object);
        li.append("span").text(` — confidence ${f.confidence ?? "–"}${f.date ? `, ${f.date}` : ""}`);
      }
    }
    for (const ev of e.evidence) {
      section.append("blockquote").attr("class", "evidence").attr("lang", "ar").attr("dir", "rtl")
        .text(ev.sentence || "");
      const source = section.append("p").attr("class", "source")
        .text(`${ev.file || "unknown file"}, characters ${ev.start}–${ev.end}`);
      if (ev.title) {
        source.append("span").text(" · ");
        source.append("bdi").attr("lang", "ar").attr("dir", "rtl").text(ev.title);
      }
    }
  }

  function heading(id) {
    const e = entity(id), n = nodeById.get(id);
    const box = panel.append("div").attr("class", "actor-heading").attr("data-actor", id);
    if (e.ar) box.append("h2").attr("lang", "ar").attr("dir", "rtl").text(e.ar);
    if (e.en || !e.ar) box.append("p").attr("lang", "en").append("strong").text(e.en || id);
    box.append("p").text(`${e.type || "actor"} · ${plural(n ? n.events.length : 0, "event")}`);
    const link = box.append("p");
    if (e.qid) {
      link.append("a").attr("class", "wikidata").attr("href", data.wikidata + e.qid)
        .attr("target", "_blank").attr("rel", "noopener noreferrer").text(`Wikidata ${e.qid}`);
    } else {
      link.text("not linked to Wikidata");
    }
  }

  function highlight(nodeIds, edgeIds, eventIds) {
    node.classed("selected", (d) => nodeIds.has(d.id)).classed("dim", (d) => nodeIds.size > 0 && !nodeIds.has(d.id));
    edge.classed("selected", (d) => edgeIds.has(d.id)).classed("dim", (d) => nodeIds.size > 0 && !edgeIds.has(d.id));
    mark.select("circle").classed("selected", (e) => eventIds.has(e.id));
  }

  function showSummary(note) {
    highlight(new Set(), new Set(), new Set());
    panel.append("h2").text("Details");
    if (note) panel.append("p").attr("class", "note").text(note);
    panel.append("p").text("Click an actor, a line between two actors, or an event on the timeline " +
      "to see its facts, with the sentences they were read from.");
  }

  function showActor(id) {
    const n = nodeById.get(id);
    if (!n) return showSummary(`No actor ${id} in this view.`);
    heading(id);
    const touching = data.edges.filter((d) => d.source === id || d.target === id);
    highlight(new Set([id, ...touching.flatMap((d) => [d.source, d.target])]),
      new Set(touching.map((d) => d.id)), new Set(n.events));
    n.events.forEach((eventId) => card(data.events[eventId], (f) => f.subject === id || f.object === id));
  }

  function showEdge(id) {
    const d = edgeById.get(id);
    if (!d) return showSummary(`No meeting pair ${id} in this view.`);
    heading(d.source);
    heading(d.target);
    highlight(new Set([d.source, d.target]), new Set([id]), new Set(d.meetings));
    const pair = new Set([d.source, d.target]);
    d.meetings.forEach((eventId) => card(data.events[eventId],
      (f) => pair.has(f.subject) && pair.has(f.object)));
  }

  function showEvent(id) {
    const e = data.events[id];
    if (!e) return showSummary(`No event ${id} in this view.`);
    const actors = Object.values(e.roles).flat().filter((a) => nodeById.has(a));
    highlight(new Set(actors), new Set(data.edges.filter((d) => d.meetings.includes(id)).map((d) => d.id)), new Set([id]));
    card(e, () => true);
  }

  function go(kind, id) {
    location.hash = `${kind}=${encodeURIComponent(id)}`;
  }

  function route() {
    panel.selectAll("*").remove();
    const match = /^#(actor|edge|event)=(.+)$/.exec(location.hash);
    if (!match) return showSummary();
    const id = decodeURIComponent(match[2]);
    ({ actor: showActor, edge: showEdge, event: showEvent })[match[1]](id);
  }

  window.addEventListener("hashchange", route);
  route();
})();
