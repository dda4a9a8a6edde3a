// Hostile content: every payload of xss-payloads.js in every text field of an entry of
// each kind and in Markdown bodies. Chromium opens every page of the built site and
// searches for the entries; no script may run (no dialog, no window.__xss, no console
// error, which is also where a blocked inline script would show), no element or
// attribute may come from the payloads, and the text of the fields is still shown.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { site, close, open, repo } from './harness.js';
import { PAYLOADS, SVG_PAYLOADS } from './xss-payloads.js';

let s;
let dir;
const q = JSON.stringify; // a JSON string is a YAML (and TOML) double-quoted string

// Payload i for one of a few entries of the other kinds.
const pick = (i) => PAYLOADS[i % PAYLOADS.length];

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'buurtgids-xss-'));
  const root = join(dir, 'site');
  cpSync(join(repo, 'tests', 'fixtures', 'valid'), root, { recursive: true });
  const write = (path, text) => writeFileSync(join(root, 'content', path), text);
  const toml = readFileSync(join(root, 'site.toml'), 'utf8')
    .replace(/^title = .*$/m, `title = ${q('Testkaart ' + PAYLOADS[0])}\ndescription = ${q(PAYLOADS[3])}`);
  writeFileSync(join(root, 'site.toml'), toml);
  PAYLOADS.forEach((p, i) => {
    const id = `xss-${String(i + 1).padStart(2, '0')}`;
    write(`activities/${id}.md`, `---
title: ${q(p)}
summary: ${q(p)}
areas: [centrum]
categories: [ontmoeten]
audience: [iedereen]
place: buurthuis
schedule:
  - weekly: dinsdag
    time: "10:00-11:00"
    note: ${q(p)}
cost: ${q('2 euro ' + p)}
organiser: welzijn
registration:
  required: true
  how: ${q(p)}
accessibility:
  notes: ${q(p)}
reviewed: 2026-10-01
---
Welkom bij de koffie ${id}.

${p}
`);
  });
  for (let n = 0; n < PAYLOADS.length; n += 6) {
    const id = `xss-${n}`;
    write(`places/${id}.md`, `---
name: ${q(pick(n))}
summary: ${q(pick(n + 1))}
areas: [centrum]
address:
  street: ${q(pick(n + 2))}
  postcode: 5431 AB
  city: ${q(pick(n + 3))}
geo:
  lat: ${51.69 + n / 10000}
  lon: ${5.30 + n / 10000}
facilities: [${q(pick(n + 4))}]
accessibility:
  notes: ${q(pick(n + 5))}
opening_hours:
  - weekly: maandag
    time: "09:00-12:00"
    note: ${q(pick(n))}
reviewed: 2026-10-01
---
${pick(n + 1)}
`);
    write(`services/${id}.md`, `---
title: ${q(pick(n + 1))}
summary: ${q(pick(n + 2))}
areas: all
how_to_reach: ${q(pick(n + 3))}
schedule:
  - monthly: first tuesday
    time: "09:00-11:00"
reviewed: 2026-10-01
---
${pick(n + 4)}
`);
    write(`people/${id}.yaml`, `name: ${q(pick(n + 2))}
role: ${q(pick(n + 3))}
summary: ${q(pick(n + 4))}
areas: [centrum]
reviewed: 2026-10-01
`);
    write(`volunteering/${id}.md`, `---
title: ${q(pick(n + 3))}
summary: ${q(pick(n + 4))}
organisation: welzijn
areas: [centrum]
when: ${q(pick(n + 5))}
requirements: [${q(pick(n))}]
how_to_respond: ${q(pick(n + 1))}
reviewed: 2026-10-01
---
${pick(n + 2)}
`);
    write(`organisations/${id}.yaml`, `name: ${q(pick(n + 4))}
summary: ${q(pick(n + 5))}
areas: all
reviewed: 2026-10-01
`);
  }
  // The areas on maps: a hostile name on the overview, hostile places as its markers.
  const square = (w, s, e, n) => JSON.stringify({ type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] });
  writeFileSync(join(root, 'content', 'areas', 'centrum.geojson'), square(5.28, 51.68, 5.33, 51.71));
  write('areas/xss-wijk.md', `---\nname: ${q(PAYLOADS[2])}\nkind: wijk\nsummary: ${q(PAYLOADS[4])}\n---\n`);
  writeFileSync(join(root, 'content', 'areas', 'xss-wijk.geojson'), square(5.33, 51.68, 5.36, 51.71));
  // Hostile pictures in static/: each SVG payload as a file, one as a person's photo and
  // one as the site's logo, and a feed of the site's own.
  mkdirSync(join(root, 'static', 'images'), { recursive: true });
  SVG_PAYLOADS.forEach((svg, i) => writeFileSync(join(root, 'static', 'images', `vijandig-${i}.svg`), svg));
  writeFileSync(join(root, 'static', 'nieuws.xml'), '<?xml version="1.0" encoding="UTF-8"?>\n'
    + '<feed xmlns="http://www.w3.org/2005/Atom"><title>Nieuws &lt;script&gt;window.__xss=1&lt;/script&gt;</title></feed>\n');
  write('people/xss-foto.yaml', `name: Foto
role: Buurtverbinder
summary: Met een foto.
areas: [centrum]
image:
  src: images/vijandig-0.svg
  alt: Portret
reviewed: 2026-10-01
`);
  writeFileSync(join(root, 'site.toml'), readFileSync(join(root, 'site.toml'), 'utf8')
    .replace(/^title = /m, 'logo = "images/vijandig-1.svg"\ntitle = '));
  s = await site(root);
});
after(async () => {
  await close();
  rmSync(dir, { recursive: true, force: true });
});

