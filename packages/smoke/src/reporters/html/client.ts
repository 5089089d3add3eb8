/**
 * Script of the HTML report, inlined into the page. It reads the report embedded as JSON, builds
 * the checks table (every text through `textContent`, never `innerHTML`), and wires the filters,
 * the search, sorting, row details, matrix and fix-first links, and the filter state in the URL
 * hash. No network: the page's Content-Security-Policy allows only this script, by its hash.
 */
export const CLIENT_SCRIPT = String.raw`
(function () {
  'use strict';
  var dataEl = document.getElementById('smoke-data');
  if (!dataEl) return;
  var report = JSON.parse(dataEl.textContent || '{}');
  var tests = (report.results && report.results.tests) || [];
  var STATUS_RANK = { failed: 0, blocked: 1, flaky: 2, passed: 3, skipped: 4 };
  var PRIO_RANK = { P0: 0, P1: 1, P2: 2, P3: 3 };

  function statusOf(t) {
    if (t.status === 'failed') return 'failed';
    if (t.status === 'passed') return t.flaky ? 'flaky' : 'passed';
    if (t.rawStatus === 'blocked') return 'blocked';
    return 'skipped';
  }
  function label(t, status) {
    if (status === 'failed' && t.rawStatus === 'timedOut') return 'timed out';
    if (status === 'skipped' && t.rawStatus === 'interrupted') return 'interrupted';
    return status;
  }
  function fmtMs(ms) {
    if (typeof ms !== 'number') return '';
    if (ms < 1000) return ms + ' ms';
    if (ms < 60000) return (ms / 1000).toFixed(ms < 10000 ? 2 : 1) + ' s';
    var m = Math.floor(ms / 60000);
    return m + ' m ' + Math.round((ms % 60000) / 1000) + ' s';
  }
  function el(tag, props, children) {
    var node = document.createElement(tag);
    if (props) {
      for (var k in props) {
        if (!Object.prototype.hasOwnProperty.call(props, k) || props[k] == null) continue;
        if (k === 'text') node.textContent = String(props[k]);
        else if (k === 'className') node.className = props[k];
        else node.setAttribute(k, String(props[k]));
      }
    }
    (children || []).forEach(function (c) {
      if (c == null) return;
      node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return node;
  }
  function firstLine(s) {
    var line = String(s).split('\n').filter(function (l) { return l.trim() !== ''; })[0] || '';
    return line.length > 200 ? line.slice(0, 199) + '\u2026' : line;
  }
  function errorOf(t) {
    var failed = (t.extra.attempts || []).filter(function (a) { return a.error; });
    if (t.message) return t.message;
    return failed.length ? failed[failed.length - 1].error : '';
  }
  // A screenshot attachment ({ contentType: 'image/png', base64 }) as a data: URL; anything else is not an image.
  function imageOf(value) {
    if (!value || typeof value !== 'object' || typeof value.base64 !== 'string') return null;
    if (value.contentType !== 'image/png' && value.contentType !== 'image/jpeg') return null;
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value.base64)) return null;
    return 'data:' + value.contentType + ';base64,' + value.base64;
  }

  function show(value) {
    if (typeof value === 'string') return value;
    try { return JSON.stringify(value, null, 2); } catch (e) { return String(value); }
  }

  var rows = tests.map(function (t, index) {
    var status = statusOf(t);
    var errors = (t.extra.attempts || []).map(function (a) { return a.error || ''; });
    var hay = [t.name, t.extra.id, t.extra.category, t.extra.component, t.extra.priority, status, t.message || '',
      (t.tags || []).join(' '), errors.join(' '), t.filePath || ''].join('\n').toLowerCase();
    return { t: t, index: index, status: status, hay: hay, tr: null, detail: null };
  });

  var tbody = document.getElementById('check-rows');
  var countEl = document.getElementById('check-count');
  var emptyEl = document.getElementById('check-empty');
  var f = {
    q: document.getElementById('f-search'),
    status: document.getElementById('f-status'),
    category: document.getElementById('f-category'),
    component: document.getElementById('f-component'),
    priority: document.getElementById('f-priority')
  };
  var sort = { key: 'status', dir: 1 };

  function buildRow(row) {
    var t = row.t;
    var err = row.status === 'failed' || row.status === 'flaky' ? errorOf(t) : '';
    if (row.status === 'blocked') err = 'blocked by ' + (t.extra.blockedBy || []).join(', ');
    var tr = el('tr', { className: 'row', 'data-id': t.extra.id, 'data-status': row.status, tabindex: '0', 'aria-expanded': 'false' }, [
      el('td', null, [el('span', { className: 'badge s-' + (t.rawStatus === 'timedOut' ? 'timedOut' : row.status), text: label(t, row.status) })]),
      el('td', null, [el('span', { className: 'prio prio-' + t.extra.priority, text: t.extra.priority })]),
      el('td', null, [
        el('div', { className: 'cname', text: t.name }),
        t.extra.id !== t.name ? el('div', { className: 'cid', text: t.extra.id }) : null,
        err ? el('div', { className: 'err-line', text: firstLine(err) }) : null
      ]),
      el('td', { text: t.extra.category }),
      el('td', { text: t.extra.component }),
      el('td', { className: 'num', text: fmtMs(t.duration) }),
      el('td', { className: 'num', text: String((t.extra.attempts || []).length) })
    ]);
    tr.addEventListener('click', function () { toggle(row); });
    tr.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); toggle(row); }
    });
    row.tr = tr;
    return tr;
  }

  function buildDetail(row) {
    var t = row.t;
    var x = t.extra;
    var parts = [];
    var facts = [['id', x.id], ['status', label(t, row.status) + (t.rawStatus && t.rawStatus !== row.status ? ' (' + t.rawStatus + ')' : '')],
      ['category', x.category], ['component', x.component], ['priority', x.priority], ['duration', fmtMs(t.duration)]];
    if (t.filePath) facts.push(['file', t.filePath]);
    if (t.tags && t.tags.length) facts.push(['tags', t.tags.join(', ')]);
    if (typeof x.latencyMs === 'number') facts.push(['latency', fmtMs(x.latencyMs) + (typeof x.maxLatencyMs === 'number' ? ' (budget ' + fmtMs(x.maxLatencyMs) + ')' : '')]);
    if (x.blockedBy && x.blockedBy.length) facts.push(['blocked by', x.blockedBy.join(', ')]);
    var dl = el('dl');
    facts.forEach(function (p) { dl.appendChild(el('dt', { text: p[0] })); dl.appendChild(el('dd', { text: p[1] })); });
    parts.push(el('h4', { text: 'Check' }), dl);
    var err = errorOf(t);
    if (err && row.status !== 'passed') parts.push(el('h4', { text: row.status === 'flaky' ? 'Error before the retry passed' : 'Error' }), el('pre', { className: 'error', text: err }));
    if (t.trace) parts.push(el('h4', { text: 'Trace' }), el('pre', { text: t.trace }));
    if (x.attempts && x.attempts.length) {
      var body = el('tbody');
      x.attempts.forEach(function (a) {
        body.appendChild(el('tr', null, [
          el('td', { className: 'num', text: String(a.attempt) }),
          el('td', null, [el('span', { className: 'badge s-' + a.status, text: a.status === 'timedOut' ? 'timed out' : a.status })]),
          el('td', { className: 'num', text: fmtMs(a.durationMs) }),
          el('td', null, [a.error ? el('pre', { text: a.error }) : null])
        ]));
      });
      parts.push(el('h4', { text: 'Attempts' }), el('table', { className: 'attempts' }, [
        el('thead', null, [el('tr', null, [el('th', { className: 'num', text: '#' }), el('th', { text: 'Status' }), el('th', { className: 'num', text: 'Duration' }), el('th', { text: 'Error' })])]),
        body
      ]));
    }
    if (x.attachments && x.attachments.length) {
      parts.push(el('h4', { text: 'Attachments (' + x.attachments.length + ')' }));
      x.attachments.forEach(function (a) {
        var img = imageOf(a.value);
        var body = img ? el('img', { className: 'screenshot', src: img, alt: a.name + ' of ' + x.id }) : el('pre', { text: show(a.value) });
        parts.push(el('div', { className: 'attachment' }, [el('div', { className: 'cid', text: a.name }), body]));
      });
    }
    var td = el('td', { colspan: '7', className: 'detail' }, parts);
    row.detail = el('tr', { className: 'detail', 'data-detail-for': x.id }, [td]);
    return row.detail;
  }

  function toggle(row, open) {
    var expand = open === undefined ? row.tr.getAttribute('aria-expanded') !== 'true' : open;
    row.tr.setAttribute('aria-expanded', expand ? 'true' : 'false');
    if (expand) {
      if (!row.detail) buildDetail(row);
      if (row.tr.parentNode) row.tr.parentNode.insertBefore(row.detail, row.tr.nextSibling);
    } else if (row.detail && row.detail.parentNode) {
      row.detail.parentNode.removeChild(row.detail);
    }
  }

  function compare(a, b) {
    var ta = a.t, tb = b.t, d = 0;
    if (sort.key === 'status') d = STATUS_RANK[a.status] - STATUS_RANK[b.status] || PRIO_RANK[ta.extra.priority] - PRIO_RANK[tb.extra.priority];
    else if (sort.key === 'priority') d = PRIO_RANK[ta.extra.priority] - PRIO_RANK[tb.extra.priority] || STATUS_RANK[a.status] - STATUS_RANK[b.status];
    else if (sort.key === 'duration') d = ta.duration - tb.duration;
    else if (sort.key === 'attempts') d = (ta.extra.attempts || []).length - (tb.extra.attempts || []).length;
    else if (sort.key === 'name') d = ta.name.localeCompare(tb.name);
    else if (sort.key === 'category') d = ta.extra.category.localeCompare(tb.extra.category);
    else if (sort.key === 'component') d = ta.extra.component.localeCompare(tb.extra.component);
    return d * sort.dir || a.index - b.index;
  }

  // Rows in display order; only the first "limit" matching rows are in the DOM (big reports stay
  // fast), the "show more" button adds PAGE more.
  var PAGE = 500;
  var limit = PAGE;
  var ordered = rows;
  var matches = rows;
  var moreBtn = document.getElementById('check-more');

  function render() {
    ordered = rows.slice().sort(compare);
    document.querySelectorAll('table.checks th.sortable').forEach(function (th) {
      th.setAttribute('aria-sort', th.getAttribute('data-sort') === sort.key ? (sort.dir > 0 ? 'ascending' : 'descending') : 'none');
    });
    applyFilters();
  }

  function matchesStatus(row, want) {
    if (!want) return true;
    if (want === 'attention') return row.status === 'failed' || row.status === 'blocked' || row.status === 'flaky';
    return row.status === want;
  }

  function applyFilters(keepLimit) {
    var terms = f.q.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    var st = f.status.value, cat = f.category.value, comp = f.component.value, prio = f.priority.value;
    if (keepLimit !== true) limit = PAGE;
    matches = ordered.filter(function (row) {
      var t = row.t;
      return matchesStatus(row, st) && (!cat || t.extra.category === cat) && (!comp || t.extra.component === comp) &&
        (!prio || t.extra.priority === prio) && terms.every(function (term) { return row.hay.indexOf(term) !== -1; });
    });
    var frag = document.createDocumentFragment();
    matches.slice(0, limit).forEach(function (row) {
      frag.appendChild(row.tr || buildRow(row));
      if (row.detail && row.tr.getAttribute('aria-expanded') === 'true') frag.appendChild(row.detail);
    });
    tbody.textContent = '';
    tbody.appendChild(frag);
    var listed = Math.min(limit, matches.length);
    countEl.textContent = 'Showing ' + matches.length + ' of ' + rows.length + ' check' + (rows.length === 1 ? '' : 's') +
      (listed < matches.length ? ' (the first ' + listed + ' listed)' : '');
    emptyEl.hidden = matches.length !== 0;
    if (moreBtn) {
      moreBtn.hidden = listed >= matches.length;
      moreBtn.textContent = 'Show ' + Math.min(PAGE, matches.length - listed) + ' more';
    }
    saveHash();
  }

  function saveHash() {
    var parts = [];
    ['q', 'status', 'category', 'component', 'priority'].forEach(function (k) {
      if (f[k].value) parts.push(k + '=' + encodeURIComponent(f[k].value));
    });
    var hash = parts.length ? '#' + parts.join('&') : '';
    if (location.hash === hash || (!hash && !location.hash)) return;
    try {
      history.replaceState(null, '', hash || location.pathname + location.search);
    } catch (e) {
      // some viewers (sandboxed iframes, about:blank) refuse replaceState: the filters still work
      return;
    }
  }

  function setSelect(select, value) {
    var has = Array.prototype.some.call(select.options, function (o) { return o.value === value; });
    select.value = has ? value : '';
  }

  function loadHash() {
    var h = location.hash.replace(/^#/, '');
    if (!h) return;
    h.split('&').forEach(function (pair) {
      var i = pair.indexOf('=');
      if (i < 0) return;
      var k = pair.slice(0, i), v;
      try { v = decodeURIComponent(pair.slice(i + 1)); } catch (e) { return; }
      if (k === 'q') f.q.value = v;
      else if (f[k]) setSelect(f[k], v);
    });
  }

  function focusCheck(id) {
    clearFilters();
    var row = rows.filter(function (r) { return r.t.extra.id === id; })[0];
    if (!row) return;
    var at = matches.indexOf(row);
    if (at >= limit) {
      limit = at + 1;
      applyFilters(true);
    }
    toggle(row, true);
    row.tr.scrollIntoView({ block: 'center' });
    row.tr.focus();
  }

  function clearFilters() {
    f.q.value = '';
    ['status', 'category', 'component', 'priority'].forEach(function (k) { f[k].value = ''; });
    applyFilters();
  }

  f.q.addEventListener('input', applyFilters);
  ['status', 'category', 'component', 'priority'].forEach(function (k) { f[k].addEventListener('change', applyFilters); });
  var clear = document.getElementById('f-clear');
  if (clear) clear.addEventListener('click', clearFilters);
  document.querySelectorAll('table.checks th.sortable').forEach(function (th) {
    th.addEventListener('click', function () {
      var key = th.getAttribute('data-sort');
      sort = { key: key, dir: sort.key === key ? -sort.dir : key === 'duration' || key === 'attempts' ? -1 : 1 };
      render();
    });
  });
  document.querySelectorAll('[data-filter-component], [data-filter-category]').forEach(function (btn) {
    btn.addEventListener('click', function () {
      f.q.value = '';
      f.status.value = '';
      f.priority.value = '';
      setSelect(f.component, btn.getAttribute('data-filter-component') || '');
      setSelect(f.category, btn.getAttribute('data-filter-category') || '');
      applyFilters();
      document.getElementById('checks').scrollIntoView();
    });
  });
  document.querySelectorAll('[data-check]').forEach(function (btn) {
    btn.addEventListener('click', function () { focusCheck(btn.getAttribute('data-check')); });
  });
  if (moreBtn) moreBtn.addEventListener('click', function () {
    limit += PAGE;
    applyFilters(true);
  });
  var expandBtn = document.getElementById('expand-failures');
  if (expandBtn) expandBtn.addEventListener('click', function () {
    matches.slice(0, limit).forEach(function (r) { if (r.status === 'failed' || r.status === 'blocked' || r.status === 'flaky') toggle(r, true); });
  });
  var collapseBtn = document.getElementById('collapse-all');
  if (collapseBtn) collapseBtn.addEventListener('click', function () { rows.forEach(function (r) { if (r.tr) toggle(r, false); }); });
  var dl = document.getElementById('download-json');
  if (dl) dl.addEventListener('click', function () {
    var blob = new Blob([JSON.stringify(report, null, 2) + '\n'], { type: 'application/json' });
    var a = el('a', { href: URL.createObjectURL(blob), download: 'smoke-report.json' });
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 0);
  });

  loadHash();
  render();
  document.documentElement.setAttribute('data-ready', 'true');
})();
`;
