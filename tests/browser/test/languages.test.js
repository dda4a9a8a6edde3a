// The demo in Dutch, English and Arabic, in a real browser: the switcher by keyboard leads
// to the same page in the other language, an entry not translated yet is read in a Dutch
// voice with a note in the page's language, the Arabic pages read right to left with
// times and phone numbers left to right, search works in each language and leads to
// that language's pages, and axe-core finds nothing on the English and Arabic pages at
// 320 and 1280 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { site, close, open, axeViolations, SUB } from './harness.js';

let s;
before(async () => {
  s = await site();
});
after(async () => {
  await close();
});

test('the switcher, by keyboard, leads to the same page in the other language and back', async () => {
  const { context, page, problems } = await open(s);
  await page.goto(`${s.base}activiteiten/breicafe/`);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'nl');
  // Skip link first, then the languages, each named in itself.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => [document.activeElement.textContent, document.activeElement.lang]);
  assert.deepEqual(focused, ['English', 'en']);
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`${SUB}en/activiteiten/breicafe/$`));
  assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), ['en', 'ltr']);
  assert.equal(await page.locator('.language-switch [aria-current="true"]').textContent(), 'English');
  assert.equal(await page.locator('.kind-label').textContent(), 'Activity');
  await page.locator('.language-switch a', { hasText: 'Nederlands' }).click();
  await page.waitForURL(new RegExp(`${SUB}activiteiten/breicafe/$`));
  assert.equal(await page.locator('.kind-label').textContent(), 'Activiteit');
  await context.close();
  assert.deepEqual(problems, { console: [], foreign: [] });
});

test('an entry not translated yet is read in Dutch, with a note in the page language', async () => {
  const { context, page } = await open(s);
  await page.goto(`${s.base}en/activiteiten/breicafe/`);
  const langOf = (sel) => page.locator(sel).first().evaluate((el) => el.closest('[lang]').lang);
  assert.equal(await langOf('h1'), 'nl');
  assert.equal(await langOf('.lead'), 'nl');
  assert.equal(await langOf('.body p'), 'nl');
  // The interface around it stays English.
  assert.equal(await langOf('.facts h2'), 'en');
  assert.equal(await page.locator('.facts h2').textContent(), 'Practical');
  assert.match(await page.locator('.untranslated').textContent(), /not been translated yet.*Dutch/);
  assert.equal(await langOf('.untranslated'), 'en');
  await page.goto(`${s.base}en/activiteiten/`);
  assert.equal(await langOf('.card-title'), 'nl');
  assert.equal(await langOf('.card-facts dt'), 'en');
  await context.close();
});

test('search on the English pages finds the Dutch entries and leads to English pages', async () => {
  const { context, page, problems } = await open(s);
  await page.goto(`${s.base}en/zoeken/?q=sjoelen`);
  await page.waitForFunction(() => document.getElementById('search-status').textContent !== '');
  assert.match(await page.locator('#search-status').textContent(), /results? found/);
  const first = page.locator('#search-results .result-title a').first();
  assert.equal(await first.textContent(), 'Sjoelclub Oudeweer');
  assert.equal(await first.getAttribute('lang'), 'nl');
  assert.equal(await first.getAttribute('href'), `${SUB}en/activiteiten/sjoelen-de-meent/`);
  await first.click();
  await page.waitForURL(new RegExp(`${SUB}en/activiteiten/sjoelen-de-meent/$`));
  // And the Dutch pages search as before, in Dutch.
  await page.goto(`${s.base}zoeken/?q=sjoelen`);
  await page.waitForFunction(() => document.getElementById('search-status').textContent !== '');
  assert.match(await page.locator('#search-status').textContent(), /gevonden/);
  const dutch = page.locator('#search-results .result-title a').first();
  assert.equal(await dutch.getAttribute('href'), `${SUB}activiteiten/sjoelen-de-meent/`);
  assert.equal(await dutch.getAttribute('lang'), null);
  await context.close();
  assert.deepEqual(problems, { console: [], foreign: [] });
});

test('the Arabic pages read right to left, with the Dutch words and the numbers left to right', async () => {
  const { context, page, problems } = await open(s, { viewport: { width: 390, height: 800 } });
  await page.goto(`${s.base}ar/mensen/daan-mulder/`);
  assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), ['ar', 'rtl']);
  const direction = (sel) => page.locator(sel).first().evaluate((el) => getComputedStyle(el).direction);
  // The interface starts at the right; the Dutch name and the phone number read left to right.
  assert.equal(await direction('.facts h2'), 'rtl');
  assert.equal(await direction('h1'), 'ltr');
  assert.equal(await direction('a[href^="tel:"]'), 'ltr');
  const box = (sel) => page.locator(sel).first().boundingBox();
  const heading = await box('.facts h2');
  const facts = await box('.facts');
  assert.ok(heading.x + heading.width > facts.x + facts.width - 40, 'the heading starts at the right');
  // The schedule is an Arabic sentence; the note says in Arabic that the text is Dutch.
  await page.goto(`${s.base}ar/activiteiten/breicafe/`);
  assert.match(await page.locator('.untranslated').textContent(), /لم تُترجم/);
  assert.match(await page.locator('.facts').textContent(), /كل أسبوع يوم الخميس من 13:30 إلى 15:30/);
  await context.close();
  assert.deepEqual(problems, { console: [], foreign: [] });
});

