// `buurtgids serve` in a real browser: an open page reloads by itself when a file is
// saved, shows the diagnostics when the site breaks, and comes back when it is fixed,
// all within the pages' Content-Security-Policy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { repo, startServe } from './harness.js';

let dir;
let server;
let browser;
let base;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'buurtgids-serve-'));
  cpSync(join(repo, 'tests', 'fixtures', 'valid'), join(dir, 'site'), { recursive: true });
  ({ server, base } = await startServe(join(dir, 'site')));
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
after(async () => {
  await browser?.close();
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

test('an open page follows the files as they are saved, broken and fixed', async () => {
  const page = await browser.newPage();
  const errors = [];
  // The problems page comes with status 500, which the browser reports; anything else
  // (a script refused by the policy, a failed event stream) is a fault.
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 500/.test(m.text())) errors.push(`${m.location().url}: ${m.text()}`);
  });
  await page.goto(`${base}activiteiten/koffie/`);
  assert.equal(await page.locator('h1').textContent(), 'Koffieochtend');
  // Give the page a moment to open its event stream.
  await page.waitForTimeout(300);

  const file = join(dir, 'site', 'content', 'activities', 'koffie.md');
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, original.replace('title: Koffieochtend', 'title: Koffie en thee'));
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Koffie en thee',
    null, { timeout: 5000 });

  writeFileSync(file, original.replace('reviewed: 2026-10-01', 'reviewed: 2026-13-45'));
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'De site kan niet worden getoond',
    null, { timeout: 5000 });
  assert.match(await page.locator('pre').textContent(), /content\/activities\/koffie\.md:14:11/);

  writeFileSync(file, original);
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Koffieochtend',
    null, { timeout: 5000 });
  assert.deepEqual(errors, [], 'no script or policy error');
  assert.equal(server.exitCode, null, 'the preview is still running');
});
