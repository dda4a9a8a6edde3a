// buurtgids search: queries the static index the build wrote (zoeken/index.*.json).
// No stemmer runs here: the index maps every word form of the site to the stem tantivy
// gave it, so a query is analysed exactly as the index was. Scores are BM25 per stem and
// entry as one byte on one scale, so ranking is adding. Text goes into the page as text.
'use strict';

(function search() {
  var form = document.getElementById('search-form');
  if (!form || !window.fetch) return;
  var input = form.querySelector('#q');
  var facets = form.querySelector('.facets');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var fallback = document.querySelector('.search-fallback');
  var SHOWN = 50;
  var index = null;
  var formsSorted = null;

  // Lowercase and fold diacritics, then split on anything that is not a letter or digit:
  // what tantivy's SimpleTokenizer, LowerCaser and AsciiFoldingFilter do.
  var SPECIAL = { 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ĳ': 'ij' };
  function words(text) {
    var folded = text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')
      .replace(/[ßæœøłđðþĳ]/g, function (c) { return SPECIAL[c]; });
    return folded.split(/[^a-z0-9]+/).filter(function (w) { return w && w.length <= 40; });
  }

  // Edit distance, stopping early once it exceeds `max`.
  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var prev = [], cur, i, j;
    for (j = 0; j <= b.length; j++) prev[j] = j;
    for (i = 1; i <= a.length; i++) {
      cur = [i];
      var best = i;
      for (j = 1; j <= b.length; j++) {
        cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (cur[j] < best) best = cur[j];
      }
      if (best > max) return max + 1;
      prev = cur;
    }
    return prev[b.length];
  }

  // Forms starting with `prefix`, by binary search in the sorted list.
  function withPrefix(prefix) {
    var lo = 0, hi = formsSorted.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (formsSorted[mid] < prefix) lo = mid + 1; else hi = mid;
    }
    var out = [];
    while (lo < formsSorted.length && formsSorted[lo].lastIndexOf(prefix, 0) === 0) out.push(formsSorted[lo++]);
    return out;
  }

  // The closest form within one edit (from 4 letters) or two (from 8), preferring
  // the form found in the most entries.
  function correct(word) {
    var max = word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
    if (!max) return null;
    var best = null, bestD = max + 1, bestN = -1;
    for (var i = 0; i < formsSorted.length; i++) {
      var f = formsSorted[i];
      var d = distance(word, f, max);
      if (d > max) continue;
      var n = (index.postings[index.forms[f]] || []).length;
      if (d < bestD || (d === bestD && n > bestN)) { best = f; bestD = d; bestN = n; }
    }
    return best;
  }

  // The stems of a form: its own, and those of its parts when it is a compound.
  function stemsOf(form) {
    var stems = [index.forms[form]];
    (index.parts[form] || []).forEach(function (p) { if (index.forms[p]) stems.push(index.forms[p]); });
    return stems;
  }

  // Adds the scores of `stems` to `into`; per document only the best expansion counts
  // when a word stands for several forms (a prefix).
  function scoreWord(groups, into) {
    var best = {};
    groups.forEach(function (stems) {
      var sum = {};
      stems.forEach(function (stem) {
        var p = index.postings[stem] || [];
        for (var i = 0; i < p.length; i += 2) sum[p[i]] = (sum[p[i]] || 0) + p[i + 1];
      });
      Object.keys(sum).forEach(function (d) { if (!(d in best) || sum[d] > best[d]) best[d] = sum[d]; });
    });
    Object.keys(best).forEach(function (d) { into[d] = (into[d] || 0) + best[d]; });
  }

  // Runs a query: returns {docs: [[doc, score]], corrected: text or null, words: n}.
  function run(text, exact) {
    var ws = words(text).filter(function (w) { return index.stop.indexOf(w) < 0; });
    var scores = {};
    var corrected = [], changed = false;
    var lastIsPrefix = !exact && !/\s$/.test(text);
    ws.forEach(function (w, n) {
      var groups = [];
      if (index.forms[w]) groups.push(stemsOf(w));
      if (lastIsPrefix && n === ws.length - 1 && w.length >= 2) {
        withPrefix(w).forEach(function (f) { if (f !== w) groups.push(stemsOf(f)); });
      }
      if (!groups.length && !exact) {
        var c = correct(w);
        if (c) { groups.push(stemsOf(c)); corrected.push(c); changed = true; return scoreWord(groups, scores); }
      }
      corrected.push(w);
      scoreWord(groups, scores);
    });
    var docs = Object.keys(scores).map(function (d) { return [+d, scores[d]]; });
    docs.sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
    return { docs: docs, corrected: changed ? corrected.join(' ') : null, words: ws.length };
  }

  // The filters chosen in the form, as positions in the index's lists.
  function filters() {
    var pos = function (name, list) {
      var v = form.elements[name] && form.elements[name].value;
      if (!v) return -1;
      for (var i = 0; i < list.length; i++) if (list[i][0] === v) return i;
      return -2;
    };
    return {
      area: pos('wijk', index.areas),
      kind: pos('soort', index.kinds),
      category: pos('onderwerp', index.categories),
      audience: pos('voor', index.audiences),
      day: form.elements.dag.value === '' ? -1 : +form.elements.dag.value,
      free: form.elements.gratis.checked,
      wheelchair: form.elements.rolstoel.checked,
    };
  }

  function passes(doc, f) {
    if (f.area !== -1 && !(doc.all || (doc.a || []).indexOf(f.area) >= 0)) return false;
    if (f.kind !== -1 && doc.k !== f.kind) return false;
    if (f.category !== -1 && (doc.c || []).indexOf(f.category) < 0) return false;
    if (f.audience !== -1 && (doc.au || []).indexOf(f.audience) < 0) return false;
    if (f.day !== -1 && !((doc.d || 0) & (1 << f.day))) return false;
    if (f.free && !doc.f) return false;
    if (f.wheelchair && !doc.r) return false;
    return true;
  }

  function filtering(f) {
    return f.area !== -1 || f.kind !== -1 || f.category !== -1 || f.audience !== -1 ||
      f.day !== -1 || f.free || f.wheelchair;
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  function say(template, n) { return template.replace('{n}', n); }

  function render() {
    var text = input.value;
    var f = filters();
    var result;
    var meaningful = words(text).filter(function (w) { return index.stop.indexOf(w) < 0; });
    if (meaningful.length) {
      result = run(text, false);
    } else if (filtering(f)) {
      // Filters alone: everything that passes, by title.
      result = { docs: index.docs.map(function (d, n) { return [n, 0]; }), corrected: null, words: 0 };
      result.docs.sort(function (a, b) { return index.docs[a[0]].t.localeCompare(index.docs[b[0]].t, 'nl'); });
    } else {
      list.textContent = '';
      status.textContent = '';
      fallback.hidden = false;
      return;
    }
    var hits = result.docs.filter(function (d) { return passes(index.docs[d[0]], f); });
    fallback.hidden = true;
    list.textContent = '';
    hits.slice(0, SHOWN).forEach(function (hit) {
      var doc = index.docs[hit[0]];
      var li = el('li', 'result');
      var h = el('h2', 'result-title');
      var a = el('a', null, doc.t);
      a.href = doc.u;
      h.appendChild(a);
      li.appendChild(h);
      var meta = [index.kinds[doc.k][1]];
      if (doc.w) meta.push(doc.w);
      var m = el('p', 'result-meta', meta.join(' · '));
      if (doc.p) {
        m.appendChild(document.createTextNode(' · '));
        m.appendChild(el(doc.f ? 'strong' : 'span', doc.f ? 'free' : null, doc.p));
      }
      li.appendChild(m);
      li.appendChild(el('p', null, doc.s));
      list.appendChild(li);
    });
    var line;
    if (!hits.length) line = form.dataset.none;
    else line = hits.length === 1 ? form.dataset.foundOne : say(form.dataset.foundMany, hits.length);
    if (hits.length && f.area >= 0) line += ' ' + form.dataset.in + ' ' + index.areas[f.area][1];
    line += '.';
    if (hits.length > SHOWN) line += ' ' + say(form.dataset.first, SHOWN);
    // One status line, read out whole: the count, the area, and a correction if any.
    if (result.corrected) line += ' ' + form.dataset.didYouMean + ': ' + result.corrected + '?';
    status.textContent = line;
  }

  // Keeps the address in step with the form, so a search can be shared or bookmarked.
  function remember() {
    var params = new URLSearchParams(new FormData(form));
    params.forEach(function (v, k) { if (!v) params.delete(k); });
    var query = params.toString();
    history.replaceState(null, '', location.pathname + (query ? '?' + query : ''));
  }

  var timer = null;
  function update() {
    clearTimeout(timer);
    timer = setTimeout(function () { if (index) { render(); remember(); } }, 120);
  }

  // Fill the form from the address, as the search box of another page sent it.
  var params = new URLSearchParams(location.search);
  params.forEach(function (v, k) {
    var field = form.elements[k];
    if (!field) return;
    if (field.type === 'checkbox') field.checked = v === '1';
    else field.value = v;
  });
  facets.hidden = false;

  fetch(form.dataset.index).then(function (r) {
    if (!r.ok) throw new Error(r.status);
    return r.json();
  }).then(function (data) {
    if (data.v !== 1) throw new Error('index version ' + data.v);
    index = data;
    formsSorted = Object.keys(index.forms).sort();
    window.buurtgidsSearch = { run: run, words: words };
    render();
  }).catch(function () {
    status.textContent = form.dataset.failed;
  });

  form.addEventListener('submit', function (e) { e.preventDefault(); if (index) { render(); remember(); } });
  form.addEventListener('input', update);
  form.addEventListener('change', update);
})();
