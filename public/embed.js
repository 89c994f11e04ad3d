// MHLW survey charts: resizes embedded charts (<iframe data-mhlw-chart>) to the height their page posts
// ({type: "mhlw-charts:height", height}). Without this script an iframe keeps its height attribute.
(function () {
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!d || d.type !== 'mhlw-charts:height' || typeof d.height !== 'number') return;
    var frames = document.querySelectorAll('iframe[data-mhlw-chart]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) frames[i].style.height = Math.ceil(d.height) + 'px';
    }
  });
})();
