// Enhancements only: the pages work without this script.
// Chart tooltips: every mark with a value (SVG element with class "mark" and a <title>, its accessible name) shows its value,
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
    if (title) {
      mark.setAttribute('aria-label', title.textContent);
      title.remove();
    }
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

// Copy buttons of the embed snippets (hidden without scripts by the page's <noscript> style: the text can still be selected).
(function () {
  'use strict';
  Array.prototype.forEach.call(document.querySelectorAll('button[data-copy]'), function (b) {
    var area = document.getElementById(b.getAttribute('data-copy'));
    if (!area) return;
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

// Chart views and highlighting. Tabs: each chart's Chart · Table · Download panels become tabs (ARIA tabs:
// arrows, Home/End); without this script all three panels show. Highlight: ?highlight=KEY[,KEY…] keeps the
// marks and labels of those items (data-key, given at build time) at full strength and dims the others, on
// every chart of the page that has them; a click on a mark or label, Enter on a mark, or the chart's select
// box sets it, and the address bar follows (history.replaceState), as do the page's embed snippets. Unknown
// keys are ignored with a quiet note. Share copies the address of the view. Sort re-orders the rows of a
// sortable chart by moving its pre-rendered rows.
(function () {
  'use strict';
  var each = function (sel, f, root) {
    Array.prototype.forEach.call((root || document).querySelectorAll(sel), f);
  };
  var q = function (v) {
    return '"' + String(v).replace(/["\\]/g, '\\$&') + '"';
  };
  if (!document.querySelector('svg[data-chart][role=group]')) return;
  var status = document.querySelector('[data-hl-status]');
  var words = status ? JSON.parse(status.getAttribute('data-words')) : {};
  function say(text) {
    if (status) status.textContent = text;
  }

  each('[data-chart-figure]', function (fig) {
    var tools = fig.querySelector('[data-tools]');
    if (!tools) return;
    var tabs = Array.prototype.slice.call(tools.querySelectorAll('[role=tab]'));
    // The build renders the first tab selected and the stylesheet shows only its panel: nothing to redo here.
    function select(tab, focus) {
      tabs.forEach(function (t) {
        var on = t === tab;
        t.setAttribute('aria-selected', String(on));
        t.tabIndex = on ? 0 : -1;
        var panel = document.getElementById(t.getAttribute('aria-controls'));
        if (panel.getAttribute('data-panel') === 'chart') panel.classList.toggle('off', !on);
        else panel.classList.toggle('on', on);
      });
      if (focus) tab.focus();
    }
    tabs.forEach(function (t, i) {
      var panel = document.getElementById(t.getAttribute('aria-controls'));
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', t.id);
      t.addEventListener('click', function () {
        select(t);
      });
      t.addEventListener('keydown', function (e) {
        var j = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[e.key];
        if (j === undefined) return;
        e.preventDefault();
        select(tabs[(j + tabs.length) % tabs.length], true);
      });
    });
  });

  var names = {};
  each('[data-highlight-select] option', function (o) {
    if (o.value) names[o.value] = o.textContent;
  });
  var current = [];
  function has(root, key) {
    return !!root.querySelector('[data-key=' + q(key) + ']');
  }
  function apply(keys, announce) {
    var unknown = keys.filter(function (k) {
      return !has(document, k);
    });
    current = keys.filter(function (k, i) {
      return has(document, k) && keys.indexOf(k) === i;
    });
    each('svg[data-chart][role=group]', function (svg) {
      var mine = current.some(function (k) {
        return has(svg, k);
      });
      svg.toggleAttribute('data-highlighting', mine);
      each(
        '[data-key]',
        function (el) {
          el.classList.toggle('hl', mine && current.indexOf(el.getAttribute('data-key')) >= 0);
        },
        svg,
      );
    });
    each('tr[data-key]', function (tr) {
      tr.classList.toggle('hl', current.indexOf(tr.getAttribute('data-key')) >= 0);
    });
    each('[data-highlight-select]', function (s) {
      s.value = current.length === 1 && s.querySelector('option[value=' + q(current[0]) + ']') ? current[0] : '';
    });
    var query = current.length ? '?highlight=' + current.map(encodeURIComponent).join(',') : '';
    history.replaceState(history.state, '', location.pathname + query + location.hash);
    each('textarea[data-embed-url]', function (ta) {
      var base = ta.getAttribute('data-embed-url');
      var svg = document.querySelector('svg[data-chart=' + q(ta.getAttribute('data-chart')) + ']');
      var mine = current.filter(function (k) {
        return svg && has(svg, k);
      });
      if (!ta.hasAttribute('data-original')) ta.setAttribute('data-original', ta.value);
      ta.value = ta
        .getAttribute('data-original')
        .split(base)
        .join(mine.length ? base + '?highlight=' + mine.join(',') : base);
    });
    var note = unknown.length ? ' ' + words.unknown + unknown.join(', ') : '';
    if (announce || note)
      say(
        (current.length
          ? words.on +
            current
              .map(function (k) {
                return names[k] || k;
              })
              .join(', ')
          : words.off) + note,
      );
  }
  function toggle(key) {
    var i = current.indexOf(key);
    apply(i >= 0 ? current.slice(0, i).concat(current.slice(i + 1)) : current.concat([key]), true);
  }
  var start = new URLSearchParams(location.search).get('highlight');
  if (start) apply(start.split(',').filter(Boolean), false);

  document.addEventListener('click', function (e) {
    var el = e.target.closest && e.target.closest('svg[data-chart][role=group] [data-key]');
    if (el) toggle(el.getAttribute('data-key'));
  });
  document.addEventListener('keydown', function (e) {
    var el = e.key === 'Enter' && e.target.closest && e.target.closest('svg[data-chart] .mark[data-key]');
    if (el) toggle(el.getAttribute('data-key'));
  });
  each('[data-highlight-select]', function (s) {
    s.addEventListener('change', function () {
      apply(s.value ? [s.value] : [], true);
    });
  });

  each('[data-share]', function (b) {
    b.addEventListener('click', function () {
      var fig = b.closest('[data-chart-figure]');
      var url = location.origin + location.pathname + location.search + (fig ? '#chart-' + fig.getAttribute('data-chart-figure') : '');
      b.setAttribute('data-url', url);
      if (navigator.share) navigator.share({ url: url, title: document.title }).catch(function () {});
      else if (navigator.clipboard)
        navigator.clipboard.writeText(url).then(function () {
          say(b.getAttribute('data-copied'));
        });
    });
  });

  each('[data-sort]', function (sel) {
    sel.addEventListener('change', function () {
      var by = sel.value;
      each(
        'svg[data-chart]',
        function (svg) {
          var rows = Array.prototype.map.call(svg.querySelectorAll('[data-span]'), function (l, i) {
            var s = l.getAttribute('data-span').split(' ');
            return { key: l.getAttribute('data-key'), top: +s[0], h: +s[1], i: i, name: l.textContent };
          });
          if (!rows.length) return;
          var value = function (r) {
            var d = svg.querySelector('[data-key=' + q(r.key) + '][data-period=' + q(by.slice(7)) + ']');
            return d ? +d.getAttribute('data-value') : -1;
          };
          var order = rows.slice().sort(function (a, b) {
            if (by === 'name') return a.name.localeCompare(b.name, document.documentElement.lang);
            return (by ? value(b) - value(a) : 0) || a.i - b.i;
          });
          var y = rows[0].top;
          order.forEach(function (r) {
            var dy = y - r.top;
            y += r.h;
            each(
              '[data-key=' + q(r.key) + '],[data-row=' + q(r.key) + ']',
              function (el) {
                if (!el.hasAttribute('data-t0')) el.setAttribute('data-t0', el.getAttribute('transform') || '');
                el.setAttribute('transform', ('translate(0,' + dy + ') ' + el.getAttribute('data-t0')).trim());
              },
              svg,
            );
          });
        },
        sel.closest('[data-chart-figure]'),
      );
      say(sel.options[sel.selectedIndex].textContent);
    });
  });
})();

// Every enhancement above is in place (the browser tests wait for this).
document.documentElement.setAttribute('data-ready', '');
