// The theme reads right to left: the demo's pages with `dir="rtl"` on the page mirror
// (the facts' bar on the right, table columns from the right, the photo of a card on the
// left), while phone numbers, times and postcodes stay left to right; nothing scrolls
// sideways at 320 px and axe-core finds nothing, at 320 and 1280 px.
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

const PAGES = ['', 'hulp/formulierenhulp-t-anker/', 'mensen/yusuf-demir/', 'wijken/', 'agenda/',
  'activiteiten/', 'zoeken/?q=koffie'];

// Opens `path` and turns the page right to left, as a page in Arabic is.
async function rtl(page, path) {
  await page.goto(s.base + path);
  await page.evaluate(() => { document.documentElement.dir = 'rtl'; });
}

test('right to left, the pages mirror and numbers stay left to right', async () => {
  const { context, page, problems } = await open(s, { viewport: { width: 390, height: 800 } });
  await rtl(page, 'hulp/formulierenhulp-t-anker/');
  const facts = await page.locator('.facts').evaluate((el) => {
    const style = getComputedStyle(el);
    return [style.borderRightWidth, style.borderLeftWidth];
  });
  assert.deepEqual(facts, ['6px', '0px']);
  // The week table's first column (the day) is on the right.
  const [day, times] = await page.locator('.week-table tbody tr').first().evaluate((row) =>
    [...row.children].map((c) => c.getBoundingClientRect().left));
  assert.ok(day > times, `day at ${day}, times at ${times}`);
  const direction = (sel) => page.locator(sel).first().evaluate((el) => getComputedStyle(el).direction);
  assert.equal(await direction('.week-table td span[dir]'), 'ltr');
  // "5435 JK Lindewaard" reads as written, not "Lindewaard 5435 JK".
  const line = await page.locator('.fact dd span[dir=ltr]').filter({ hasText: /^\d{4} [A-Z]{2} / }).first();
  assert.equal(await line.evaluate((el) => getComputedStyle(el).direction), 'ltr');

  await rtl(page, 'mensen/yusuf-demir/');
  assert.equal(await direction('a[href^="tel:"]'), 'ltr');
  assert.equal(await direction('a[href^="mailto:y"]'), 'ltr');
  await rtl(page, 'agenda/');
  assert.equal(await direction('.agenda-list .time'), 'ltr');
  await rtl(page, 'wijken/');
  assert.equal(await direction('.postcodes-table td span[dir=ltr]'), 'ltr');
  await context.close();
  assert.deepEqual(problems, { console: [], foreign: [] });
});

test('right to left, no page scrolls sideways at 320 px and axe-core finds nothing at 320 and 1280 px', async () => {
  const failures = [];
  for (const width of [320, 1280]) {
    const { context, page } = await open(s, { viewport: { width, height: 800 } });
    for (const path of PAGES) {
      await rtl(page, path);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (wide > 0) failures.push(`${SUB}${path} at ${width} px is ${wide} px too wide`);
      const violations = await axeViolations(page);
      if (violations.length) failures.push(`${SUB}${path} at ${width} px\n${violations.join('\n')}`);
    }
    await context.close();
  }
  assert.deepEqual(failures, [], failures.join('\n\n'));
});
