import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A throwaway git repository in a temp dir, for diff-mode tests. */
export interface TempRepo {
  dir: string;
  git(...args: string[]): string;
  write(files: Record<string, string | Uint8Array>): void;
  commit(message: string): string;
  remove(): void;
}

const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'readycheck test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'readycheck test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

/** Creates a repository on branch `main` with an optional first commit of `files`. */
export function createTempRepo(files?: Record<string, string | Uint8Array>): TempRepo {
  const dir = mkdtempSync(path.join(tmpdir(), 'rc-change-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  git('config', 'commit.gpgsign', 'false');
  const repo: TempRepo = {
    dir,
    git,
    write(map) {
      for (const [rel, content] of Object.entries(map)) {
        const abs = path.join(dir, rel);
        mkdirSync(path.dirname(abs), { recursive: true });
        writeFileSync(abs, content);
      }
    },
    commit(message) {
      git('add', '-A');
      git('commit', '-q', '--allow-empty', '-m', message);
      return git('rev-parse', 'HEAD');
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
  if (files) {
    repo.write(files);
    repo.commit('initial');
  }
  return repo;
}

/** Replaces the work tree's files (not .git) with a copy of `from`. */
export function replaceWorkTree(repo: TempRepo, from: string): void {
  for (const entry of repo.git('ls-files', '-z').split('\0').filter(Boolean)) rmSync(path.join(repo.dir, entry), { force: true });
  cpSync(from, repo.dir, { recursive: true });
}
