// The `type` of the --json error object is the error's class name, which scripts match (UsageError,
// InputError ...). The bundler renames a class that refers to itself (BadResponseError, whose again() makes
// another): every answer scm cannot read was reported as "_BadResponseError" by the built binary, though the
// unit tests, run from src/, saw "BadResponseError". Checked through the built binary.
import { describe, expect, it } from 'vitest';
import { useAnswerServer } from '../helpers/answer-server.js';
import { runCli } from '../helpers/run-cli.js';

const server = useAnswerServer(() => ({ status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"id": "scs1700000000001", ' }));
const env = (): Record<string, string | undefined> => ({ SCM_ENDPOINT: server.url, HUAWEICLOUD_SDK_AK: 'AKAKAKAKAKAKAKAKAKAK', HUAWEICLOUD_SDK_SK: 'SKSKSKSKSKSKSKSKSKSKSKSKSKSKSKSKSKSKSKSK', HOME: process.env.HOME });

describe('the --json error type from the built binary', () => {
  it('an answer that is not JSON: BadResponseError, exit 5', async () => {
    const r = await runCli(['show', 'scs1700000000001', '--json'], { env: env() });
    const last = r.stderr.trim().split('\n').at(-1)!;
    expect([r.code, JSON.parse(last).error.type]).toEqual([5, 'BadResponseError']);
  });
});
