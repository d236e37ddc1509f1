// After `npm run build`: what the shop's first page loads (the entry script and every chunk index.html preloads)
// must stay under the budget, and must carry none of the admin console's texts (they belong to its lazy chunk).
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const dist = path.join(root, 'dist');
const budget = Number(process.env.FIRST_LOAD_BUDGET ?? 506_000);

const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const sizes = files.map((file) => ({ file, bytes: statSync(path.join(dist, file)).size }));
const total = sizes.reduce((sum, { bytes }) => sum + bytes, 0);

/** The values of a dictionary file: `'key': 'value',` lines. */
const values = (file) =>
  [...readFileSync(path.join(root, file), 'utf8').matchAll(/^\s+'[^']+': '((?:[^'\\]|\\.)*)',?$/gm)].map((m) => m[1]);
const shop = new Set(['en', 'uz', 'ru'].flatMap((l) => values(`src/i18n/${l}.ts`)));
const adminTexts = ['en', 'uz', 'ru']
  .flatMap((l) => values(`src/admin/i18n/${l}.ts`))
  .filter((text) => text.length >= 12 && !shop.has(text) && !/\{/.test(text));
const code = files.map((file) => readFileSync(path.join(dist, file), 'utf8')).join('\n');
const leaked = adminTexts.filter((text) => code.includes(text));

for (const { file, bytes } of sizes) console.log(`${(bytes / 1000).toFixed(2).padStart(9)} kB  ${file}`);
console.log(`${(total / 1000).toFixed(2).padStart(9)} kB  first load (budget ${(budget / 1000).toFixed(2)} kB)`);
console.log(`${adminTexts.length} admin texts looked for in the first load: ${leaked.length} found`);
if (adminTexts.length < 50) throw new Error('the admin dictionaries could not be read');
if (leaked.length > 0) throw new Error(`admin texts in the first load: ${leaked.slice(0, 5).join(' | ')}`);
if (total >= budget) throw new Error(`the first load is ${total} bytes, over the budget of ${budget}`);
