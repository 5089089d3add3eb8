#!/usr/bin/env node
// `npm test` runs this first (the `pretest` script), so that `npm ci && npm test` is all a fresh
// machine with Node 20, npm and Debian's packages needs:
//   1. build the workspace (end-to-end tests run the built bins); incremental, quick when current
//   2. the system programs the tests drive for real: Debian's chromium (HTML reports and the
//      monitor dashboard in a headless browser) and PostgreSQL (the monitor's Postgres store).
//      When one is missing and this user may install packages (root, or sudo without a password),
//      it is installed with apt-get; otherwise the run stops with one line naming what to install.
// READYCHECK_SKIP_SYSTEM_DEPS=1 skips step 2 (the tests that need a program then fail and say so).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const env = process.env;
const say = (line) => process.stderr.write(`pretest: ${line}\n`);

const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
if (build.status !== 0) {
  say('the build failed (npm run build); fix it before the tests can run');
  process.exit(build.status ?? 1);
}
if (env.READYCHECK_SKIP_SYSTEM_DEPS === '1') process.exit(0);

const postgresBin = () => {
  if (!existsSync('/usr/lib/postgresql')) return null;
  for (const v of readdirSync('/usr/lib/postgresql').sort().reverse()) if (existsSync(`/usr/lib/postgresql/${v}/bin/pg_ctl`)) return `/usr/lib/postgresql/${v}/bin`;
  return null;
};
const needs = [
  { pkg: 'chromium', what: 'headless Chromium for the HTML report and dashboard tests', present: () => Boolean(env.READYCHECK_CHROMIUM && existsSync(env.READYCHECK_CHROMIUM)) || existsSync('/usr/bin/chromium') },
  { pkg: 'postgresql', what: 'a PostgreSQL server for the monitor store tests', present: () => postgresBin() !== null },
];
const missing = needs.filter((n) => !n.present());
if (!missing.length) process.exit(0);

const pkgs = missing.map((m) => m.pkg);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const canSudo = !isRoot && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasApt || (!isRoot && !canSudo)) {
  say(`the tests need ${missing.map((m) => `${m.pkg} (${m.what})`).join(' and ')}: install with \`sudo apt-get install ${pkgs.join(' ')}\`${missing.some((m) => m.pkg === 'chromium') ? ', or point READYCHECK_CHROMIUM at a Chromium binary' : ''}`);
  process.exit(1);
}
say(`installing Debian's ${pkgs.join(' and ')} (missing; needed by the tests)`);
const sudo = isRoot ? [] : ['sudo', '-n'];
const apt = (args) => execFileSync(sudo[0] ?? 'apt-get', [...sudo.slice(1), ...(sudo.length ? ['apt-get'] : []), ...args], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } });
try {
  apt(['update', '-qq']);
  apt(['install', '-y', '-qq', '--no-install-recommends', ...pkgs]);
} catch (err) {
  say(`apt-get install ${pkgs.join(' ')} failed (${err.status ?? err.message}); install it by hand and run npm test again`);
  process.exit(1);
}
const still = missing.filter((m) => !m.present());
if (still.length) {
  say(`${still.map((m) => m.pkg).join(', ')} still missing after apt-get install`);
  process.exit(1);
}
