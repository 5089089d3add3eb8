import type { QualityReport } from '@readycheck/core';
import type { Detector, Severity } from '../types.js';

/** Options every formatter accepts (each uses what it needs). */
export interface FormatOptions {
  /** ANSI colours (text format). Default false. */
  color?: boolean;
  /** Every detector of the run, declared as SARIF rules even when they did not fire. Default: the built-ins. */
  detectors?: readonly Detector[];
  /** The exit threshold, shown in the text summary. */
  severityThreshold?: Severity;
}

/** A formatter: a pure function from a report to the text to print or write. */
export type Formatter = (report: QualityReport, options?: FormatOptions) => string;
