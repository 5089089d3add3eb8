import { defineDetector } from '../define.js';

const AT_START = /^[\s*@-]*(TODO|FIXME|HACK|XXX|DO NOT SHIP|DONOTSHIP)\b/i;
// "Stub" is also an ordinary noun ("Stub generation utilities", "Stub for the bun types"): as a
// marker at the start it is written in capitals (`// STUB returns fake data`) or tagged (`stub:`).
const STUB_AT_START = /^[\s*@-]*(STUB\b|[Ss]tub(?=:))/;
const TAGGED = /\b(TODO|FIXME|HACK|XXX|STUB)(?:\([^)]*\))?:/;
// Quoted ("DO NOT SHIP") is a mention of the marker, not the marker.
const DO_NOT_SHIP = /(?<!["'`])\bdo not ship\b(?!["'`])/i;

export default defineDetector({
  id: 'warning-comment',
  category: 'CODE_STANDARDS',
  severity: 'low',
  docs: {
    description: 'Marker comments saying the code is not done: TODO, FIXME, HACK, XXX, STUB, "DO NOT SHIP".',
    why: 'A marker is a claim that something is missing. In agent-written code they pile up where the agent stopped; each one is work that was reported as finished.',
    bad: '// TODO: validate the signature\nhandle(payload);',
    good: 'verifySignature(payload);\nhandle(payload);',
    eslint:
      'Compared with no-warning-comments (defaults: todo, fixme, xxx at the start of a comment, case-insensitive): also counts HACK, STUB and "DO NOT SHIP", and a tagged marker later in a comment (`// works for now. TODO: retry`), so it reports at least as many. Measured on rxjs 7.8.2 src/: no-warning-comments (todo, fixme, xxx, hack) 15, warning-comment 18 — the 3 extra are `TODO:` lines inside JSDoc blocks.',
    precision: 'low: 27/28 = 0.96 on the nine labelled corpora; the false one is a section banner `// STUB FILE UTILITIES`. Three more ("Stub generation utilities…", a noun in prose) are no longer reported.',
  },
  messages: {
    marker: '{marker} comment: "{text}".',
  },
  suggestions: {
    marker: 'Do the work or track it in an issue and remove the marker.',
  },
  check: (ctx) => ({
    onComment(comment) {
      const m = AT_START.exec(comment.value) ?? STUB_AT_START.exec(comment.value) ?? TAGGED.exec(comment.value) ?? DO_NOT_SHIP.exec(comment.value);
      if (!m) return;
      const marker = (m[1] ?? m[0]).toUpperCase().replace(':', '');
      const line = comment.value.split('\n').find((l) => l.includes(m[1] ?? m[0])) ?? comment.value;
      ctx.report(comment, 'marker', { marker, text: line.length > 60 ? `${line.slice(0, 59)}…` : line });
    },
  }),
});
