// Enhancements only: the pages work without this script.
// Chart tooltips: every mark with a value (SVG element with class "mark" and an aria-label) shows its value,
// status, source line and raw OCR text on hover and on keyboard focus. Inside a chart, marks form one tab
// stop (the build gives the first mark tabindex 0, the others -1); the arrow keys (and Home/End) move
// between them, Escape hides the tooltip. Listeners are delegated from the document: nothing runs per mark
// until a reader reaches one.
(function () {
  'use strict';
  var tip = null;
  function tooltip() {
    if (!tip) {
      tip = document.createElement('div');
      tip.className = 'tooltip';
      tip.setAttribute('role', 'tooltip');
      tip.id = 'chart-tooltip';
      tip.hidden = true;
      document.body.appendChild(tip);
    }
    return tip;
  }
  function markOf(node) {
    return node && node.closest ? node.closest('svg[data-chart] .mark') : null;
  }
  function show(mark) {
    var t = tooltip();
    // The tooltip replaces the browser's own title bubble; the accessible name stays in aria-label.
    var title = mark.querySelector('title');
    if (title) title.remove();
    t.textContent = mark.getAttribute('aria-label') || '';
    t.hidden = false;
    var r = mark.getBoundingClientRect();
    var x = window.scrollX + r.left + r.width / 2;
    var y = window.scrollY + r.top;
    var w = t.offsetWidth;
    var left = Math.max(window.scrollX + 4, Math.min(x - w / 2, window.scrollX + document.documentElement.clientWidth - w - 4));
    t.style.left = left + 'px';
    t.style.top = Math.max(window.scrollY + 4, y - t.offsetHeight - 8) + 'px';
    mark.setAttribute('aria-describedby', t.id);
  }
  function hide(mark) {
    if (tip) tip.hidden = true;
    if (mark) mark.removeAttribute('aria-describedby');
  }
  document.addEventListener('mouseover', function (e) {
    var m = markOf(e.target);
    if (m) show(m);
  });
  document.addEventListener('mouseout', function (e) {
    var m = markOf(e.target);
    if (m && !m.contains(e.relatedTarget)) hide(m);
  });
  document.addEventListener('focusin', function (e) {
    var m = markOf(e.target);
    if (m) show(m);
  });
  document.addEventListener('focusout', function (e) {
    var m = markOf(e.target);
    if (m) hide(m);
  });
  document.addEventListener('keydown', function (e) {
    var m = markOf(e.target);
    if (!m) return;
    var marks = Array.prototype.slice.call(m.closest('svg').querySelectorAll('.mark'));
    var i = marks.indexOf(m);
    var next = null;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = marks[Math.min(i + 1, marks.length - 1)];
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = marks[Math.max(i - 1, 0)];
    else if (e.key === 'Home') next = marks[0];
    else if (e.key === 'End') next = marks[marks.length - 1];
    else if (e.key === 'Escape') {
      hide(m);
      return;
    }
    if (!next) return;
    e.preventDefault();
    m.setAttribute('tabindex', '-1');
    next.setAttribute('tabindex', '0');
    next.focus();
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
      var ok =
        (!list || c.getAttribute('data-list') === list) &&
        words.every(function (w) {
          return text.indexOf(w) >= 0;
        });
      c.hidden = !ok;
      if (ok) n++;
    });
    groups.forEach(function (g) {
      g.hidden = !g.querySelector('[data-case]:not([hidden])');
    });
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
        setTimeout(function () {
          b.textContent = label;
        }, 2000);
      }
      if (navigator.clipboard && navigator.clipboard.writeText)
        navigator.clipboard.writeText(area.value).then(done, function () {
          area.select();
        });
      else {
        area.select();
        try {
          document.execCommand('copy');
          done();
        } catch {
          /* the text stays selected */
        }
      }
    });
  });
})();
