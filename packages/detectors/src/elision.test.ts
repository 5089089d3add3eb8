import { describe, expect, it } from 'vitest';
import { isElisionWording, normalizeCommentText, saysElisionInWords } from './elision.js';
import { isPlaceholderComment } from './detectors/placeholder-comment.js';

describe('normalizeCommentText', () => {
  it('undoes full-width dots, zero-width characters, other ellipses and look-alike letters', () => {
    expect(normalizeCommentText('// ．．． existing code ．．．')).toBe('// ... existing code ...');
    expect(normalizeCommentText('// ... exi\u200bsting co\u200dde ...')).toBe('// ... existing code ...');
    expect(normalizeCommentText('// ⋯ existing code ⋯')).toBe('// ... existing code ...');
    expect(normalizeCommentText('// ··· existing code ···')).toBe('// ... existing code ...');
    expect(normalizeCommentText('// . . . rest of the method')).toBe('// ... rest of the method');
    expect(normalizeCommentText('// .\u200b.\u200b. rest')).toBe('// ... rest');
    expect(normalizeCommentText('// … rest')).toBe('// ... rest');
    expect(normalizeCommentText('// ... \u0435xisting c\u043ede ...')).toBe('// ... existing code ...');
    expect(normalizeCommentText('//\u00a0...\u00a0existing')).toBe('// ... existing');
  });

  it('leaves ASCII, a Russian sentence and a single dot alone', () => {
    expect(normalizeCommentText('// see a.b. for details')).toBe('// see a.b. for details');
    expect(normalizeCommentText('// остальной код без изменений')).toBe('// остальной код без изменений');
    expect(normalizeCommentText('// 1·2 = 2')).toBe('// 1·2 = 2');
  });
});

describe('isElisionWording', () => {
  // The wordings of fixtures/detectors/redteam that the phrase list does not know.
  it.each([
    '// rest unchanged',
    '// remaining lines as is',
    '// Everything below is unchanged',
    '// [snip]',
    '// ... resto del código sin cambios',
    '// el resto de la lógica queda igual',
    '// Rest des Codes unverändert',
    '// reste du code inchangé',
    '// 其余代码保持不变',
    '// 既存のコードはそのまま',
    '// остальной код без изменений',
    '// restante do código permanece igual',
    '// TODO: restore the chunk handling from the previous version',
    '// ⋯ existing code ⋯',
    '// ．．． existing code ．．．',
    '// .\u200b.\u200b. rest of the method',
    '// . . . rest of the method',
    '// ··· existing code ···',
    '//',
    '// ###',
    '/*\n  (unchanged)\n*/',
    '{/* ... */}',
    '// other tools',
    '// others',
  ])('%s is an elision', (comment) => {
    expect(isElisionWording(comment)).toBe(true);
  });

  // Comments that explain a removal, or commented-out code (umami's `// {` of a disabled template,
  // umami-software/umami@cd0f185, MIT): the drop stays at medium confidence (blocked, not quarantined).
  it.each([
    '// {',
    '// },',
    '//   title: formatMessage(labels.funnel),',
    '// const rest = previous.slice(1);',
    '// return existing ?? original;',
    '// errors are handled by the caller',
    '// handled by the default case now',
    '// Retries moved into the HTTP client (see client.ts)',
    '// nothing else to do: the stream closes itself',
    '// other providers fall back to the generic handler below',
    '// no-op: the worker owns this state',
    '// deprecated: use parseStream()',
  ])('%s is not an elision', (comment) => {
    expect(isElisionWording(comment)).toBe(false);
  });
});

describe('isPlaceholderComment reads through obfuscation', () => {
  // Each was rejected by the phrase list before the text was normalised (bench/results/redteam-before.txt).
  it.each(['// ．．． existing code ．．．', '// ⋯ existing code ⋯', '// ··· existing code ···', '// . . . rest of the method', '// rest of the fi\u200ble'])('%s', (comment) => {
    expect(isPlaceholderComment(comment)).toBe(true);
  });

  it('still rejects prose and spreads written with odd characters', () => {
    expect(isPlaceholderComment('// ．．．and then we retry the request')).toBe(false);
    expect(isPlaceholderComment('// 1·2·3 are the retry delays in seconds')).toBe(false);
  });
});

describe('saysElisionInWords (a comment that trails a statement or precedes code)', () => {
  it('needs a word claiming the code is still there, or only dots', () => {
    for (const yes of ['// ... rest of the function unchanged', '// existing chunk handling', '// ...', '// 既存のコードはそのまま', '// Rest des Codes unverändert']) expect(saysElisionInWords(yes)).toBe(true);
    for (const no of ['// the rest is gone', '// retry once... then give up', '// other tools', '//', '// the remaining items are fetched lazily']) expect(saysElisionInWords(no)).toBe(false);
    // Prose comments above kept code in excalidraw's history (MIT), once taken for elisions.
    for (const prose of [
      '// Preserve any existing screen-space overscroll through the zoom,',
      '//   extends it at either end so the existing pending nodes keep their',
      "// previous frame can't bleed through.",
      '// in the same tick (FF requires that)',
      '// The opposite binding is on the same element',
    ]) {
      expect(saysElisionInWords(prose)).toBe(false);
    }
  });
});
