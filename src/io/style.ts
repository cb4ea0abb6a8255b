// Terminal styling. Colour is decided once per stream (contract: never on a non-TTY or with NO_COLOR;
// FORCE_COLOR forces it) and chalk is only loaded when colour is on, which keeps piped runs fast.
// Both set: FORCE_COLOR wins, as force-color.org's example and Node.js decide (NO_COLOR is a standing preference,
// FORCE_COLOR the request of this run, `FORCE_COLOR=1 scm ... | less -R`); --no-color beats both. Either set
// to the empty string counts as unset, as both conventions say (a CI variable defined empty forces nothing).

import { ours } from '../core/visible.js';

export interface Style {
  enabled: boolean;
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
}

const identity = (s: string): string => s;
export const PLAIN: Style = { enabled: false, bold: identity, dim: identity, red: identity, yellow: identity, green: identity, cyan: identity };

export interface ColorInputs {
  isTTY: boolean;
  env: Record<string, string | undefined>;
  /** false when --no-color was given. */
  flag: boolean;
}

/** 0 = no colour, else a chalk level. */
export function colorLevel({ isTTY, env, flag }: ColorInputs): 0 | 1 | 2 | 3 {
  if (!flag) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') {
    if (force === '0' || force === 'false') return 0;
    return force === '2' ? 2 : force === '3' ? 3 : 1;
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (!isTTY || env.TERM === 'dumb') return 0;
  return env.COLORTERM === 'truecolor' ? 3 : 1;
}

export async function makeStyle(level: 0 | 1 | 2 | 3): Promise<Style> {
  if (level === 0) return PLAIN;
  const { Chalk } = await import('chalk');
  const c = new Chalk({ level });
  // Registered as scm's own (core/visible.ts), so that a styled message parameter or table cell keeps its colour.
  const own = (paint: (s: string) => string) => (s: string): string => ours(s, paint(s));
  return { enabled: true, bold: own(c.bold), dim: own(c.dim), red: own(c.red), yellow: own(c.yellow), green: own(c.green), cyan: own(c.cyan) };
}
