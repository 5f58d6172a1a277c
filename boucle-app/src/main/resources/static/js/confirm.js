// Forms with a data-confirm attribute ask before they submit (the text comes localised from the
// page). A file rather than onsubmit="return confirm(...)": the Content-Security-Policy
// (script-src 'self') forbids inline handlers, and the browser would then submit unasked.
(function () {
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) event.preventDefault();
    });
  });
})();
