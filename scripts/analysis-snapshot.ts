/**
 * Guards speed work: hashes analyze()'s full result for every corpus answer (dev and test) and
 * a few synthetic inputs, so a refactor can prove it changed nothing.
 *
 *   npx tsx scripts/analysis-snapshot.ts /tmp/snap-before.json
 *   npx tsx scripts/analysis-snapshot.ts --compare /tmp/snap-before.json
 *
 * Compare prints only the count of differing answers, and ids plus the first differing field
 * for dev answers. Test answers stay held out: their texts and ids are never printed.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyze, type AnalysisInput } from '../packages/core/src/index.js';
import { loadCorpus } from './corpus.js';

interface Case {
  key: string;
  dev: boolean;
  input: AnalysisInput;
}

function cases(): Case[] {
  const out: Case[] = [];
  for (const part of ['dev', 'test'] as const) {
    loadCorpus(part).forEach((t, i) => {
      const key = part === 'dev' ? `dev:${t.id}` : `test:${i}`;
      const input = { answer: t.answer, question: t.question, role: t.role, company: t.company, experience: t.experience };
      out.push({ key, dev: part === 'dev', input });
      // The bare answer too: the no-context paths must not move either.
      out.push({ key: `${key}:bare`, dev: part === 'dev', input: { answer: t.answer } });
    });
  }
  const sentence = 'In five years I hope to lead a team of analysts at a company like yours, earning $120k. ';
  const synthetic: Record<string, AnalysisInput> = {
    empty: { answer: '' },
    spaces: { answer: '   \n\t  ' },
    html: { answer: '<p>I want to <b>grow</b> into a <a href="x">manager</a> role.</p><script>alert(1)</script>', role: '<i>Data</i> analyst' },
    emoji: { answer: '🚀 In 3 years I’ll be a senior engineer 👩‍💻 then CTO 😅!!! #goals', company: 'Acme 💼', experience: 'graduate' },
    megabyte: { answer: sentence.repeat(Math.ceil(1_000_000 / sentence.length)), role: 'Data analyst', company: 'Acme analytics team' },
    lonesurrogate: { answer: 'I want \uD800 to lead \uDC00 a team in 2030.' },
  };
  for (const [name, input] of Object.entries(synthetic)) out.push({ key: `synthetic:${name}`, dev: true, input });
  return out;
}

const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

/** The path of the first field (depth-first) where two JSON values differ. */
function firstDiff(a: unknown, b: unknown, path = ''): string | null {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const k of keys) {
      const d = firstDiff((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      if (d) return d;
    }
  }
  return path || '(root)';
}

const { values, positionals } = parseArgs({ options: { compare: { type: 'string' } }, allowPositionals: true });
const all = cases();
const results = new Map(all.map((c) => [c.key, JSON.stringify(analyze(c.input))]));
const hashes = Object.fromEntries([...results].map(([k, json]) => [k, hash(json)]));

if (values.compare) {
  const before = JSON.parse(readFileSync(values.compare, 'utf8')) as { hashes: Record<string, string>; dev: Record<string, string> };
  let differing = 0;
  const lines: string[] = [];
  for (const c of all) {
    if (before.hashes[c.key] === hashes[c.key]) continue;
    differing++;
    if (!c.dev) continue;
    const old = before.dev[c.key];
    lines.push(`  ${c.key}: ${old ? firstDiff(JSON.parse(old), JSON.parse(results.get(c.key)!)) : '(new case)'}`);
  }
  console.log(`${differing} of ${all.length} analyses differ`);
  for (const l of lines) console.log(l);
  process.exitCode = differing ? 1 : 0;
} else {
  const file = positionals[0] ?? '/tmp/snap-before.json';
  // Dev results are kept whole (outside the repo) to name the first differing field; test ones only hashed.
  const dev = Object.fromEntries(all.filter((c) => c.dev && !c.key.startsWith('synthetic:megabyte')).map((c) => [c.key, results.get(c.key)!]));
  writeFileSync(file, JSON.stringify({ hashes, dev }));
  console.log(`${all.length} analyses hashed into ${file}`);
}
