// The pages' Content-Security-Policy: nothing inline runs unless the build hashed it. A
// site's own template may carry an inline script (a municipality's own snippet); the
// build adds its hash to the policy, so it runs, while a script a page gains any other
// way is refused by the browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { site, close, open, repo } from './harness.js';

let s;
let dir;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'buurtgids-csp-'));
  const root = join(dir, 'site');
  cpSync(join(repo, 'tests', 'fixtures', 'valid'), root, { recursive: true });
  const page = readFileSync(join(repo, 'themes', 'default', 'templates', 'page.html'), 'utf8');
  mkdirSync(join(root, 'templates'), { recursive: true });
  writeFileSync(join(root, 'templates', 'page.html'), `${page}
{% block scripts %}<script>window.siteScript = 'ran';</script>
<script type="application/ld+json">{"@context": "https://schema.org"}</script>{% endblock scripts %}
`);
  s = await site(root);
});
after(async () => {
  await close();
  rmSync(dir, { recursive: true, force: true });
});

test("a site template's inline script is hashed into the policy and runs", async () => {
  const { context, page, problems } = await open(s);
  await page.goto(`${s.base}over/`);
  assert.equal(await page.evaluate(() => window.siteScript), 'ran');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(policy, /script-src 'self' 'sha256-[A-Za-z0-9+/]{43}=';/);
  assert.equal(policy.match(/'sha256-/g).length, 1, 'the JSON-LD data block is not a script');
  assert.deepEqual(problems.console, []);
  await context.close();
});

test('a script added to a page without its hash is refused', async () => {
  const { context, page, problems } = await open(s);
  await page.goto(`${s.base}over/`);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true;';
    document.body.append(script);
  });
  assert.equal(await page.evaluate(() => window.injected), undefined);
  assert.ok(problems.console.some((m) => /Content Security Policy/.test(m)), problems.console.join('\n'));
  await page.goto(`${s.base}`);
  assert.equal(await page.evaluate(() => window.siteScript), undefined, 'only the page whose template has it');
  await context.close();
});
