// Search in the browser: Dutch behaviour through the real runtime, the same ranking as
// tantivy (`buurtgids search`), and the search page's accessibility with results shown.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { site, close, open, axeViolations } from './harness.js';
import { sameRanking, fullRecall, RESIDENTS } from './agreement.js';


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

// Every title the runtime finds for a query, not only the first page shown.
async function allTitles(query) {
  const { page } = session;
  if (!page.url().includes('/zoeken/')) await page.goto(`${s.base}zoeken/`);
  await page.waitForFunction(() => window.buurtgidsSearch);
  return page.evaluate((q) => window.buurtgidsSearch.run(q, false)
    .then((r) => window.buurtgidsSearch.cards(r.docs.map((d) => d[0])))
    .then((cards) => cards.map((c) => c.t)), query);
}

test('compounds: ochtend, huis, zorg and vrijwilligerswerk find their compounds', async () => {
  assert.ok((await allTitles('ochtend')).includes('Koffieochtend in De Linde'));
  assert.ok((await allTitles('huis')).includes('Buurthuis De Linde'));
  assert.ok((await allTitles('zorg')).includes('Steun voor mantelzorgers'));
  const work = await search('q=vrijwilligerswerk');
  assert.ok(work.titles.includes('Vrijwilliger jongerencentrum'), work.titles.join(', '));
});

test('synonyms: words that are not on the page find what they mean, below the word itself', async () => {
  // The demo says "alleen", "maatje" and "weinig contact", never "eenzaam".
  const lonely = await search('q=eenzaam');
  assert.equal(lonely.titles[0], 'Maatjesproject Lindewaard', lonely.titles.join(', '));
  assert.match(lonely.status, /Ook gezocht op: [^.]*alleen/);
  // A phrase of a group, stop words between its words: "krap bij kas" is geldzorgen, and
  // "krap", on no page, is not taken for a typo.
  const money = await search('q=krap+bij+kas');
  assert.equal(money.titles[0], 'Hulp bij geldzorgen', money.titles.join(', '));
  assert.doesNotMatch(money.status, /Bedoelde u/);
  assert.match(money.status, /Ook gezocht op: geldzorgen/);
  // A compound that is on no page, of words that are.
  const tax = await search('q=belastinghulp');
  assert.ok(tax.titles.slice(0, 3).includes('Hulp bij de belastingaangifte'), tax.titles.join(', '));
  const transport = await search('q=vervoer');
  assert.ok(transport.titles.slice(0, 3).includes('Chauffeur buurtbus'), transport.titles.join(', '));
  const moving = await allTitles('bewegen');
  for (const title of ['Stoelyoga', 'Seniorenzwemmen', 'Wandelgroep Noord']) {
    assert.ok(moving.slice(0, 8).includes(title), `${title}: ${moving.join(', ')}`);
  }
  // A synonym's match is worth half a match of the word itself: "eenzaam" is on no
  // page, so no entry scores more than half of what it scores for a word also searched.
  const scores = (q) => session.page.evaluate((query) => window.buurtgidsSearch.run(query, true), q);
  const through = await scores('eenzaam');
  assert.ok(through.also.length >= 2, through.also.join(', '));
  const direct = await Promise.all(through.also.map(scores));
  for (const [doc, score] of through.docs) {
    const best = Math.max(...direct.map((r) => (r.docs.find((d) => d[0] === doc) || [0, 0])[1]));
    assert.ok(score > 0 && score <= best / 2 + 0.01, `doc ${doc}: ${score}, best synonym ${best}`);
  }
});

