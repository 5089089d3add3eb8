import type { Detector } from '../types.js';
import emptyCatch from './empty-catch.js';
import explicitAny from './explicit-any.js';
import placeholderComment from './placeholder-comment.js';

/**
 * Every built-in detector by id, sorted. Pick, configure or extend it:
 *
 * @example
 * import { detectors, scanSource } from '@readycheck/detectors';
 * scanSource(text, 'a.ts', { detectors: [...Object.values(detectors), myDetector] });
 */
export const detectors = {
  'empty-catch': emptyCatch,
  'explicit-any': explicitAny,
  'placeholder-comment': placeholderComment,
} satisfies Record<string, Detector>;

/** The id of a built-in detector. */
export type BuiltinDetectorId = keyof typeof detectors;
