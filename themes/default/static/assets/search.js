// buurtgids search: queries the static index the build wrote (zoeken/<hash>/), fetching
// only the files a query needs: the term shard of each word, the postings of its stems,
// the cards of the results shown, and the facet lists chosen. Every file is raw deflate.
// No stemmer runs here: the shards map every word form of the site to the stem tantivy
// gave it, so a query is analysed exactly as the index was. Scores are BM25 per stem and
// entry as one byte on one scale, so ranking is adding. Text goes into the page as text.
//
// On the search page the form has facets and the address follows the form. The home
// page's box shows the first few results as the resident types and links to the search
// page for the rest; it fetches the index only once the box is used.
//
// The format of the index is described once, in the build's src/search/export.rs.
// Sections: words, index decoding, correction, scoring, facets, page.
'use strict';

(function search() {
  var form = document.getElementById('search-form');
  if (!form || !window.fetch || !window.DecompressionStream || !window.TextDecoder) return;
  var input = form.querySelector('#q');
  var facets = form.querySelector('.facets');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  var all = document.getElementById('search-all');
  var fallback = document.querySelector('.search-fallback');
  var PAGE = +form.dataset.page || 10;
  var dir = form.dataset.index.slice(0, form.dataset.index.lastIndexOf('/') + 1);
  var meta = null;
  var bundle = null;
  var files = {};

  // == Words: what the build's analyzer does before stemming ==

  // Lowercase and fold diacritics, then split on anything that is not a letter or digit:
  // what tantivy's SimpleTokenizer, LowerCaser and AsciiFoldingFilter do.
  var SPECIAL = { 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ĳ': 'ij' };
  function words(text) {
    var folded = text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')
      .replace(/[ßæœøłđðþĳ]/g, function (c) { return SPECIAL[c]; });
    return folded.split(/[^a-z0-9]+/).filter(function (w) { return w && w.length <= 40; });
  }

  // == Index decoding: the files of src/search/export.rs ==

  // A file of the index, inflated, fetched once.
  function bytes(path) {
    if (!files[path]) {
      files[path] = fetch(dir + path).then(function (r) {
        if (!r.ok) throw new Error(path + ': ' + r.status);
        return new Response(r.body.pipeThrough(new DecompressionStream('deflate-raw'))).arrayBuffer();
      }).then(function (b) { return new Uint8Array(b); });
    }
    return files[path];
  }
  var parsed = {};
  function json(path) {
    if (!parsed[path]) parsed[path] = bytes(path).then(function (b) { return JSON.parse(new TextDecoder().decode(b)); });
    return parsed[path];
  }

  // `[count, gap, gap, ...]` as varints: the ascending entries, and where the list ends.
  function docList(b) {
    var pos = 0;
    function next() {
      var n = 0, shift = 0, c;
      do { c = b[pos++]; n += (c & 127) * Math.pow(2, shift); shift += 7; } while (c & 128);
      return n;
    }
    var count = next(), docs = new Array(count), last = 0;
    for (var i = 0; i < count; i++) { last += next(); docs[i] = last; }
    return { docs: docs, end: pos };
  }
  // Postings inside a shard or the bundle: `[gap, score, gap, score, ...]`.
  function inlinePostings(flat) {
    var docs = [], scores = [], last = 0;
    for (var i = 0; i < flat.length; i += 2) { last += flat[i]; docs.push(last); scores.push(flat[i + 1]); }
    return { docs: docs, scores: scores };
  }

  // Sorted words written as `shared:rest`, where `shared` counts the letters the word
  // has in common with the one before (see `front_coded` in the build).
  function unfront(text) {
    var out = [], before = '';
    (text ? text.split(',') : []).forEach(function (e) {
      var colon = e.indexOf(':');
      before = before.slice(0, +e.slice(0, colon)) + e.slice(colon + 1);
      out.push(before);
    });
    return out;
  }
  var keys = null, xs = null;
  function loose() { return xs || (xs = unfront(meta.xs)); }
  function shardKeys() { return keys || (keys = bundle ? Object.keys(bundle.t) : unfront(meta.shards)); }
  function shard(key) { return bundle ? Promise.resolve(bundle.t[key]) : json('t/' + key + '.bin'); }

  // The shard that holds `word`: the longest key it starts with.
  function shardOf(word) {
    var best = null;
    shardKeys().forEach(function (k) {
      if (word.lastIndexOf(k, 0) === 0 && (!best || k.length > best.length)) best = k;
    });
    return best;
  }
  // The shards holding words that start with `prefix`.
  function shardsFrom(prefix) {
    return shardKeys().filter(function (k) {
      return k.lastIndexOf(prefix, 0) === 0 || prefix.lastIndexOf(k, 0) === 0;
    });
  }

  // The postings of a stem, as the shard that named it describes them: inline, in the
  // bundle, in its own file, or (`x`) the ready-made postings of a prefix.
  function postings(stem, info) {
    if (typeof info === 'object') return Promise.resolve(inlinePostings(info || []));
    if (bundle) return Promise.resolve(inlinePostings(bundle.p[stem] || []));
    var path = info === 'x' ? 'x/' + stem.slice(1) + '.bin' : 'p/' + stem + '.bin';
    return bytes(path).then(function (b) {
      var l = docList(b);
      return { docs: l.docs, scores: b.subarray(l.end, l.end + l.docs.length) };
    });
  }
  function entriesOf(info) { return typeof info === 'number' ? info : info.length / 2; }

  // == Correction: a word not in the index, within one or two edits ==

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

  // Candidate forms for a typo, as [form, entries]: any one edit keeps the first or the
  // second letter in place, or moves one of them to the other's place.
  function candidates(word) {
    if (bundle) {
      var all = [];
      Object.keys(bundle.t).forEach(function (k) {
        var s = bundle.t[k];
        Object.keys(s.w).forEach(function (f) { all.push([f, entriesOf(s.s[ownStem(s, f)])]); });
      });
      return Promise.resolve(all);
    }
    var paths = [];
    [word[0], word[1]].forEach(function (c) {
      if (meta.d.indexOf(c) >= 0) paths.push('d/' + c + '.bin');
      if (meta.e.indexOf(c) >= 0) paths.push('e/' + c + '.bin');
    });
    return Promise.all(paths.map(bytes)).then(function (lists) {
      var out = [];
      lists.forEach(function (b) {
        new TextDecoder().decode(b).split('\n').forEach(function (line) {
          var comma = line.lastIndexOf(',');
          out.push([line.slice(0, comma), +line.slice(comma + 1)]);
        });
      });
      return out;
    });
  }

  // The closest form within one edit (from 4 letters) or two (from 8), preferring the
  // form found in the most entries.
  function correct(word) {
    var max = word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
    if (!max) return Promise.resolve(null);
    return candidates(word).then(function (forms) {
      var best = null, bestD = max + 1, bestN = -1;
      forms.forEach(function (c) {
        var d = distance(word, c[0], max);
        if (d > max) return;
        if (d < bestD || (d === bestD && (c[1] > bestN || (c[1] === bestN && c[0] < best)))) {
          best = c[0]; bestD = d; bestN = c[1];
        }
      });
      return best;
    });
  }

  // == Scoring: the words of a query, their stems and the sum of their scores ==

  // The stems a form stands for (its own, and its parts' when it is a compound), each
  // with what its shard says about its postings.
  function stemsOf(s, form) {
    var refs = s.w[form];
    return (typeof refs === 'string' ? [refs] : refs).map(function (stem) { return [stem, s.s[stem]]; });
  }

  function ownStem(s, form) { return typeof s.w[form] === 'string' ? s.w[form] : s.w[form][0]; }

  // The groups of stems one query word stands for: the word itself with the parts of a
  // compound; each of its synonyms, worth `meta.syn` of a match of the word (`weight`),
  // and named for the status line (`shown`); and, while it is being typed, every longer
  // form by its own stem (so "koffie" finds "koffieochtend", not everything with
  // "ochtend").
  function expand(word, prefix) {
    var key = shardOf(word);
    return (key ? shard(key) : Promise.resolve(null)).then(function (s) {
      var groups = [];
      if (s && s.w[word]) groups.push(stemsOf(s, word));
      ((s && s.y && s.y[word]) || []).forEach(function (y) {
        var g = y.slice(1).map(function (stem) { return [stem, s.s[stem]]; });
        g.weight = meta.syn;
        g.shown = y[0];
        groups.push(g);
      });
      // A word that is neither on the site nor in a synonym group may be a compound of
      // words that are.
      var whole = s && (s.w[word] || (s.y && s.y[word]));
      return (whole ? Promise.resolve(null) : split(word)).then(function (parts) {
        if (parts) {
          var g = [];
          parts.forEach(function (p) {
            var stem = ownStem(p[1], p[0]);
            if (!g.some(function (x) { return x[0] === stem; })) g.push([stem, p[1].s[stem]]);
          });
          groups.push(g);
        }
        return prefix ? withPrefix(word, s, groups) : groups;
      });
    });
  }

  // The shard holding `form` when it is a word of the site, else null.
  function known(form) {
    var key = shardOf(form);
    return (key ? shard(key) : Promise.resolve(null)).then(function (s) { return s && s.w[form] ? s : null; });
  }

  // A word that is not on the site, split into words that are ("belastinghulp" into
  // "belasting" and "hulp"), with a linking -s-, -e- or -en- between them, the longest
  // first word first, as `split_into_forms` in the build does: [[form, its shard], ...],
  // or null.
  function split(word) {
    if (!/^[a-z0-9]+$/.test(word) || word.length < 6) return Promise.resolve(null);
    var cuts = [];
    for (var cut = word.length - 3; cut >= 3; cut--) cuts.push(cut);
    return cuts.reduce(function (before, cut) {
      return before.then(function (found) {
        if (found) return found;
        var head = word.slice(0, cut), rest = word.slice(cut);
        return known(head).then(function (hs) {
          if (!hs) return null;
          return ['', 's', 'e', 'en'].reduce(function (done, link) {
            return done.then(function (f) {
              if (f || rest.lastIndexOf(link, 0) !== 0 || rest.length - link.length < 3) return f;
              var tail = rest.slice(link.length);
              return known(tail).then(function (ts) {
                if (ts) return [[head, hs], [tail, ts]];
                return split(tail).then(function (more) { return more ? [[head, hs]].concat(more) : null; });
              });
            });
          }, Promise.resolve(null));
        });
      });
    }, Promise.resolve(null));
  }

  // The groups of a word being typed: every longer form by its own stem, or the
  // ready-made postings of its prefix.
  function withPrefix(word, s, groups) {
    if (!bundle && ((s && s.x && s.x.indexOf(word) >= 0) || loose().indexOf(word) >= 0)) {
      // The ready-made prefix holds the word's own stem already: keep the word's group
      // only for a compound, whose parts add to it.
      if (s && s.w[word] && groups[0].length === 1) groups.shift();
      groups.push([['~' + word, 'x']]);
      return groups;
    }
    return Promise.all(shardsFrom(word).map(shard)).then(function (shards) {
      shards.forEach(function (t) {
        Object.keys(t.w).forEach(function (f) {
          if (f === word || f.lastIndexOf(word, 0) !== 0) return;
          var stem = ownStem(t, f);
          groups.push([[stem, t.s[stem]]]);
        });
      });
      return groups;
    });
  }

  // Adds a word's score to `total`; when a word stands for several groups (a prefix, a
  // synonym), only its best group counts per entry, a synonym's at its weight. `found`
  // collects the entries scored.
  function scoreWord(groups, total, found) {
    var wanted = {};
    groups.forEach(function (g) { g.forEach(function (s) { wanted[s[0]] = s[1]; }); });
    var stems = Object.keys(wanted);
    return Promise.all(stems.map(function (s) { return postings(s, wanted[s]); })).then(function (lists) {
      var byStem = {};
      stems.forEach(function (s, i) { byStem[s] = lists[i]; });
      var sum = new Uint16Array(meta.docs), has = new Uint8Array(meta.docs);
      var best = new Float64Array(meta.docs), inBest = [];
      groups.forEach(function (g) {
        var touched = [];
        g.forEach(function (s) {
          var p = byStem[s[0]];
          for (var i = 0; i < p.docs.length; i++) {
            var d = p.docs[i];
            if (!sum[d]) touched.push(d);
            sum[d] += p.scores[i];
            has[d] += 1;
          }
        });
        // A synonym of several words matches only where all of them are.
        var weight = g.weight || 1, all = g.weight ? g.length : 1;
        touched.forEach(function (d) {
          if (has[d] >= all) {
            if (!best[d]) inBest.push(d);
            if (sum[d] * weight > best[d]) best[d] = sum[d] * weight;
          }
          sum[d] = 0;
          has[d] = 0;
        });
      });
      inBest.forEach(function (d) {
        if (!total[d]) found.push(d);
        total[d] += best[d];
      });
    });
  }

  // The phrases of synonym groups in a query ("krap bij kas": the words one after the
  // other, stop words left out), in order: [{start, end, synonyms: [[shown, stems...]],
  // shard}]. Each brings in its group as alternatives to its last word.
  function phrases(ws) {
    var asks = [];
    ws.forEach(function (w, start) {
      for (var end = start + 2; end <= Math.min(start + 4, ws.length); end++) {
        (function (key, start, end) {
          var at = shardOf(key);
          if (!at) return;
          asks.push(shard(at).then(function (s) {
            return s && s.y && s.y[key] ? { start: start, end: end, synonyms: s.y[key], shard: s } : null;
          }));
        })(ws.slice(start, end).join(' '), start, end);
      }
    });
    return Promise.all(asks).then(function (found) { return found.filter(Boolean); });
  }

  // Adds the synonyms of the phrases found to the groups of their last words, each once.
  function addPhrases(found, perWord) {
    found.forEach(function (p) {
      var groups = perWord[p.end - 1][1];
      p.synonyms.forEach(function (y) {
        var stems = y.slice(1);
        var known = groups.some(function (g) {
          return g.weight && g.length === stems.length && g.every(function (x, i) { return x[0] === stems[i]; });
        });
        if (known) return;
        var g = stems.map(function (stem) { return [stem, p.shard.s[stem]]; });
        g.weight = meta.syn;
        g.shown = y[0];
        groups.push(g);
      });
    });
  }

  function meaningful(text) {
    return words(text).filter(function (w) { return meta.stop.indexOf(w) < 0; });
  }

  // Runs a query. Resolves to {docs: [[entry, score]], corrected: text or null, also:
  // the synonyms searched too}; with `exact`, the last word is not a prefix and typos
  // are not corrected.
  function run(text, exact) {
    var ws = meaningful(text);
    var lastIsPrefix = !exact && !/\s$/.test(text);
    var changed = false;
    return phrases(ws).then(function (found) {
      // A word of a phrase that was found is meant as it is written: no typo.
      var inPhrase = {};
      found.forEach(function (p) { for (var n = p.start; n < p.end; n++) inPhrase[n] = true; });
      return Promise.all(ws.map(function (w, n) {
        var prefix = lastIsPrefix && n === ws.length - 1 && w.length >= 3;
        return expand(w, prefix).then(function (groups) {
          if (groups.length || exact || inPhrase[n]) return [w, groups];
          return correct(w).then(function (c) {
            if (!c) return [w, groups];
            changed = true;
            return expand(c, false).then(function (g) { return [c, g]; });
          });
        });
      })).then(function (perWord) {
        addPhrases(found, perWord);
        return perWord;
      });
    }).then(function (perWord) {
      var total = new Float64Array(meta.docs), found = [];
      return Promise.all(perWord.map(function (p) { return scoreWord(p[1], total, found); })).then(function () {
        var docs = found.map(function (d) { return [d, total[d]]; });
        docs.sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
        var also = [];
        perWord.forEach(function (p) {
          p[1].forEach(function (g) { if (g.shown && also.indexOf(g.shown) < 0) also.push(g.shown); });
        });
        return { docs: docs, corrected: changed ? perWord.map(function (p) { return p[0]; }).join(' ') : null, also: also };
      });
    });
  }

  // == Facets: the filters of the form as lists of entries ==

  // The entries of a facet list, ascending (so in title order).
  function facetList(name) {
    if (!bundle) return bytes('f/' + name + '.bin').then(function (b) { return docList(b).docs; });
    var dash = name.indexOf('-');
    if (dash < 0) return Promise.resolve(bundle.f[name] || []);
    return Promise.all([facetList(name.slice(0, dash)), facetList(name.slice(dash + 1))]).then(function (l) {
      return intersect([l[0], l[1]]);
    });
  }
  function intersect(lists) {
    var out = lists[0];
    lists.slice(1).forEach(function (l) {
      var set = new Set(l);
      out = out.filter(function (d) { return set.has(d); });
    });
    return out;
  }

  // The filters chosen in the form: the names of their lists, and the area's name.
  function filters() {
    var names = [], area = null;
    var pick = function (field, list, letter) {
      var v = form.elements[field] && form.elements[field].value;
      if (!v) return;
      var i = list.map(function (x) { return x[0]; }).indexOf(v);
      if (field === 'wijk') area = i; else names.push(i < 0 ? null : letter + i);
    };
    pick('wijk', meta.areas);
    pick('soort', meta.kinds, 'k');
    pick('onderwerp', meta.categories, 'c');
    pick('voor', meta.audiences, 'u');
    pick('taal', meta.languages || [], 'l');
    var fields = form.elements;
    if (fields.dag && fields.dag.value !== '') names.push('d' + fields.dag.value);
    if (fields.gratis && fields.gratis.checked) names.push('free');
    if (fields.rolstoel && fields.rolstoel.checked) names.push('wheel');
    if (area === -1 || names.indexOf(null) >= 0) return { lists: [], none: true };
    if (area !== null) {
      names = names.length ? names.map(function (n) { return 'a' + area + '-' + n; }) : ['a' + area];
    }
    return { lists: names, area: area, none: false };
  }

  // == Page: cards, the status line, the form and the address ==

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  function say(template, n) { return template.replace('{n}', n); }

  // The form of a text for the number n, from its plural forms (a JSON object keyed by
  // CLDR's categories, as the theme's i18n file gives them), chosen by the page's language.
  var rules = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang) : null;
  function plural(forms, n) {
    var f = JSON.parse(forms);
    var category = rules ? rules.select(n) : n === 1 ? 'one' : 'other';
    return f[category] || f.other;
  }

  // Cards come in groups of `meta.cg`, one file each.
  function card(n) {
    if (bundle) return Promise.resolve(bundle.c[n]);
    return json('c/' + Math.floor(n / meta.cg) + '.bin').then(function (group) { return group[n % meta.cg]; });
  }

  // The result cards of `hits`, as list items in a fragment.
  function cardsFor(hits) {
    return Promise.all(hits.map(function (h) { return card(h[0]); })).then(function (cards) {
      var items = document.createDocumentFragment();
      cards.forEach(function (c) {
        var li = el('li', 'result');
        var h = el('h2', 'result-title');
        var a = el('a', null, c.t);
        a.href = meta.root + c.u;
        // An entry not translated into the page's language: its words in the language
        // they are written in, for the screen reader's voice.
        var other = form.dataset.textLang && !c.x;
        // On a right-to-left page, its own direction too.
        if (other) { a.lang = form.dataset.textLang; a.dir = 'auto'; }
        h.appendChild(a);
        li.appendChild(h);
        var m = el('p', 'result-meta', [meta.kinds[c.k][1]].concat(c.w ? [c.w] : []).join(' · '));
        if (c.p) {
          m.appendChild(document.createTextNode(' · '));
          m.appendChild(el(c.f ? 'strong' : 'span', c.f ? 'free' : null, c.p));
        }
        li.appendChild(m);
        var summary = el('p', null, c.s);
        if (other) { summary.lang = form.dataset.textLang; summary.dir = 'auto'; }
        li.appendChild(summary);
        items.appendChild(li);
      });
      return items;
    });
  }

  var current = null;
  var latest = 0;

  // The status line, read out whole: the count, the area, a correction if any.
  function statusLine(r) {
    var n = r.hits.length;
    var line = !n ? form.dataset.none : say(plural(form.dataset.found, n), n);
    if (n && r.area != null) line += ' ' + form.dataset.in + ' ' + meta.areas[r.area][1];
    line += '.';
    if (n > r.shown) line += ' ' + say(form.dataset.first, r.shown);
    if (r.corrected) line += ' ' + form.dataset.didYouMean + ': ' + r.corrected + '?';
    if (r.also && r.also.length) line += ' ' + form.dataset.also + ': ' + r.also.join(', ') + '.';
    return line;
  }

  function render() {
    var text = input.value;
    var f = filters();
    var ask = ++latest;
    var hasWords = meaningful(text).length > 0;
    if (!hasWords && !f.lists.length && !f.none) {
      list.textContent = '';
      status.textContent = '';
      show(more, false);
      show(all, false);
      show(fallback, true);
      return Promise.resolve();
    }
    var found = hasWords ? run(text, false) : Promise.resolve(null);
    var allowed = f.none ? Promise.resolve([]) : f.lists.length
      ? Promise.all(f.lists.map(facetList)).then(intersect) : Promise.resolve(null);
    return Promise.all([found, allowed]).then(function (r) {
      var result = r[0], only = r[1];
      var hits;
      if (!result) hits = only.map(function (d) { return [d, 0]; });
      else if (!only) hits = result.docs;
      else {
        var set = new Set(only);
        hits = result.docs.filter(function (d) { return set.has(d[0]); });
      }
      var shown = hits.slice(0, PAGE);
      return showCardsFor(ask, shown, true).then(function (ok) {
        if (!ok) return;
        current = { hits: hits, shown: shown.length, area: f.area, corrected: result && result.corrected,
          also: result && result.also };
        status.textContent = statusLine(current);
        list.dataset.query = text;
        show(more, hits.length > shown.length);
        show(all, hits.length > shown.length);
      });
    });
  }

  // Shows the cards of `hits` unless a newer query came in meanwhile; `fresh` empties
  // the list first. Resolves to whether it showed them.
  function showCardsFor(ask, hits, fresh) {
    return cardsFor(hits).then(function (items) {
      if (ask !== latest) return false;
      show(fallback, false);
      if (fresh) list.textContent = '';
      list.appendChild(items);
      return true;
    });
  }

  // Shows or hides an optional part of the page.
  function show(part, shown) { if (part) part.hidden = !shown; }

  if (more) more.addEventListener('click', function () {
    if (!current) return;
    var next = current.hits.slice(current.shown, current.shown + PAGE);
    showCardsFor(latest, next, false).then(function (ok) {
      if (!ok) return;
      current.shown += next.length;
      status.textContent = statusLine(current);
      show(more, current.hits.length > current.shown);
    }).catch(failed);
  });

  // Keeps the address in step with the form, so a search can be shared or bookmarked.
  function remember() {
    if (!facets) return;
    var params = new URLSearchParams(new FormData(form));
    params.forEach(function (v, k) { if (!v) params.delete(k); });
    var query = params.toString();
    history.replaceState(null, '', location.pathname + (query ? '?' + query : ''));
  }

  function failed() { status.textContent = form.dataset.failed; }

  // The link to every result follows the box at once, not when the results come in.
  function follow() {
    if (all) all.href = form.action + '?q=' + encodeURIComponent(input.value.trim());
  }

  var timer = null;
  function update() {
    follow();
    clearTimeout(timer);
    timer = setTimeout(function () { if (meta) { render().catch(failed); remember(); } }, 120);
  }

  // Fill the form from the address, as the search box of another page sent it.
  new URLSearchParams(location.search).forEach(function (v, k) {
    var field = form.elements[k];
    if (!field) return;
    if (field.type === 'checkbox') field.checked = v === '1';
    else field.value = v;
  });
  if (facets) facets.hidden = false;

  var started = null;
  function start() {
    if (!started) {
      started = json('meta.bin').then(function (data) {
        if (data.v !== 5) throw new Error('index version ' + data.v);
        meta = data;
        bundle = data.bundle || null;
        window.buurtgidsSearch = {
          run: run,
          words: words,
          meta: meta,
          cards: function (docs) { return Promise.all(docs.map(card)); },
        };
        return render();
      }).catch(failed);
    }
    return started;
  }
  // The search page searches at once (the address may hold a query); the home page
  // waits until the box is used.
  if (facets || input.value) start();
  else {
    input.addEventListener('focus', start);
    input.addEventListener('input', start);
  }

  // On the search page, searching is done here; the home page's box sends the query to
  // the search page, with its filters and every result.
  if (facets) form.addEventListener('submit', function (e) { e.preventDefault(); if (meta) { render().catch(failed); remember(); } });
  form.addEventListener('input', update);
  form.addEventListener('change', update);
})();
