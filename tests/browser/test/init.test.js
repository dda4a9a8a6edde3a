// A municipality's own site from `buurtgids init` with flags, built as it is: axe-core
// finds no WCAG 2.2 AA violation on any of its pages, empty as they still are.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { site, close, open, binary, axeViolations, SUB, TODAY } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'buurtgids-init-'));
let s;
before(async () => {
  const root = join(dir, 'berg-en-dal');
  const made = spawnSync(binary(), ['init', root, '--today', TODAY, '--municipality', 'Berg en Dal',
    '--wijk', 'Centrum=6571', '--kern', 'Groesbeek=6561,6562', '--report-email', 'redactie@example.org',
    '--province', 'Gelderland'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  assert.equal(made.status, 0, made.stderr);
  s = await site(root);
});
after(async () => {
  await close();
  rmSync(dir, { recursive: true, force: true });
});

test('a new site from init has no axe violation on any page', async () => {
  const { context, page, problems } = await open(s);
  const failures = [];
  for (const path of ['', 'wijken/', 'wijken/centrum/', 'wijken/groesbeek/', 'wijken/groesbeek/poster/',
    'agenda/', 'zoeken/', 'toegankelijkheid/', 'privacy/', 'activiteiten/']) {
    const response = await page.goto(s.base + path);
    assert.equal(response.status(), 200, path);
    const violations = await axeViolations(page);
    if (violations.length) failures.push(`${SUB}${path}\n${violations.join('\n')}`);
  }
  // An area with nothing in it yet says so, and where to tell what there is.
  await page.goto(`${s.base}wijken/centrum/`);
  assert.match(await page.locator('.area-empty').innerText(), /staat hier nog niets.*redactie@example\.org/s);
  await context.close();
  assert.deepEqual(failures, [], failures.join('\n\n'));
  assert.deepEqual(problems, { console: [], foreign: [] });
});
