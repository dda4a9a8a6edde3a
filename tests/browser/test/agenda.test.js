// The agenda in the browser: a site built a few days ago still starts at the visitor's
// today, and the calendar links are there for a resident to use.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { site, close, open, axeViolations, TODAY } from './harness.js';

let s;
before(async () => { s = await site(); });
after(close);

// The dates of the days a resident sees, in order.
async function shownDays(page, scope) {
  return page.locator(`${scope} [data-date]:visible`).evaluateAll(
    (days) => days.map((d) => d.getAttribute('data-date')));
}

test('two days after the build, the agenda starts today and the home page says what is on today', async () => {
  const { context, page, problems } = await open(s, {}, '2026-11-25T08:00:00+01:00');
  await page.goto(`${s.base}agenda/`);
  const days = await shownDays(page, 'main');
  assert.equal(days[0], '2026-11-25');
  assert.equal(days.length, 56 - 2, 'the days that passed are gone, the rest stays');
  await page.goto(s.base);
  assert.deepEqual(await shownDays(page, '[data-today]'), ['2026-11-25']);
  const week = await shownDays(page, 'section:has(#week-title)');
  assert.deepEqual(week, ['2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30',
    '2026-12-01']);
  assert.deepEqual(await axeViolations(page), []);
  await page.goto(`${s.base}wijken/noord/`);
  const area = await shownDays(page, '.area-week');
  assert.equal(area.length, 7);
  assert.equal(area[0], '2026-11-25');
  assert.deepEqual(problems.console, []);
  await context.close();
});

test('on the day of the build nothing moves, and a site weeks old says so under "Vandaag"', async () => {
  let { context, page } = await open(s);
  await page.goto(s.base);
  assert.deepEqual(await shownDays(page, '[data-today]'), [TODAY]);
  assert.equal((await shownDays(page, 'section:has(#week-title)')).length, 6);
  await context.close();
  ({ context, page } = await open(s, {}, '2027-02-01T09:00:00+01:00'));
  await page.goto(s.base);
  assert.deepEqual(await shownDays(page, '[data-today]'), []);
  assert.match(await page.locator('[data-today]').innerText(), /niet bijgewerkt/);
  await context.close();
});

test('an activity offers its calendar file, and the agenda a feed to follow', async () => {
  const { context, page } = await open(s);
  await page.goto(`${s.base}activiteiten/koffieochtend-de-linde/`);
  const link = page.getByRole('link', { name: /Zet in uw agenda/ });
  assert.equal(await link.getAttribute('href'),
    '/sociale-kaart/activiteiten/koffieochtend-de-linde/koffieochtend-de-linde.ics');
  const response = await page.request.get(new URL(await link.getAttribute('href'), page.url()).href);
  assert.equal(response.status(), 200);
  assert.match(await response.text(), /^BEGIN:VCALENDAR\r\n/);
  await page.goto(`${s.base}agenda/noord/`);
  assert.equal(await page.locator('h1').innerText(), 'Agenda voor Lindewaard-Noord');
  const follow = page.getByRole('link', { name: /Volg deze agenda/ });
  assert.match(await follow.getAttribute('href'), /^webcal:\/\/127\.0\.0\.1:\d+\/sociale-kaart\/agenda\/noord\/noord\.ics$/);
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test('opening hours are a week table, and with JavaScript today is marked in words', async () => {
  // Tuesday 24 November, in the evening: still Tuesday in Europe/Amsterdam.
  let { context, page } = await open(s, {}, '2026-11-24T22:30:00+01:00');
  await page.goto(`${s.base}plekken/buurthuis-de-linde/`);
  const rows = page.locator('.week-table tbody tr');
  assert.equal(await rows.count(), 7);
  assert.equal(await page.locator('.week-table tr.today th').innerText(), 'Dinsdag (vandaag)');
  assert.match(await page.locator('.week-table tr.today td').innerText(), /19:00–22:00/);
  assert.equal(await rows.nth(6).innerText(), 'Zondag\tDicht');
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
  ({ context, page } = await open(s, { javaScriptEnabled: false }));
  await page.goto(`${s.base}plekken/buurthuis-de-linde/`);
  assert.equal(await page.locator('.week-table tr.today').count(), 0);
  assert.equal(await page.locator('.week-table tbody tr').count(), 7);
  await context.close();
});
