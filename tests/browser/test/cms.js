// The real Decap CMS (npm `decap-cms`, pinned in package-lock.json) on the editors' page
// `buurtgids cms` writes, with Decap's in-memory `test-repo` backend holding a copy of a
// site's content: what an editor sees and saves, without a Git host.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { binary, copyDemo, open } from './harness.js';

// The folder of Decap's browser bundle and the chunks it loads next to itself.
const DIST = dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));

// A copy of the demo in `root` with the CMS's admin folder for the test backend.
export function demoWithCms(root) {
  copyDemo(root);
  const made = spawnSync(binary(), ['cms', '--root', root, '--backend', 'test-repo'], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`buurtgids cms failed:\n${made.stderr}`);
}

// The content files of a site as the test backend holds them. Decap's test backend reads
// a file by its path, folder by folder, but lists a collection by its whole folder path
// as one key: both point at the same folder, so a saved entry is listed as well.
function repoFiles(root) {
  const folder = (rel) => Object.fromEntries(readdirSync(join(root, rel)).flatMap((name) => {
    const path = `${rel}/${name}`;
    if (statSync(join(root, path)).isDirectory()) return [[name, folder(path)]];
    return /\.(md|ya?ml)$/.test(name) ? [[name, { path, content: readFileSync(join(root, path), 'utf8') }]] : [];
  }));
  return { content: folder('content') };
}

// The editors' page of site `s` signed in to the test backend, with Decap from npm where
// the page asks unpkg.com for it; any other foreign request is refused and recorded.
export async function openCms(s, options = {}) {
  // Decap's fields wait for a pause in typing: its clock must run.
  const opened = await open(s, options, null);
  opened.page.setDefaultTimeout(15000);
  await opened.context.route('https://unpkg.com/**', (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname);
    const m = /^\/decap-cms@\^3\.0\.0\/dist\/([\w.-]+\.js)$/.exec(path);
    if (!m) return route.fallback();
    return route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(DIST, m[1])) });
  });
  await opened.context.addInitScript((files) => {
    window.repoFiles = files;
    for (const name of Object.keys(files.content)) files[`content/${name}`] = files.content[name];
  }, repoFiles(s.root));
  await opened.page.goto(`${s.base}admin/`);
  await opened.page.getByRole('button', { name: 'Inloggen' }).click();
  await opened.page.getByRole('heading', { name: 'Inhoudstypen' }).waitFor();
  return opened;
}

// Fills in the select or relation field labelled `label` with the option `option`.
export async function choose(page, label, option) {
  await page.getByLabel(label).fill(option);
  // The options of react-select, which Decap's select and relation widgets use.
  const exact = new RegExp(`^${option.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  await page.locator('[id^="react-select-"][id*="-option-"]').filter({ hasText: exact }).first().click();
}

// Publishes the open entry now and returns the file the backend saved at `path` (from the
// site's root), or says which fields Decap refused.
export async function publish(page, path) {
  await page.getByRole('button', { name: 'Publiceer' }).click();
  await page.getByRole('menuitem', { name: 'Publiceer nu' }).click();
  const file = page.waitForFunction((p) => p.split('/').reduce((o, k) => o && o[k], window.repoFiles)?.content, path);
  const refused = page.getByText('Oeps, sommige verplichte velden zijn niet ingevuld.');
  const first = await Promise.race([file.then(() => 'saved'), refused.waitFor().then(() => 'refused')]);
  if (first === 'refused') {
    const wrong = await page.locator('[aria-label$=" field"]').evaluateAll((fields) => fields
      .filter((f) => f.querySelector('ul li'))
      .map((f) => f.innerText.replace(/\s+/g, ' ').slice(0, 200)));
    throw new Error(`Decap did not save ${path}: ${wrong.join(' | ')}`);
  }
  return (await file).jsonValue();
}

// The preview pane beside the form: the document of its frame.
export function preview(page) {
  return page.frameLocator('#preview-pane');
}
