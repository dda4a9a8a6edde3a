// Maps without a map service, in a real browser: every numbered marker lies inside its
// area as the browser draws it, the list beside the map names the same places in the
// same order, the overview's areas lead to their pages for a pointer but are no stop for
// the keyboard, nothing comes from another host, and the map is on paper.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { site, close, open, repo, SUB } from './harness.js';

let s;
before(async () => {
  s = await site();
});
after(close);

// The demo's areas with a boundary file beside them.
const AREAS = readdirSync(join(repo, 'content', 'areas'))
  .filter((f) => f.endsWith('.geojson'))
  .map((f) => f.replace(/\.geojson$/, ''));

test('every marker lies inside its area, and the list beside the map names the same places', async () => {
  assert.ok(AREAS.length >= 7, AREAS.join(' '));
  const { context, page, problems } = await open(s);
  let markers = 0;
  for (const area of AREAS) {
    await page.goto(`${s.base}wijken/${area}/`);
    const map = await page.evaluate(() => {
      const svg = document.querySelector('.area-map svg.map');
      if (!svg) return null;
      const current = svg.querySelector('path.map-current');
      const marks = [...svg.querySelectorAll('.map-marker')].map((g) => {
        const c = g.querySelector('circle');
        const at = new DOMPoint(+c.getAttribute('cx'), +c.getAttribute('cy'));
        return {
          number: g.querySelector('text').textContent,
          name: c.querySelector('title').textContent,
          href: g.closest('a').getAttribute('href'),
          inside: current.isPointInFill(at),
          others: [...svg.querySelectorAll('path.map-other')].filter((p) => p.isPointInFill(at)).length,
        };
      });
      const list = [...document.querySelectorAll('.map-list > li')].map((li) => ({
        name: li.querySelector('a').textContent,
        href: li.querySelector('a').getAttribute('href'),
      }));
      return { marks, list, hidden: svg.getAttribute('aria-hidden'), width: svg.getBoundingClientRect().width };
    });
    assert.ok(map, `${area} has a map`);
    assert.equal(map.hidden, 'true', 'the list, not the picture, is what a screen reader reads');
    assert.ok(map.width >= 300, `${area}: map ${map.width} px wide`);
    for (const m of map.marks) {
      assert.ok(m.inside, `${area}: marker ${m.number} (${m.name}) lies outside the area`);
      assert.equal(m.others, 0, `${area}: marker ${m.number} (${m.name}) lies in another area too`);
    }
    assert.deepEqual(
      map.marks.map((m) => [m.number, m.name, m.href]),
      map.list.map((l, n) => [String(n + 1), l.name, l.href]),
      `${area}: the numbered list says what the markers show`,
    );
    markers += map.marks.length;
  }
  // Every demo place with a position is on its area's map.
  assert.ok(markers >= 7, `${markers} markers`);
  await context.close();
  assert.deepEqual(problems, { console: [], foreign: [] });
});

test('the overview map leads a pointer to each area, and is no stop for the keyboard', async () => {
  const { context, page, problems } = await open(s);
  for (const path of ['', 'wijken/']) {
    await page.goto(s.base + path);
    const overview = await page.evaluate(() => {
      const svg = document.querySelector('.map-overview svg.map');
      const links = [...svg.querySelectorAll('a')];
      return {
        hidden: svg.getAttribute('aria-hidden'),
        links: links.map((a) => a.getAttribute('href')).sort(),
        tabbable: links.filter((a) => a.tabIndex !== -1).length,
        listed: [...document.querySelectorAll('.area-list a')].map((a) => a.getAttribute('href')),
        labels: [...svg.querySelectorAll('.map-label')].map((t) => t.textContent),
      };
    });
    assert.equal(overview.hidden, 'true');
    assert.equal(overview.tabbable, 0);
    assert.deepEqual(overview.links, AREAS.map((a) => `${SUB}wijken/${a}/`).sort());
    for (const href of overview.links) assert.ok(overview.listed.includes(href), `${href} is in the list too`);
    assert.ok(overview.labels.includes('Heikamp'), overview.labels.join(', '));
  }
  // Tabbing from the list of areas goes on past the map to what follows it.
  await page.goto(`${s.base}wijken/`);
  const last = page.locator('.area-list a').last();
  await last.focus();
  await page.keyboard.press('Tab');
  const next = await page.evaluate(() => [document.activeElement.closest('svg') === null, document.activeElement.localName]);
  assert.equal(next[0], true, `focus went into the map: ${next[1]}`);
  // A click on an area's name goes to the area: the name lets the click through.
  const label = await page.locator('.map-overview .map-label', { hasText: 'Heikamp' }).boundingBox();
  await page.mouse.click(label.x + label.width / 2, label.y + label.height / 2);
  await page.waitForURL(`${s.base}wijken/heikamp/`);
  await context.close();
  assert.deepEqual(problems, { console: [], foreign: [] });
});

test('an area map prints, beside its numbered list', async () => {
  const { context, page } = await open(s);
  await page.goto(`${s.base}wijken/centrum/`);
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => {
    const svg = document.querySelector('.area-map svg.map');
    const box = svg.getBoundingClientRect();
    const style = getComputedStyle(svg);
    const fill = getComputedStyle(svg.querySelector('path.map-current')).fill;
    return { width: box.width, height: box.height, display: style.display, fill, list: document.querySelectorAll('.map-list li').length };
  });
  assert.notEqual(printed.display, 'none');
  assert.ok(printed.width >= 200 && printed.height >= 150, JSON.stringify(printed));
  assert.notEqual(printed.fill, 'none');
  assert.ok(printed.list >= 2);
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10_000);
  await context.close();
});
