// Where a config file stops parsing, as "line L, column C", without ever quoting the file: parser messages
// embed the text around the error, and in a config file that text may be a secret key. V8's JSON.parse no
// longer says where it failed, so JSON is located by a small scanner of its own.

export interface Position {
  line: number;
  column: number;
}

/** 1 when `text` starts with a byte-order mark (Windows editors write one), else 0. */
const bomLength = (text: string): number => (text.charCodeAt(0) === 0xfeff ? 1 : 0);

/**
 * The line and column of `offset` (a UTF-16 index into `text`) as an editor shows them: a byte-order mark is no
 * column, and a character outside the BMP (an emoji) is one column, not the two code units it takes.
 */
export function positionAt(text: string, offset: number): Position {
  const start = bomLength(text);
  const before = text.slice(start, Math.max(start, Math.min(offset, text.length)));
  const lines = before.split('\n');
  // Counted by code point: an emoji is one column.
  return { line: lines.length, column: [...lines[lines.length - 1]!].length + 1 };
}

/**
 * Where in `text` a js-yaml mark's `position` is: js-yaml drops a leading byte-order mark before it parses, so its
 * positions (and its own line and column) count from after it.
 */
export const yamlOffset = (text: string, position: number): number => position + bomLength(text);

class Stop {
  constructor(readonly offset: number) {}
}

/** The offset of the first JSON syntax error in `text`, or undefined when it is valid JSON. */
export const jsonErrorOffset = (text: string): number | undefined => scanJson(text).error;

/**
 * Where valid JSON gives a key its object already has (the second one), or undefined. JSON.parse keeps the
 * last in silence, where YAML refuses: a reader of the file may well believe the first.
 */
export function jsonDuplicateKey(text: string): { offset: number; key: string } | undefined {
  const scan = scanJson(text);
  return scan.error === undefined ? scan.duplicate : undefined;
}

const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;

function scanJson(text: string): { error?: number; duplicate?: { offset: number; key: string } } {
  let duplicate: { offset: number; key: string } | undefined;
  /** The keys of each object open, innermost last. */
  const keys: Array<Set<string>> = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const expect = (ok: boolean): void => {
    if (!ok) throw new Stop(i);
  };
  const literal = (word: string): void => {
    expect(text.startsWith(word, i));
    i += word.length;
  };
  const string = (): void => {
    expect(text[i] === '"');
    i++;
    for (;;) {
      expect(i < text.length);
      const c = text[i]!;
      if (c === '"') return void i++;
      expect(c >= ' ');
      if (c === '\\') {
        i++;
        if (text[i] === 'u') {
          expect(/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5)));
          i += 5;
        } else {
          expect(i < text.length && '"\\/bfnrt'.includes(text[i]!));
          i++;
        }
      } else i++;
    }
  };
  const number = (): void => {
    NUMBER.lastIndex = i; // sticky: no copy of the rest of the text per number
    const m = NUMBER.exec(text);
    expect(m !== null && m[0] !== '' && m[0] !== '-');
    i += m![0].length;
  };
  /** `"key":` of an object member, up to where its value starts. */
  const member = (): void => {
    ws();
    const start = i;
    string();
    const key = JSON.parse(text.slice(start, i)) as string;
    const seen = keys[keys.length - 1]!;
    if (seen.has(key)) duplicate ??= { offset: start, key };
    seen.add(key);
    ws();
    expect(text[i] === ':');
    i++;
  };
  // Iterative, with the open containers on a stack of its own: a file of 20,000 `[` (well under the size cap)
  // would overflow the call stack of a recursive descent, a crash (exit 70) instead of "bad config file".
  const value = (): void => {
    const open: string[] = [];
    for (;;) {
      ws();
      const c = text[i];
      if (c === '{' || c === '[') {
        i++;
        ws();
        if (text[i] !== (c === '{' ? '}' : ']')) {
          open.push(c);
          if (c === '{') keys.push(new Set());
          if (c === '{') member();
          continue;
        }
        i++;
      } else if (c === '"') string();
      else if (c === 't') literal('true');
      else if (c === 'f') literal('false');
      else if (c === 'n') literal('null');
      else number();
      // A value ended: close the containers it ends, until one goes on with `,`.
      for (;;) {
        const top = open[open.length - 1];
        if (top === undefined) return;
        ws();
        if (text[i] === ',') {
          i++;
          if (top === '{') member();
          break;
        }
        expect(text[i] === (top === '{' ? '}' : ']'));
        i++;
        if (open.pop() === '{') keys.pop();
      }
    }
  };
  try {
    value();
    ws();
    expect(i === text.length);
    return duplicate ? { duplicate } : {};
  } catch (e) {
    if (e instanceof Stop) return { error: e.offset };
    throw e;
  }
}

/**
 * The position of a parse error: YAML errors (js-yaml, through cosmiconfig) carry a 0-based `mark`; JSON is
 * scanned; JavaScript errors may name the line in their stack. Undefined when nothing says where.
 */
export function parseErrorPosition(error: unknown, path: string, text: string | undefined): Position | undefined {
  const mark = (error as { mark?: { line?: unknown; column?: unknown; position?: unknown } } | null)?.mark;
  // From the position in the text parsed, counted as positionAt counts (its own column is in UTF-16 units).
  if (mark && typeof mark.position === 'number' && text !== undefined) return positionAt(text, yamlOffset(text, mark.position));
  if (mark && typeof mark.line === 'number') return { line: mark.line + 1, column: typeof mark.column === 'number' ? mark.column + 1 : 1 };
  if (text !== undefined && /\.json$/i.test(path)) {
    const offset = jsonErrorOffset(text);
    if (offset !== undefined) return positionAt(text, offset);
  }
  const stack = error instanceof Error ? error.stack ?? '' : '';
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`${escaped}:(\\d+)(?::(\\d+))?`).exec(stack);
  return m ? { line: Number(m[1]), column: m[2] ? Number(m[2]) : 1 } : undefined;
}
