// The alliance atlas: draws the network on a date from the data `pactgraph atlas` put in the page.
// Positions come with the data (one Graphviz layout for the whole span); nothing here lays anything out.
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('atlas-data').textContent);
  var SVG = 'http://www.w3.org/2000/svg';
  var MS_PER_DAY = 86400000;
  function kindBit(name) {
    var found = data.kindNames.filter(function (k) { return k[1] === name; });
    return found.length ? found[0][0] : 0;
  }
  var MEMBERSHIP = kindBit('membership');
  var DEFENCE = kindBit('defence');
  var HOSTILE = kindBit('sanction') | kindBit('rivalry');
  var actors = data.actors;
  var ties = data.ties; // [a, b, begin, end (excluded), pledges of a, pledges of b, origin]
  var first = data.span[0];
  var last = data.span[1];

  // ----- dates: day numbers since 1970-01-01, as in the data -----
  function isoOf(day) { return new Date(day * MS_PER_DAY).toISOString().slice(0, 10); }
  function dayOf(text) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || '');
    if (!m) return null;
    var d = new Date(0);
    d.setUTCFullYear(+m[1], +m[2] - 1, +m[3]);
    if (d.getUTCFullYear() !== +m[1] || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) return null;
    return Math.round(d.getTime() / MS_PER_DAY);
  }
  function clamp(day) { return Math.min(last, Math.max(first, day)); }
  // The same day of the month `years` later (29 February becomes 28), kept inside the span.
  function yearsLater(day, years) {
    var d = new Date(day * MS_PER_DAY);
    var target = new Date(0);
    target.setUTCFullYear(d.getUTCFullYear() + years, d.getUTCMonth(), 1);
    var lastOfMonth = new Date(0);
    lastOfMonth.setUTCFullYear(d.getUTCFullYear() + years, d.getUTCMonth() + 1, 0);
    target.setUTCDate(Math.min(d.getUTCDate(), lastOfMonth.getUTCDate()));
    return clamp(Math.round(target.getTime() / MS_PER_DAY));
  }
  function yearOf(day) { return new Date(day * MS_PER_DAY).getUTCFullYear(); }

  // ----- kinds and styles (the diagrams' own, from the library) -----
  function kindText(mask, separator) {
    var out = [];
    data.kindNames.forEach(function (k) { if (mask & k[0]) out.push(k[1]); });
    return out.length ? out.join(separator || '+') : 'none';
  }
  function styleOf(mask) {
    for (var i = 0; i < data.styles.length; ++i) {
      var s = data.styles[i];
      if (s.k === 0 || (mask & s.k)) return s;
    }
    return data.styles[data.styles.length - 1];
  }
  function dashOf(line) { return line === 'dashed' ? '7 4' : line === 'dotted' ? '2 3' : null; }

  // ----- state -----
  // Organisations are shown from the start only in an atlas of organisations alone.
  var state = { day: last, selected: -1, cascadeFor: -1, shown: 0, playing: null,
                organisations: actors.length > 0 && actors.every(function (a) { return a.o; }) };
  data.groups.forEach(function (g) { if (g.on) state.shown |= g.k; });

  function present(i, day) {
    var s = actors[i].s;
    if (s === null) return true;
    for (var k = 0; k < s.length; ++k) if (s[k][0] <= day && day < s[k][1]) return true;
    return false;
  }
  // Organisations have their own toggle, turned on with the memberships (as the snapshot brings them in
  // with the membership kind), so a sanction against an organisation can be shown without memberships.
  function visibleActor(i, day) {
    return present(i, day) && (!actors[i].o || state.organisations);
  }

  // The graph of a date: visible actors and the ties among them of the shown kinds, collapsed by pair.
  function graphOn(day) {
    var visible = new Array(actors.length);
    for (var i = 0; i < actors.length; ++i) visible[i] = visibleActor(i, day);
    var pairs = new Map();
    for (var t = 0; t < ties.length; ++t) {
      var r = ties[t];
      if (r[2] > day || day >= r[3] || !((r[4] | r[5]) & state.shown) || !visible[r[0]] || !visible[r[1]]) continue;
      var a = Math.min(r[0], r[1]), b = Math.max(r[0], r[1]);
      var key = a * 65536 + b;
      var p = pairs.get(key);
      if (!p) pairs.set(key, p = { a: a, b: b, kinds: 0, ties: [] });
      p.kinds |= r[4] | r[5];
      p.ties.push(t);
    }
    return { day: day, visible: visible, pairs: pairs };
  }

  // ----- the map -----
  var map = document.getElementById('map');
  var tieLayer = document.createElementNS(SVG, 'g');
  var actorLayer = document.createElementNS(SVG, 'g');
  map.appendChild(tieLayer);
  map.appendChild(actorLayer);
  var actorNodes = [];
  var tieNodes = new Map();

  // ----- the frame: fitted to the states of the opening date, then moved only by the reader (zoom, pan,
  // Fit), never by a change of date, so a state keeps its place on the screen as the years go by -----
  var view = null;
  function setView(v) { view = v; map.setAttribute('viewBox', [v.x, v.y, v.w, v.h].join(' ')); }
  function fit(visible) {
    var xs = [], ys = [];
    actors.forEach(function (a, i) { if (!visible || visible[i]) { xs.push(a.x); ys.push(a.y); } });
    if (xs.length === 0) actors.forEach(function (a) { xs.push(a.x); ys.push(a.y); });
    if (xs.length === 0) { xs.push(0); ys.push(0); }
    var pad = 24;
    var x0 = Math.min.apply(null, xs) - pad, x1 = Math.max.apply(null, xs) + pad;
    var y0 = Math.min.apply(null, ys) - pad, y1 = Math.max.apply(null, ys) + pad;
    // A few states are not blown up to fill the screen.
    var w = Math.max(x1 - x0, 480), h = Math.max(y1 - y0, 300);
    setView({ x: (x0 + x1 - w) / 2, y: (y0 + y1 - h) / 2, w: w, h: h });
  }
  function zoom(factor, cx, cy) {
    if (cx === undefined) { cx = view.x + view.w / 2; cy = view.y + view.h / 2; }
    setView({ x: cx - (cx - view.x) * factor, y: cy - (cy - view.y) * factor, w: view.w * factor, h: view.h * factor });
  }
  function mapPoint(e) { return new DOMPoint(e.clientX, e.clientY).matrixTransform(map.getScreenCTM().inverse()); }
  map.addEventListener('wheel', function (e) {
    e.preventDefault();
    var p = mapPoint(e);
    zoom(e.deltaY > 0 ? 1.15 : 1 / 1.15, p.x, p.y);
  }, { passive: false });
  var drag = null;
  map.addEventListener('pointerdown', function (e) {
    if (e.target.closest && e.target.closest('.actor')) return;
    drag = { start: mapPoint(e), view: view };
    map.setPointerCapture(e.pointerId);
  });
  map.addEventListener('pointermove', function (e) {
    if (!drag) return;
    var p = mapPoint(e);
    setView({ x: view.x - (p.x - drag.start.x), y: view.y - (p.y - drag.start.y), w: view.w, h: view.h });
  });
  map.addEventListener('pointerup', function () { drag = null; });
  [['zoom-in', '+', 'Zoom in', function () { zoom(1 / 1.4); }],
   ['zoom-out', '\u2212', 'Zoom out', function () { zoom(1.4); }],
   ['fit', 'Fit', 'Fit the states shown on this date', function () { fit(current && current.visible); }]].forEach(function (b) {
    var button = document.createElement('button');
    button.type = 'button'; button.id = b[0]; button.textContent = b[1];
    button.setAttribute('aria-label', b[2]); button.title = b[2];
    button.addEventListener('click', b[3]);
    document.getElementById('zoom').appendChild(button);
  });

  actors.forEach(function (a, i) {
    var g = document.createElementNS(SVG, 'g');
    g.setAttribute('class', 'actor' + (a.o ? ' organisation' : ''));
    g.setAttribute('data-actor', a.a);
    if (a.c !== undefined) g.setAttribute('data-code', String(a.c));
    g.setAttribute('transform', 'translate(' + a.x + ',' + a.y + ')');
    g.setAttribute('tabindex', '0');
    g.setAttribute('role', 'button');
    g.setAttribute('aria-label', a.n + ' (' + a.a + ')');
    var shape;
    if (a.o) {
      shape = document.createElementNS(SVG, 'rect');
      shape.setAttribute('x', -9); shape.setAttribute('y', -7); shape.setAttribute('width', 18); shape.setAttribute('height', 14);
    } else {
      shape = document.createElementNS(SVG, 'circle');
      shape.setAttribute('r', 8);
    }
    var title = document.createElementNS(SVG, 'title');
    title.textContent = a.n + (a.c !== undefined ? ' (' + a.a + ', ' + a.c + ')' : ' (' + a.a + ')');
    var label = document.createElementNS(SVG, 'text');
    label.setAttribute('y', 18);
    label.setAttribute('text-anchor', 'middle');
    label.textContent = a.a;
    var hop = document.createElementNS(SVG, 'text');
    hop.setAttribute('class', 'hop');
    hop.setAttribute('y', 3.5);
    hop.setAttribute('text-anchor', 'middle');
    g.appendChild(title); g.appendChild(shape); g.appendChild(label); g.appendChild(hop);
    g.style.display = 'none';
    g.addEventListener('click', function () { select(i); });
    g.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(i); } });
    actorLayer.appendChild(g);
    actorNodes.push(g);
  });

  function tieNode(p) {
    var key = p.a * 65536 + p.b;
    var line = tieNodes.get(key);
    if (!line) {
      line = document.createElementNS(SVG, 'line');
      line.setAttribute('class', 'tie');
      line.setAttribute('x1', actors[p.a].x); line.setAttribute('y1', actors[p.a].y);
      line.setAttribute('x2', actors[p.b].x); line.setAttribute('y2', actors[p.b].y);
      line.setAttribute('data-a', actors[p.a].a);
      line.setAttribute('data-b', actors[p.b].a);
      line.appendChild(document.createElementNS(SVG, 'title'));
      tieLayer.appendChild(line);
      tieNodes.set(key, line);
    }
    if (line.__kinds !== p.kinds) {
      var s = styleOf(p.kinds);
      line.__kinds = p.kinds;
      line.setAttribute('data-kinds', kindText(p.kinds));
      line.setAttribute('stroke', s.c);
      line.setAttribute('stroke-width', s.w);
      var dash = dashOf(s.l);
      if (dash) line.setAttribute('stroke-dasharray', dash); else line.removeAttribute('stroke-dasharray');
      line.firstChild.textContent = actors[p.a].n + ' – ' + actors[p.b].n + ': ' + kindText(p.kinds, ', ');
    }
    return line;
  }

  var current = null;

  function draw() {
    var g = graphOn(state.day);
    current = g;
    for (var i = 0; i < actors.length; ++i) {
      var node = actorNodes[i];
      node.style.display = g.visible[i] ? '' : 'none';
      node.classList.remove('partner', 'selected', 'hop-in');
      node.lastChild.textContent = '';
    }
    var wanted = new Set();
    g.pairs.forEach(function (p, key) {
      var line = tieNode(p);
      wanted.add(key);
      line.style.display = '';
      line.classList.remove('near', 'hop-arc');
    });
    tieNodes.forEach(function (line, key) { if (!wanted.has(key)) line.style.display = 'none'; });
    map.classList.toggle('dimmed', state.selected >= 0 && g.visible[state.selected]);
    var stateCount = 0;
    for (var v = 0; v < actors.length; ++v) if (g.visible[v] && !actors[v].o) ++stateCount;
    document.getElementById('map-caption').textContent =
      isoOf(state.day) + ': ' + stateCount + ' states in the system, ' + g.pairs.size + ' tied pairs shown.';
    showDetails(g);
    drawCharts();
    syncControls();
    document.body.dataset.date = isoOf(state.day);
    if (!drawnOnce) { drawnOnce = true; fit(g.visible); performance.mark('atlas-drawn'); }
  }
  var drawnOnce = false;

  // ----- centralities on the date: degree and betweenness over the shown states (networkx scaling) -----
  function centralities(g, who) {
    var index = new Map(), nodes = [];
    for (var i = 0; i < actors.length; ++i) if (g.visible[i] && !actors[i].o) { index.set(i, nodes.length); nodes.push(i); }
    var n = nodes.length;
    var adj = nodes.map(function () { return []; });
    g.pairs.forEach(function (p) {
      if (!index.has(p.a) || !index.has(p.b)) return;
      adj[index.get(p.a)].push(index.get(p.b));
      adj[index.get(p.b)].push(index.get(p.a));
    });
    var me = index.get(who);
    if (me === undefined) return null;
    // Brandes' accumulation from every source; each unordered pair is counted twice.
    var between = 0;
    var sigma = new Float64Array(n), dist = new Int32Array(n), delta = new Float64Array(n);
    for (var s = 0; s < n; ++s) {
      if (s === me) continue;
      sigma.fill(0); dist.fill(-1); delta.fill(0);
      sigma[s] = 1; dist[s] = 0;
      var order = [s], preds = [];
      for (var head = 0; head < order.length; ++head) {
        var u = order[head];
        adj[u].forEach(function (w) {
          if (dist[w] < 0) { dist[w] = dist[u] + 1; order.push(w); }
          if (dist[w] === dist[u] + 1) { sigma[w] += sigma[u]; (preds[w] = preds[w] || []).push(u); }
        });
      }
      for (var k = order.length - 1; k > 0; --k) {
        var x = order[k];
        (preds[x] || []).forEach(function (u) { delta[u] += sigma[u] / sigma[x] * (1 + delta[x]); });
      }
      between += delta[me];
    }
    return {
      states: n,
      degree: n > 1 ? adj[me].length / (n - 1) : (n === 1 ? 1 : 0),
      betweenness: n > 2 ? between / ((n - 1) * (n - 2)) : 0
    };
  }

  // ----- the obligation cascade: who is obliged to defend the target, then whoever is obliged to them -----
  function cascadeOf(target, day) {
    var defenders = actors.map(function () { return []; }); // j → the states that pledge defence to j
    for (var t = 0; t < ties.length; ++t) {
      var r = ties[t];
      if (r[2] > day || day >= r[3]) continue;
      if (actors[r[0]].o || actors[r[1]].o || !present(r[0], day) || !present(r[1], day)) continue;
      if (r[4] & DEFENCE) defenders[r[1]].push(r[0]);
      if (r[5] & DEFENCE) defenders[r[0]].push(r[1]);
    }
    var hop = new Map([[target, 0]]), queue = [target];
    for (var head = 0; head < queue.length; ++head)
      defenders[queue[head]].forEach(function (i) {
        if (!hop.has(i)) { hop.set(i, hop.get(queue[head]) + 1); queue.push(i); }
      });
    hop.delete(target);
    return hop;
  }

  // ----- details of the selected actor -----
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function fmt(x) { return x === null || x === undefined ? '–' : (Math.round(x * 1000) / 1000).toString(); }

  function showDetails(g) {
    var box = document.getElementById('details');
    box.textContent = '';
    var i = state.selected;
    if (i < 0) {
      box.appendChild(el('p', { class: 'hint' }, 'Click a state, or find one by name, to see its partners.'));
      return;
    }
    var a = actors[i];
    actorNodes[i].classList.add('selected');
    box.appendChild(el('h2', null, a.n));
    box.appendChild(el('p', null, a.a + (a.c !== undefined ? ' · COW code ' + a.c : '') + (a.o ? ' · organisation' : '')));
    if (!g.visible[i]) {
      box.appendChild(el('p', null, a.n + (a.o ? ' is not shown' : ' is not a member of the state system') + ' on ' + isoOf(state.day) + '.'));
      return;
    }
    // Partners by kind; a tie with several kinds is listed under each, as `pactgraph ties` does.
    var byKind = new Map();
    g.pairs.forEach(function (p) {
      if (p.a !== i && p.b !== i) return;
      var other = p.a === i ? p.b : p.a;
      actorNodes[other].classList.add('partner');
      tieNodes.get(p.a * 65536 + p.b).classList.add('near');
      p.ties.forEach(function (t) {
        var r = ties[t];
        var mine = r[0] === i ? r[4] : r[5], theirs = r[0] === i ? r[5] : r[4];
        data.kindNames.forEach(function (k) {
          if (!((mine | theirs) & k[0] & state.shown)) return;
          if (!byKind.has(k[0])) byKind.set(k[0], new Map());
          var partners = byKind.get(k[0]);
          if (!partners.has(other)) partners.set(other, []);
          partners.get(other).push({ origin: data.origins[r[6]], mine: mine, theirs: theirs });
        });
      });
    });
    var c = a.o ? null : centralities(g, i);
    if (c) {
      var table = el('table');
      [['Partners (states)', String(Math.round(c.degree * (c.states - 1)))], ['Degree centrality', fmt(c.degree)],
       ['Betweenness', fmt(c.betweenness)]].forEach(function (row) {
        var tr = el('tr');
        tr.appendChild(el('th', { scope: 'row' }, row[0]));
        tr.appendChild(el('td', { 'data-measure': row[0] }, row[1]));
        table.appendChild(tr);
      });
      table.querySelector('[data-measure="Degree centrality"]').setAttribute('data-value', String(c.degree));
      table.querySelector('[data-measure="Betweenness"]').setAttribute('data-value', String(c.betweenness));
      box.appendChild(el('h3', null, 'On ' + isoOf(state.day) + ' (among the ' + c.states + ' states shown)'));
      box.appendChild(table);
    }
    if (byKind.size === 0) box.appendChild(el('p', null, 'No ties of the kinds shown on this date.'));
    data.kindNames.forEach(function (k) {
      var partners = byKind.get(k[0]);
      if (!partners) return;
      var hostile = (k[0] & HOSTILE) !== 0;
      box.appendChild(el('h3', null, k[1].replace(/_/g, ' ') + (hostile ? ' (hostile)' : '') + ' · ' + partners.size));
      var list = el('ul');
      Array.from(partners.keys()).sort(function (x, y) { return actors[x].n < actors[y].n ? -1 : 1; }).forEach(function (other) {
        var li = el('li', { 'data-partner': actors[other].a, 'data-kind': k[1] });
        var link = el('button', { type: 'button', class: 'partner-link' }, actors[other].n + ' (' + actors[other].a + ')');
        link.addEventListener('click', function () { select(other); });
        li.appendChild(link);
        partners.get(other).forEach(function (via) {
          li.appendChild(el('div', { class: 'pledges' }, via.origin + ': ' + a.a + ' pledges ' + kindText(via.mine, ', ') +
                                                     '; ' + actors[other].a + ' pledges ' + kindText(via.theirs, ', ')));
        });
        list.appendChild(li);
      });
      box.appendChild(list);
    });
    if (!a.o) {
      var button = el('button', { type: 'button', id: 'cascade', 'aria-pressed': String(state.cascadeFor === i) },
                      'Obligation cascade (defence)');
      button.addEventListener('click', function () { state.cascadeFor = state.cascadeFor === i ? -1 : i; draw(); });
      box.appendChild(el('h3', null, 'If ' + a.n + ' is attacked'));
      box.appendChild(button);
      if (state.cascadeFor === i) showCascade(box, i);
    }
  }

  function showCascade(box, i) {
    var hops = cascadeOf(i, state.day);
    if (hops.size === 0) { box.appendChild(el('p', { id: 'cascade-list' }, 'No state is obliged to defend ' + actors[i].n + ' on this date.')); return; }
    var byHop = [];
    hops.forEach(function (h, who) { (byHop[h] = byHop[h] || []).push(who); });
    var list = el('ol', { id: 'cascade-list' });
    byHop.forEach(function (group, h) {
      if (!group) return;
      var li = el('li', { value: String(h) }, 'Hop ' + h + ': ');
      group.sort(function (x, y) { return actors[x].a < actors[y].a ? -1 : 1; }).forEach(function (who, k) {
        li.appendChild(document.createTextNode(k ? ', ' : ''));
        li.appendChild(el('span', { 'data-cascade': actors[who].a, 'data-hop': String(h) }, actors[who].a));
        actorNodes[who].classList.add('hop-in');
        actorNodes[who].lastChild.textContent = String(h);
      });
      list.appendChild(li);
    });
    box.appendChild(list);
  }

  function select(i) {
    state.selected = i;
    if (state.cascadeFor !== i) state.cascadeFor = -1;
    draw();
  }

  // ----- charts: inline SVG over the span, the current date marked; a click moves the date -----
  var charts = document.getElementById('charts');
  function chart(title, series, second) {
    var W = 340, H = 80, L = 34, R = 6, T = 6, B = 14;
    var box = el('div', { class: 'chart' });
    box.appendChild(el('h3', null, title));
    var svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + W + ' ' + H);
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', title + ' by year; click to move the date');
    var days = data.series.days;
    var values = series.concat(second || []).filter(function (v) { return v !== null; });
    var max = Math.max.apply(null, values.concat([0])) || 1;
    function x(day) { return L + (last > first ? (day - first) / (last - first) : 0.5) * (W - L - R); }
    function y(v) { return T + (1 - v / max) * (H - T - B); }
    function path(vals, cls) {
      var d = '', pen = false;
      vals.forEach(function (v, k) {
        if (v === null) { pen = false; return; }
        d += (pen ? 'L' : 'M') + x(days[k]).toFixed(1) + ' ' + y(v).toFixed(1);
        pen = true;
      });
      var p = document.createElementNS(SVG, 'path');
      p.setAttribute('d', d);
      if (cls) p.setAttribute('class', cls);
      svg.appendChild(p);
    }
    function text(tx, ty, s, anchor) {
      var t = document.createElementNS(SVG, 'text');
      t.setAttribute('x', tx); t.setAttribute('y', ty); t.setAttribute('class', 'axis');
      if (anchor) t.setAttribute('text-anchor', anchor);
      t.textContent = s;
      svg.appendChild(t);
    }
    text(L - 3, T + 6, fmt(max), 'end');
    text(L - 3, H - B, '0', 'end');
    text(L, H - 2, String(yearOf(first)));
    text(W - R, H - 2, String(yearOf(last)), 'end');
    path(series);
    if (second) path(second, 'second');
    var now = document.createElementNS(SVG, 'line');
    now.setAttribute('class', 'now');
    now.__x = x;
    now.setAttribute('y1', T); now.setAttribute('y2', H - B);
    svg.appendChild(now);
    svg.addEventListener('click', function (e) {
      var at = new DOMPoint(e.clientX, e.clientY).matrixTransform(svg.getScreenCTM().inverse()).x;
      var day = first + (at - L) / (W - L - R) * (last - first);
      var years = yearOf(clamp(Math.round(day))) - yearOf(state.day);
      setDay(yearsLater(state.day, years));
    });
    box.appendChild(svg);
    charts.appendChild(box);
  }

  // The charts are drawn again only when the selection changes; a new date only moves their markers.
  var chartsFor = null;
  function drawCharts() {
    if (chartsFor !== state.selected) {
      chartsFor = state.selected;
      charts.textContent = '';
      var s = data.series;
      chart('Alliance ties (31 December)', s.ties);
      chart('Density', s.density);
      chart('Largest bloc (states)', s.largest);
      var i = state.selected;
      if (i >= 0 && s.degree[i])
        chart(actors[i].a + ': degree centrality (solid), betweenness (dashed)', s.degree[i], s.betweenness[i]);
    }
    charts.querySelectorAll('line.now').forEach(function (line) {
      var x = line.__x(state.day);
      line.setAttribute('x1', x);
      line.setAttribute('x2', x);
    });
  }

  // ----- controls -----
  var dateBox = document.getElementById('date');
  var slider = document.getElementById('slider');
  var play = document.getElementById('play');
  var search = document.getElementById('search');
  dateBox.min = isoOf(first); dateBox.max = isoOf(last);
  slider.min = String(first); slider.max = String(last);
  slider.setAttribute('aria-valuetext', '');

  function syncControls() {
    var text = isoOf(state.day);
    if (document.activeElement !== dateBox || dateBox.value !== text) dateBox.value = text;
    dateBox.setCustomValidity('');
    slider.value = String(state.day);
    slider.setAttribute('aria-valuetext', text);
    var hash = '#date=' + text + (state.selected >= 0 ? '&actor=' + encodeURIComponent(actors[state.selected].a) : '');
    if (location.hash !== hash) history.replaceState(null, '', hash);
  }

  function setDay(day) {
    if (day === null || isNaN(day)) return;
    state.day = clamp(day);
    draw();
  }

  dateBox.addEventListener('change', function () {
    var day = dayOf(dateBox.value);
    if (day === null || day < first || day > last) {
      dateBox.setCustomValidity('A date from ' + isoOf(first) + ' to ' + isoOf(last));
      dateBox.reportValidity();
      return;
    }
    setDay(day);
  });
  slider.addEventListener('input', function () { setDay(+slider.value); });

  function stopPlaying() {
    if (state.playing === null) return;
    clearInterval(state.playing);
    state.playing = null;
    play.setAttribute('aria-pressed', 'false');
    play.textContent = '\u25B6 Play';
  }
  play.addEventListener('click', function () {
    if (state.playing !== null) { stopPlaying(); return; }
    if (state.day >= last) state.day = first;
    play.setAttribute('aria-pressed', 'true');
    play.textContent = '\u275A\u275A Pause';
    state.playing = setInterval(function () {
      if (state.day >= last) { stopPlaying(); return; }
      setDay(yearsLater(state.day, 1));
    }, 500);
  });

  // Left and right arrows step a year, anywhere but in a text box; on the slider too.
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    var t = e.target;
    if (t === dateBox || t === search) return;
    e.preventDefault();
    stopPlaying();
    setDay(yearsLater(state.day, e.key === 'ArrowRight' ? 1 : -1));
  });

  // Search: abbreviation, COW code or name (a suggestion's text, an exact name, or the start of one).
  var names = document.getElementById('actor-names');
  function suggestion(a) { return a.n + ' (' + a.a + (a.c !== undefined ? ', ' + a.c : '') + ')'; }
  actors.forEach(function (a) { var o = document.createElement('option'); o.value = suggestion(a); names.appendChild(o); });
  function find(text) {
    var q = text.trim().toLowerCase();
    if (!q) return -1;
    var tests = [
      function (a) { return suggestion(a).toLowerCase() === q; },
      function (a) { return a.a.toLowerCase() === q; },
      function (a) { return a.c !== undefined && String(a.c) === q; },
      function (a) { return a.n.toLowerCase() === q; },
      function (a) { return a.n.toLowerCase().indexOf(q) === 0; },
      function (a) { return a.n.toLowerCase().indexOf(q) >= 0; }
    ];
    for (var k = 0; k < tests.length; ++k)
      for (var i = 0; i < actors.length; ++i) if (tests[k](actors[i])) return i;
    return -1;
  }
  function runSearch() {
    var i = find(search.value);
    search.setCustomValidity(i < 0 && search.value.trim() ? 'No state or organisation matches' : '');
    if (i < 0) { search.reportValidity(); return; }
    select(i);
  }
  search.addEventListener('change', runSearch);
  search.addEventListener('keydown', function (e) { if (e.key === 'Enter') { e.preventDefault(); runSearch(); } });

  // Kind toggles and the legend.
  var kindBox = document.getElementById('kinds');
  function toggle(name, checked, onChange) {
    var label = el('label');
    var box = el('input', { type: 'checkbox' });
    box.checked = checked;
    box.setAttribute('data-group', name);
    box.addEventListener('change', function () { onChange(box.checked); draw(); });
    label.appendChild(box);
    label.appendChild(document.createTextNode(name));
    kindBox.appendChild(label);
    return box;
  }
  var organisationBox = null;
  data.groups.forEach(function (g) {
    toggle(g.name, g.on, function (on) {
      state.shown = on ? state.shown | g.k : state.shown & ~g.k;
      if (on && g.k === MEMBERSHIP && organisationBox) organisationBox.checked = state.organisations = true;
    });
  });
  if (actors.some(function (a) { return a.o; }))
    organisationBox = toggle('organisations', state.organisations, function (on) { state.organisations = on; });
  var carried = 0;
  ties.forEach(function (r) { carried |= r[4] | r[5]; });
  var legend = document.getElementById('legend');
  data.styles.forEach(function (s) {
    if (s.k !== 0 && !(carried & s.k)) return;
    var item = el('span');
    var svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('width', 28); svg.setAttribute('height', 10);
    svg.setAttribute('aria-hidden', 'true');
    var line = document.createElementNS(SVG, 'line');
    line.setAttribute('x1', 1); line.setAttribute('x2', 27); line.setAttribute('y1', 5); line.setAttribute('y2', 5);
    line.setAttribute('stroke', s.c); line.setAttribute('stroke-width', s.w);
    if (dashOf(s.l)) line.setAttribute('stroke-dasharray', dashOf(s.l));
    svg.appendChild(line);
    item.appendChild(svg);
    item.appendChild(document.createTextNode(' ' + s.t + (s.l !== 'solid' ? ' (' + s.l + ')' : '')));
    legend.appendChild(item);
  });
  legend.appendChild(el('span', null, '○ state · □ organisation · a number on a state: its hop in the cascade'));

  document.getElementById('title').textContent = data.title;
  document.getElementById('sources').textContent = 'Sources: ' + data.sources;

  // ----- the URL hash: #date=YYYY-MM-DD&actor=ABB -----
  function applyHash() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ''));
    var day = dayOf(params.get('date'));
    if (day !== null) state.day = clamp(day);
    var who = params.get('actor');
    if (who) {
      var i = find(who);
      if (i >= 0) state.selected = i;
    }
    draw();
  }
  window.addEventListener('hashchange', applyHash);
  applyHash();
})();