// What the payloads could have put into a page, found in the live DOM.
function injected() {
  const found = [];
  for (const el of document.querySelectorAll('*')) {
    const name = el.localName;
    // The theme's own: the stylesheet, icon, canonical and Atom feed links, the share button, the QR code of a
    // printed page, the filters of a listing, the search page's drop-down lists.
    const theirs = (name === 'link' && el.closest('head') && ['stylesheet', 'canonical', 'icon'].includes(el.rel))
      || (name === 'link' && el.closest('head') && el.rel === 'alternate'
        && el.type === 'application/atom+xml' && /\/atom\.xml$/.test(el.getAttribute('href')))
      || (name === 'details' && el.className === 'filters')
      || (name === 'select' && /^f-[a-z]+$/.test(el.id))
      || (name === 'button' && el.id === 'search-more')
      || (name === 'button' && el.className === 'share-button' && el.closest('.entry-meta'))
      // The printed page's QR code: a white square and one path, nothing else.
      || (name === 'svg' && el.getAttribute('class') === 'qr-code' && el.parentElement.matches('figure.qr, figure.poster-qr')
        && [...el.children].map((c) => c.localName).join(' ') === 'rect path' && !el.querySelector(':scope > * > *'))
      // A map: areas, names and numbered markers, links to the site's own pages, nothing else.
      || (name === 'svg' && el.getAttribute('class') === 'map' && el.parentElement.matches('.map-overview, .map-box')
        && [...el.querySelectorAll('*')].every((c) => ['a', 'path', 'title', 'text', 'tspan', 'g', 'circle'].includes(c.localName))
        && [...el.querySelectorAll('a')].every((a) => /^\/(?!\/)/.test(a.getAttribute('href'))));
    if (['iframe', 'object', 'embed', 'base', 'svg', 'math', 'video', 'audio', 'marquee',
      'textarea', 'select', 'style', 'link', 'input', 'button', 'form'].includes(name)
      && !theirs && !el.closest('form.search-form, form.postcode-form')) {
      found.push(`<${name}>`);
    }
    // The theme's scripts, and the entry page's one JSON-LD data block in the head (its
    // content is checked below: it must parse, so nothing broke out of it).
    const ownScript = /\/assets\/[a-z]+\.[0-9a-f]+\.js$/.test(el.src)
      || (el.type === 'application/ld+json' && el.parentElement === document.head
        && document.querySelectorAll('script[type="application/ld+json"]').length === 1);
    if (name === 'script' && !ownScript) found.push('<script>');
    if (name === 'script' && el.type === 'application/ld+json') {
      try { JSON.parse(el.textContent); } catch (e) { found.push(`JSON-LD that does not parse: ${e.message}`); }
    }
    if (name === 'meta' && el.httpEquiv && el.httpEquiv.toLowerCase() === 'refresh') found.push('<meta refresh>');
    for (const a of el.attributes) {
      if (a.name.startsWith('on')) found.push(`${name}[${a.name}]`);
      if (a.name === 'style' || a.name === 'contenteditable' || a.name === 'formaction' || a.name === 'srcdoc') {
        found.push(`${name}[${a.name}]`);
      }
      if (['href', 'src', 'action', 'data', 'background', 'xlink:href', 'srcset'].includes(a.name)
        && /^\s*(javascript|vbscript|data):/i.test(a.value.replace(/[\u0000-\u001f]/g, ''))) {
        found.push(`${name}[${a.name}=${a.value.slice(0, 30)}]`);
      }
    }
  }
  if (window.__xss) found.push('window.__xss was set');
  return found;
}

function htmlPages(out) {
  const pages = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.html') pages.push(relative(out, d) + '/');
    }
  };
  walk(out);
  return pages.map((p) => (p === '/' ? '' : p)).sort();
}

