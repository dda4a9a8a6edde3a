// Search benchmark: buurtgids and Pagefind over the same generated site, in Debian's
// Chromium. For each size it generates the corpus (bench/corpus.py), builds it with
// buurtgids, runs Pagefind over the same HTML, serves both like a static host (gzip on
// the fly for text, pre-compressed index files as they are) and measures, per engine:
// bytes and requests before the first result, for a first and a later query, for a
// wijk + free filter, query time in the page, prefix recall and typo tolerance.
//
//   node bench/search.mjs [--sizes 1000,5000,20000] [--words 360] [--bin PATH] [--no-pagefind] [--verbose]
//
// Bytes are response bodies as sent (after compression), counted by the server.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve, dirname, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const SIZES = option('sizes', '1000,5000,20000').split(',').map(Number);
const WORDS = option('words', '360');
const TARGET = process.env.CARGO_TARGET_DIR || join(repo, 'target');
const BIN = option('bin', join(TARGET, 'release', 'buurtgids'));
const PAGEFIND = !args.includes('--no-pagefind') && existsSync(join(here, 'node_modules', '.bin', 'pagefind'));
const WORK = option('work', '/tmp/buurtgids-bench');
const TODAY = '2026-11-23';

// Words residents type, from the corpus' vocabulary, one and two words.
const QUERIES = ['koffie', 'mantelzorg', 'wandelen', 'formulierenhulp', 'taalcafe', 'schuldhulp',
  'vrijwilliger', 'buurthuis', 'computerles', 'eettafel', 'zwemmen', 'kinderen', 'dementie',
  'fietsgroep', 'repair cafe', 'koffie ochtend', 'hulp formulieren', 'stoelyoga', 'breicafe',
  'budgetcoaching'];
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.wasm': 'application/wasm' };
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg']);

