// Enhancements only: the pages work without this script.
// Chart tooltips: every mark with a value (SVG element with class "mark" and an aria-label) shows its value,
// status, source line and raw OCR text on hover and on keyboard focus. Inside a chart, marks form one tab
// stop; the arrow keys (and Home/End) move between them, Escape hides the tooltip.
(function () {
  'use strict';
  var tip = document.createElement('div');
  tip.className = 'tooltip';
  tip.setAttribute('role', 'tooltip');
  tip.id = 'chart-tooltip';
  tip.hidden = true;
  document.body.appendChild(tip);

  function show(mark) {
    tip.textContent = mark.getAttribute('aria-label') || '';
    tip.hidden = false;
    var r = mark.getBoundingClientRect();
    var x = window.scrollX + r.left + r.width / 2;
    var y = window.scrollY + r.top;
    var w = tip.offsetWidth;
    var left = Math.max(window.scrollX + 4, Math.min(x - w / 2, window.scrollX + document.documentElement.clientWidth - w - 4));
    tip.style.left = left + 'px';
    tip.style.top = Math.max(window.scrollY + 4, y - tip.offsetHeight - 8) + 'px';
    mark.setAttribute('aria-describedby', tip.id);
  }
  function hide(mark) {
    tip.hidden = true;
    if (mark) mark.removeAttribute('aria-describedby');
  }

  var charts = document.querySelectorAll('svg[data-chart]');
  Array.prototype.forEach.call(charts, function (svg) {
    var marks = Array.prototype.slice.call(svg.querySelectorAll('.mark'));
    marks.forEach(function (m, i) {
      // The tooltip replaces the browser's own title bubble; the accessible name stays in aria-label.
      var t = m.querySelector('title');
      if (t) t.remove();
      m.setAttribute('tabindex', i === 0 ? '0' : '-1');
      m.addEventListener('mouseenter', function () { show(m); });
      m.addEventListener('mouseleave', function () { hide(m); });
      m.addEventListener('focus', function () { show(m); });
      m.addEventListener('blur', function () { hide(m); });
      m.addEventListener('keydown', function (e) {
        var next = null;
        if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = marks[Math.min(i + 1, marks.length - 1)];
        else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = marks[Math.max(i - 1, 0)];
        else if (e.key === 'Home') next = marks[0];
        else if (e.key === 'End') next = marks[marks.length - 1];
        else if (e.key === 'Escape') { hide(m); return; }
        if (!next) return;
        e.preventDefault();
        m.setAttribute('tabindex', '-1');
        next.setAttribute('tabindex', '0');
        next.focus();
      });
    });
  });
})();

// Case list: filter by list and search without a page reload. Without this script the form stays hidden and
// every case is shown.
(function () {
  'use strict';
  var form = document.querySelector('[data-case-filter]');
  if (!form) return;
  var cases = Array.prototype.slice.call(document.querySelectorAll('[data-case]'));
  var groups = Array.prototype.slice.call(document.querySelectorAll('[data-group]'));
  var count = form.querySelector('[data-n]');
  var none = document.querySelector('[data-no-match]');
  var q = form.querySelector('input[name="q"]');
  form.hidden = false;
  function apply() {
    var list = (form.querySelector('input[name="list"]:checked') || {}).value || '';
    var words = q.value.replace(/\s+/g, ' ').trim().toLowerCase().split(' ').filter(Boolean);
    var n = 0;
    cases.forEach(function (c) {
      var text = c.getAttribute('data-text') || '';
      var ok = (!list || c.getAttribute('data-list') === list) && words.every(function (w) { return text.indexOf(w) >= 0; });
      c.hidden = !ok;
      if (ok) n++;
    });
    groups.forEach(function (g) { g.hidden = !g.querySelector('[data-case]:not([hidden])'); });
    count.textContent = String(n);
    none.hidden = n > 0;
  }
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
})();

// Copy buttons of the embed snippets (hidden without this script: the text can still be selected).
(function () {
  'use strict';
  Array.prototype.forEach.call(document.querySelectorAll('button[data-copy]'), function (b) {
    var area = document.getElementById(b.getAttribute('data-copy'));
    if (!area) return;
    b.hidden = false;
    var label = b.textContent;
    b.addEventListener('click', function () {
      function done() {
        b.textContent = b.getAttribute('data-copied') || label;
        setTimeout(function () { b.textContent = label; }, 2000);
      }
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(area.value).then(done, function () { area.select(); });
      else { area.select(); try { document.execCommand('copy'); done(); } catch (e) { /* the text stays selected */ } }
    });
  });
})();