test('search on the Arabic pages counts in Arabic and leads to Arabic pages', async () => {
  const { context, page, problems } = await open(s);
  await page.goto(`${s.base}ar/zoeken/?q=koffie`);
  await page.waitForFunction(() => document.getElementById('search-status').textContent !== '');
  const status = await page.locator('#search-status').textContent();
  const n = await page.locator('#search-results li').count();
  assert.ok(n > 2, status);
  // The form of the count is the one Arabic takes for the number (Intl.PluralRules).
  const form = new Intl.PluralRules('ar').select(Number(status.match(/\d+/)[0]));
  assert.match(status, form === 'few' ? /عُثر على \d+ نتائج/ : /عُثر على \d+ نتيجة/);
  const first = page.locator('#search-results .result-title a').first();
  assert.equal(await first.getAttribute('lang'), 'nl');
  assert.match(await first.getAttribute('href'), new RegExp(`^${SUB}ar/`));
  await context.close();
  assert.deepEqual(problems, { console: [], foreign: [] });
});

test('a translated entry reads in the page language, and search marks only the entries not translated', async () => {
  const { context, page, problems } = await open(s);
  await page.goto(`${s.base}en/activiteiten/taalcafe-t-anker/`);
  const langOf = (sel) => page.locator(sel).first().evaluate((el) => el.closest('[lang]').lang);
  assert.equal(await page.locator('h1').textContent(), "Language café 't Anker");
  assert.equal(await langOf('h1'), 'en');
  assert.equal(await langOf('.body p'), 'en');
  assert.equal(await page.locator('.untranslated').count(), 0);
  // A Dutch word finds the translated entry and the untranslated one; each result is
  // marked with the language of its words.
  await page.goto(`${s.base}en/zoeken/?q=taalcaf%C3%A9`);
  await page.waitForFunction(() => document.getElementById('search-status').textContent !== '');
  const results = await page.locator('#search-results .result-title a').evaluateAll((links) =>
    links.map((a) => [a.getAttribute('href'), a.textContent, a.getAttribute('lang')]));
  const translated = results.find((r) => r[0].endsWith('/en/activiteiten/taalcafe-t-anker/'));
  const dutch = results.find((r) => r[0].endsWith('/en/activiteiten/taalcafe-bibliotheek/'));
  assert.deepEqual(translated, [`${SUB}en/activiteiten/taalcafe-t-anker/`, "Language café 't Anker", null], JSON.stringify(results));
  assert.equal(dutch && dutch[2], 'nl', JSON.stringify(results));
  await context.close();
  assert.deepEqual(problems, { console: [], foreign: [] });
});

const PAGES = ['en/', 'en/activiteiten/breicafe/', 'en/hulp/formulierenhulp-t-anker/', 'en/wijken/heikamp/',
  'en/agenda/', 'en/activiteiten/', 'en/zoeken/?q=koffie', 'en/toegankelijkheid/',
  'ar/', 'ar/activiteiten/breicafe/', 'ar/hulp/formulierenhulp-t-anker/', 'ar/wijken/heikamp/',
  'ar/agenda/', 'ar/activiteiten/', 'ar/mensen/fatima-el-amrani/', 'ar/zoeken/?q=koffie', 'ar/toegankelijkheid/',
  'en/activiteiten/taalcafe-t-anker/', 'ar/activiteiten/taalcafe-t-anker/'];

test('axe-core finds nothing on the English and Arabic pages at 320 and 1280 px, and none scrolls sideways', async () => {
  const failures = [];
  for (const width of [320, 1280]) {
    const { context, page, problems } = await open(s, { viewport: { width, height: 800 } });
    for (const path of PAGES) {
      const response = await page.goto(s.base + path);
      assert.equal(response.status(), 200, path);
      if (path.includes('?q=')) {
        await page.waitForFunction(() => document.getElementById('search-status').textContent !== '');
      }
      const violations = await axeViolations(page);
      if (violations.length) failures.push(`${width} px ${SUB}${path}\n${violations.join('\n')}`);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      if (wide) failures.push(`${width} px ${SUB}${path} scrolls sideways`);
    }
    assert.deepEqual(problems, { console: [], foreign: [] });
    await context.close();
  }
  assert.deepEqual(failures, [], failures.join('\n\n'));
});
