import { access, realpath } from 'node:fs/promises';
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import {
  FLAGS,
  loadConfig,
  useColor,
  ReadycheckError,
  assertValid,
  describeCliError,
  lineOfPointer,
  readDataFile,
  stableStringify,
  writeFileAtomic,
  type CliIO,
  type CoverageGateConfig,
  type CoverageGateReport,
} from '@readycheck/core';
import { gitChangedLines } from './diff.js';
import { formatConsole, formatGithubAnnotations, formatMarkdown } from './format.js';
import { applyExclude, evaluateGates, type ChangedInput } from './gate.js';
import { METRICS, relativeToRoot, type CoverageData, type Metric } from './model.js';
import { checkRatchet, readBaseline, writeBaseline } from './ratchet.js';
import { DEFAULT_COVERAGE_FILES, readCoverage } from './readers/index.js';
import { version } from './version.js';

/** File read when `--config` is not given. */
export const CONFIG_FILE = 'coverage-gate.config.json';

interface CliOptions {
  config?: string;
  coverage?: string;
  diff?: string;
  changedLines?: number;
  json?: boolean;
  markdown?: string;
  update?: boolean;
  /** `--color` / `--no-color`; undefined: decided by useColor (NO_COLOR, FORCE_COLOR, the terminal). */
  color?: boolean;
}

const exists = (p: string) => access(p).then(() => true, () => false);

function percent(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) throw new InvalidArgumentError('expected a percent from 0 to 100.');
  return n;
}

function program(io: CliIO): Command {
  return new Command('coverage-gate')
    .description('Coverage gates over c8/istanbul output: global, per-directory, per-file, changed-line and ratchet thresholds.')
    .version(version, '-v, --version')
    .option('-c, --config <file>', `config file (default: ./${CONFIG_FILE}, else the coverageGate section of readycheck.config.* found upward)`)
    .option('--coverage <file>', 'coverage-final.json, coverage-summary.json or lcov.info (default: config "coverage", else coverage/coverage-final.json, coverage-summary.json, lcov.info)')
    .option('--diff <base>', 'also gate the lines changed since <base> (git diff -U0 <base>; a commit, branch or range such as origin/main...HEAD)')
    .option('--changed-lines <pct>', 'minimum percent of changed lines covered (overrides config "changedLines")', percent)
    .option('--json', 'print the report as JSON (schemas/coverage-gate-report.schema.json) instead of the table')
    .option('--markdown <file>', 'also write a markdown summary (pull-request comment, $GITHUB_STEP_SUMMARY)')
    .option('--update', 'raise the ratchet baseline floors to the current figures, rounded down (never lowers; refused when CI is set)')
    .option(...FLAGS.color)
    .option(...FLAGS.noColor)
    .addHelpText('after', '\nExit codes: 0 every gate holds, 1 a gate failed, 2 bad input (config, coverage file, diff base).')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .helpOption('-h, --help')
    .allowExcessArguments(false);
}

const ciValue = (env: NodeJS.ProcessEnv) => {
  const v = env.CI?.trim().toLowerCase();
  return v !== undefined && v !== '' && v !== '0' && v !== 'false';
};

async function loadGateConfig(file: string, display: string): Promise<CoverageGateConfig> {
  try {
    const { text, data } = await readDataFile(file);
    return assertValid<CoverageGateConfig>('coverage-gate-config', data, { file: display, text });
  } catch (err) {
    const e = err as ReadycheckError;
    if (e.code === 'RC_FILE_NOT_FOUND') throw new ReadycheckError('RC_CONFIG_NOT_FOUND', `${display}: config file not found`, { cause: err, file: display });
    if (e.code === 'RC_SCHEMA_MISMATCH' || e.code === 'RC_JSON_SYNTAX' || e.code === 'RC_YAML_SYNTAX') {
      throw new ReadycheckError('RC_CONFIG_INVALID', e.message, { cause: err, file: display, ...(e.pointer ? { pointer: e.pointer } : {}) });
    }
    throw err;
  }
}

