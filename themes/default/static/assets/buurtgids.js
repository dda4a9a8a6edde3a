// buurtgids: small additions for browsers with JavaScript. Every page works without.
'use strict';

// "Vul uw postcode in": finds the area whose postcodes (in the area list on the
// page) include the 4 digits typed, and goes there.
(function postcodeFinder() {
  var form = document.querySelector('.postcode-form');
  var links = document.querySelectorAll('.area-list [data-postcodes]');
  if (!form || !links.length) return;
  var input = form.querySelector('input');
  var result = form.querySelector('.postcode-result');
  form.hidden = false;
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var digits = (input.value.match(/\d{4}/) || [''])[0];
    for (var i = 0; i < links.length; i++) {
      if (digits && links[i].getAttribute('data-postcodes').split(' ').indexOf(digits) >= 0) {
        window.location.href = links[i].href;
        return;
      }
    }
    result.textContent = result.getAttribute('data-unknown');
    input.setAttribute('aria-invalid', 'true');
    input.focus();
  });
  input.addEventListener('input', function () {
    result.textContent = '';
    input.removeAttribute('aria-invalid');
  });
})();
