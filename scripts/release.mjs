// `npm run release`: store-ready packages for Chrome, Edge and Firefox, plus the Firefox sources zip
// that addons.mozilla.org asks for, all from the one version in package.json. Refuses to package a
// dirty work tree (the sources zip would not match a commit) or a version the CHANGELOG lacks.
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });
const fail = (message) => {
  console.error(`release: ${message}`);
  process.exit(1);
};

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
if (!readFileSync('CHANGELOG.md', 'utf8').includes(`## ${version}`)) fail(`CHANGELOG.md has no "## ${version}" entry`);
const dirty = execSync('git status --porcelain', { encoding: 'utf8' }).trim();
if (dirty && !process.argv.includes('--allow-dirty')) fail(`the work tree has uncommitted changes:\n${dirty}`);

rmSync('.output', { recursive: true, force: true });
run('npx wxt zip');
run('npx wxt zip -b edge');
run('npx wxt zip -b firefox');
run('node scripts/lint-firefox.mjs');

console.log(`\nOutward ${version}: packages in .output/`);
for (const name of readdirSync('.output')
  .filter((file) => file.endsWith('.zip'))
  .sort()) {
  const path = `.output/${name}`;
  const sha = createHash('sha256').update(readFileSync(path)).digest('hex');
  console.log(`  ${name.padEnd(34)} ${(statSync(path).size / 1024).toFixed(1).padStart(7)} KB  sha256 ${sha}`);
}