test(`${PAYLOADS.length} payloads in every text field of every kind run nowhere`, async () => {
  assert.ok(PAYLOADS.length >= 60);
  const { context, page, problems } = await open(s);
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(`${page.url()}: ${d.message()}`); d.dismiss(); });
  const pages = htmlPages(s.out);
  assert.ok(pages.length > PAYLOADS.length + 30, `${pages.length} pages`);
  const found = [];
  for (const path of pages) {
    await page.goto(s.base + path);
    // Give event handlers (load, error, toggle, focus) the chance to run.
    await page.mouse.move(200, 300);
    await page.keyboard.press('Tab');
    await page.waitForTimeout(20);
    for (const f of await page.evaluate(injected)) found.push(`${path}: ${f}`);
  }
  assert.deepEqual(found.slice(0, 20), []);
  assert.deepEqual(dialogs, []);
  // Pictures in bodies with a made-up `src` ("x") stay, without their handlers, and are
  // not found on the site's own host; anything else in the console is a failure.
  const missing = /Failed to load resource: the server responded with a status of 404/;
  assert.deepEqual(problems.console.filter((m) => !missing.test(m)), []);
  assert.deepEqual(problems.foreign, []);
  await context.close();
});

test('the text of every field is shown as text', async () => {
  const { context, page } = await open(s);
  for (const [i, p] of PAYLOADS.entries()) {
    const id = `xss-${String(i + 1).padStart(2, '0')}`;
    await page.goto(`${s.base}activiteiten/${id}/`);
    const shown = (sel) => page.locator(sel).first().textContent();
    assert.equal((await shown('h1')).trim(), p.trim(), `${id}: the title`);
    assert.equal((await shown('.lead')).trim(), p.trim(), `${id}: the summary`);
    assert.match(await page.locator('.body').textContent(), new RegExp(`Welkom bij de koffie ${id}`));
    assert.ok((await page.locator('.facts').textContent()).includes(p.trim()), `${id}: the note`);
    // The JSON-LD holds the same text, whole: nothing ended the element early.
    const ld = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent());
    const event = ld['@graph'] ? ld['@graph'][0] : ld;
    assert.equal(event.name.trim(), p.trim(), `${id}: the JSON-LD name`);
    assert.equal(event.description.trim(), p.trim(), `${id}: the JSON-LD description`);
  }
  await context.close();
});

test('search shows the hostile entries as text, and hostile queries as text', async () => {
  const { context, page, problems } = await open(s);
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await page.goto(`${s.base}zoeken/?q=welkom+koffie`);
  await page.waitForFunction(() => document.querySelectorAll('#search-results li').length >= 10);
  const titles = await page.locator('#search-results .result-title').allTextContents();
  for (const t of titles) assert.ok(PAYLOADS.some((p) => p.trim() === t.trim()) || !/xss/.test(t), t);
  // More of them, and the hostile text typed as a query.
  const more = page.locator('#search-more');
  while (await more.isVisible()) await more.click();
  for (const p of PAYLOADS.slice(0, 20)) {
    await page.locator('#q').fill(p);
    await page.waitForTimeout(150);
  }
  assert.deepEqual(await page.evaluate(injected), []);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(problems.console, []);
  await context.close();
});

// Every SVG and XML file the build published, opened by its own address, where no page's
// policy covers it: no script runs, none is in the document, and every picture still
// draws.
test(`${SVG_PAYLOADS.length} hostile SVG files opened by their own address run nothing`, async () => {
  const files = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(svg|xml)$/.test(name)) files.push(relative(s.out, path));
    }
  };
  walk(s.out);
  const svgs = files.filter((f) => /vijandig-\d+\.svg$/.test(f));
  assert.equal(svgs.length, SVG_PAYLOADS.length, files.join(' '));
  assert.ok(files.includes('nieuws.xml'), files.join(' '));
  const { context, page, problems } = await open(s);
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(`${page.url()}: ${d.message()}`); d.dismiss(); });
  const found = [];
  for (const file of files) {
    await page.goto(s.base + file);
    await page.mouse.move(20, 20);
    await page.mouse.click(20, 20);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(50);
    if (!page.url().startsWith(s.base + file)) found.push(`${file}: went to ${page.url()}`);
    const inside = await page.evaluate(() => {
      const bad = [];
      for (const el of document.querySelectorAll('*')) {
        if (['script', 'foreignObject', 'iframe', 'handler'].includes(el.localName)) bad.push(`<${el.localName}>`);
        for (const a of el.attributes) {
          if (a.name.startsWith('on')) bad.push(`${el.localName}[${a.name}]`);
          if (/^\s*(javascript|data|vbscript):/i.test(a.value)) bad.push(`${el.localName}[${a.name}=${a.value.slice(0, 30)}]`);
        }
      }
      if (window.__xss) bad.push('window.__xss was set');
      return bad;
    });
    for (const f of inside) found.push(`${file}: ${f}`);
  }
  assert.deepEqual(found, []);
  assert.deepEqual(dialogs, []);
  // A picture pointed at the site's own host ("/pixel.gif") that is not there is a 404.
  const missing = /Failed to load resource: the server responded with a status of 404/;
  assert.deepEqual(problems.console.filter((m) => !missing.test(m)), []);
  assert.deepEqual(problems.foreign, []);
  // The drawing is still there: the person's photo has its shapes.
  await page.goto(s.base + svgs[0]);
  assert.ok(await page.locator('rect, circle').count() > 0);
  await context.close();
});
