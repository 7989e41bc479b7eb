/*
 * The dashboard: reads the JSON API and draws with DyadCharts. Text from the data is only ever
 * put into the page with textContent (never innerHTML), so a quote cannot inject markup.
 */
(function () {
  'use strict';

  var PAGE = 50;
  var TIMELINE_LIMIT = 1000;
  var state = {a: null, b: null, filters: {}, brush: null, offset: 0, total: 0, charts: {}, selected: null};

  function $(id) {
    return document.getElementById(id);
  }

  /** An element with text content (never parsed as HTML). */
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text != null) {
      e.textContent = String(text);
    }
    if (cls) {
      e.className = cls;
    }
    return e;
  }

  function number(n) {
    return Number(n).toLocaleString('en-US');
  }

  function query(params) {
    var q = [];
    Object.keys(params).forEach(function (k) {
      var v = params[k];
      if (v != null && v !== '') {
        q.push(encodeURIComponent(k) + '=' + encodeURIComponent(v));
      }
    });
    return q.length ? '?' + q.join('&') : '';
  }

  function getJson(path) {
    return fetch(path, {headers: {Accept: 'application/json'}}).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) {
          throw new Error(body && body.message ? body.message : 'the server answered ' + r.status);
        }
        return body;
      });
    });
  }

  function message(text, isError) {
    var m = $('message');
    m.hidden = !text;
    m.textContent = text || '';
    m.className = 'message' + (isError ? ' error' : '');
  }

  /** The pair and the filters of the form, as API parameters. */
  function filterParams() {
    var p = {a: state.a, b: state.b};
    Object.keys(state.filters).forEach(function (k) {
      p[k] = state.filters[k];
    });
    return p;
  }

  /** The table also follows the years brushed on the index. */
  function tableParams() {
    var p = filterParams();
    if (state.brush) {
      p.from = later(p.from, state.brush.from);
      p.to = earlier(p.to, state.brush.to);
    }
    p.limit = PAGE;
    p.offset = state.offset;
    return p;
  }

  /** The later of two start dates (a may be a prefix such as 1993 or 1993-05; b is a day). */
  function later(a, b) {
    if (!a) {
      return b;
    }
    var day = a.length === 4 ? a + '-01-01' : a.length === 7 ? a + '-01' : a;
    return day > b ? day : b;
  }

  /** The earlier of two end dates (a may be a prefix, meaning its last day; b is a day). */
  function earlier(a, b) {
    if (!a) {
      return b;
    }
    var day = a;
    if (a.length === 4) {
      day = a + '-12-31';
    } else if (a.length === 7) {
      var last = new Date(Date.UTC(+a.substring(0, 4), +a.substring(5, 7), 0)).getUTCDate();
      day = a + '-' + last;
    }
    return day < b ? day : b;
  }

  function readForm() {
    var f = {};
    ['from', 'to', 'quad', 'dimension', 'origin', 'person'].forEach(function (k) {
      var v = $('f-' + k).value.trim();
      if (v) {
        f[k] = v;
      }
    });
    state.filters = f;
  }

  function loadPairs() {
    return getJson('/api/pairs?limit=200').then(function (pairs) {
      var sel = $('pair');
      sel.textContent = '';
      pairs.forEach(function (p) {
        var o = el('option', p.a_name + ' – ' + p.b_name + ' (' + number(p.events) + ')');
        o.value = p.a + '-' + p.b;
        sel.appendChild(o);
      });
      if (!pairs.length) {
        message('The store holds no events between two countries yet: import data or extract events with the dyad'
          + ' command, then reload.', false);
        return false;
      }
      var wanted = (location.hash || '').replace('#', '');
      var preferred = ['AZE-IRN'];
      var pick = pairs.filter(function (p) { return p.a + '-' + p.b === wanted; })[0]
        || pairs.filter(function (p) { return preferred.indexOf(p.a + '-' + p.b) >= 0; })[0] || pairs[0];
      sel.value = pick.a + '-' + pick.b;
      setPair(sel.value);
      return true;
    });
  }

  function setPair(value) {
    var parts = value.split('-');
    state.a = parts[0];
    state.b = parts[1];
    state.brush = null;
    state.offset = 0;
    if (history.replaceState) {
      history.replaceState(null, '', '#' + value);
    }
  }

  function refresh() {
    message('');
    var p = filterParams();
    var body = document.body;
    body.setAttribute('data-loading', 'true');
    return Promise.all([
      getJson('/api/summary' + query(p)),
      getJson('/api/phases' + query({a: state.a, b: state.b})),
      getJson('/api/events' + query(Object.assign({}, p, {limit: TIMELINE_LIMIT})))
    ]).then(function (r) {
      renderSummary(r[0], r[1]);
      renderCharts(r[0], r[1], r[2]);
      return Promise.all([loadTable(), loadSeries(), loadAnalyses()]);
    }).catch(function (e) {
      message(e.message, true);
    }).then(function () {
      body.setAttribute('data-loading', 'false');
    });
  }

  function renderSummary(s, phases) {
    $('total-events').textContent = number(s.total);
    var origins = Object.keys(s.by_origin || {}).map(function (k) { return number(s.by_origin[k]) + ' ' + k; });
    $('origins').textContent = origins.join(' · ');
    var ys = s.years || [];
    $('span').textContent = ys.length ? ys[0].year + '–' + ys[ys.length - 1].year : '–';
    var dated = ys.reduce(function (n, y) { return n + y.events; }, 0);
    $('span-note').textContent = number(dated) + ' dated events';
    var q = [0, 0, 0, 0, 0];
    ys.forEach(function (y) {
      for (var i = 0; i < 5; i++) {
        q[i] += y.quads[i];
      }
    });
    var coded = q[1] + q[2] + q[3] + q[4];
    $('coop-share').textContent = coded ? Math.round(100 * (q[1] + q[2]) / coded) + '%' : '–';
    $('conflict-share').textContent = coded ? Math.round(100 * (q[3] + q[4]) / coded) + '%' : '–';
    var asserted = phases.asserted || [];
    $('phase-count').textContent = String(asserted.length);
    var sources = {};
    asserted.forEach(function (ph) { sources[ph.origin] = true; });
    $('phase-note').textContent = Object.keys(sources).join(', ') || 'none asserted for this pair';
  }

  function renderCharts(s, phases, events) {
    var C = window.DyadCharts;
    state.charts.index = C.index($('index-chart'), s.years || [], {
      phases: phases.asserted, found: C.foundBands(phases.found),
      onBrush: function (from, to) {
        state.brush = from ? {from: from, to: to} : null;
        state.offset = 0;
        loadTable();
      }
    });
    var span = s.years || [];
    state.charts.timeline = C.timeline($('timeline-chart'), events.events, {
      // the axis spans every year of the selection, also when only its first events are loaded
      min: span.length ? Date.UTC(span[0].year, 0, 1) : undefined,
      max: span.length ? Date.UTC(span[span.length - 1].year + 1, 0, 1) : undefined,
      onClick: function (e) { openEvent(e.id); },
      onZoom: events.total > events.events.length ? zoomed : null
    });
    timelineNote(events, null);
    var ys = s.years || [];
    state.charts.dimensions = C.dimensions($('dimension-chart'), s.dimensions || [],
      ys.length ? {first: ys[0].year, last: ys[ys.length - 1].year} : {});
    renderPhases(phases.asserted || []);
    renderFound(phases);
    state.charts.quads = C.quads($('quad-chart'), s.years || []);
  }

  /** The asserted phases under the index: a swatch of the shading, the span and the label. */
  function renderPhases(phases) {
    var box = $('phases');
    box.textContent = '';
    phases.forEach(function (p) {
      var item = el('span', null, 'phase');
      var sw = el('i', null, 'swatch ' + (p.level > 0 ? 'up' : p.level < 0 ? 'down' : 'flat'));
      item.appendChild(sw);
      item.appendChild(el('b', p.from + (p.to ? '–' + p.to : '–')));
      item.appendChild(document.createTextNode(' ' + p.label));
      item.title = (p.tone || '') + ' (' + (p.level > 0 ? '+' : '') + p.level + ')' + (p.citation ? ' · ' + p.citation : '');
      box.appendChild(item);
    });
  }

  function timelineNote(events, span) {
    $('timeline-note').textContent = events.total > events.events.length
      ? 'Showing the first ' + number(events.events.length) + ' of ' + number(events.total) + ' events'
        + (span ? ' from ' + span[0] + ' to ' + span[1] : '') + '; zoom in to see the others.'
      : number(events.events.length) + ' events' + (span ? ' from ' + span[0] + ' to ' + span[1] : '') + '.';
  }

  /** When the timeline holds only some events, zooming loads those of the window shown. */
  var zoomTimer = null;
  function zoomed(from, to) {
    clearTimeout(zoomTimer);
    zoomTimer = setTimeout(function () {
      var p = filterParams();
      p.from = later(p.from, from);
      p.to = earlier(p.to, to);
      p.limit = TIMELINE_LIMIT;
      getJson('/api/events' + query(p)).then(function (events) {
        window.DyadCharts.timelineEvents(state.charts.timeline, events.events);
        timelineNote(events, [p.from, p.to]);
      }).catch(function (e) { message(e.message, true); });
    }, 400);
  }

  /** The phases found in the data, under the asserted ones, with how far they agree. */
  function renderFound(phases) {
    var box = $('found-phases');
    box.textContent = '';
    var f = phases.found;
    if (!f) {
      box.appendChild(el('span', 'No phases found: ' + (phases.found_note || 'no series'), 'note'));
      return;
    }
    box.appendChild(el('b', 'Found in the data (' + f.granularity + 'ly ' + f.column.replace('_', ' ') + '):'));
    f.phases.forEach(function (p) {
      var item = el('span', null, 'phase');
      item.appendChild(el('i', null, 'swatch found ' + (p.label === 'cooperative' ? 'up' : p.label === 'conflictual'
        ? 'down' : 'flat')));
      item.appendChild(el('b', p.from + (p.to !== p.from ? '–' + p.to : '')));
      item.appendChild(document.createTextNode(' ' + p.label));
      box.appendChild(item);
    });
    if (f.agreement != null) {
      box.appendChild(el('span', 'agreement with the asserted phases: ' + Math.round(100 * f.agreement) + '%'
        + ' of ' + f.asserted_periods + ' periods', 'note'));
    }
  }

  function seriesParams() {
    var p = filterParams();
    p.period = $('s-period').value;
    return p;
  }

  /** The series panel: one line, or one per direction; a click lists the events behind a period. */
  function loadSeries() {
    var C = window.DyadCharts;
    var column = $('s-column').value;
    var label = $('s-column').options[$('s-column').selectedIndex].text;
    var p = seriesParams();
    var asks = $('s-directed').checked
      ? [Object.assign({}, p, {directed: true}), Object.assign({}, p, {a: state.b, b: state.a, directed: true})]
      : [p];
    return Promise.all(asks.map(function (q) { return getJson('/api/series' + query(q)); })).then(function (all) {
      var data = C.seriesLines(all[0], [column], [asks.length > 1 ? state.a + ' → ' + state.b : label]);
      if (all.length > 1) {
        // the two directions may cover different spans: align the second on the first's periods
        var other = all[1];
        data.names.push(state.b + ' → ' + state.a);
        data.values.push(all[0].periods.map(function (d) {
          var i = other.periods.indexOf(d);
          return i < 0 ? 0 : other.columns[column][i];
        }));
      }
      state.charts.series = C.lines($('series-chart'), data, {onClick: behind});
      $('series-notes').textContent = (all[0].notes || []).join(' ');
    }).catch(function (e) {
      $('series-notes').textContent = e.message;
    });
  }

  function behind(day) {
    var p = seriesParams();
    p.day = day;
    p.limit = 200;
    getJson('/api/series/events' + query(p)).then(function (l) {
      $('behind').hidden = false;
      $('behind-title').textContent = l.length + ' events behind the ' + $('s-period').value + ' of ' + day;
      var ul = $('behind-list');
      ul.textContent = '';
      l.forEach(function (w) {
        var e = w.event;
        var li = el('li', window.DyadCharts.dateLabel(e) + ' · ' + (e.code ? e.code + ' ' + (e.code_name || '') : 'context')
          + ' · ' + window.DyadCharts.sourceText(e).text + (w.weight < 1 ? ' (counts ' + Math.round(w.weight * 100)
          + '% here)' : ''));
        li.addEventListener('click', function () { openEvent(e.id); });
        ul.appendChild(li);
      });
    }).catch(function (e) { message(e.message, true); });
  }

  function fixed(x, digits) {
    return x == null ? '–' : Number(x).toFixed(digits);
  }

  /** A table built from rows of text cells (the first row is the header). */
  function table(rows) {
    var t = el('table');
    rows.forEach(function (r, i) {
      var tr = el('tr');
      r.forEach(function (c) { tr.appendChild(el(i === 0 ? 'th' : 'td', c)); });
      t.appendChild(tr);
    });
    return t;
  }

  function loadAnalyses() {
    var p = seriesParams();
    p.column = $('s-column').value;
    p.permutations = 199;
    var ll = getJson('/api/leadlag' + query(p)).then(function (r) {
      var box = $('leadlag');
      box.textContent = '';
      box.appendChild(el('div', r.verdict, 'verdict'));
      var rows = [['direction', 'lags', 'F', 'p', 'permutation p', 'reading']];
      r.directions.forEach(function (d) {
        rows.push([d.cause + ' → ' + d.effect, String(d.lags), fixed(d.f_stat, 2), fixed(d.p_value, 3),
          fixed(d.permutation_p_value, 3), d.reading]);
      });
      box.appendChild(table(rows));
      box.appendChild(el('div', r.granularity + 'ly ' + p.column.replace('_', ' ') + ', ' + r.periods + ' periods, '
        + r.lag_choice, 'note'));
      (r.warnings || []).forEach(function (w) { box.appendChild(el('div', w, 'warn')); });
    }).catch(function (e) {
      $('leadlag').textContent = e.message;
    });
    var tr = getJson('/api/triad' + query(Object.assign({}, p, {permutations: 99}))).then(function (r) {
      var box = $('triad');
      box.textContent = '';
      var rows = [['series', 'events', 'correlation', 'peak lag', 'who moves first']];
      r.links.forEach(function (l) {
        rows.push([l.series, fixed(l.events, 0), fixed(l.correlation, 2), l.peak_lag == null ? '–' : String(l.peak_lag),
          l.who_moves_first]);
      });
      box.appendChild(table(rows));
      box.appendChild(el('div', r.granularity + 'ly ' + r.column.replace('_', ' ') + ' of ' + r.pair
        + ' against each; peak lag > 0: the other series moves first', 'note'));
      (r.notes || []).forEach(function (n) { box.appendChild(el('div', n, 'warn')); });
    }).catch(function (e) {
      $('triad').textContent = e.message;
    });
    return Promise.all([ll, tr]);
  }

  function loadTable() {
    return getJson('/api/events' + query(tableParams())).then(function (page) {
      state.total = page.total;
      renderTable(page);
    }).catch(function (e) {
      message(e.message, true);
    });
  }

  function renderTable(page) {
    var C = window.DyadCharts;
    var tbody = document.querySelector('#events tbody');
    tbody.textContent = '';
    page.events.forEach(function (e) {
      var tr = el('tr');
      tr.setAttribute('data-id', e.id);
      tr.appendChild(el('td', C.dateLabel(e), 'date'));
      tr.appendChild(el('td', C.actor(e.source, e.source_name)));
      tr.appendChild(el('td', C.actor(e.target, e.target_name)));
      var code = el('td', null, 'code');
      var dot = el('i', null, 'q');
      dot.style.background = C.QUAD_COLOURS[e.quad_class || 0];
      code.appendChild(dot);
      code.appendChild(document.createTextNode(e.code || ''));
      tr.appendChild(code);
      tr.appendChild(el('td', (e.code_name || '') + (e.modality && e.modality !== 'asserted' ? ' (' + e.modality + ')' : '')));
      tr.appendChild(el('td', e.goldstein == null ? '' : (e.goldstein > 0 ? '+' : '') + e.goldstein, 'num'));
      tr.appendChild(el('td', (e.dimensions || []).join(', ')));
      tr.appendChild(el('td', e.origin));
      tr.appendChild(el('td', C.sourceText(e).text, 'cite'));
      tr.addEventListener('click', function () { openEvent(e.id); });
      if (e.id === state.selected) {
        tr.className = 'selected';
      }
      tbody.appendChild(tr);
    });
    var first = page.total ? page.offset + 1 : 0;
    var last = page.offset + page.events.length;
    $('shown').textContent = 'Showing ' + number(first) + '–' + number(last) + ' of ' + number(page.total) + ' events';
    $('shown').setAttribute('data-total', String(page.total));
    $('prev').disabled = page.offset === 0;
    $('next').disabled = last >= page.total;
    var chip = $('brush-note');
    chip.hidden = !state.brush;
    chip.textContent = state.brush ? state.brush.from + ' to ' + state.brush.to + ' (selected on the index) ×' : '';
  }

  function field(dl, name, value) {
    if (value == null || value === '') {
      return;
    }
    dl.appendChild(el('dt', name));
    dl.appendChild(el('dd', value));
  }

  function openEvent(id) {
    state.selected = id;
    Array.prototype.forEach.call(document.querySelectorAll('#events tbody tr'), function (tr) {
      tr.className = tr.getAttribute('data-id') === id ? 'selected' : '';
    });
    return getJson('/api/events/' + encodeURIComponent(id)).then(showEvent).catch(function (e) {
      message(e.message, true);
    });
  }

  function showEvent(d) {
    var C = window.DyadCharts;
    var e = d.event;
    $('d-title').textContent = (e.code ? e.code + ' ' + (e.code_name || '') : 'Context event') + ' · ' + C.dateLabel(e);
    var dl = $('d-fields');
    dl.textContent = '';
    field(dl, 'date', C.dateLabel(e) + (e.precision ? ' (' + e.precision + ')' : ''));
    field(dl, 'source', C.actor(e.source, e.source_name) + (e.source_role ? ', ' + e.source_role : ''));
    field(dl, 'target', C.actor(e.target, e.target_name) + (e.target_role ? ', ' + e.target_role : ''));
    field(dl, 'quad class', C.QUAD_NAMES[e.quad_class || 0]);
    field(dl, 'Goldstein', e.goldstein);
    field(dl, 'dimensions', (e.dimensions || []).join(', '));
    field(dl, 'modality', e.modality);
    field(dl, 'origin', e.origin + (e.origin_ref ? ' · ' + e.origin_ref : ''));
    field(dl, 'summary', e.summary);
    field(dl, 'quote', e.quote);
    field(dl, 'citation', e.citation);
    field(dl, 'document', e.doc);
    field(dl, 'confidence', e.confidence);
    field(dl, 'id', e.id);
    var doc = $('d-doc');
    doc.hidden = !d.excerpt;
    if (d.excerpt) {
      var x = d.excerpt;
      $('d-doc-title').textContent = (x.title || x.doc_id) + (x.date ? ' (' + x.date + ')' : '');
      highlight($('d-doc-text'), x.text, x.highlight_start, x.highlight_end);
      $('d-whole').onclick = function () {
        getJson('/api/documents/' + encodeURIComponent(x.doc_id)).then(function (full) {
          highlight($('d-doc-text'), full.text, e.char_start, e.char_end);
        }).catch(function (err) { message(err.message, true); });
      };
    }
    $('d-explain').hidden = e.origin !== 'text';
    $('d-why-text').textContent = '';
    $('d-why').onclick = function () {
      getJson('/api/events/' + encodeURIComponent(e.id) + '/explain').then(function (x) {
        $('d-why-text').textContent = x.text;
      }).catch(function (err) { $('d-why-text').textContent = err.message; });
    };
    $('detail').hidden = false;
  }

  /** Puts text into a box with the characters from..to in a mark, and scrolls the mark into view. */
  function highlight(box, text, from, to) {
    box.textContent = '';
    box.appendChild(document.createTextNode(text.substring(0, from)));
    var mark = el('mark', text.substring(from, to));
    box.appendChild(mark);
    box.appendChild(document.createTextNode(text.substring(to)));
    mark.scrollIntoView({block: 'center'});
  }

  /** Sends the chosen document, then follows its extraction until it is done or failed. */
  function sendUpload(ev) {
    ev.preventDefault();
    var file = $('u-file').files[0];
    if (!file) {
      $('u-status').textContent = 'Choose a document first.';
      return;
    }
    var form = new FormData();
    form.append('file', file);
    if ($('u-pair').value.trim()) {
      form.append('pair', $('u-pair').value.trim());
    }
    if ($('u-date').value.trim()) {
      form.append('doc_date', $('u-date').value.trim());
    }
    $('u-send').disabled = true;
    $('u-bar').hidden = false;
    $('u-bar').removeAttribute('value');
    $('u-status').textContent = 'Sending ' + file.name + '…';
    fetch('/api/uploads', {method: 'POST', body: form, headers: {'X-Dyad-Upload': '1', Accept: 'application/json'}})
      .then(function (r) {
        return r.json().then(function (body) {
          if (!r.ok) {
            throw new Error(body && body.message ? body.message : 'the server answered ' + r.status);
          }
          return body;
        });
      }).then(follow).catch(function (e) {
        $('u-status').textContent = e.message;
        $('u-bar').hidden = true;
        $('u-send').disabled = false;
      });
  }

  function follow(u) {
    $('u-status').setAttribute('data-state', u.state);
    if (u.state === 'done' || u.state === 'failed') {
      $('u-bar').hidden = u.state === 'failed';
      $('u-bar').value = 1;
      $('u-send').disabled = false;
      $('u-status').textContent = u.state === 'done'
        ? number(u.events) + ' events extracted from ' + u.file + ' and stored.'
        : 'Extracting ' + u.file + ' failed: ' + u.message;
      if (u.state === 'done') {
        loadPairs().then(function (any) { return any && refresh(); });
      }
      return;
    }
    if (u.documents) {
      $('u-bar').value = u.progress;
    }
    $('u-status').textContent = u.file + ': ' + u.state + (u.documents ? ', ' + u.documents_done + ' of '
      + u.documents + ' documents' : '') + ', ' + number(u.events) + ' events so far…';
    setTimeout(function () {
      getJson('/api/uploads/' + encodeURIComponent(u.id)).then(follow).catch(function (e) {
        $('u-status').textContent = e.message;
      });
    }, 400);
  }

  function wire() {
    $('open-upload').addEventListener('click', function () { $('upload').hidden = false; });
    $('u-close').addEventListener('click', function () { $('upload').hidden = true; });
    $('upload-form').addEventListener('submit', sendUpload);
    ['s-period', 's-column', 's-directed'].forEach(function (id) {
      $(id).addEventListener('change', function () {
        $('behind').hidden = true;
        loadSeries();
        loadAnalyses();
      });
    });
    $('pair').addEventListener('change', function () {
      setPair(this.value);
      refresh();
    });
    $('filters').addEventListener('submit', function (ev) {
      ev.preventDefault();
      readForm();
      state.offset = 0;
      refresh();
    });
    $('reset').addEventListener('click', function () {
      $('filters').reset();
      readForm();
      state.brush = null;
      state.offset = 0;
      refresh();
    });
    $('prev').addEventListener('click', function () {
      state.offset = Math.max(0, state.offset - PAGE);
      loadTable();
    });
    $('next').addEventListener('click', function () {
      state.offset += PAGE;
      loadTable();
    });
    $('brush-note').addEventListener('click', function () {
      state.brush = null;
      state.offset = 0;
      if (state.charts.index) {
        state.charts.index.dispatchAction({type: 'brush', areas: []});
      }
      loadTable();
    });
    $('close-detail').addEventListener('click', function () {
      $('detail').hidden = true;
    });
    document.addEventListener('keydown', function (ev) {
      if (ev.key === 'Escape') {
        $('detail').hidden = true;
      }
    });
    window.addEventListener('resize', function () {
      Object.keys(state.charts).forEach(function (k) { state.charts[k].resize(); });
    });
  }

  wire();
  loadPairs().then(function (any) {
    if (any) {
      return refresh();
    }
  }).catch(function (e) {
    message(e.message, true);
  });
})();
