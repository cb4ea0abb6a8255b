// The emulator's seed takes a synthetic certificate's `sans` as a list, or as one string in the form SCM itself
// answers it ("a;b": the SDK models), so a seed copied from a real answer keeps every name; anything else is
// refused with 400 naming the field, never dropped silently for the domain alone. Through the built binary.
import { expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const t = withEmulator('seed-sans', { bundle: false });
const { run } = cliRecorder(() => t.env());

it('"a;b" and "a, b" are both names: list --domain finds the certificate by its second name', async () => {
  const [semi] = (await t.emu.seed({ certificates: [{ name: 'semi', domain: 'a.example.com', sans: 'a.example.com;b.example.com' }] })).certificates;
  const [comma] = (await t.emu.seed({ certificates: [{ name: 'comma', domain: 'c.example.com', sans: 'c.example.com, d.example.com' }] })).certificates;
  expect((await run(['list', '--domain', 'b.example.com', '-q'])).stdout).toBe(`${semi}\n`);
  expect((await run(['list', '--domain', 'd.example.com', '-q'])).stdout).toBe(`${comma}\n`);
  const shown = await run(['show', semi!, '--json']);
  expect(JSON.parse(shown.stdout).certificate).toMatchObject({ sans: ['a.example.com', 'b.example.com'], domain_count: 2 });
});

it('a sans that is neither a list nor a string: 400 naming it, nothing stored', async () => {
  const res = await fetch(`${t.emu.url}/_emulator/seed`, { method: 'POST', body: JSON.stringify({ certificates: [{ name: 'bad', domain: 'e.example.com', sans: 5 }] }) });
  expect(res.status).toBe(400);
  expect(await res.text()).toContain('sans');
  expect((await t.emu.state()).certificates).toEqual([]);
});
