// The report's HTML page in a real browser: axe-core finds no WCAG 2.2 AA violation,
// at full width and at 320 px, and the page loads nothing.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { binary, repo, TODAY, axeViolations } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'buurtgids-report-'));
let browser;
after(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('the HTML report is accessible and self-contained', async () => {
  const file = join(dir, 'rapport.html');
  const made = spawnSync(binary(), ['report', '--root', repo, '--today', TODAY,
    '--format', 'html', '--out', file], { encoding: 'utf8' });
  assert.equal(made.status, 0, made.stderr);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  for (const viewport of [{ width: 1280, height: 900 }, { width: 320, height: 640 }]) {
    const page = await browser.newPage({ viewport });
    const requests = [];
    page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
    await page.goto(`file://${file}`);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(requests, []);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    assert.equal(wide, false, 'wide tables scroll inside their own box');
    // The gap map: one picture with a name, every area shaded, the legend beside it.
    const map = await page.evaluate(() => {
      const svg = document.querySelector('figure svg.map');
      return {
        role: svg.getAttribute('role'),
        name: svg.getAttribute('aria-label'),
        shades: [...svg.querySelectorAll('path')].map((p) => p.getAttribute('class')),
        fills: [...svg.querySelectorAll('path')].map((p) => getComputedStyle(p).fill),
        legend: document.querySelectorAll('figure .legend li').length,
        links: svg.querySelectorAll('a').length,
      };
    });
    assert.equal(map.role, 'img');
    assert.ok(map.name.length > 20, map.name);
    assert.equal(map.shades.length, 7);
    assert.ok(map.shades.every((c) => /^s[0-4]$/.test(c)), map.shades.join(' '));
    assert.ok(new Set(map.fills).size >= 2, 'areas that lack more are shaded differently');
    assert.equal(map.legend, 5);
    assert.equal(map.links, 0);
    await page.close();
  }
});
