// The JSON lines scm writes on stderr under --json: one error object (the last line, when the exit status
// is not 0), warning objects and, with --debug, debug objects, so that with --json every line on stderr is JSON.
export const SCHEMA_VERSION = 1;

export interface JsonErrorFields {
  type: string;
  message: string;
  exitCode: number;
  code?: string | null;
  hint?: string | null;
  [extra: string]: unknown;
}

export function jsonErrorLine(error: JsonErrorFields): string {
  const { type, message, exitCode, code, hint, ...rest } = error;
  return `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, error: { type, message, exitCode, code: code ?? null, hint: hint ?? null, ...rest } })}\n`;
}

/** A --debug line (a request trace, a stack) under --json: JSON like every other stderr line. */
export function jsonDebugLine(message: string): string {
  return `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, debug: { message } })}\n`;
}

export function jsonWarningLine(message: string, extra: Record<string, unknown> = {}): string {
  return `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, warning: { message, ...extra } })}\n`;
}

/** The result document on stdout: schemaVersion first, pretty-printed. */
export function jsonDocument(doc: Record<string, unknown> | unknown[]): string {
  return `${JSON.stringify(Array.isArray(doc) ? doc : { schemaVersion: SCHEMA_VERSION, ...doc }, null, 2)}\n`;
}
