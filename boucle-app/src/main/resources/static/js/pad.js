// Candidate pad: switching language swaps in that language's starter code, unless the candidate
// has already written something. A file, not inline, for the Content-Security-Policy.
(function () {
  var select = document.querySelector('[data-starters]');
  if (!select) return;
  var area = document.querySelector('textarea[name=source]');
  var starter = function (id) {
    var t = document.querySelector('template[data-starter="' + id + '"]');
    return t ? t.innerHTML.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&') : '';
  };
  var last = select.value;
  select.addEventListener('change', function () {
    if (area.value.trim() === '' || area.value === starter(last)) area.value = starter(select.value);
    last = select.value;
  });
  area.addEventListener('keydown', function (e) {
    if (e.key !== 'Tab' || e.shiftKey) return;
    e.preventDefault();
    var s = area.selectionStart;
    area.setRangeText('    ', s, area.selectionEnd, 'end');
  });
})();
