/**
 * Control characters (newlines, ESC, BEL, …) as visible escapes, so a file name or id written by
 * an agent cannot start a new line (a CI workflow command) or drive the terminal.
 */
export function escapeControl(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
