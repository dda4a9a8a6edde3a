// The editors' page of `buurtgids cms` in the real Decap CMS 3 (from npm), with its
// in-memory test backend holding the demo's content: every collection opens and lists its
// entries without an error, the preview beside a form shows the entry in the site's own
// stylesheet and page structure, and an activity, a place and a volunteer opening filled
// in through the forms and published are files `buurtgids check` accepts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { site, close, binary } from './harness.js';
import { demoWithCms, openCms, choose, publish, preview } from './cms.js';

let s;
let dir;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'buurtgids-cms-'));
  demoWithCms(join(dir, 'site'));
  s = await site(join(dir, 'site'));
});
after(async () => {
  await close();
  rmSync(dir, { recursive: true, force: true });
});

const COLLECTIONS = {
  areas: 'Wijken en kernen',
  organisations: 'Organisaties',
  places: 'Ontmoetingsplekken',
  activities: 'Activiteiten',
  services: 'Hulp en voorzieningen',
  people: 'Mensen',
  volunteering: 'Vrijwilligerswerk',
  pages: "Pagina's",
};

test('every collection opens in Decap CMS and lists the site\'s entries, without an error', async () => {
  const { context, page, problems } = await openCms(s);
  const links = await page.locator('a[href*="#/collections/"]').evaluateAll(
    (as) => as.map((a) => /#\/collections\/(\w+)$/.exec(a.getAttribute('href'))?.[1]).filter(Boolean));
  assert.deepEqual(links.sort(), Object.keys(COLLECTIONS).sort());
  for (const [name, label] of Object.entries(COLLECTIONS)) {
    await page.goto(`${s.base}admin/#/collections/${name}`);
    await page.getByRole('heading', { name: label, exact: true }).waitFor();
    // The list shows the site's entries; the first opens in the form, and the preview
    // beside it shows its title.
    const first = page.locator(`a[href*="#/collections/${name}/entries/"]`).first();
    const title = (await first.innerText()).trim();
    assert.ok(title, name);
    await first.click();
    await preview(page).getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
  }
  await context.close();
  assert.deepEqual(problems, { console: [], foreign: [] });
});

test('the preview shows an entry as the site does, in the site\'s own stylesheet', async () => {
  const { context, page, problems } = await openCms(s);
  await page.goto(`${s.base}admin/#/collections/activities/entries/koffieochtend-de-linde`);
  const frame = preview(page);
  await frame.getByRole('heading', { level: 1, name: 'Koffieochtend in De Linde' }).waitFor();
  // The relations read as names, the schedule as a sentence, the choices as their labels.
  const fact = (dt) => frame.locator('.fact', { has: frame.locator('dt', { hasText: dt }) }).locator('dd');
  await assert.doesNotReject(fact('Waar').getByText('Buurthuis De Linde').waitFor());
  assert.equal(await fact('Wanneer').innerText(), 'Elke dinsdag van 10:00 tot 11:30, niet op 29 december 2026');
  assert.equal(await fact('Voor wie').innerText(), 'Iedereen, Ouderen');
  assert.equal(await frame.locator('.lead').innerText(), 'Elke dinsdag samen koffie drinken en bijpraten. Iedereen is welkom.');
  assert.match(await frame.locator('.body').innerText(), /Kom gezellig langs/);
  assert.match(await frame.locator('.entry-meta').innerText(), /Onderwerp: Gastvrije ontmoetingsplekken/);
  // The site's stylesheet, found through its home page, is the preview's.
  const sheets = await frame.locator('link[rel=stylesheet]').evaluateAll((ls) => ls.map((l) => [
    new URL(l.href).pathname, l.sheet ? l.sheet.cssRules.length : 0]));
  assert.ok(sheets.some(([path, rules]) => /^\/sociale-kaart\/assets\/style\.[0-9a-f]+\.css$/.test(path) && rules > 50),
    JSON.stringify(sheets));
  // What an editor types shows at once.
  await page.getByLabel('Titel').fill('Koffieochtend in De Linde, nu ook op vrijdag');
  await frame.getByRole('heading', { level: 1, name: 'Koffieochtend in De Linde, nu ook op vrijdag' }).waitFor();
  await context.close();
  assert.deepEqual(problems, { console: [], foreign: [] });
});

test('an activity, a place and a volunteer opening filled in and published pass buurtgids check', async () => {
  const { context, page, problems } = await openCms(s);
  const files = {};

  await page.goto(`${s.base}admin/#/collections/activities/new`);
  await page.getByLabel('Titel').fill('Samen eten in Noord');
  await page.getByLabel('Korte omschrijving').fill('Elke vrijdag samen eten voor 4 euro. Aanmelden hoeft niet.');
  await choose(page, 'Wijken en kernen (optioneel)', 'Lindewaard-Noord');
  await choose(page, 'Onderwerpen (optioneel)', 'Gastvrije ontmoetingsplekken');
  await choose(page, 'Waar (optioneel)', 'Buurthuis De Linde');
  await page.getByRole('button', { name: 'Voeg regel toe' }).click();
  await choose(page, 'Elke week op (optioneel)', 'vrijdag');
  await page.getByLabel('Tijd (optioneel)').fill('17:30-19:30');
  await page.getByLabel('Kosten (optioneel)').fill('4 euro');
  await preview(page).getByText('Elke vrijdag van 17:30 tot 19:30').waitFor();
  files['content/activities/samen-eten-in-noord.md'] = await publish(page, 'content/activities/samen-eten-in-noord.md');

  await page.goto(`${s.base}admin/#/collections/places/new`);
  await page.getByLabel('Naam', { exact: true }).fill('Huiskamer Heikamp');
  await page.getByLabel('Korte omschrijving').fill('Een huiskamer in de wijk waar u zonder afspraak binnenloopt.');
  await page.getByLabel('Straat en huisnummer').fill('Heikampstraat 12');
  await page.getByLabel('Postcode', { exact: true }).fill('5432 CD');
  await page.getByLabel('Plaats', { exact: true }).fill('Lindewaard');
  files['content/places/huiskamer-heikamp.md'] = await publish(page, 'content/places/huiskamer-heikamp.md');

  await page.goto(`${s.base}admin/#/collections/volunteering/new`);
  await page.getByLabel('Titel').fill('Chauffeur voor de buurtbus');
  await page.getByLabel('Korte omschrijving').fill('Rijdt u graag? Breng ouderen naar de dokter of de markt.');
  await choose(page, 'Organisatie', 'Stichting Welzijn Lindewaard');
  await choose(page, 'Contactpersoon (optioneel)', 'Fatima El Amrani');
  await page.getByLabel('Uren per week (optioneel)').fill('4');
  files['content/volunteering/chauffeur-voor-de-buurtbus.md'] = await publish(page, 'content/volunteering/chauffeur-voor-de-buurtbus.md');
  await context.close();
  assert.deepEqual(problems, { console: [], foreign: [] });

  // What the CMS saved, next to the demo's entries, is a site check accepts.
  const root = join(dir, 'saved');
  demoWithCms(root);
  for (const [path, text] of Object.entries(files)) {
    assert.ok(text, `${path} was not saved`);
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  assert.match(files['content/activities/samen-eten-in-noord.md'], /title: Samen eten in Noord/);
  assert.match(files['content/activities/samen-eten-in-noord.md'], /weekly:\s*\n?\s*- vrijdag/);
  // An empty group stays out of the file: no "registration required" nobody chose.
  assert.doesNotMatch(files['content/activities/samen-eten-in-noord.md'], /registration|accessibility|address/);
  const check = spawnSync(binary(), ['check', '--root', root, '--lang', 'nl', '--today', '2026-11-23'], { encoding: 'utf8' });
  assert.equal(check.status, 0, `${check.stdout}\n${check.stderr}\n${Object.values(files).join('\n---\n')}`);
  assert.match(check.stderr, / 0 fouten, /, check.stderr);
  assert.ok(readdirSync(join(root, 'content', 'places')).includes('huiskamer-heikamp.md'));
});
