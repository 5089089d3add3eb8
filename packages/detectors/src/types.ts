import type * as TS from 'typescript';
import type { QualityReportTypes, ReadycheckConfig } from '@readycheck/core';

/** How bad a finding is: `critical` > `high` > `medium` > `low`. */
export type Severity = QualityReportTypes.Severity;

/** How sure a detector is that a finding is real: `high` > `medium` > `low`. */
export type Confidence = QualityReportTypes.Confidence;

/** Every confidence level, surest first. */
export const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low'];

/** One finding, exactly as it appears in the JSON report (generated from the schema). */
export type Violation = QualityReportTypes.Violation;

/** The built-in violation categories. */
export type BuiltinCategory =
  | 'PLACEHOLDER_DROPPED'
  | 'INCOMPLETE_CODE'
  | 'MALFORMED_SYNTAX'
  | 'LOGIC_ERROR'
  | 'ERROR_HANDLING'
  | 'SECURITY_RISK'
  | 'TYPE_SAFETY'
  | 'CODE_STANDARDS';

/** A category: a built-in one, or any `UPPER_SNAKE` name a custom detector brings. */
export type Category = BuiltinCategory | (string & {});

/** The `detectors` section of `readycheck.config.json`. */
export type DetectorsConfig = NonNullable<ReadycheckConfig['detectors']>;

/** Every severity, most severe first. */
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

/** Every built-in category, in the order the issue lists them. */
export const BUILTIN_CATEGORIES: readonly BuiltinCategory[] = [
  'PLACEHOLDER_DROPPED',
  'INCOMPLETE_CODE',
  'MALFORMED_SYNTAX',
  'LOGIC_ERROR',
  'ERROR_HANDLING',
  'SECURITY_RISK',
  'TYPE_SAFETY',
  'CODE_STANDARDS',
];

/** Documentation of a detector, shown by `--format sarif` (help) and in the README. */
export interface DetectorDocs {
  /** One sentence: what it finds. */
  description: string;
  /** Why it matters, above all in agent-written code. */
  why: string;
  /** Code it reports. */
  bad: string;
  /** The same code, fixed. */
  good: string;
  /** Differences from the closest ESLint rule, where one exists (counts on the same corpus). */
  eslint?: string;
  /**
   * Precision measured on real application corpora with committed labels (bench/accuracy,
   * `npm run bench -- accuracy`): TP / labelled findings, and what the false positives were.
   */
  precision?: string;
  /** Where the full documentation lives; filled in by {@link defineDetector} when left out. */
  url?: string;
}

/** A text range `[pos, end)` in UTF-16 code units, like a TypeScript node's. */
export interface TextRange {
  pos: number;
  end: number;
}

/** A comment found in the one walk, with the node whose slot it sits in. */
export interface CommentInfo {
  /** Offset of the first character (`/`). */
  pos: number;
  /** Offset after the last character. */
  end: number;
  /** `line` for `//`, `block` for `/* *\/`. */
  kind: 'line' | 'block';
  /** The full comment text including its delimiters. */
  text: string;
  /** The text without delimiters (and without the leading `*` of JSDoc lines), trimmed. */
  value: string;
  /** The innermost node whose child slots the comment lies between. */
  owner: TS.Node;
  /** The child of `owner` right after the comment, if any. */
  next: TS.Node | undefined;
  /** The child of `owner` right before the comment, if any. */
  prev: TS.Node | undefined;
}

/** Extra fields of one report. */
export interface ReportExtra {
  /** How to fix it; overrides the detector's default suggestion for this message id. */
  suggestion?: string;
  /** Content key for the fingerprint, when the reported text is not a good key (default: the text). */
  key?: string;
  /** Mask the reported text in the snippet (for secrets: the report must not repeat them). */
  redact?: boolean;
  /**
   * The severity of this one finding, when the detector grades its findings (e.g. by where a value
   * comes from). A severity set in the config for the rule or its category still wins.
   */
  severity?: Severity;
  /** The confidence of this one finding; default: the detector's `confidence`. */
  confidence?: Confidence;
}

/** What a detector's `check` receives: the one shared parse and a way to report. */
export interface DetectorContext<M extends string = string> {
  /** The parsed file. Parent pointers of the visited node, its ancestors and its descendants are set. */
  readonly sourceFile: TS.SourceFile;
  /** The full text of the file. */
  readonly text: string;
  /** The file name as given to `scanSource` (relative, forward slashes). */
  readonly fileName: string;
  /** Options for this detector from `detectors.rules[id].options` in the config. */
  readonly options: Readonly<Record<string, unknown>>;
  /** The detectors section of the config in effect (`maxFileLines`, `requireFileHeader`, ...). */
  readonly config: Readonly<DetectorsConfig>;
  /** Every comment of the file seen so far (in document order); complete in `onEnd`. */
  readonly comments: readonly CommentInfo[];
  /** Reports a finding on a node or range, with a typed message id and `{placeholder}` data. */
  report(target: TS.Node | TextRange, messageId: M, data?: Readonly<Record<string, string | number>>, extra?: ReportExtra): void;
  /** The source text of a node (without leading trivia). */
  getText(node: TS.Node): string;
  /** The start offset of a node, after its leading trivia. */
  getStart(node: TS.Node): number;
  /** The comments inside `[pos, end)`; complete for the node being visited and everything before it. */
  commentsIn(range: TextRange): CommentInfo[];
}