function run(cmd, argv, opts = {}) {
  const r = spawnSync('/usr/bin/time', ['-v', cmd, ...argv], { encoding: 'utf8', maxBuffer: 1 << 28, ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed:\n${r.stderr.slice(-2000)}`);
  const wall = r.stderr.match(/Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)/);
  const rss = +r.stderr.match(/Maximum resident set size \(kbytes\): (\d+)/)[1];
  const seconds = (+(wall[1] || 0)) * 3600 + (+wall[2]) * 60 + (+wall[3]);
  return { out: r.stdout + r.stderr, seconds, mib: rss / 1024 };
}

// A static host: folders give index.html; text is gzipped on the fly as most hosts do.
function serve(dir) {
  const log = { bytes: 0, requests: 0, entries: [] };
  const server = createServer((req, res) => {
    let path = join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) { res.writeHead(404); res.end(); return; }
    let body = readFileSync(path);
    const headers = { 'content-type': TYPES[extname(path)] || 'application/octet-stream' };
    if (COMPRESSIBLE.has(extname(path)) && /gzip/.test(req.headers['accept-encoding'] || '')) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    log.bytes += body.length;
    log.requests += 1;
    log.entries.push([req.url, body.length]);
    res.writeHead(200, headers);
    res.end(body);
  });
  return { server, log };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * p))]; };
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;

// One typo per query word: a deterministic mix of substitution, deletion, insertion and
// transposition at every position.
function typo(word, n) {
  const i = n % word.length;
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  switch (n % 4) {
    case 0: return word.slice(0, i) + letters[(word.charCodeAt(i) - 96 + 7) % 26] + word.slice(i + 1);
    case 1: return word.slice(0, i) + word.slice(i + 1);
    case 2: return word.slice(0, i) + letters[(n * 7) % 26] + word.slice(i);
    default: return i + 1 < word.length ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2) : word.slice(0, -1);
  }
}

// Engines in the page: each returns entry addresses, best first, and loads the cards
// (fragments) of the first ten, as its result list would show them.
const ENGINES = {
  buurtgids: {
    page: 'zoeken/',
    ready: () => window.buurtgidsSearch !== undefined,
    search: async (q, limit = 10) => {
      const r = await window.buurtgidsSearch.run(q, false);
      const docs = r.docs.slice(0, limit).map((d) => d[0]);
      const top = [];
      for (let i = 0; i < docs.length; i += 200) {
        top.push(...(await window.buurtgidsSearch.cards(docs.slice(i, i + 200))).map((c) => c.u));
      }
      return { count: r.docs.length, top };
    },
  },
  pagefind: {
    page: 'pagefind-bench.html',
    ready: () => window.pagefindReady === true,
    search: async (q, limit = 10) => {
      const r = await window.pagefind.search(q);
      const results = r.results.slice(0, limit);
      const top = [];
      for (let i = 0; i < results.length; i += 200) {
        const data = await Promise.all(results.slice(i, i + 200).map((x) => x.data()));
        top.push(...data.map((d) => d.url.replace(/^\/|index\.html$/g, '')));
      }
      return { count: r.results.length, top };
    },
  },
};

async function measure(browser, name, origin, log, areaId) {
  const engine = ENGINES[name];
  const context = await browser.newContext();
  const page = await context.newPage();
  // Opens the search page; returns what it fetched beyond its own HTML and the site's
  // stylesheet: the runtime and what it loads before a query.
  const open = async () => {
    log.entries = [];
    await page.goto(origin + engine.page);
    await page.waitForFunction(engine.ready);
    return log.entries.filter(([u]) => !/(\.html|\/|\.css)(\?.*)?$/.test(u)).reduce((a, [, b]) => a + b, 0);
  };
  const runtime = await open();
  const first = [];
  const later = [];
  const timings = [];
  for (const [n, q] of QUERIES.entries()) {
    const before = await open();
    const base = log.bytes; const baseReq = log.requests;
    await page.evaluate(engine.search, q);
    first.push({ q, bytes: before + log.bytes - base, requests: log.requests - baseReq });
    const other = QUERIES[(n + 7) % QUERIES.length];
    const b2 = log.bytes; const r2 = log.requests;
    await page.evaluate(engine.search, other);
    later.push({ bytes: log.bytes - b2, requests: log.requests - r2 });
    // Warm: everything is fetched; the time to evaluate the query again.
    for (let k = 0; k < 5; k++) {
      timings.push(await page.evaluate(async ([fn, q]) => {
        const f = eval(fn);
        const t = performance.now();
        await f(q);
        return performance.now() - t;
      }, [engine.search.toString(), other]));
    }
  }
  let filter = null;
  if (name === 'buurtgids') {
    await open();
    const e = log.entries.length;
    await page.selectOption('#f-wijk', areaId);
    await page.check('input[name=gratis]');
    await page.waitForFunction(() => /gevonden/.test(document.getElementById('search-status').textContent));
    // What the filter fetches from the index: the page's icon, which the browser may ask
    // for late, is no part of it.
    const fetched = log.entries.slice(e).filter(([u]) => !u.includes('/assets/'));
    filter = { bytes: fetched.reduce((a, [, n]) => a + n, 0), requests: fetched.length };
  }
  // Every result of a prefix, as addresses, to compare with the entries that have it.
  const recall = (await page.evaluate(([fn, q]) => eval(fn)(q, 1e9), [engine.search.toString(), 'mantelzorg'])).top;
  const typos = [];
  for (const [n, q] of QUERIES.filter((q) => !q.includes(' ')).entries()) {
    for (let k = 0; k < 5; k++) {
      const wrong = typo(q, n * 5 + k);
      // Typed in full (a space after it): the word as meant, and with the typo.
      const right = await page.evaluate(engine.search, q + ' ');
      const got = await page.evaluate(engine.search, wrong + ' ');
      typos.push(right.top.length > 0 && got.top.slice(0, 5).includes(right.top[0]));
    }
  }
  await context.close();
  return { runtime, first, later, timings, filter, recall, typos };
}

// The addresses of the entries that have a word starting with `prefix` in their title,
// summary or body, as the corpus wrote them.
const FOLDERS = { activities: 'activiteiten', services: 'hulp', places: 'plekken', people: 'mensen',
  volunteering: 'vrijwilligerswerk', organisations: 'organisaties', areas: 'wijken' };
function withPrefix(corpus, prefix) {
  const out = new Set();
  for (const [folder, segment] of Object.entries(FOLDERS)) {
    const dir = join(corpus, 'content', folder);
    for (const f of readdirSync(dir)) {
      const words = readFileSync(join(dir, f), 'utf8').toLowerCase().normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '').split(/[^a-z0-9]+/);
      if (words.some((w) => w.startsWith(prefix))) out.add(`${segment}/${f.replace(/\.(md|yaml)$/, '')}/`);
    }
  }
  return out;
}

async function main() {
  mkdirSync(WORK, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const rows = [];
  for (const n of SIZES) {
    const corpus = join(WORK, `corpus-${n}`);
    spawnSync('python3', [join(here, 'corpus.py'), '--entries', String(n), '--out', corpus, '--words', WORDS]);
    const out = join(WORK, `public-${n}`);
    const { server, log } = serve(out);
    await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
    const origin = `http://127.0.0.1:${server.address().port}/`;
    const build = run(BIN, ['build', '--root', corpus, '--out', out, '--base-url', origin, '--today', TODAY, '--lang', 'en']);
    const stage = +build.out.match(/search (\d+) ms/)[1];
    const index = run(BIN, ['search', '--root', corpus, '--today', TODAY, 'koffie']);
    const row = { n, build, stage, index, engines: {} };
    const area = 'centrum';
    row.expected = withPrefix(corpus, 'mantelzorg');
    row.engines.buurtgids = await measure(browser, 'buurtgids', origin, log, area);
    if (PAGEFIND) {
      const glob = '{activiteiten,hulp,plekken,mensen,vrijwilligerswerk,organisaties,wijken}/*/index.html';
      row.pagefind = run(join(here, 'node_modules', '.bin', 'pagefind'), ['--site', out, '--glob', glob, '--force-language', 'nl']);
      writeFileSync(join(out, 'pagefind-bench.html'), '<!doctype html><html lang="nl"><meta charset="utf-8"><title>Pagefind</title>' +
        '<script type="module">const p = await import("./pagefind/pagefind.js"); await p.init(); window.pagefind = p; window.pagefindReady = true;</script>');
      row.engines.pagefind = await measure(browser, 'pagefind', origin, log, area);
    }
    server.close();
    server.closeAllConnections();
    rows.push(row);
    report(row);
  }
  await browser.close();
}

function report(row) {
  const line = (label, f) => {
    const cells = Object.entries(row.engines).map(([name, m]) => `${name}: ${f(m)}`);
    console.log(`  ${label.padEnd(34)} ${cells.join(' | ')}`);
  };
  console.log(`\n${row.n} entries (${row.expected.size} with a word starting with "mantelzorg")`);
  console.log(`  build: ${row.build.seconds.toFixed(1)} s, ${row.build.mib.toFixed(0)} MiB peak; search stage ${(row.stage / 1000).toFixed(2)} s;` +
    ` load + index alone ${row.index.seconds.toFixed(1)} s, ${row.index.mib.toFixed(0)} MiB peak`);
  if (row.pagefind) console.log(`  pagefind: ${row.pagefind.seconds.toFixed(1)} s, ${row.pagefind.mib.toFixed(0)} MiB peak`);
  line('runtime before a query', (m) => kb(m.runtime));
  line('first query (min/median/max)', (m) => `${kb(Math.min(...m.first.map((x) => x.bytes)))} / ${kb(median(m.first.map((x) => x.bytes)))} / ${kb(Math.max(...m.first.map((x) => x.bytes)))}, ${median(m.first.map((x) => x.requests))} requests`);
  if (args.includes('--verbose')) line('first query, each', (m) => m.first.map((x) => `${x.q} ${kb(x.bytes)}`).join(', '));
  line('later query (median)', (m) => `${kb(median(m.later.map((x) => x.bytes)))}, ${median(m.later.map((x) => x.requests))} requests`);
  line('wijk + free filter', (m) => (m.filter ? `${kb(m.filter.bytes)}, ${m.filter.requests} requests` : 'not measured'));
  line('query time warm (median / p95)', (m) => `${median(m.timings).toFixed(1)} / ${pct(m.timings, 0.95).toFixed(1)} ms`);
  line('prefix recall, "mantelzorg"', (m) => `${m.recall.filter((u) => row.expected.has(u)).length} of ${row.expected.size} (${m.recall.length} results)`);
  line('one typo: intended in top 5', (m) => `${m.typos.filter(Boolean).length} of ${m.typos.length}`);
}

main().catch((e) => { console.error(e); process.exit(1); });
