// Liaison: small behaviours that need no inline script (the content security policy forbids inline scripts).
document.addEventListener('click', function (event) {
  var target = event.target.closest('[data-confirm]');
  if (target && !window.confirm(target.getAttribute('data-confirm'))) {
    event.preventDefault();
  }
});
