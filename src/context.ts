// What a command gets from the outside world. cli.ts builds it from the real process; tests build their own.
import type { Lang } from './core/i18n.js';
import type { Style } from './io/style.js';

export interface Out {
  write(s: string): void;
  isTTY: boolean;
  columns?: number;
}

export interface Ctx {
  stdout: Out;
  stderr: Out;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
  now: () => Date;
  /** Styling for stdout and for stderr (each decided for its own stream). */
  style: Style;
  errStyle: Style;
  /** The language of everything a person reads: --lang, else lang in a config file, else LC_ALL / LC_MESSAGES / LANG (zh* is Chinese). */
  lang: Lang;
  /** --debug: show stacks and request traces (never secrets). */
  debug: boolean;
  /** --no-input or CI=true: never prompt. */
  noInput: boolean;
  /** --json: every line on stderr is JSON, a line for the person at a terminal (what '-' waits for) included. */
  json?: boolean;
  /** The user's id, to judge who could have written a config file (undefined on Windows and in tests that do not care). */
  uid?: number | undefined;
  /**
   * Secret values in play (SK, tokens: from the environment, then from each config file read), hidden from
   * everything written to stdout and stderr, so a secret pasted into the wrong option is never quoted back.
   */
  secrets?: Set<string>;
  /** Aborted on SIGINT/SIGTERM so network calls and servers stop promptly. */
  signal: AbortSignal;
}
