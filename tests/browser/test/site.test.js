// The demo site in a real browser: WCAG 2.2 AA by axe-core, reflow at 320 px,
// keyboard use, use without JavaScript, privacy (no foreign requests) and weight.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { site, close, open, pagesToCheck, axeViolations, SUB } from './harness.js';

// Screenshots for a person to look at, when SCREENSHOTS names a folder.
const SHOTS = process.env.SCREENSHOTS;

let s;
let pages;
before(async () => {
  s = await site();
  pages = pagesToCheck(s);
});
after(close);

test('axe-core finds no WCAG 2.2 AA violation on any page a resident needs', async () => {
  const { context, page, problems } = await open(s);
  const failures = [];
  for (const path of pages) {
    await page.goto(s.base + path);
    const violations = await axeViolations(page);
    if (violations.length) failures.push(`${SUB}${path}\n${violations.join('\n')}`);
  }
  await context.close();
  assert.deepEqual(failures, [], failures.join('\n\n'));
  assert.deepEqual(problems.console, []);
  assert.deepEqual(problems.foreign, []);
});

test('axe-core finds no violation in the dark colour scheme and at 320 px either', async () => {
  const { context, page } = await open(s, { viewport: { width: 320, height: 640 }, colorScheme: 'dark' });
  const failures = [];
  for (const path of ['', pages[8], 'activiteiten/']) {
    await page.goto(s.base + path);
    const violations = await axeViolations(page);
    if (violations.length) failures.push(`${SUB}${path}\n${violations.join('\n')}`);
  }
  await context.close();
  assert.deepEqual(failures, [], failures.join('\n\n'));
});

test('no page scrolls sideways at 320 CSS px, nor at 640 px (1280 px zoomed to 200%)', async () => {
  for (const width of [320, 640]) {
    const { context, page } = await open(s, { viewport: { width, height: 800 } });
    const wide = [];
    for (const path of pages) {
      await page.goto(s.base + path);
      const { scroll, inner } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth, inner: window.innerWidth,
      }));
      if (scroll > inner) wide.push(`${SUB}${path}: ${scroll} px wide in a ${inner} px window`);
      if (SHOTS && width === 320 && ['', pages[1], pages[8]].includes(path)) {
        mkdirSync(SHOTS, { recursive: true });
        await page.screenshot({ path: join(SHOTS, `phone-${path.replaceAll('/', '_') || 'home'}.png`), fullPage: true });
      }
    }
    await context.close();
    assert.deepEqual(wide, []);
  }
});

test('no page scrolls sideways on a 360 px phone with its text at 200 %', async () => {
  // Android's largest font setting scales the text about this much; the test's style
  // sheet is added past the pages' security policy, as the phone's setting is.
  const { context, page } = await open(s, { viewport: { width: 360, height: 800 }, bypassCSP: true });
  const wide = [];
  for (const path of pages) {
    await page.goto(s.base + path);
    await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
    const { scroll, inner, culprit } = await page.evaluate(() => {
      const out = [...document.querySelectorAll('body *')]
        .find((e) => e.getBoundingClientRect().right > window.innerWidth + 1);
      return {
        scroll: document.documentElement.scrollWidth,
        inner: window.innerWidth,
        culprit: out ? `${out.tagName}.${out.className}: ${out.textContent.trim().slice(0, 40)}` : '',
      };
    });
    if (scroll > inner) wide.push(`${SUB}${path}: ${scroll} px wide (${culprit})`);
  }
  await context.close();
  assert.deepEqual(wide, []);
});

test('the search page does not shift as its script starts', async () => {
  const { context, page } = await open(s, { viewport: { width: 390, height: 844 } });
  await page.goto(s.base + 'zoeken/', { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  const shift = await page.evaluate(() => new Promise((done) => {
    let sum = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) sum += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => done(sum), 200);
  }));
  await context.close();
  assert.ok(shift < 0.05, `cumulative layout shift ${shift}`);
});

test('every page names its icon, a file of the site, so no browser asks the host for /favicon.ico', () => {
  for (const path of pages) {
    const file = path === 'bestaat-niet/' ? '404.html' : join(path, 'index.html');
    const html = readFileSync(join(s.out, file), 'utf8');
    const link = html.match(/<link[^>]*\brel="?icon\b[^>]*>/);
    const icon = link && link[0].match(/href="?([^" >]+)/);
    assert.ok(icon, `${path}: no icon`);
    assert.ok(icon[1].startsWith(SUB), `${path}: ${icon[1]}`);
    statSync(join(s.out, icon[1].slice(SUB.length)));
  }
});

