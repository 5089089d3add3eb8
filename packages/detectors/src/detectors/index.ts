import type { Detector } from '../types.js';
import assignmentInCondition from './assignment-in-condition.js';
import commandInjection from './command-injection.js';
import constantCondition from './constant-condition.js';
import discardedError from './discarded-error.js';
import duplicateCondition from './duplicate-condition.js';
import dynamicCodeExecution from './dynamic-code-execution.js';
import emptyCatch from './empty-catch.js';
import emptyFunction from './empty-function.js';
import explicitAny from './explicit-any.js';
import fileHeader from './file-header.js';
import hardcodedSecret from './hardcoded-secret.js';
import maxFileLines from './max-file-lines.js';
import parseError from './parse-error.js';
import placeholderComment from './placeholder-comment.js';
import sqlInjection from './sql-injection.js';
import stubImplementation from './stub-implementation.js';
import suppressionAddedInChange from './suppression-added-in-change.js';
import suspiciousComparison from './suspicious-comparison.js';
import tlsVerificationDisabled from './tls-verification-disabled.js';
import tsComment from './ts-comment.js';
import unjustifiedSuppression from './unjustified-suppression.js';
import unreachableCode from './unreachable-code.js';
import unsafeHtml from './unsafe-html.js';
import unscannable from './unscannable.js';
import unusedSuppression from './unused-suppression.js';
import vendoredDeclaredInChange from './vendored-declared-in-change.js';
import warningComment from './warning-comment.js';

/**
 * Every built-in detector by id, sorted. Pick, configure or extend it:
 *
 * @example
 * import { detectors, scanSource } from '@readycheck/detectors';
 * scanSource(text, 'a.ts', { detectors: [...Object.values(detectors), myDetector] });
 */
export const detectors = {
  'assignment-in-condition': assignmentInCondition,
  'command-injection': commandInjection,
  'constant-condition': constantCondition,
  'discarded-error': discardedError,
  'duplicate-condition': duplicateCondition,
  'dynamic-code-execution': dynamicCodeExecution,
  'empty-catch': emptyCatch,
  'empty-function': emptyFunction,
  'explicit-any': explicitAny,
  'file-header': fileHeader,
  'hardcoded-secret': hardcodedSecret,
  'max-file-lines': maxFileLines,
  'parse-error': parseError,
  'placeholder-comment': placeholderComment,
  'sql-injection': sqlInjection,
  'stub-implementation': stubImplementation,
  'suppression-added-in-change': suppressionAddedInChange,
  'suspicious-comparison': suspiciousComparison,
  'tls-verification-disabled': tlsVerificationDisabled,
  'ts-comment': tsComment,
  'unjustified-suppression': unjustifiedSuppression,
  'unreachable-code': unreachableCode,
  'unsafe-html': unsafeHtml,
  unscannable,
  'unused-suppression': unusedSuppression,
  'vendored-declared-in-change': vendoredDeclaredInChange,
  'warning-comment': warningComment,
} satisfies Record<string, Detector>;

/** The id of a built-in detector. */
export type BuiltinDetectorId = keyof typeof detectors;
