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

// The site is rebuilt now and then, not every night. Days before the visitor's today
// (in Europe/Amsterdam) are taken off the agenda, today's day moves under "Vandaag",
// and "Deze week" shows the seven days from today. Without this script the pages still
// say on which day they were made.
(function freshDays() {
  var days = document.querySelectorAll('[data-date]');
  var made = document.querySelector('.updated time');
  if (!days.length || !made) return;
  var parts = {};
  new Intl.DateTimeFormat('en', {
    timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit',
  }).formatToParts(new Date()).forEach(function (p) { parts[p.type] = p.value; });
  var today = parts.year + '-' + parts.month + '-' + parts.day;
  if (today <= made.getAttribute('datetime')) return;
  var end = new Date(today + 'T12:00:00Z');
  end.setUTCDate(end.getUTCDate() + 7);
  end = end.toISOString().slice(0, 10);
  var box = document.querySelector('[data-today]');
  var found = false;
  for (var i = 0; i < days.length; i++) {
    var day = days[i];
    var date = day.getAttribute('data-date');
    if (date < today) {
      day.remove();
    } else if (box && date === today) {
      box.appendChild(day);
      day.hidden = false;
      found = true;
    } else if (day.hasAttribute('data-week')) {
      day.hidden = date >= end;
    }
  }
  if (box && !found) {
    var note = document.createElement('p');
    note.className = 'empty';
    note.textContent = box.getAttribute('data-stale');
    box.appendChild(note);
  }
})();

// Opening hours: the row of the visitor's today (in Europe/Amsterdam) is marked, in
// words too. Without this script the table simply lists the week.
(function markToday() {
  var table = document.querySelector('.week-table');
  if (!table) return;
  var day = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Amsterdam', weekday: 'short' })
    .format(new Date());
  var n = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(day) + 1;
  var row = table.querySelector('tr[data-weekday="' + n + '"]');
  if (!row) return;
  row.classList.add('today');
  var label = document.createElement('span');
  label.className = 'today-label';
  label.textContent = ' (' + table.getAttribute('data-today') + ')';
  row.querySelector('th').appendChild(label);
})();

// "Delen": the system's share sheet (phones have one), where the browser offers it; the
// e-mail link beside the button works everywhere. Nothing is sent to another site.
(function share() {
  var buttons = document.querySelectorAll('.share-button');
  if (!buttons.length || !navigator.share) return;
  Array.prototype.forEach.call(buttons, function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.share({ title: button.getAttribute('data-title'), url: button.getAttribute('data-url') })
        .catch(function () {});
    });
  });
})();
