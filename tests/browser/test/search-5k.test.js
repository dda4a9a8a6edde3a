// Search on a generated site of 5,000 entries, where the index is split into shards:
// the browser ranks as tantivy does and a prefix finds every entry that has it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { site, close, open, repo, searchIndex } from './harness.js';
import { sameRanking, fullRecall, RESIDENTS } from './agreement.js';

let s;
let session;
let corpus;
before(async () => {
  corpus = mkdtempSync(join(tmpdir(), 'buurtgids-5k-'));
  const root = join(corpus, 'site');
  const made = spawnSync('python3', [join(repo, 'bench', 'corpus.py'), '--entries', '5000',
    '--out', root, '--words', '360'], { encoding: 'utf8' });
  assert.equal(made.status, 0, made.stderr);
  s = await site(root);
  session = await open(s);
});
after(async () => {
  await session?.context.close();
  await close();
  rmSync(corpus, { recursive: true, force: true });
});

test('the 5k index is split: shards, postings and cards are separate files', () => {
  const { meta, keys, cards } = searchIndex(s);
  assert.equal(meta.bundle, undefined);
  // Cards come in groups of 16, one file each: every entry has its card.
  assert.equal(meta.cg, 16);
  assert.equal(cards.length, meta.docs);
  assert.ok(cards.every((c) => c && c.t && c.u));
  assert.ok(keys.length > 50, `${keys.length} shards`);
  assert.deepEqual(keys, [...keys].sort(), 'shard keys are sorted');
  assert.equal(meta.docs, 5001);
});

test('5k: the browser ranks as tantivy does, up to the score quantisation', async () => {
  await sameRanking(s, session, 50, RESIDENTS);
});

test('5k: a prefix finds every entry with a word that starts with it (recall 100%)', async () => {
  await fullRecall(s, session, ['koff', 'mantelz', 'wandel', 'buurth', 'vrijwil', 'formul', 'schuld', 'fiets']);
});

test('5k: searching loads a few small files, not the whole index', async () => {
  const { page } = session;
  const fetched = [];
  const listen = (r) => { if (r.url().includes('/zoeken/')) fetched.push(r.url()); };
  page.on('response', listen);
  await page.goto(`${s.base}zoeken/?q=mantelzorg`);
  await page.waitForFunction(() => document.querySelectorAll('#search-results li').length === 10);
  page.off('response', listen);
  // The page, meta, one shard, a few postings, the groups of ten cards.
  assert.ok(fetched.length < 25, fetched.join('\n'));
  assert.deepEqual(session.problems.console, []);
});
