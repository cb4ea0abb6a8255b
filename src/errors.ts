// Typed errors and the exit-code table of docs/cli-contract.md. Everything below src/cli.ts throws
// these; only cli.ts turns them into an exit status.

export const ExitCode = {
  OK: 0,
  NO: 1,
  USAGE: 2,
  AUTH: 3,
  API: 4,
  NETWORK: 5,
  INTERNAL: 70,
  /** SIGHUP (128 + 1): the terminal closed or the ssh session dropped; stopped as SIGTERM stops it. */
  HANGUP: 129,
  INTERRUPTED: 130,
  /** SIGTERM (128 + 15), as shells report a process ended by it. */
  TERMINATED: 143,
} as const;
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** An expected failure: printed as one line (plus an optional hint), never with a stack. */
export class ScmCliError extends Error {
  readonly exitCode: ExitCodeValue;
  readonly hint?: string;
  /** The SCM/APIGW error code this failure corresponds to, when there is one. */
  readonly code?: string;

  constructor(message: string, exitCode: ExitCodeValue, options: { hint?: string; code?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    // The bundler renames a class that refers to itself (`class _BadResponseError`): the name scripts read in
    // --json's `type` is the one written here.
    this.name = new.target.name.replace(/^_+/, '');
    this.exitCode = exitCode;
    if (options.hint !== undefined) this.hint = options.hint;
    if (options.code !== undefined) this.code = options.code;
  }

  /** Extra fields for the `--json` error object on stderr. */
  toJSON(): Record<string, unknown> {
    return { type: this.name, message: this.message, exitCode: this.exitCode, code: this.code ?? null, hint: this.hint ?? null };
  }
}

/** The same error with other advice (`hint` is fixed at construction; a caller that knows more replaces it). */
export function withHint(e: unknown, hint: string): unknown {
  if (e instanceof Error) Object.defineProperty(e, 'hint', { value: hint, configurable: true });
  return e;
}

/** Bad flags, arguments or option values (exit 2). */
export class UsageError extends ScmCliError {
  constructor(message: string, options: { hint?: string; code?: string } = {}) {
    super(message, ExitCode.USAGE, options);
  }
}

/** An input file that cannot be read: missing, a directory, too large, not text/DER (exit 2). */
export class InputError extends ScmCliError {
  readonly path?: string;
  constructor(message: string, options: { hint?: string; path?: string; cause?: unknown } = {}) {
    super(message, ExitCode.USAGE, options);
    if (options.path !== undefined) this.path = options.path;
  }
}

/** A configuration file that cannot be parsed or holds bad values (exit 2). */
export class ConfigError extends ScmCliError {
  constructor(message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, ExitCode.USAGE, options);
  }
}

/**
 * A folder scm keeps state in (the run lock's) that another user owns or can write to (exit 2). Under a renewal
 * hook the person fixes it and then finishes by hand (shared/hook-finish.ts adds the command). `type` in --json
 * stays ConfigError.
 */
export class UntrustedFolderError extends ConfigError {
  constructor(message: string, options: { hint?: string } = {}) {
    super(message, options);
    this.name = 'ConfigError';
  }
}

/** No credentials, or credentials the service refused (exit 3). */
export class CredentialsError extends ScmCliError {
  constructor(message: string, options: { hint?: string; code?: string } = {}) {
    super(message, ExitCode.AUTH, options);
  }
}

/** The network failed: refused, reset, DNS, TLS, timeout, or 5xx after retries (exit 5). */
export class NetworkError extends ScmCliError {
  constructor(message: string, options: { hint?: string; code?: string; cause?: unknown } = {}) {
    super(message, ExitCode.NETWORK, options);
  }
}

/** The command ran and the answer is "no"; its result has already been written to stdout (exit 1). */
export class NegativeResult extends ScmCliError {
  constructor(message: string, options: { hint?: string; code?: string } = {}) {
    super(message, ExitCode.NO, options);
  }
}

/**
 * SIGINT (exit 130) or SIGTERM (exit 143) while a command ran; src/cli.ts picks the code from the signal.
 * Without a message it is just "interrupted" (said by cli.ts in the user's language); a command that knows
 * what the interruption may have left behind (an import that may have reached SCM) says so instead.
 */
export class InterruptedError extends ScmCliError {
  readonly generic: boolean;
  constructor(message?: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message ?? 'interrupted', ExitCode.INTERRUPTED, options);
    this.generic = message === undefined;
  }
}
