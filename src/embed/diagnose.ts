/**
 * Explains why a file is not JSON, in the words of what usually happened to
 * it: a word processor or CMS editor curled the quotes, a web page encoded
 * them as `&quot;`, or WordPress wrapped the lines in `<p>`.
 */
export interface JsonResult {
  ok: boolean;
  value?: unknown;
  /** What is wrong, and what to do (when not ok). */
  message?: string;
}

function position(text: string, error: Error): string {
  const m = /position (\d+)/.exec(error.message);
  if (!m) return '';
  const at = Number(m[1]);
  const before = text.slice(0, at).split('\n');
  return ` at line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

export function parseJson(raw: string, file: string): JsonResult {
  const text = raw.replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const error = e as Error;
    const causes: string[] = [];
    if (/[“”„‟]/.test(text))
      causes.push(
        'It has curly quotes (“ ”) where JSON needs straight ones ("). A word processor or the CMS editor "smartened" them. ' +
          'Save the file from a plain-text editor (VS Code, Notepad, TextEdit in plain-text mode), or paste it into a code block.',
      );
    if (/&(?:quot|amp|lt|gt|nbsp|#\d+|#x[\da-f]+);/i.test(text))
      causes.push(
        'It has HTML entities (&quot;, &amp;, &#34;): it was copied from a web page or a CMS encoded it for HTML. ' +
          'Download the original .json file instead of copying it from a page.',
      );
    if (/^\s*<(?:p|div|pre|code)\b/i.test(text) || /<br\s*\/?>|<\/p>/i.test(text))
      causes.push(
        'It is wrapped in HTML (<p>, <br>): a CMS (WordPress turns line breaks into paragraphs) changed it. ' +
          'Keep the JSON in a file, not in a page, or in a block that keeps code as it is.',
      );
    if (!causes.length && /,\s*[}\]]/.test(text)) causes.push('It may have a comma before a closing } or ]: JSON allows none.');
    if (!causes.length && /'[^']*'\s*:/.test(text)) causes.push("It may use 'single quotes': JSON needs \"double quotes\".");
    const why = causes.length ? `\n  ${causes.join('\n  ')}` : '';
    return { ok: false, message: `${file} is not valid JSON${position(text, error)} (${error.message}).${why}` };
  }
}
