/**
 * What a suite file needs from `@readycheck/smoke`, and nothing heavier: the suite loader points
 * `@readycheck/smoke` imports of suite files here, so loading a suite does not load the runner.
 */
export { defineSuite, check, phase, group, checkpoint, isDeclaredSuite, type SuiteOptions, type GroupOptions, type PhaseOptions, type DeclaredCheck, type DeclaredSuite } from './define.js';
export { KNOWN_CATEGORIES, PRIORITIES, DEFAULT_CATEGORY, DEFAULT_COMPONENT, type CheckContext, type CheckFn, type CheckOptions, type CheckOutcome, type Priority } from './model.js';
export type { SmokeHttp } from './http.js';