test("an entry is shared by e-mail, and by the phone's share sheet where there is one", async () => {
  const { context, page, problems } = await open(s);
  await context.addInitScript(() => {
    navigator.share = (data) => { window.shared = data; return Promise.resolve(); };
  });
  await page.goto(s.base + 'activiteiten/buurtmoestuin/');
  const mail = await page.locator('.share a').getAttribute('href');
  assert.match(mail, /^mailto:\?subject=Buurtmoestuin%20Bloemenbuurt&body=/);
  assert.ok(decodeURIComponent(mail).includes(`${s.base}activiteiten/buurtmoestuin/`), mail);
  await page.locator('.share-button').click();
  const shared = await page.evaluate(() => window.shared);
  assert.deepEqual(shared, { title: 'Buurtmoestuin Bloemenbuurt', url: `${s.base}activiteiten/buurtmoestuin/` });
  // The button is offered only where the browser has a share sheet.
  const plain = await s.browser.newContext();
  const other = await plain.newPage();
  await other.goto(s.base + 'activiteiten/buurtmoestuin/', { waitUntil: 'networkidle' });
  const { can, hidden } = await other.evaluate(() => ({
    can: 'share' in navigator, hidden: document.querySelector('.share-button').hidden,
  }));
  assert.equal(hidden, !can);
  await plain.close();
  await context.close();
  assert.deepEqual(problems.foreign, []);
});

test('the first Tab lands on the skip link, and Tab alone reaches the search box and the areas', async () => {
  const { context, page } = await open(s);
  await page.goto(s.base);
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => ({
    cls: document.activeElement.className, href: document.activeElement.getAttribute('href'),
    visible: document.activeElement.getBoundingClientRect().top >= 0,
  }));
  assert.equal(first.cls, 'skip-link');
  assert.equal(first.href, '#main');
  assert.ok(first.visible, 'the skip link shows when it has focus');
  // Following the skip link moves focus to the main content.
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');

  await page.goto(s.base);
  const reached = new Set();
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const el = document.activeElement;
      if (el === document.body) return { id: 'body', focusVisible: true };
      const style = getComputedStyle(el);
      return {
        id: el.id,
        area: !!el.closest('.area-list'),
        focusVisible: style.outlineStyle !== 'none' || style.boxShadow !== 'none',
      };
    });
    if (where.id === 'body') break;
    assert.ok(where.focusVisible, `focus is visible on element ${i + 1}`);
    if (where.id === 'q') reached.add('search');
    if (where.area) reached.add('areas');
  }
  await context.close();
  assert.deepEqual([...reached].sort(), ['areas', 'search']);
});

test('without JavaScript a resident gets from the home page to an activity in their wijk', async () => {
  const { context, page, problems } = await open(s, { javaScriptEnabled: false });
  await page.goto(s.base);
  await page.locator('.area-list a').first().click();
  assert.match(await page.locator('.kind-label').first().innerText(), /wijk|kern/i);
  const area = await page.locator('h1').innerText();
  await page.locator('#section-activity + ul a').first().click();
  assert.equal(await page.locator('.kind-label').first().innerText(), 'Activiteit');
  assert.match(await page.locator('.entry-meta').innerText(), new RegExp(area));
  // No search box that cannot answer: without JavaScript it is not offered, and the
  // search page says so and offers the listings and the areas instead.
  await page.goto(s.base);
  assert.equal(await page.locator('#q').isVisible(), false);
  await page.goto(s.base + 'zoeken/');
  assert.equal(await page.locator('#q').isVisible(), false);
  assert.match(await page.locator('main').innerText(), /Zoeken werkt in deze browser niet/);
  assert.ok(await page.locator('main a').count() > 5);
  await context.close();
  assert.deepEqual(problems.foreign, []);
});

