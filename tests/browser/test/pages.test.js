// A long listing or agenda split over pages, in a real browser: axe finds nothing on the
// later pages and the home page's links to the rest of a day, the pager works by
// keyboard, and nothing scrolls sideways on a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { site, close, open, copyDemo, axeViolations, SUB } from './harness.js';

let s;
let dir;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'buurtgids-pages-'));
  const root = join(dir, 'site');
  copyDemo(root);
  appendFileSync(join(root, 'site.toml'), '\n[pages]\ncards = 7\nagenda_items = 20\nday_items = 2\n');
  s = await site(root);
});
after(async () => {
  await close();
  rmSync(dir, { recursive: true, force: true });
});

const PAGES = ['', 'activiteiten/pagina/2/', 'activiteiten/in/centrum/pagina/2/',
  'agenda/pagina/3/', 'agenda/noord/pagina/2/', 'wijken/centrum/'];

test('axe-core finds no WCAG 2.2 AA violation on split pages, light and dark, wide and narrow', async () => {
  const failures = [];
  for (const options of [{}, { viewport: { width: 320, height: 640 }, colorScheme: 'dark' }]) {
    const { context, page, problems } = await open(s, options);
    for (const path of PAGES) {
      const response = await page.goto(s.base + path);
      assert.equal(response.status(), 200, path);
      const violations = await axeViolations(page);
      if (violations.length) failures.push(`${SUB}${path}\n${violations.join('\n')}`);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      if (wide) failures.push(`${SUB}${path} scrolls sideways`);
    }
    assert.deepEqual(problems.console, []);
    assert.deepEqual(problems.foreign, []);
    await context.close();
  }
  assert.deepEqual(failures, [], failures.join('\n\n'));
});

test('the keyboard reaches the next page, and the new page says which one it is', async () => {
  const { context, page } = await open(s);
  await page.goto(`${s.base}activiteiten/`);
  for (let n = 0; n < 200; n++) {
    await page.keyboard.press('Tab');
    const rel = await page.evaluate(() => document.activeElement.getAttribute('rel'));
    if (rel === 'next') break;
  }
  const name = await page.evaluate(() => document.activeElement.textContent);
  assert.match(name, /^Volgende pagina \(2\)$/);
  await page.keyboard.press('Enter');
  await page.waitForURL(/activiteiten\/pagina\/2\/$/);
  assert.match(await page.title(), /^Activiteiten \(pagina 2 van \d+\) – /);
  const current = page.locator('.pager [aria-current="page"]');
  assert.match(await current.textContent(), /^Pagina 2: 2$/);
  await context.close();
});

test("a day's link from the home page lands on that day in the agenda", async () => {
  const { context, page } = await open(s);
  await page.goto(s.base);
  const more = page.locator('[data-today] .day-more a');
  assert.match(await more.textContent(), /^Nog \d+ op deze dag, in de agenda$/);
  await more.click();
  await page.waitForURL(/agenda\/(pagina\/\d+\/)?#2026-11-23$/);
  const inView = await page.evaluate(() => {
    const box = document.getElementById('2026-11-23').getBoundingClientRect();
    // Scrolled to the day: its top at the window's top, give or take a sub-pixel.
    return window.scrollY > 0 && Math.abs(box.top) < 1;
  });
  assert.ok(inView, 'the day is scrolled into view');
  await context.close();
});