/** Rejects thresholds on a metric the coverage format does not have (lcov.info has no statements). */
async function checkMetrics(config: CoverageGateConfig, data: CoverageData, configFile: string | null, configAbs: string | null): Promise<void> {
  const missing = METRICS.filter((m) => !data.metrics.includes(m));
  if (missing.length === 0) return;
  const places: [string, Partial<Record<Metric, number>> | undefined][] = [['/global', config.global]];
  for (const [k, t] of Object.entries(config.paths ?? {})) places.push([`/paths/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, t]);
  if (typeof config.perFile === 'object') places.push(['/perFile', config.perFile]);
  for (const [pointer, t] of places) {
    for (const m of missing) {
      if (t?.[m] === undefined) continue;
      let where = configFile ?? 'config';
      if (configFile && configAbs) {
        const text = await readDataFile(configAbs).then((d) => d.text, () => undefined);
        const line = text === undefined ? undefined : lineOfPointer(text, `${pointer}/${m}`);
        if (line) where = `${configFile}:${line}`;
      }
      throw new ReadycheckError('RC_CONFIG_INVALID', `${where}: ${pointer}/${m}: ${data.source} (${data.format}) has no ${m}; use coverage-final.json or coverage-summary.json for ${m} thresholds`, { pointer: `${pointer}/${m}` });
    }
  }
}

/** Per-line hits for --diff: the coverage itself, or coverage-final.json / lcov.info beside a coverage-summary.json. */
async function lineData(data: CoverageData, coverageAbs: string, root: string, cwd: string): Promise<{ files: CoverageData['files']; source?: string }> {
  if (data.hasLineHits) return { files: data.files };
  const dir = path.dirname(coverageAbs);
  for (const name of ['coverage-final.json', 'lcov.info']) {
    const candidate = path.join(dir, name);
    if (await exists(candidate)) {
      const rel = path.relative(cwd, candidate);
      const display = rel === '' || rel.startsWith('..') ? candidate : rel;
      const sibling = await readCoverage(candidate, { root, display });
      return { files: sibling.files, source: display };
    }
  }
  throw new ReadycheckError('RC_COVERAGE_MISSING', `--diff needs per-line hits: ${data.source} has none and there is no coverage-final.json or lcov.info beside it (add the "json" or "lcov" coverage reporter)`);
}

/**
 * The coverage-gate command line, callable in-process: parses `argv`, reads the config and the
 * coverage, evaluates every gate, prints the table (or `--json`), writes `--markdown`, and
 * returns the exit code: 0 every gate holds, 1 a gate failed, 2 bad input.
 *
 * @example
 * import { main } from '@readycheck/coverage-gate';
 * import { processIO } from '@readycheck/core';
 * process.exitCode = await main(['--coverage', 'coverage/coverage-final.json', '--json'], processIO());
 */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const cmd = program(io);
  try {
    cmd.parse([...argv], { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? 0 : 2;
    throw err;
  }
  const opts = cmd.opts<CliOptions>();
  try {
    const report = await run(opts, io);
    return report.ok ? 0 : 1;
  } catch (err) {
    const { message, exitCode } = describeCliError(err, io.env);
    io.stderr(`coverage-gate: ${message}\n`);
    return exitCode;
  }
}

async function run(opts: CliOptions, io: CliIO): Promise<CoverageGateReport> {
  const cwd = io.cwd;
  const shown = (abs: string) => {
    const rel = path.relative(cwd, abs);
    return rel === '' ? path.basename(abs) : rel.startsWith('..') ? abs : rel;
  };
  // Config: --config (must exist), else ./coverage-gate.config.json when present, else the
  // `coverageGate` section of readycheck's own config (found from cwd upward).
  let configFile: string | null = null;
  if (opts.config) configFile = path.resolve(cwd, opts.config);
  else if (await exists(path.join(cwd, CONFIG_FILE))) configFile = path.join(cwd, CONFIG_FILE);
  let configDisplay = configFile ? (opts.config ?? CONFIG_FILE) : null;
  let config: CoverageGateConfig = configFile ? await loadGateConfig(configFile, configDisplay!) : {};
  if (!configFile) {
    const shared = await loadConfig({ cwd });
    if (shared.file && shared.config.coverageGate) {
      configFile = shared.file;
      configDisplay = `${shown(shared.file)} (coverageGate)`;
      config = shared.config.coverageGate;
    }
  }
  const configDir = configFile ? path.dirname(configFile) : cwd;
  const root = path.resolve(configDir, config.root ?? '.');

  if (opts.update && ciValue(io.env)) {
    throw new ReadycheckError('RC_USAGE', '--update refused: CI is set, and CI never edits the ratchet baseline (raise the floors locally and commit the file)');
  }
  if (opts.update && !config.ratchet) throw new ReadycheckError('RC_USAGE', `--update needs a "ratchet" baseline file in ${configDisplay ?? CONFIG_FILE}`);
  const hasGate =
    config.global !== undefined || Object.keys(config.paths ?? {}).length > 0 || (config.perFile !== undefined && config.perFile !== false) || config.ratchet !== undefined || opts.diff !== undefined;
  if (!hasGate) {
    throw new ReadycheckError(
      configFile ? 'RC_CONFIG_INVALID' : 'RC_CONFIG_NOT_FOUND',
      configFile
        ? `${configDisplay}: configures no gate (set "global", "paths", "perFile" or "ratchet", or pass --diff)`
        : `no ${CONFIG_FILE} in ${cwd}: pass --config FILE, or --diff BASE to gate changed lines only`,
    );
  }
  if (config.perFile === true && config.global === undefined) {
    throw new ReadycheckError('RC_CONFIG_INVALID', `${configDisplay}: /perFile: true applies the "global" thresholds, but there are none (give perFile its own thresholds)`, { pointer: '/perFile' });
  }

  // Coverage file: --coverage (relative to cwd), else config "coverage" (relative to the config), else the defaults.
  let coverageAbs: string;
  let coverageDisplay: string;
  if (opts.coverage) {
    coverageAbs = path.resolve(cwd, opts.coverage);
    coverageDisplay = opts.coverage;
  } else if (config.coverage) {
    coverageAbs = path.resolve(configDir, config.coverage);
    coverageDisplay = shown(coverageAbs);
  } else {
    const candidates = DEFAULT_COVERAGE_FILES.map((f) => path.resolve(configDir, f));
    const found: string[] = [];
    for (const c of candidates) if (await exists(c)) found.push(c);
    if (found.length === 0) {
      throw new ReadycheckError('RC_COVERAGE_MISSING', `no coverage file: looked for ${candidates.map(shown).join(', ')} (run the tests with coverage first, or pass --coverage FILE)`);
    }
    coverageAbs = found[0]!;
    coverageDisplay = shown(coverageAbs);
  }
  const data = await readCoverage(coverageAbs, { root, display: coverageDisplay });
  await checkMetrics(config, data, configDisplay, configFile);

  let changed: ChangedInput | undefined;
  let lineDataSource: string | undefined;
  if (opts.diff !== undefined) {
    const ld = await lineData(data, coverageAbs, root, cwd);
    lineDataSource = ld.source;
    const realRoot = await realpath(root).catch(() => root);
    const byAbs = await gitChangedLines(opts.diff, root);
    const lines = new Map<string, number[]>();
    for (const [abs, ls] of byAbs) lines.set(relativeToRoot(abs, realRoot), ls);
    changed = { base: opts.diff, lines, lineFiles: ld.files, threshold: opts.changedLines ?? config.changedLines ?? null };
  }

  let ratchet: Awaited<ReturnType<typeof checkRatchet>> | undefined;
  if (config.ratchet !== undefined) {
    const r = typeof config.ratchet === 'string' ? { file: config.ratchet } : config.ratchet;
    const baselineAbs = path.resolve(configDir, r.file);
    const baselineDisplay = shown(baselineAbs);
    const baseline = opts.update && !(await exists(baselineAbs)) ? null : await readBaseline(baselineAbs, baselineDisplay);
    const metrics = (r.metrics ?? data.metrics).filter((m) => data.metrics.includes(m));
    ratchet = checkRatchet({ baseline, files: applyExclude(data.files, config.exclude).files, metrics, ...(r.depth !== undefined ? { depth: r.depth } : {}), ...(config.worst !== undefined ? { worst: config.worst } : {}), file: baselineDisplay });
    if (opts.update && data.files.length > 0 && (baseline === null || ratchet.section.raises.length > 0)) {
      await writeBaseline(baselineAbs, ratchet.next);
      ratchet.section.updated = true;
    }
  }

  const report = evaluateGates({
    data,
    config,
    ...(changed ? { changed } : {}),
    ...(ratchet ? { extraGates: ratchet.gates, ratchet: ratchet.section } : {}),
    ...(lineDataSource ? { lineDataSource } : {}),
  });

  if (opts.json) io.stdout(stableStringify(report));
  else {
    io.stdout(formatConsole(report, { color: useColor(io, opts.color), worst: config.worst ?? 5 }));
    if (io.env.GITHUB_ACTIONS === 'true') {
      // Annotation paths are relative to the checkout; coverage paths to the root.
      const workspace = io.env.GITHUB_WORKSPACE ? path.resolve(io.env.GITHUB_WORKSPACE) : root;
      const prefix = path.relative(workspace, root).split(path.sep).join('/');
      io.stdout(formatGithubAnnotations(report, prefix.startsWith('..') ? '' : prefix));
    }
  }
  if (opts.markdown) await writeFileAtomic(path.resolve(cwd, opts.markdown), formatMarkdown(report, { worst: config.worst ?? 5 }));
  return report;
}