test('the postcode finder takes a resident to their area, and the plain list works without it', async () => {
  const { context, page, problems } = await open(s);
  await page.goto(s.base);
  const form = page.locator('form.postcode-form');
  // A postcode the municipality does not have gets a message, read out as status.
  await form.locator('input').fill('9999');
  await form.locator('button').click();
  assert.match(await form.locator('[role=status]').innerText(), /postcode/i);
  assert.equal(await form.locator('input').getAttribute('aria-invalid'), 'true');
  // 5433 is in the area file of De Akkers.
  await form.locator('input').fill('5433 ab');
  await Promise.all([page.waitForURL(/wijken\/de-akkers\//), form.locator('button').click()]);
  assert.equal(await page.locator('h1').innerText(), 'De Akkers');
  await context.close();
  assert.deepEqual(problems.console, []);

  // Without JavaScript the form stays hidden, and the list and the postcode table remain.
  const nojs = await open(s, { javaScriptEnabled: false });
  await nojs.page.goto(s.base);
  assert.equal(await nojs.page.locator('form.postcode-form').isVisible(), false);
  assert.match(await nojs.page.locator('.area-list').innerText(), /5433/);
  await nojs.page.goto(s.base + 'wijken/');
  const row = nojs.page.locator('.postcodes-table tr', { hasText: '5433' });
  assert.equal(await row.locator('a').innerText(), 'De Akkers');
  await nojs.context.close();
});

test('not one request leaves 127.0.0.1 and no page logs an error', async () => {
  const { context, page, problems } = await open(s);
  for (const path of pages) await page.goto(s.base + path, { waitUntil: 'networkidle' });
  await context.close();
  assert.deepEqual(problems.foreign, []);
  assert.deepEqual(problems.console, []);
});

test('a printed area page is a handout: no navigation, addresses and phone numbers kept, a QR code of its address', async () => {
  const { context, page } = await open(s, { viewport: { width: 794, height: 1123 } });
  await page.goto(s.base + pages[8]);
  const qr = () => page.evaluate(() => {
    const figure = document.querySelector('figure.qr');
    const box = figure.querySelector('svg').getBoundingClientRect();
    return { display: getComputedStyle(figure).display, width: box.width, caption: figure.innerText };
  });
  assert.equal((await qr()).display, 'none', 'the QR code is for paper only');
  await page.emulateMedia({ media: 'print' });
  // The page's address as a QR code of about 3 cm (113 CSS px), and in words beside it.
  const printed = await qr();
  assert.equal(printed.display, 'flex');
  assert.ok(printed.width >= 100, `QR code ${printed.width} px wide`);
  assert.ok(printed.caption.includes(s.base + pages[8]), printed.caption);
  const hidden = await page.evaluate(() => ['.site-header nav', '.skip-link', '.search-form']
    .map((sel) => document.querySelector(sel))
    .filter((el) => el && getComputedStyle(el).display !== 'none'));
  assert.equal(hidden.length, 0, 'navigation and forms are hidden on paper');
  const text = await page.locator('main').innerText();
  assert.match(text, /\d{2}:\d{2}/, 'times are printed');
  assert.match(text, /Akkerweg \d+/, 'addresses are printed');
  assert.match(text, /0\d{2}[- ]?\d/, 'phone numbers are printed');
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'print-area.png'), fullPage: true });
  await context.close();
});

test('the home page weighs at most 40 KB and an entry page at most 25 KB, gzipped', () => {
  const weigh = (path) => {
    const html = readFileSync(join(s.out, path, 'index.html'));
    let total = gzipSync(html, { level: 9 }).length;
    for (const m of html.toString().matchAll(/(?:href|src)="?([^"> ]+\.(?:css|js))/g)) {
      total += gzipSync(readFileSync(join(s.out, m[1].slice(SUB.length))), { level: 9 }).length;
    }
    return total;
  };
  const home = weigh('');
  assert.ok(home <= 40 * 1024, `home page: ${home} bytes`);
  for (const path of pages.slice(8, 15)) {
    const bytes = weigh(path);
    assert.ok(bytes <= 25 * 1024, `${path}: ${bytes} bytes`);
  }
  // An entry page with a photo: the same budget, plus the photo in the size the phone
  // takes (at most 20 KB at 1x and 150 KB at 2x).
  const photoPage = 'activiteiten/buurtmoestuin/';
  assert.ok(weigh(photoPage) <= 25 * 1024, `${photoPage}: ${weigh(photoPage)} bytes`);
  // The photo is offered as WebP and, for older browsers, as JPEG: both within it.
  const html = readFileSync(join(s.out, photoPage, 'index.html')).toString();
  const srcsets = [...html.matchAll(/srcset="([^"]+)"/g)].map((m) => m[1].split(', ').map((c) => c.split(' ')));
  assert.equal(srcsets.length, 2, html);
  assert.ok(srcsets[0].every(([url]) => url.endsWith('.webp')), html);
  assert.ok(srcsets[1].every(([url]) => url.endsWith('.jpg')), html);
  for (const srcset of srcsets) {
    assert.equal(srcset.length, 2, html);
    for (const [url, width] of srcset) {
      const size = statSync(join(s.out, url.slice(SUB.length))).size;
      assert.ok(size <= (width === '640w' ? 20 : 150) * 1024, `${url}: ${size} bytes`);
    }
  }
});
