// External programs some tests drive for real (shells, openssl, ACME clients). A missing program skips
// those tests, unless SCM_REQUIRE_TOOLS=1 (CI), where it fails them with a message saying what to install.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { describe, it } from 'vitest';

/** CI sets SCM_REQUIRE_TOOLS=1: a missing program fails the tests that need it instead of skipping them. */
export const toolsRequired = (): boolean => process.env.SCM_REQUIRE_TOOLS === '1';

/** The absolute path of an executable on PATH, or undefined. */
export function findTool(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; keep looking
    }
  }
  return undefined;
}

function missingMessage(name: string): string {
  return `${name} is not installed (not on PATH) and SCM_REQUIRE_TOOLS=1 requires it: run scripts/setup-tools.sh`;
}

/**
 * The path of `name`; undefined when it is missing and tests may be skipped. Throws when it is missing
 * and SCM_REQUIRE_TOOLS=1, so a CI run cannot pass by skipping.
 */
export function requireTool(name: string): string | undefined {
  const path = findTool(name);
  if (path === undefined && toolsRequired()) throw new Error(missingMessage(name));
  return path;
}

/**
 * A describe block that needs `name`: runs with its path when installed; otherwise skipped (shown as
 * skipped, with the reason), or one failing test under SCM_REQUIRE_TOOLS=1.
 */
export function describeWithTool(name: string, title: string, body: (path: string) => void): void {
  const path = findTool(name);
  if (path !== undefined) {
    describe(title, () => body(path));
  } else if (toolsRequired()) {
    describe(title, () => {
      it(`needs ${name}`, () => {
        throw new Error(missingMessage(name));
      });
    });
  } else {
    describe.skip(`${title} (skipped: ${name} is not installed; SCM_REQUIRE_TOOLS=1 makes this fail)`, () => body(name));
  }
}
