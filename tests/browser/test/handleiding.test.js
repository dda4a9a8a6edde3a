// The editors' guide (docs/handleiding/README.md) stays true to the product: its pictures
// are taken here, of the real pages, the CMS with its preview, the preview's message
// page and the report, and written into docs/handleiding/afbeeldingen/; its messages are
// the ones `check` gives today, word for word; its example file is one `check` accepts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { site, close, open, binary, copyDemo, repo, startServe, TODAY } from './harness.js';
import { demoWithCms, openCms, choose, preview } from './cms.js';

const GUIDE = join(repo, 'docs', 'handleiding');
const PICTURES = join(GUIDE, 'afbeeldingen');
const text = readFileSync(join(GUIDE, 'README.md'), 'utf8');
const VIEW = { viewport: { width: 1000, height: 700 } };

let dir;
let s;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'buurtgids-handleiding-'));
  demoWithCms(join(dir, 'site'));
  s = await site(join(dir, 'site'));
});
after(async () => {
  await close();
  rmSync(dir, { recursive: true, force: true });
});

// A copy of the demo in a new folder under `dir`, with `change(text)` applied to one file.
function demoCopy(name, file, change = (t) => t) {
  const root = join(dir, name);
  copyDemo(root);
  if (file) writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));
  return root;
}

function check(root) {
  return spawnSync(binary(), ['check', '--root', root, '--lang', 'nl', '--today', TODAY], { encoding: 'utf8' });
}

const KOFFIE = 'content/activities/koffieochtend-de-linde.md';

test('the guide shows the messages check gives today, word for word', () => {
  const messages = [
    check(demoCopy('datum', KOFFIE, (t) => t.replace('reviewed: 2026-10-15', 'reviewed: 15-10-2026'))),
    check(demoCopy('wijk', KOFFIE, (t) => t.replace('areas: [centrum]', 'areas: [centrm]'))),
  ].map((run) => {
    assert.equal(run.status, 1, run.stderr);
    return run.stderr.split('\n\n').find((m) => m.includes(`--> ${KOFFIE}:`));
  });
  const demo = check(demoCopy('demo')).stderr.split('\n\n');
  const stale = demo.find((m) => m.includes('rummikub-het-heike.md'));
  const outdated = demo.find((m) => m.includes('de vertaling is ouder dan de tekst'));
  for (const message of [...messages, stale, outdated]) {
    assert.ok(message && text.includes('```\n' + message + '\n```'), `the guide lacks, word for word:\n${message}`);
  }
});

test('the guide\'s example file is one check accepts, where buurtgids new puts it', () => {
  const example = /```\n(---\ntitle: Samen eten in Noord\n[\s\S]*?)```/.exec(text)?.[1];
  assert.ok(example, 'the example file is in the guide');
  const root = demoCopy('voorbeeld');
  const made = spawnSync(binary(), ['new', 'activity', 'Samen eten in Noord', '--root', root, '--today', TODAY],
    { encoding: 'utf8' });
  assert.equal(made.status, 0, made.stderr);
  const path = join(root, 'content', 'activities', 'samen-eten-in-noord.md');
  assert.ok(existsSync(path), 'buurtgids new writes the file the guide names');
  writeFileSync(path, example);
  const run = check(root);
  assert.equal(run.status, 0, run.stderr);
  assert.doesNotMatch(run.stderr, /samen-eten-in-noord/, run.stderr);
});

test('the guide\'s pictures are taken of the real pages, the CMS and the report', async () => {
  mkdirSync(PICTURES, { recursive: true });
  const taken = [];
  const shoot = async (page, name) => {
    await page.screenshot({ path: join(PICTURES, `${name}.png`) });
    taken.push(`afbeeldingen/${name}.png`);
  };

  // What a resident sees.
  {
    const { context, page } = await open(s, VIEW);
    await page.goto(`${s.base}activiteiten/koffieochtend-de-linde/`);
    await shoot(page, 'site-activiteit');
    await context.close();
  }

  // The CMS: the list, and a new activity half filled in with its preview.
  {
    const { context, page, problems } = await openCms(s, VIEW);
    await page.goto(`${s.base}admin/#/collections/activities`);
    await page.locator('a[href*="#/collections/activities/entries/"]').first().waitFor();
    // Decap's loading bar runs on a moment after the list is there.
    await page.waitForTimeout(1000);
    await shoot(page, 'beheer-activiteiten');
    await page.goto(`${s.base}admin/#/collections/activities/new`);
    await page.getByLabel('Titel').fill('Samen eten in Noord');
    await page.getByLabel('Korte omschrijving').fill('Elke vrijdag samen eten voor 4 euro.');
    await choose(page, 'Wijken en kernen (optioneel)', 'Lindewaard-Noord');
    await choose(page, 'Waar (optioneel)', 'Buurthuis De Linde');
    await page.getByRole('button', { name: 'Voeg regel toe' }).click();
    await choose(page, 'Elke week op (optioneel)', 'vrijdag');
    await page.getByLabel('Tijd (optioneel)').fill('17:30-19:30');
    await preview(page).getByText('Elke vrijdag van 17:30 tot 19:30').waitFor();
    await preview(page).getByText('Buurthuis De Linde').waitFor();
    await page.getByLabel('Titel').scrollIntoViewIfNeeded();
    await shoot(page, 'beheer-nieuwe-activiteit');
    await context.close();
    assert.deepEqual(problems, { console: [], foreign: [] });
  }

  // The preview of `buurtgids serve` with a date written day first.
  {
    const root = demoCopy('serve', KOFFIE, (t) => t.replace('reviewed: 2026-10-15', 'reviewed: 15-10-2026'));
    const { server, base } = await startServe(root, ['--lang', 'nl']);
    try {
      const context = await s.browser.newContext(VIEW);
      const page = await context.newPage();
      await page.goto(`${base}activiteiten/koffieochtend-de-linde/`);
      await page.getByText('begint met de dag').first().waitFor();
      await shoot(page, 'voorbeeld-fout');
      await context.close();
    } finally {
      server.kill();
    }
  }

  // The report, as an HTML file opened in the browser.
  {
    const made = spawnSync(binary(), ['report', '--root', s.root, '--format', 'html', '--today', TODAY, '--lang', 'nl'],
      { encoding: 'utf8' });
    assert.equal(made.status, 0, made.stderr);
    const file = join(dir, 'rapport.html');
    writeFileSync(file, made.stdout);
    const context = await s.browser.newContext(VIEW);
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href);
    await shoot(page, 'rapport');
    await context.close();
  }

  // Every picture the guide shows is one taken here, and every one taken is shown.
  const shown = [...text.matchAll(/!\[[^\]]+\]\(([^)]+)\)/g)].map((m) => m[1]);
  assert.deepEqual([...shown].sort(), [...taken].sort());
});
