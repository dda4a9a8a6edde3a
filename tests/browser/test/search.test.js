// Search in the browser: Dutch behaviour through the real runtime, the same ranking as
// tantivy (`buurtgids search`), and the search page's accessibility with results shown.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { site, close, open, binary, repo, axeViolations, searchIndex, TODAY } from './harness.js';


let s;
let session;
before(async () => {
  s = await site();
  session = await open(s);
});
after(async () => {
  await session.context.close();
  await close();
});

// Searches as a resident does: the address a search box sends, then the results shown.
async function search(query) {
  const { page } = session;
  await page.goto(`${s.base}zoeken/?${query}`);
  await page.waitForFunction(() => document.getElementById('search-status').textContent !== ''
    || document.querySelector('.search-fallback').hidden === false);
  return {
    status: await page.locator('#search-status').innerText(),
    titles: await page.locator('#search-results .result-title').allInnerTexts(),
    fallback: await page.locator('.search-fallback').isVisible(),
  };
}

test('stemming: "wandelingen" finds the walking group', async () => {
  const r = await search('q=wandelingen');
  assert.ok(r.titles.includes('Wandelgroep Noord'), r.titles.join(', '));
});

test('folding: "cafe" finds "Café"', async () => {
  const r = await search('q=cafe');
  assert.ok(r.titles.includes('Alzheimer Café Lindewaard'), r.titles.join(', '));
});

test('compounds: ochtend, huis, zorg and vrijwilligerswerk find their compounds', async () => {
  assert.ok((await search('q=ochtend')).titles.includes('Koffieochtend in De Linde'));
  assert.ok((await search('q=huis')).titles.includes('Buurthuis De Linde'));
  assert.ok((await search('q=zorg')).titles.includes('Steun voor mantelzorgers'));
  assert.ok((await search('q=vrijwilligerswerk')).titles.includes('Vrijwilliger jongerencentrum'));
});

test('typos: "mantelzrog" finds mantelzorg in the top 5 and says what it searched', async () => {
  const r = await search('q=mantelzrog');
  assert.ok(r.titles.slice(0, 5).includes('Steun voor mantelzorgers'), r.titles.join(', '));
  assert.match(r.status, /Bedoelde u: mantelzorg\?/);
});

test('the last word counts as the start of a word while typing', async () => {
  const r = await search('q=koffieoch');
  assert.equal(r.titles[0], 'Koffieochtend in De Linde');
});

test('facets work alone and with words', async () => {
  const alone = await search('wijk=heikamp&dag=1');
  assert.ok(alone.titles.length > 0);
  assert.match(alone.status, /in Heikamp\./);
  const both = await search('q=koffie&gratis=1');
  assert.ok(both.titles.length > 0);
  const costs = await session.page.locator('#search-results .result-meta').allInnerTexts();
  assert.ok(costs.every((c) => /Gratis/.test(c)), costs.join(' | '));
});

test('odd queries give a sensible answer and no error', async () => {
  const stop = await search('q=de+het+een');
  assert.ok(stop.fallback, 'only stop words: the listings are offered');
  const empty = await search('q=');
  assert.ok(empty.fallback, 'an empty query: the listings are offered');
  const symbols = await search('q=%21%3F%25%26*');
  assert.ok(symbols.fallback);
  const long = await search('q=' + 'koffie%20'.repeat(250));
  assert.ok(long.titles.length > 0);
  const nothing = await search('q=xyzxyzxyz');
  assert.match(nothing.status, /Niets gevonden/);
  assert.deepEqual(session.problems.console, []);
  assert.deepEqual(session.problems.foreign, []);
});

test('the search page with results passes axe-core and keeps focus in the box', async () => {
  const { page } = session;
  await page.goto(`${s.base}zoeken/`);
  await page.locator('#q').click();
  await page.keyboard.type('koffie');
  await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'q', 'typing keeps focus');
  assert.match(page.url(), /\?q=koffie/, 'the address follows the search');
  assert.deepEqual(await axeViolations(page), []);
  // The status line is the only live region, and the list is not one.
  assert.equal(await page.locator('[role=status], [aria-live]').count(), 1);
});

test('the browser ranks as tantivy does, up to the score quantisation', async () => {
  const index = searchIndex(s);
  // 50 queries of one and two words the site uses, spread over the vocabulary.
  const forms = Object.keys(index.forms).sort().filter((f) => f.length >= 4);
  const queries = [];
  for (let i = 0; queries.length < 35; i += 7) queries.push(forms[i % forms.length]);
  for (let i = 3; queries.length < 50; i += 11) queries.push(`${forms[i % forms.length]} ${forms[(i * 3) % forms.length]}`);
  const { page } = session;
  await page.goto(`${s.base}zoeken/`);
  await page.waitForFunction(() => window.buurtgidsSearch);
  const failures = [];
  for (const q of queries) {
    const out = spawnSync(binary(), ['search', '--root', repo, '--today', TODAY, '--format', 'json',
      '--limit', '1000', q], { encoding: 'utf8' });
    assert.equal(out.status, 0, out.stderr);
    const tantivy = JSON.parse(out.stdout);
    const score = new Map(tantivy.map((h) => [h.doc, h.score]));
    const ours = await page.evaluate((q) => window.buurtgidsSearch.run(q, true).docs.slice(0, 10), q);
    const top = tantivy.slice(0, 10);
    // Rounding each word's byte can move a score by half a step per stem.
    const slack = index.scale * (q.split(' ').length * 4);
    if (ours.length !== top.length) failures.push(`${q}: ${ours.length} results, tantivy ${top.length}`);
    ours.forEach(([doc], i) => {
      if (!score.has(doc)) failures.push(`${q}: doc ${doc} is not a tantivy hit`);
      else if (score.get(doc) < top[i].score - slack) {
        failures.push(`${q}: rank ${i + 1} is doc ${doc} (${score.get(doc)}), tantivy has ${top[i].doc} (${top[i].score})`);
      }
    });
  }
  assert.deepEqual(failures, []);
});

test('a prefix finds every entry with a word that starts with it (recall 100%)', async () => {
  const index = searchIndex(s);
  const { page } = session;
  await page.goto(`${s.base}zoeken/`);
  await page.waitForFunction(() => window.buurtgidsSearch);
  // What an entry page shows of the entry itself, as the words a resident reads.
  const pageWords = new Map();
  for (const [n, doc] of index.docs.entries()) {
    if (index.kinds[doc.k][0] === 'area') continue; // area pages also list other entries
    const html = readFileSync(join(s.out, doc.u.slice('/sociale-kaart/'.length), 'index.html'), 'utf8');
    const article = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
    const text = article.replace(/<[^>]*>/g, ' ').replace(/&[a-z#0-9]+;/g, ' ');
    pageWords.set(n, await page.evaluate((t) => window.buurtgidsSearch.words(t), text));
  }
  const failures = [];
  for (const prefix of ['koff', 'mantel', 'wandel', 'taal', 'repa', 'dement', 'biljart', 'comput', 'kleding']) {
    const found = new Set(await page.evaluate((q) => window.buurtgidsSearch.run(q, false).docs.map((d) => d[0]), prefix));
    for (const [n, words] of pageWords) {
      if (words.some((w) => w.startsWith(prefix)) && !found.has(n)) {
        failures.push(`${prefix}: ${index.docs[n].t} has a word starting with it but is not found`);
      }
    }
  }
  assert.deepEqual(failures, []);
});