/** Maps a `TS.SyntaxKind` name to its node type, for the visitor keys detectors use most. */
export interface NodeTypes {
  ArrowFunction: TS.ArrowFunction;
  AsExpression: TS.AsExpression;
  BinaryExpression: TS.BinaryExpression;
  BindingElement: TS.BindingElement;
  Block: TS.Block;
  BreakStatement: TS.BreakStatement;
  CallExpression: TS.CallExpression;
  CaseBlock: TS.CaseBlock;
  CaseClause: TS.CaseClause;
  CatchClause: TS.CatchClause;
  ClassDeclaration: TS.ClassDeclaration;
  ClassExpression: TS.ClassExpression;
  ConditionalExpression: TS.ConditionalExpression;
  Constructor: TS.ConstructorDeclaration;
  DefaultClause: TS.DefaultClause;
  ContinueStatement: TS.ContinueStatement;
  DoStatement: TS.DoStatement;
  ElementAccessExpression: TS.ElementAccessExpression;
  ForStatement: TS.ForStatement;
  FunctionDeclaration: TS.FunctionDeclaration;
  FunctionExpression: TS.FunctionExpression;
  GetAccessor: TS.GetAccessorDeclaration;
  Identifier: TS.Identifier;
  IfStatement: TS.IfStatement;
  JsxExpression: TS.JsxExpression;
  MethodDeclaration: TS.MethodDeclaration;
  ModuleBlock: TS.ModuleBlock;
  NewExpression: TS.NewExpression;
  NoSubstitutionTemplateLiteral: TS.NoSubstitutionTemplateLiteral;
  ObjectLiteralExpression: TS.ObjectLiteralExpression;
  PropertyAccessExpression: TS.PropertyAccessExpression;
  PropertyAssignment: TS.PropertyAssignment;
  PropertyDeclaration: TS.PropertyDeclaration;
  ShorthandPropertyAssignment: TS.ShorthandPropertyAssignment;
  ReturnStatement: TS.ReturnStatement;
  SetAccessor: TS.SetAccessorDeclaration;
  SourceFile: TS.SourceFile;
  StringLiteral: TS.StringLiteral;
  SwitchStatement: TS.SwitchStatement;
  TemplateExpression: TS.TemplateExpression;
  ThrowStatement: TS.ThrowStatement;
  TryStatement: TS.TryStatement;
  TypeAssertionExpression: TS.TypeAssertion;
  VariableDeclaration: TS.VariableDeclaration;
  WhileStatement: TS.WhileStatement;
}

/** A `TS.SyntaxKind` name. */
export type SyntaxKindName = keyof typeof TS.SyntaxKind;

/**
 * What `check` returns: handlers keyed by `TS.SyntaxKind` name (called for each node of that
 * kind in the one walk, after the node's children, so the comments inside it are known), plus
 * `onComment` for every comment (in document order) and `onEnd` once the walk is over.
 */
export type Visitor = {
  [K in SyntaxKindName]?: (node: K extends keyof NodeTypes ? NodeTypes[K] : TS.Node) => void;
} & {
  onComment?: (comment: CommentInfo) => void;
  onEnd?: () => void;
};

/** The definition a detector file passes to {@link defineDetector}. */
export interface DetectorDefinition<M extends string> {
  /** Kebab-case id; the same as the file name and the registry key. */
  id: string;
  category: Category;
  /** Default severity; config may override it per id or per category. */
  severity: Severity;
  /**
   * The severity of a finding when the change being judged adds it (`--diff`, `--before/--after`,
   * the gate, the monitor), if it is reported at the rule's default severity: what is weak evidence
   * across a whole codebase (an empty function) is strong evidence in an agent's own edit. A
   * per-finding grade from the detector (structural evidence) and a configured severity are kept.
   */
  severityInChange?: Severity;
  /** Default confidence of its findings (how sure it is that they are real). Default `high`. */
  confidence?: Confidence;
  /** Off unless the config turns it on (e.g. `file-header`). Default true. */
  enabledByDefault?: boolean;
  docs: DetectorDocs;
  /** Message templates by id; `{name}` is replaced by `data.name`. */
  messages: Record<M, string>;
  /** Default fix advice per message id. */
  suggestions?: Partial<Record<NoInfer<M>, string>>;
  /** Builds the visitor for one file. Pure: no I/O. */
  check(ctx: DetectorContext<NoInfer<M>>): Visitor;
}

/** A detector: its definition with derived fields filled in. */
export interface Detector<M extends string = string> extends DetectorDefinition<M> {
  enabledByDefault: boolean;
  docs: DetectorDocs & { url: string };
}

/** Options of `scanSource` (and, for each file, of `scanFiles`). */
export interface ScanOptions {
  /** Run only these detector ids. */
  rules?: readonly string[];
  /** Run only detectors of these categories. */
  categories?: readonly string[];
  /** The `detectors` section of readycheck config: per-rule/per-category severity or off, limits. */
  config?: DetectorsConfig;
  /** A file already parsed with `ts.createSourceFile` over the same text, to reuse its parse. */
  sourceFile?: TS.SourceFile;
  /** The detectors to run instead of the built-in registry (add yours to `Object.values(detectors)`). */
  detectors?: readonly Detector[];
  /** Called when a detector throws on this file; the scan goes on without it. */
  onDetectorError?: (error: { ruleId: string; message: string }) => void;
  /**
   * More visitors to run in the same walk (evidence-scan's extractors): handlers keyed by syntax
   * kind name, as a detector's. One that throws is dropped for the file and reported through
   * `onDetectorError` under its `id` (and as an `unscannable` finding).
   */
  visitors?: ReadonlyArray<{ id: string; visitor: Visitor }>;
}
