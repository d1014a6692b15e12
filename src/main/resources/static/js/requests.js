// Requests: identifier rows (add/remove), sections shown for the chosen kind, "send now" only for emergencies,
// and a warning as soon as a basis document is chosen that is larger than the server accepts.
(function () {
  function showForKind() {
    var select = document.querySelector('[data-kind-select]');
    if (!select) { return; }
    var kind = select.value;
    document.querySelectorAll('[data-for-kinds]').forEach(function (el) {
      var kinds = el.getAttribute('data-for-kinds').split(' ');
      el.hidden = kinds.indexOf(kind) < 0;
    });
  }
  function showEmergency() {
    var urgency = document.getElementById('urgency');
    var button = document.querySelector('[data-emergency-only]');
    if (urgency && button) { button.hidden = urgency.value !== 'EMERGENCY'; }
  }
  document.addEventListener('DOMContentLoaded', function () {
    showForKind();
    showEmergency();
    var select = document.querySelector('[data-kind-select]');
    if (select) { select.addEventListener('change', showForKind); }
    var urgency = document.getElementById('urgency');
    if (urgency) { urgency.addEventListener('change', showEmergency); }
  });
  // The server checks every file again; this only spares uploading a file that will be refused.
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (!input.matches || !input.matches('input[type=file][data-max-bytes]')) { return; }
    var max = Number(input.getAttribute('data-max-bytes'));
    var tooLarge = Array.prototype.filter.call(input.files || [], function (f) { return f.size > max; })
        .map(function (f) { return f.name; });
    var out = document.getElementById(input.id + '-size');
    if (out) {
      out.textContent = tooLarge.length === 0 ? ''
          : input.getAttribute('data-too-large').replace('{names}', tooLarge.join(', '));
    }
  });
  document.addEventListener('click', function (event) {
    var add = event.target.closest('[data-add-row]');
    if (add) {
      var template = document.getElementById('identifier-row-template');
      var body = document.querySelector('#identifier-rows tbody');
      var row = template.content.firstElementChild.cloneNode(true);
      body.appendChild(row);
      row.querySelector('input[name="rowValue"]').focus();
      return;
    }
    var remove = event.target.closest('[data-remove-row]');
    if (remove) {
      remove.closest('tr').remove();
    }
  });
})();
