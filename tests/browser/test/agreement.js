// Checks shared by the demo and the generated 5k site: the browser runtime ranks as
// tantivy does, and a prefix finds every entry that has a word starting with it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { binary, searchIndex, TODAY } from './harness.js';

// `count` queries of one and two words the site uses, spread over its vocabulary.
function queries(forms, count) {
  const long = forms.filter((f) => f.length >= 4);
  const out = [];
  const step = Math.max(1, Math.floor(long.length / count));
  for (let i = 0; out.length < Math.ceil(count * 0.7); i += step) out.push(long[i % long.length]);
  for (let i = 3; out.length < count; i += step * 2 + 1) {
    out.push(`${long[i % long.length]} ${long[(i * 3) % long.length]}`);
  }
  return out;
}

// Queries with what only the thesaurus knows: a word on no page, a phrase of a group
// (stop words between its words), a compound of words of the site that is not on it.
export const RESIDENTS = ['eenzaam', 'krap bij kas', 'ik heb weinig contact', 'vervoer', 'bewegen ouderen',
  'belastinghulp', 'bezoekwerk', 'computerhulp wijk'];

// The top 10 of the browser equals tantivy's (`buurtgids search`), up to ties within the
// score quantisation: each shown entry scores, in tantivy, at least what tantivy's entry
// at that rank scores minus the rounding of one byte per stem. `extra` queries are asked
// besides `count` from the site's words.
export async function sameRanking(s, session, count, extra = []) {
  const { meta, forms } = searchIndex(s);
  const asked = queries(forms, count).concat(extra);
  const out = spawnSync(binary(), ['search', '--root', s.root, '--today', TODAY, '--format', 'json',
    '--limit', '100000', ...asked], { encoding: 'utf8', maxBuffer: 1 << 30 });
  assert.equal(out.status, 0, out.stderr);
  const answers = out.stdout.trim().split('\n').map((line) => JSON.parse(line));
  const { page } = session;
  await page.goto(`${s.base}zoeken/`);
  await page.waitForFunction(() => window.buurtgidsSearch);
  const failures = [];
  for (const { query, hits } of answers) {
    const score = new Map(hits.map((h) => [h.doc, h.score]));
    const ours = await page.evaluate((q) => window.buurtgidsSearch.run(q, true)
      .then((r) => r.docs.slice(0, 10)), query);
    const top = hits.slice(0, 10);
    const slack = meta.scale * (query.split(' ').length * 4);
    const also = await page.evaluate((q) => window.buurtgidsSearch.run(q, true).then((r) => r.also), query);
    if (also.join('|') !== answers.find((a) => a.query === query).also.join('|')) {
      failures.push(`${query}: also searched ${also.join(', ')}; tantivy ${answers.find((a) => a.query === query).also.join(', ')}`);
    }
    if (ours.length !== top.length) failures.push(`${query}: ${ours.length} results, tantivy ${top.length}`);
    ours.forEach(([doc], i) => {
      if (!score.has(doc)) failures.push(`${query}: doc ${doc} is not a tantivy hit`);
      else if (score.get(doc) < top[i].score - slack) {
        failures.push(`${query}: rank ${i + 1} is doc ${doc} (${score.get(doc)}), tantivy has ${top[i].doc} (${top[i].score})`);
      }
    });
  }
  assert.equal(answers.length, count + extra.length);
  assert.deepEqual(failures, []);
}

// Every entry whose page shows a word starting with a prefix is found by that prefix.
export async function fullRecall(s, session, prefixes) {
  const { meta, cards } = searchIndex(s);
  const { page } = session;
  await page.goto(`${s.base}zoeken/`);
  await page.waitForFunction(() => window.buurtgidsSearch);
  // What an entry page shows of the entry itself, as the words a resident reads.
  const texts = [];
  for (const [n, card] of cards.entries()) {
    if (meta.kinds[card.k][0] === 'area') continue; // area pages also list other entries
    const html = readFileSync(join(s.out, card.u, 'index.html'), 'utf8');
    // The contact person's name and role belong to the person, not to this entry.
    const article = html.slice(html.indexOf('<article'), html.indexOf('</article>'))
      .replace(/<div class="?fact"?><dt>(Contact|Contactpersoon)<\/dt>.*?<\/dd><\/div>/gs, ' ')
      // Interface text is not the entry's: notes for screen readers, "Zet in uw agenda".
      .replace(/<span class="?visually-hidden"?>.*?<\/span>/gs, ' ')
      .replace(/<a [^>]*calendar-link[^>]*>.*?<\/a>/gs, ' ');
    texts.push([n, article.replace(/<[^>]*>/g, ' ').replace(/&[a-z#0-9]+;/g, ' ')]);
  }
  const pageWords = new Map();
  for (let i = 0; i < texts.length; i += 500) {
    const batch = texts.slice(i, i + 500);
    const words = await page.evaluate((ts) => ts.map((t) => window.buurtgidsSearch.words(t)), batch.map((t) => t[1]));
    batch.forEach(([n], j) => pageWords.set(n, words[j]));
  }
  const failures = [];
  for (const prefix of prefixes) {
    const found = new Set(await page.evaluate((q) => window.buurtgidsSearch.run(q, false)
      .then((r) => r.docs.map((d) => d[0])), prefix));
    let expected = 0;
    for (const [n, words] of pageWords) {
      const word = words.find((w) => w.startsWith(prefix));
      if (!word) continue;
      expected += 1;
      if (!found.has(n)) failures.push(`${prefix}: ${cards[n].u} has "${word}" but is not found`);
    }
    assert.ok(expected > 0, `no entry has a word starting with ${prefix}`);
  }
  assert.deepEqual(failures.slice(0, 20), []);
}
