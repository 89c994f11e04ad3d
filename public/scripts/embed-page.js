// Embed pages: the page posts its height to the page that frames it ({type: "mhlw-charts:height", chart,
// height}) whenever it changes. (?theme=dark|light is applied before the first paint by the loader,
// src/site/csp.ts.) It runs after the page has loaded (the loader adds it then).
(function () {
  'use strict';
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
  window.addEventListener('resize', post);
  post();
})();
