import picomatch from 'picomatch';
import { DEFAULT_IGNORES } from '@readycheck/core';
import { DEFAULT_EXTENSIONS } from '../scan-files.js';

/** Which changed paths are scanned: the configured globs, ignores and source extensions. */
export interface FileSelection {
  /** Globs of files to scan (config `include`); empty or absent: every source file. */
  include?: readonly string[];
  /** Globs to ignore on top of the defaults (node_modules, dist, coverage, .git). */
  ignore?: readonly string[];
  /** Source extensions, with the dot. Default: the ones `scanFiles` scans. */
  extensions?: readonly string[];
}

/** The verdict on one path. */
export type Selected = 'scan' | 'not-source' | 'outside-globs';

/** Builds the path test for a selection. Paths are relative, with forward slashes. */
export function createSelector(selection: FileSelection = {}): (path: string) => Selected {
  const extensions = new Set((selection.extensions ?? DEFAULT_EXTENSIONS).map((e) => e.toLowerCase()));
  const include = selection.include?.length ? picomatch([...selection.include], { dot: true }) : null;
  const ignore = picomatch([...DEFAULT_IGNORES, ...(selection.ignore ?? [])], { dot: true });
  return (path) => {
    const dot = path.lastIndexOf('.');
    const ext = dot > path.lastIndexOf('/') ? path.slice(dot).toLowerCase() : '';
    if (!extensions.has(ext)) return 'not-source';
    if (ignore(path)) return 'outside-globs';
    if (include && !include(path)) return 'outside-globs';
    return 'scan';
  };
}
