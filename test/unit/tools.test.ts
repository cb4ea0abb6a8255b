// The shared "needs an external program" helper: skip locally, fail under SCM_REQUIRE_TOOLS=1 (CI).
import { afterEach, describe, expect, it } from 'vitest';
import { findTool, requireTool } from '../helpers/tools.js';

const MISSING = 'scm-no-such-program-7f3a';
const saved = process.env.SCM_REQUIRE_TOOLS;
afterEach(() => {
  if (saved === undefined) delete process.env.SCM_REQUIRE_TOOLS;
  else process.env.SCM_REQUIRE_TOOLS = saved;
});

describe('tools', () => {
  it('finds an installed program on PATH and not a missing one', () => {
    expect(findTool('sh')).toMatch(/\/sh$/);
    expect(findTool(MISSING)).toBeUndefined();
  });

  it('lets a missing program skip its tests unless SCM_REQUIRE_TOOLS=1', () => {
    delete process.env.SCM_REQUIRE_TOOLS;
    expect(requireTool(MISSING)).toBeUndefined();
    process.env.SCM_REQUIRE_TOOLS = '1';
    expect(() => requireTool(MISSING)).toThrow(/scm-no-such-program-7f3a is not installed.*SCM_REQUIRE_TOOLS=1/);
    expect(requireTool('sh')).toMatch(/\/sh$/);
  });
});
