// Search quality on residents' own words: buurtgids and Pagefind over the same entry
// pages, in Debian's Chromium. Each question of bench/questions/demo.txt names the pages
// it means (and, for --corpus, pages of the generated corpus that answer it too); a
// question is answered when one of them is among the first three results.
// Prints, per engine, how many questions are answered in the top 3 and the mean
// reciprocal rank of the first page meant (MRR, over the first ten results), and lists
// the questions buurtgids misses.
//
//   node bench/questions.mjs [--corpus 5000] [--bin PATH] [--site DIR] [--no-pagefind] [--verbose]
//
// Without --corpus the demo is searched (content/ and site.toml at the repository's
// root). With --corpus N, the generated corpus of N entries (bench/corpus.py) with the
// demo's entries and its site synonyms added: the same questions, among N other pages.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { cpSync, existsSync, readFileSync, statSync, writeFileSync, appendFileSync, mkdirSync } from 'node:fs';
import { join, resolve, dirname, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const CORPUS = option('corpus', null);
const TARGET = process.env.CARGO_TARGET_DIR || join(repo, 'target');
const BIN = option('bin', join(TARGET, 'release', 'buurtgids'));
const PAGEFIND = !args.includes('--no-pagefind') && existsSync(join(here, 'node_modules', '.bin', 'pagefind'));
const VERBOSE = args.includes('--verbose');
const WORK = option('work', '/tmp/buurtgids-bench');
const TODAY = '2026-11-23';
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.wasm': 'application/wasm' };

// `question | page, page | corpus page, ...` lines; `#` starts a comment. A page ending
// in `*` stands for every address that starts with what comes before it.
function questions() {
  const list = (text) => (text || '').split(',').map((p) => p.trim()).filter(Boolean);
  return readFileSync(join(here, 'questions', 'demo.txt'), 'utf8').split('\n')
    .map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [q, pages, generated] = l.split('|');
      return { q: q.trim(), want: list(pages).concat(CORPUS ? list(generated) : []) };
    });
}

const answers_ = (want, address) => want.some((w) => (w.endsWith('*') ? address.startsWith(w.slice(0, -1)) : address === w));

function run(cmd, argv) {
  const r = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed:\n${(r.stderr || '').slice(-2000)}`);
  return r.stdout;
}

// The site to search: the demo, or a corpus with the demo's entries in it.
function site() {
  if (!CORPUS) return option('site', repo);
  const dir = join(WORK, `questions-corpus-${CORPUS}`);
  run('python3', [join(here, 'corpus.py'), '--entries', CORPUS, '--out', dir]);
  cpSync(join(repo, 'content'), join(dir, 'content'), { recursive: true });
  cpSync(join(repo, 'static'), join(dir, 'static'), { recursive: true });
  const toml = readFileSync(join(repo, 'site.toml'), 'utf8');
  const search = toml.match(/\n\[search\][\s\S]*?(?=\n\[)/);
  if (search) appendFileSync(join(dir, 'site.toml'), search[0] + '\n');
  return dir;
}

function serve(dir) {
  return createServer((req, res) => {
    let path = join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] || 'application/octet-stream' });
    res.end(readFileSync(path));
  });
}

// Engines in the page: each returns the addresses of its first ten results, best first.
const ENGINES = {
  buurtgids: {
    page: 'zoeken/',
    ready: () => window.buurtgidsSearch !== undefined,
    // As the search page runs a query typed and sent: the last word may still be the
    // start of a word, and a word not on the site is corrected.
    search: async (q) => {
      const r = await window.buurtgidsSearch.run(q, false);
      return (await window.buurtgidsSearch.cards(r.docs.slice(0, 10).map((d) => d[0]))).map((c) => c.u);
    },
  },
  pagefind: {
    page: 'pagefind-bench.html',
    ready: () => window.pagefindReady === true,
    search: async (q) => {
      const r = await window.pagefind.search(q);
      const data = await Promise.all(r.results.slice(0, 10).map((x) => x.data()));
      return data.map((d) => d.url.replace(/^\/|index\.html$/g, ''));
    },
  },
};

async function answers(browser, origin, name, asked) {
  const engine = ENGINES[name];
  const page = await browser.newPage();
  await page.goto(origin + engine.page);
  await page.waitForFunction(engine.ready);
  const out = [];
  for (const { q, want } of asked) {
    const top = await page.evaluate(engine.search, q);
    const rank = top.findIndex((u) => answers_(want, u)) + 1;
    out.push({ q, rank, top });
  }
  await page.close();
  return out;
}

async function main() {
  mkdirSync(WORK, { recursive: true });
  const asked = questions();
  const root = site();
  const out = join(WORK, CORPUS ? `questions-public-${CORPUS}` : 'questions-public-demo');
  const server = serve(out);
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}/`;
  run(BIN, ['build', '--root', root, '--out', out, '--base-url', origin, '--today', TODAY, '--lang', 'en']);
  const engines = ['buurtgids'];
  if (PAGEFIND) {
    // The entry pages only, and only their <main>, as buurtgids indexes them.
    const glob = '{activiteiten,hulp,plekken,mensen,vrijwilligerswerk,organisaties,wijken}/*/index.html';
    run(join(here, 'node_modules', '.bin', 'pagefind'), ['--site', out, '--glob', glob,
      '--root-selector', 'main', '--force-language', 'nl']);
    writeFileSync(join(out, 'pagefind-bench.html'), '<!doctype html><html lang="nl"><meta charset="utf-8"><title>Pagefind</title>' +
      '<script type="module">const p = await import("./pagefind/pagefind.js"); await p.init(); window.pagefind = p; window.pagefindReady = true;</script>');
    engines.push('pagefind');
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const site_ = CORPUS ? `the demo's entries among ${CORPUS} generated ones` : 'the demo';
  console.log(`${asked.length} questions on ${site_}`);
  for (const name of engines) {
    const got = await answers(browser, origin, name, asked);
    const top3 = got.filter((a) => a.rank >= 1 && a.rank <= 3).length;
    const mrr = got.reduce((sum, a) => sum + (a.rank ? 1 / a.rank : 0), 0) / got.length;
    console.log(`  ${name.padEnd(10)} top 3: ${top3} of ${got.length} (${(100 * top3 / got.length).toFixed(1)} %), MRR ${mrr.toFixed(3)}`);
    for (const a of got.filter((x) => !(x.rank >= 1 && x.rank <= 3))) {
      if (name === 'buurtgids' || VERBOSE) {
        console.log(`    missed: "${a.q}" (rank ${a.rank || '-'}), first: ${a.top.slice(0, 3).join(' ') || 'nothing'}`);
      }
    }
  }
  await browser.close();
  server.close();
  server.closeAllConnections();
}

main().catch((e) => { console.error(e); process.exit(1); });