test("the site's own synonyms and an entry's keywords are searched", async () => {
  // site.toml: ["patronaat", "dorpshuis het heike"], ["de kamp", "heikamp"].
  const old = await search('q=patronaat');
  assert.equal(old.titles[0], 'Dorpshuis Het Heike', old.titles.join(', '));
  assert.match(old.status, /Ook gezocht op: dorpshuis het heike\./);
  const nickname = await search('q=kamp');
  assert.equal(nickname.titles[0], 'Heikamp', nickname.titles.join(', '));
  // keywords: [blauwe envelop, aangiftebrief] of the tax help, words its text lacks.
  const envelope = await search('q=blauwe+envelop');
  assert.equal(envelope.titles[0], 'Hulp bij de belastingaangifte', envelope.titles.join(', '));
});

test('compounds split against the Dutch dictionary: "belasting" finds the belastingaangifte', async () => {
  const r = await search('q=belasting');
  assert.equal(r.titles[0], 'Hulp bij de belastingaangifte', r.titles.join(', '));
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

test('"in your language" finds what is held in it, alone and within a wijk', async () => {
  // The choice names each language in Dutch and in itself.
  await session.page.goto(`${s.base}zoeken/`);
  const choices = await session.page.locator('#f-taal option').allInnerTexts();
  assert.deepEqual(choices.slice(1), ['Arabisch – العربية', 'Engels – English', 'Turks – Türkçe']);
  const arabic = await search('taal=ar');
  assert.deepEqual([...arabic.titles].sort(), ["Formulierenhulp 't Anker", "Taalcafé 't Anker"]);
  const turkish = await search('taal=tr&wijk=havenkwartier');
  assert.deepEqual([...turkish.titles].sort(), ["Formulierenhulp 't Anker", 'Yusuf Demir']);
  const none = await search('taal=tr&wijk=oudeweer');
  assert.deepEqual(none.titles, []);
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
  await page.locator('#search-results[data-query="koffie"]').waitFor({ state: 'attached' });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'q', 'typing keeps focus');
  assert.match(page.url(), /\?q=koffie/, 'the address follows the search');
  assert.deepEqual(await axeViolations(page), []);
  // The status line is the only live region, and the list is not one.
  assert.equal(await page.locator('[role=status], [aria-live]').count(), 1);
});

test('the home page box shows the first results while typing and leads to all of them', async () => {
  const { page } = session;
  const fetched = [];
  const listen = (r) => { if (r.url().includes('/zoeken/')) fetched.push(r.url()); };
  page.on('request', listen);
  await page.goto(s.base);
  await page.waitForLoadState('networkidle');
  assert.deepEqual(fetched, [], 'nothing of the index is fetched before the box is used');
  await page.locator('#q').click();
  await page.keyboard.type('koffie');
  // The list says which query it shows, so the test waits for the last one.
  await page.locator('#search-results[data-query="koffie"]').waitFor({ state: 'attached' });
  page.off('request', listen);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'q', 'typing keeps focus');
  const titles = await page.locator('#search-results .result-title').allInnerTexts();
  assert.equal(titles.length, 5, titles.join(', '));
  assert.ok(titles.includes('Koffieochtend in De Linde'), titles.join(', '));
  assert.match(await page.locator('#search-status').innerText(), /resultaten gevonden\. De eerste 5/);
  assert.equal(new URL(page.url()).search, '', 'the home page keeps its address');
  const all = page.locator('#search-all');
  assert.ok(await all.isVisible());
  assert.match(await all.getAttribute('href'), /\/zoeken\/\?q=koffie$/);
  assert.deepEqual(await axeViolations(page), []);
  // Enter sends the query to the search page, with its filters and every result.
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/zoeken\/\?q=koffie/);
  await page.waitForFunction(() => document.querySelectorAll('#search-results li').length >= 10);
});

test('the browser ranks as tantivy does, up to the score quantisation', async () => {
  await sameRanking(s, session, 50, RESIDENTS);
});

test('a prefix finds every entry with a word that starts with it (recall 100%)', async () => {
  await fullRecall(s, session, ['koff', 'mantel', 'wandel', 'taal', 'repa', 'dement', 'biljart', 'comput', 'kleding']);
});
