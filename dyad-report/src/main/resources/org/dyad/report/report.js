/* The report's charts and table filters, over the data embedded in #dyad-data. */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('dyad-data').textContent);
  var C = window.DyadCharts;
  var charts = [];
  var years = data.summary.years || [];
  var svg = {renderer: 'svg'};
  var rows = Array.prototype.slice.call(document.querySelectorAll('#event-table tbody tr'));

  function byId(id) {
    return document.getElementById(id);
  }

  function showRow(id) {
    var row = byId('ev-' + id);
    if (!row) {
      return;
    }
    rows.forEach(function (r) { r.classList.remove('hit'); });
    if (row.style.display === 'none') {
      byId('filters').reset();
      filter();
    }
    row.classList.add('hit');
    row.scrollIntoView({block: 'center'});
  }

  function filter() {
    var text = byId('f-text').value.toLowerCase();
    var from = parseInt(byId('f-from').value, 10);
    var to = parseInt(byId('f-to').value, 10);
    var quad = byId('f-quad').value;
    var dim = byId('f-dimension').value;
    var n = 0;
    rows.forEach(function (r) {
      var ok = (!text || r.textContent.toLowerCase().indexOf(text) >= 0)
        && (!quad || r.getAttribute('data-quad') === quad)
        && (!dim || (' ' + r.getAttribute('data-dims') + ' ').indexOf(' ' + dim + ' ') >= 0)
        && (isNaN(from) || (r.getAttribute('data-to') !== '' && +r.getAttribute('data-to') >= from))
        && (isNaN(to) || (r.getAttribute('data-from') !== '' && +r.getAttribute('data-from') <= to));
      r.style.display = ok ? '' : 'none';
      if (ok) {
        n++;
      }
    });
    byId('shown').textContent = n + ' of ' + rows.length + ' events';
  }

  var sel = ['f-text', 'f-from', 'f-to', 'f-quad', 'f-dimension'];
  sel.forEach(function (id) {
    byId(id).addEventListener('input', filter);
    byId(id).addEventListener('change', filter);
  });
  byId('filters').addEventListener('reset', function () {
    setTimeout(filter, 0);
  });
  filter();

  charts.push(C.index(byId('index-chart'), years, Object.assign({
    phases: data.phases, found: C.foundBands(data.found),
    onBrush: function (from, to) {
      byId('f-from').value = from ? from.substring(0, 4) : '';
      byId('f-to').value = to ? to.substring(0, 4) : '';
      filter();
    }
  }, svg)));
  charts.push(C.timeline(byId('timeline-chart'), data.events, Object.assign({
    onClick: function (e) { showRow(e.id); }
  }, svg)));
  charts.push(C.dimensions(byId('dimension-chart'), data.summary.dimensions || [], Object.assign(
    years.length ? {first: years[0].year, last: years[years.length - 1].year} : {}, svg)));
  charts.push(C.quads(byId('quad-chart'), years, svg));
  if (data.directed && byId('leadlag-chart')) {
    var names = Object.keys(data.directed.columns);
    charts.push(C.lines(byId('leadlag-chart'), C.seriesLines(data.directed, names,
      names.map(function (n) { return n.replace('->', ' → '); })), svg));
  }

  function resize() {
    charts.forEach(function (c) { c.resize(); });
  }
  window.addEventListener('resize', resize);
  window.addEventListener('beforeprint', resize);
  window.addEventListener('afterprint', resize);
})();
