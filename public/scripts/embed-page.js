// Embed pages: ?theme=dark|light overrides the reader's colour scheme, and the page posts its height to the
// page that frames it ({type: "mhlw-charts:height", chart, height}) whenever it changes.
(function () {
  'use strict';
  var m = /[?&]theme=(dark|light)\b/.exec(location.search);
  if (m) document.documentElement.setAttribute('data-theme', m[1]);
  if (window.parent === window) return;
  var main = document.querySelector('[data-embed]');
  var last = 0;
  function post() {
    var h = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (h === last) return;
    last = h;
    window.parent.postMessage({ type: 'mhlw-charts:height', chart: main ? main.getAttribute('data-embed') : '', height: h }, '*');
  }
  if ('ResizeObserver' in window) new ResizeObserver(post).observe(document.documentElement);
  window.addEventListener('load', post);
  window.addEventListener('resize', post);
  post();
})();
