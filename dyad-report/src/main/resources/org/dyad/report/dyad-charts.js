/*
 * Dyad's charts, drawn with Apache ECharts: shared by the self-contained HTML report (data inline)
 * and the dashboard (data from the JSON API). Data use the API's shapes (snake_case names).
 * Every piece of data put into a tooltip goes through esc(): ECharts renders tooltips as HTML.
 */
(function (global) {
  'use strict';

  var QUAD_COLOURS = ['#868e96', '#2f9e44', '#94d82d', '#f59f00', '#e03131'];
  var QUAD_NAMES = ['context (no CAMEO code)', 'verbal cooperation', 'material cooperation', 'verbal conflict',
    'material conflict'];
  var DIMENSION_COLOURS = {
    political: '#4263eb', economic: '#2f9e44', cultural: '#ae3ec9', security: '#e03131',
    caspian_energy: '#f08c00', transport: '#1098ad', humanitarian: '#d6336c'
  };
  var FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

  function esc(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
      return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
    });
  }

  function day(s) {
    var p = s.split('-');
    return Date.UTC(+p[0], +p[1] - 1, +p[2]);
  }

  function isoDay(ms) {
    return new Date(ms).toISOString().substring(0, 10);
  }

  /** The middle of an event's span, in ms: where it is drawn on a time axis. */
  function middle(e) {
    var a = day(e.day);
    var b = day(e.day_end || e.day);
    return a + (b - a) / 2;
  }

  /** A small, stable vertical offset per event id so that marks on the same day do not hide each other. */
  function jitter(id) {
    var h = 0;
    for (var i = 0; i < id.length; i++) {
      h = (h * 31 + id.charCodeAt(i)) | 0;
    }
    return ((h & 1023) / 1023 - 0.5) * 0.8;
  }

  function actor(code, name) {
    var c = code || '—';
    return name ? c + ' (' + name + ')' : c;
  }

  function dateLabel(e) {
    return e.date_end ? e.date + ' – ' + e.date_end : (e.date || 'undated');
  }

  /** What an event says, for tooltips and tables: its words or summary, and where they come from. */
  function sourceText(e) {
    if (e.quote) {
      return {text: '“' + e.quote + '”', source: e.doc || ''};
    }
    return {text: e.summary || '', source: e.citation || e.doc || e.origin_ref || ''};
  }

  function tooltipHtml(e) {
    var s = sourceText(e);
    var q = e.quad_class || 0;
    return '<div class="dyad-tip" style="max-width:420px;white-space:normal">'
      + '<b>' + esc(dateLabel(e)) + '</b> · ' + esc(actor(e.source, e.source_name)) + ' → '
      + esc(actor(e.target, e.target_name)) + '<br>'
      + '<span style="color:' + QUAD_COLOURS[q] + '">●</span> '
      + esc(e.code ? e.code + ' ' + (e.code_name || '') : 'context event')
      + (e.goldstein != null ? ' (Goldstein ' + esc(e.goldstein) + ')' : '')
      + (e.modality && e.modality !== 'asserted' ? ' <i>' + esc(e.modality) + '</i>' : '') + '<br>'
      + '<span style="color:#495057">' + esc(s.text) + '</span>'
      + (s.source ? '<br><span style="color:#868e96;font-size:11px">' + esc(s.source) + ' · ' + esc(e.origin)
        + '</span>' : '')
      + '</div>';
  }

  function phaseColour(level, alpha) {
    if (level > 0) {
      return 'rgba(47, 158, 68, ' + alpha * (level > 1 ? 1.4 : 1) + ')';
    }
    if (level < 0) {
      return 'rgba(224, 49, 49, ' + alpha * (level < -1 ? 1.4 : 1) + ')';
    }
    return 'rgba(134, 142, 150, ' + alpha + ')';
  }

  /**
   * Phases as shaded bands: asserted ones over the whole height, found ones (from the analysis)
   * as a band along the top, so both can be read at once.
   */
  function phaseAreas(phases, found, top) {
    var areas = [];
    (phases || []).forEach(function (p) {
      var end = p.day_end || p.day;
      var from = {name: p.label, xAxis: day(p.day), itemStyle: {color: phaseColour(p.level, found ? 0.35 : 0.12)},
        label: {show: false}};
      var to = {xAxis: day(end) + 86400000};
      if (found) {
        // a strip along the top of the plot: x in data, y in pixels of the chart
        from.y = top;
        to.y = top + 12;
      }
      areas.push([from, to]);
    });
    return areas;
  }

  function phaseSeries(phases, found, top) {
    return {
      type: 'line', name: found ? 'found phases' : 'asserted phases', data: [], silent: true,
      markArea: {silent: false, data: phaseAreas(phases, found, top),
        tooltip: {formatter: function (p) { return esc(p.name); }}}
    };
  }

  function init(el, opts) {
    var existing = global.echarts.getInstanceByDom(el);
    if (existing) {
      existing.dispose();
    }
    return global.echarts.init(el, null, {renderer: (opts && opts.renderer) || 'canvas'});
  }

  function timeAxis(extra) {
    var a = {type: 'time', axisLabel: {hideOverlap: true, color: '#495057'}, splitLine: {show: false}};
    for (var k in extra) {
      a[k] = extra[k];
    }
    return a;
  }

  /**
   * The timeline: one mark per dated event at its Goldstein weight (context events on the zero
   * line), coloured by quad class; hover for date, actors, code, words and source; zoom with the
   * wheel or the slider; click a mark to open the event.
   */
  /** The timeline's marks per quad class (series order 1, 2, 3, 4, 0). */
  function marks(events) {
    var byQuad = [[], [], [], [], []];
    events.forEach(function (e) {
      if (!e.day) {
        return;
      }
      var q = e.quad_class || 0;
      var g = e.goldstein == null ? 0 : e.goldstein;
      byQuad[q].push({value: [middle(e), Math.max(-10, Math.min(10, g + jitter(e.id)))], event: e});
    });
    return [1, 2, 3, 4, 0].map(function (q) { return byQuad[q]; });
  }

  /** Replaces the events a timeline shows, keeping its zoom. */
  function timelineEvents(chart, events) {
    chart.setOption({series: marks(events).map(function (data) { return {data: data}; })});
  }

  function timeline(el, events, opts) {
    opts = opts || {};
    var chart = init(el, opts);
    var byQuad = marks(events);
    var series = [1, 2, 3, 4, 0].map(function (q, i) {
      return {
        type: 'scatter', name: QUAD_NAMES[q], data: byQuad[i], symbolSize: 9, large: byQuad[i].length > 5000,
        itemStyle: {color: QUAD_COLOURS[q], opacity: 0.8, borderColor: '#fff', borderWidth: 0.5},
        emphasis: {itemStyle: {borderColor: '#000', borderWidth: 1.5}}
      };
    });
    chart.setOption({
      animation: false,
      textStyle: {fontFamily: FONT},
      grid: {left: 48, right: 24, top: 36, bottom: opts.print ? 32 : 64},
      legend: {top: 0, data: [1, 2, 3, 4, 0].map(function (q) { return QUAD_NAMES[q]; }), textStyle: {fontSize: 11}},
      tooltip: {className: 'dyad-tooltip', trigger: 'item', confine: true, enterable: false,
        formatter: function (p) { return p.data && p.data.event ? tooltipHtml(p.data.event) : esc(p.name); }},
      xAxis: timeAxis({min: opts.min, max: opts.max}),
      yAxis: {type: 'value', name: 'Goldstein', min: -10, max: 10, interval: 5,
        nameTextStyle: {color: '#868e96'}, splitLine: {lineStyle: {color: '#f1f3f5'}}},
      dataZoom: opts.print ? [] : [{type: 'inside', xAxisIndex: 0, filterMode: 'none'},
        {type: 'slider', xAxisIndex: 0, filterMode: 'none', height: 18, bottom: 8}],
      series: series
    });
    chart.on('click', function (p) {
      if (p.data && p.data.event && opts.onClick) {
        opts.onClick(p.data.event);
      }
    });
    if (opts.onZoom) {
      chart.on('datazoom', function () {
        var z = chart.getOption().dataZoom[0];
        opts.onZoom(z.startValue == null ? null : isoDay(z.startValue), z.endValue == null ? null : isoDay(z.endValue));
      });
    }
    return chart;
  }

  /**
   * The relationship index by year: bars of the yearly Goldstein sum (cooperation up, conflict
   * down) and a line of the number of events, over the phases (asserted shaded, found along the
   * top). Brushing a span of years calls opts.onBrush(fromDay, toDay), or (null, null) when cleared.
   */
  function index(el, years, opts) {
    opts = opts || {};
    var chart = init(el, opts);
    var bars = years.map(function (y) {
      var g = y.goldstein_sum;
      return {value: [Date.UTC(y.year, 6, 1), Math.round(g * 10) / 10],
        itemStyle: {color: g >= 0 ? '#2f9e44' : '#e03131'}};
    });
    var counts = years.map(function (y) { return [Date.UTC(y.year, 6, 1), y.events]; });
    var series = [
      {type: 'bar', name: 'Goldstein sum', data: bars, barMaxWidth: 28, barCategoryGap: '20%'},
      {type: 'line', name: 'events', yAxisIndex: 1, data: counts, symbol: 'circle', symbolSize: 4,
        lineStyle: {color: '#4263eb', width: 1.5}, itemStyle: {color: '#4263eb'}}
    ];
    series.push(phaseSeries(opts.phases, false));
    if (opts.found && opts.found.length) {
      series.push(phaseSeries(opts.found, true, 40));
    }
    var first = years.length ? years[0].year : 1979;
    var last = years.length ? years[years.length - 1].year : 2016;
    chart.setOption({
      animation: false,
      textStyle: {fontFamily: FONT},
      grid: {left: 56, right: 48, top: 40, bottom: 28},
      legend: {top: 0, data: ['Goldstein sum', 'events'], textStyle: {fontSize: 11}},
      tooltip: {className: 'dyad-tooltip', trigger: 'axis', axisPointer: {type: 'shadow'}, formatter: function (ps) {
        var y = new Date(ps[0].value[0]).getUTCFullYear();
        return ps.map(function (p) {
          return esc(p.seriesName) + ': <b>' + esc(p.value[1]) + '</b>';
        }).reduce(function (a, b) { return a + '<br>' + b; }, '<b>' + y + '</b>');
      }},
      toolbox: opts.print ? {show: false} : {right: 8, feature: {brush: {type: ['lineX', 'clear'],
        title: {lineX: 'select years', clear: 'clear selection'}}}},
      brush: opts.print ? undefined : {xAxisIndex: 0, brushType: 'lineX', brushMode: 'single',
        throttleType: 'debounce', throttleDelay: 250, outOfBrush: {colorAlpha: 0.35}},
      xAxis: timeAxis({min: Date.UTC(first, 0, 1), max: Date.UTC(last + 1, 0, 1)}),
      yAxis: [{type: 'value', name: 'Goldstein sum', nameTextStyle: {color: '#868e96'},
        splitLine: {lineStyle: {color: '#f1f3f5'}}},
        {type: 'value', name: 'events', nameTextStyle: {color: '#868e96'}, splitLine: {show: false}}],
      series: series
    });
    if (opts.onBrush) {
      var last = null;
      chart.on('brushSelected', function (p) {
        var b = p.batch && p.batch[0];
        var a = b && b.areas && b.areas[0];
        var span = a && a.coordRange ? [isoDay(a.coordRange[0]), isoDay(a.coordRange[1])] : [null, null];
        var key = span.join();
        if (b && key !== last) {
          last = key;
          opts.onBrush(span[0], span[1]);
        }
      });
    }
    return chart;
  }

  /** Stacked bars of events by year, one series per key; rows are [year, key, count]. */
  function stacked(el, rows, keys, colour, label, opts) {
    var chart = init(el, opts);
    var years = [];
    var first = opts && opts.first;
    var last = opts && opts.last;
    rows.forEach(function (r) {
      first = first == null || r[0] < first ? r[0] : first;
      last = last == null || r[0] > last ? r[0] : last;
    });
    for (var y = first; rows.length && y <= last; y++) {
      years.push(y);
    }
    var series = keys.map(function (k) {
      var data = years.map(function (y) {
        var n = 0;
        rows.forEach(function (r) {
          if (r[0] === y && r[1] === k) {
            n += r[2];
          }
        });
        return n;
      });
      return {type: 'bar', name: label(k), stack: 'all', data: data, itemStyle: {color: colour(k)},
        emphasis: {focus: 'series'}};
    }).filter(function (s) {
      return s.data.some(function (n) { return n > 0; });
    });
    chart.setOption({
      animation: false,
      textStyle: {fontFamily: FONT},
      grid: {left: 40, right: 16, top: 56, bottom: 28},
      legend: {top: 0, textStyle: {fontSize: 11}},
      tooltip: {className: 'dyad-tooltip', trigger: 'axis', axisPointer: {type: 'shadow'}, formatter: function (ps) {
        return ps.filter(function (p) { return p.value > 0; }).map(function (p) {
          return '<span style="color:' + p.color + '">●</span> ' + esc(p.seriesName) + ': <b>' + esc(p.value) + '</b>';
        }).reduce(function (a, b) { return a + '<br>' + b; }, '<b>' + esc(ps[0].axisValue) + '</b>');
      }},
      xAxis: {type: 'category', data: years.map(String), axisLabel: {color: '#495057'}},
      yAxis: {type: 'value', minInterval: 1, splitLine: {lineStyle: {color: '#f1f3f5'}}},
      series: series
    });
    return chart;
  }

  /**
   * Events by year and dimension (an event in two dimensions counts in both); opts.first and
   * opts.last widen the axis to the years of all events.
   */
  function dimensions(el, dims, opts) {
    var keys = [];
    dims.forEach(function (d) {
      if (keys.indexOf(d.dimension) < 0) {
        keys.push(d.dimension);
      }
    });
    keys.sort();
    return stacked(el, dims.map(function (d) { return [d.year, d.dimension, d.events]; }), keys,
      function (k) { return DIMENSION_COLOURS[k] || '#868e96'; },
      function (k) { return k.replace('_', ' '); }, opts);
  }

  /** Events by year and quad class (uncoded context events apart). */
  function quads(el, years, opts) {
    var rows = [];
    years.forEach(function (y) {
      for (var q = 0; q <= 4; q++) {
        rows.push([y.year, q, y.quads[q]]);
      }
    });
    return stacked(el, rows, [1, 2, 3, 4, 0], function (q) { return QUAD_COLOURS[q]; },
      function (q) { return QUAD_NAMES[q]; }, opts);
  }

  var LINE_COLOURS = ['#4263eb', '#e8590c', '#2f9e44', '#ae3ec9', '#1098ad', '#e03131'];

  /**
   * Lines over the periods of a series: {periods: [ISO days], names: [...], values: [[...], ...]}.
   * A click on a period calls opts.onClick(periodDay).
   */
  function lines(el, data, opts) {
    opts = opts || {};
    var chart = init(el, opts);
    var series = data.names.map(function (n, i) {
      return {type: 'line', name: n, showSymbol: data.periods.length <= 60, symbolSize: 5,
        data: data.periods.map(function (p, k) { return [day(p), data.values[i][k]]; }),
        lineStyle: {width: 1.6, color: LINE_COLOURS[i % LINE_COLOURS.length]},
        itemStyle: {color: LINE_COLOURS[i % LINE_COLOURS.length]}};
    });
    if (opts.found && opts.found.length) {
      series.push(phaseSeries(opts.found, true, 36));
    }
    chart.setOption({
      animation: false,
      textStyle: {fontFamily: FONT},
      grid: {left: 56, right: 24, top: 36, bottom: opts.print ? 28 : 56},
      legend: {top: 0, data: data.names, textStyle: {fontSize: 11}},
      tooltip: {className: 'dyad-tooltip', trigger: 'axis', formatter: function (ps) {
        var i = data.periods.indexOf(isoDay(ps[0].value[0]));
        var head = '<b>' + esc(data.labels ? data.labels[i] : isoDay(ps[0].value[0])) + '</b>';
        return ps.filter(function (p) { return p.seriesType === 'line' && p.seriesName !== 'found phases'; })
          .map(function (p) {
            var v = p.value[1];
            return '<span style="color:' + p.color + '">●</span> ' + esc(p.seriesName) + ': <b>'
              + esc(v == null ? '–' : Math.round(v * 100) / 100) + '</b>';
          }).reduce(function (a, b) { return a + '<br>' + b; }, head);
      }},
      xAxis: timeAxis({}),
      yAxis: {type: 'value', splitLine: {lineStyle: {color: '#f1f3f5'}}},
      dataZoom: opts.print ? [] : [{type: 'inside', xAxisIndex: 0}, {type: 'slider', xAxisIndex: 0, height: 16, bottom: 6}],
      series: series
    });
    if (opts.onClick) {
      chart.getZr().on('click', function (ev) {
        var point = [ev.offsetX, ev.offsetY];
        if (!chart.containPixel('grid', point)) {
          return;
        }
        var x = chart.convertFromPixel({seriesIndex: 0}, point)[0];
        var best = null;
        data.periods.forEach(function (p) {
          if (day(p) <= x && (best === null || day(p) > day(best))) {
            best = p;
          }
        });
        if (best) {
          opts.onClick(best);
        }
      });
    }
    return chart;
  }

  /** A series of the API (TimeSeries) as lines of some of its columns. */
  function seriesLines(ts, columns, names) {
    return {periods: ts.periods, labels: ts.labels, names: names || columns,
      values: columns.map(function (c) { return ts.columns[c]; })};
  }

  /** Found phases (dyad-analysis) as bands: cooperative up, conflictual down. */
  function foundBands(found) {
    return ((found && found.phases) || []).map(function (p) {
      return {label: 'found: ' + p.label + ' (' + p.from + '–' + p.to + ')', day: p.from_day, day_end: p.to_day,
        level: p.label === 'cooperative' ? 1 : p.label === 'conflictual' ? -1 : 0};
    });
  }

  global.DyadCharts = {
    lines: lines, seriesLines: seriesLines, foundBands: foundBands,
    timeline: timeline, timelineEvents: timelineEvents, index: index, dimensions: dimensions, quads: quads,
    esc: esc, sourceText: sourceText, dateLabel: dateLabel, actor: actor,
    QUAD_COLOURS: QUAD_COLOURS, QUAD_NAMES: QUAD_NAMES
  };
})(window);
