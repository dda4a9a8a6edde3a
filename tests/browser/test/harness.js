// Builds sites under a sub-path, serves them on 127.0.0.1 only and starts Debian's
// Chromium. Every test file shares one build per site and one browser.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateRawSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, extname, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const repo = resolve(here, '..', '..', '..');
export const SUB = '/sociale-kaart/';
export const TODAY = '2026-11-23';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ics': 'text/calendar; charset=utf-8',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

// The binary cargo built: BUURTGIDS_BIN, else the debug build in the target folder.
export function binary() {
  if (process.env.BUURTGIDS_BIN) return process.env.BUURTGIDS_BIN;
  const target = resolve(repo, process.env.CARGO_TARGET_DIR || 'target');
  return join(target, 'debug', 'buurtgids');
}

// Serves the folder in `server.dir` under SUB, like a static host: folders give
// index.html, anything else gives 404.html with status 404. The folder is set after
// the build, which needs the port first.
function serve() {
  const server = createServer((req, res) => {
    const dir = server.dir;
    const path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    const send = (status, file) => {
      res.writeHead(status, { 'content-type': TYPES[extname(file)] || 'application/octet-stream' });
      res.end(readFileSync(file));
    };
    if (!path.startsWith(SUB) || path.includes('..')) return send(404, join(dir, '404.html'));
    let file = join(dir, path.slice(SUB.length));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (existsSync(file) && statSync(file).isFile()) return send(200, file);
    return send(404, join(dir, '404.html'));
  });
  return server;
}

// Copies the demo site (its content, static files, theme and settings) into `root`.
export function copyDemo(root) {
  for (const part of ['content', 'static', 'themes', 'site.toml']) {
    cpSync(join(repo, part), join(root, part), { recursive: true });
  }
}

// Starts `buurtgids serve` on the site in `root` with `extra` options; returns the
// process and the first address it prints, in whatever language it speaks.
export async function startServe(root, extra = []) {
  const server = spawn(binary(), ['serve', '--port', '0', '--today', TODAY, '--root', root, ...extra],
    { stdio: ['ignore', 'ignore', 'pipe'] });
  const base = await new Promise((resolve, reject) => {
    let log = '';
    server.stderr.on('data', (chunk) => {
      log += chunk;
      const m = log.match(/(http:\/\/127\.0\.0\.1:\d+\/\S*)/);
      if (m) resolve(m[1]);
    });
    server.on('exit', (code) => reject(new Error(`serve stopped (${code}):\n${log}`)));
  });
  return { server, base };
}

let browser;
const sites = new Map();

// Builds the site in `root` (the demo by default) under the sub-path and serves it; one
// build and one server per site, one browser for the whole run.
export async function site(root = repo) {
  if (sites.has(root)) return sites.get(root);
  const server = serve();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const port = server.address().port;
  const origin = `http://127.0.0.1:${port}`;
  const out = join(mkdtempSync(join(tmpdir(), 'buurtgids-browser-')), 'public');
  const build = spawnSync(binary(), ['build', '--root', root, '--out', out,
    '--base-url', origin + SUB, '--today', TODAY], { encoding: 'utf8' });
  if (build.error) throw new Error(`cannot run ${binary()}: ${build.error.message}`);
  if (build.status !== 0) {
    const errors = build.stderr.split('\n\n').filter((b) => !b.startsWith('warning') && !b.startsWith('waarschuwing')).join('\n\n');
    throw new Error(`build failed (${build.status}):\n${errors}`);
  }
  server.dir = out;
  browser ||= await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const s = { server, port, origin, base: origin + SUB, out, root, browser };
  sites.set(root, s);
  return s;
}

export async function close() {
  if (browser) await browser.close();
  browser = undefined;
  for (const s of sites.values()) {
    s.server.close();
    s.server.closeAllConnections();
    rmSync(dirname(s.out), { recursive: true, force: true });
  }
  sites.clear();
}

// A page that records console errors, page errors and every request that is not
// for our own server (those are aborted).
// The visitor's clock shows `now` (default: mid-morning of the day the site was built
// for), so the script that moves the agenda on to today sees the same day in every run;
// `now` null leaves the clock running.
export async function open(s, options = {}, now = `${TODAY}T10:00:00+01:00`) {
  const context = await s.browser.newContext({
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  if (now) await context.clock.setFixedTime(new Date(now));
  const page = await context.newPage();
  const problems = { console: [], foreign: [] };
  page.on('console', (m) => {
    // The browser reports the 404 status of the "page not found" page itself.
    if (m.type() !== 'error' || (/status of 404/.test(m.text()) && /bestaat-niet/.test(page.url()))) return;
    problems.console.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.console.push(`${page.url()}: ${e.message}`));
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.host === `127.0.0.1:${s.port}`) return route.continue();
    problems.foreign.push(route.request().url());
    return route.abort();
  });
  return { context, page, problems };
}

// Site paths (relative to the sub-path) of the pages a resident needs.
export function pagesToCheck(s) {
  const html = (p) => readFileSync(join(s.out, p, 'index.html'), 'utf8');
  const firstLink = (listing) => {
    const m = html(listing).match(new RegExp(`href="?${SUB}(${listing}[a-z0-9-]+/)(?=["> ])`));
    if (!m) throw new Error(`no entry link on ${listing}`);
    return m[1];
  };
  const listings = ['wijken/', 'activiteiten/', 'plekken/', 'hulp/', 'mensen/',
    'vrijwilligerswerk/', 'organisaties/'];
  return [
    '',
    ...listings,
    ...listings.map(firstLink),
    'activiteiten/gratis/',
    'activiteiten/in/noord/',
    'wijken/centrum/',
    'hulp/voor/ouderen/',
    'agenda/',
    'agenda/noord/',
    'wijken/noord/poster/',
    'zoeken/',
    'toegankelijkheid/',
    'privacy/',
    'bestaat-niet/',
  ];
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Runs axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules on the open page and
// returns its violations, each as one readable paragraph.
export async function axeViolations(page) {
  await page.evaluate(AXE);
  const result = await page.evaluate((tags) => window.axe.run(document, {
    runOnly: { type: 'tag', values: tags },
    resultTypes: ['violations'],
  }), TAGS);
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n` +
    v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}: ${n.failureSummary}`).join('\n'));
}

// The search index the build wrote, read as the runtime reads it: the metadata, every
// word form of the site (sorted) and the result cards in entry order.
export function searchIndex(s) {
  const dir = join(s.out, 'zoeken');
  const hash = readdirSync(dir).find((f) => statSync(join(dir, f)).isDirectory());
  const read = (p) => inflateRawSync(readFileSync(join(dir, hash, p)));
  const meta = JSON.parse(read('meta.bin'));
  // Shard keys are front-coded: `shared:rest`, sharing letters with the key before.
  let before = '';
  const keys = meta.bundle ? [] : meta.shards.split(',').map((e) => {
    const [shared, rest] = e.split(':');
    before = before.slice(0, +shared) + rest;
    return before;
  });
  const shards = meta.bundle ? meta.bundle.t
    : Object.fromEntries(keys.map((k) => [k, JSON.parse(read(`t/${k}.bin`))]));
  const forms = Object.values(shards).flatMap((x) => Object.keys(x.w)).sort();
  const cards = meta.bundle ? meta.bundle.c
    : Array.from({ length: Math.ceil(meta.docs / meta.cg) },
      (_, g) => JSON.parse(read(`c/${g}.bin`))).flat();
  return { meta, keys, forms, cards };
}
