// The emulator's option deployed_lag: ListDeployedResources shows a deployment only after N reads, as the service
// (eventually consistent) may. The option's checks, and the lag itself on the deployments store.
import { describe, expect, it } from 'vitest';
import { applyOptions } from '../../src/emulator/admin.js';
import { Deployments } from '../../src/emulator/deployments.js';
import { DEFAULT_BEHAVIOUR } from '../../src/emulator/handlers/context.js';

const now = new Date('2026-01-01T00:00:00Z');
const world = () => {
  const d = new Deployments();
  d.add({ service: 'ELB', region: 'cn-north-4', project: 'cn-north-4', id: 'lb1', name: 'lb', kind: 'certificate', certificateId: 'old' }, now);
  d.add({ service: 'CDN', region: 'global', project: '', id: 'a.example.com', name: 'a.example.com', kind: 'domain', certificateId: 'old' }, now);
  return d;
};
const held = (d: Deployments) => d.shown().map((r) => `${r.id}=${r.certificateId}`).join(' ');

describe('option deployed_lag', () => {
  it('takes a whole number from 0 to 49; anything else is refused by name', () => {
    const b = { ...DEFAULT_BEHAVIOUR };
    applyOptions(b, { deployed_lag: 3 });
    expect(b.deployedLag).toBe(3);
    for (const bad of [-1, 50, 1.5, '2']) expect(() => applyOptions(b, { deployed_lag: bad })).toThrow("option 'deployed_lag' must be a whole number from 0 to 49");
    expect(DEFAULT_BEHAVIOUR.deployedLag).toBe(0);
  });

  it('after a deploy, N reads show the resources as before it; the next shows the deploy', () => {
    const d = world();
    d.lagBehind(2);
    d.assign('ELB', 'cn-north-4', 'lb1', 'new', now);
    expect(held(d)).toBe('lb1=old a.example.com=old');
    expect(held(d)).toBe('lb1=old a.example.com=old');
    expect(held(d)).toBe('lb1=new a.example.com=old');
  });

  it('a second deploy while the first is not shown: the state before the first is kept, the count starts again', () => {
    const d = world();
    d.lagBehind(1);
    d.assign('ELB', 'cn-north-4', 'lb1', 'new', now);
    d.lagBehind(1);
    d.assign('CDN', 'global', 'a.example.com', 'new', now);
    expect(held(d)).toBe('lb1=old a.example.com=old');
    expect(held(d)).toBe('lb1=new a.example.com=new');
  });

  it('0 (the default): shown at once; a clear (reset) forgets a lag still counting', () => {
    const d = world();
    d.lagBehind(0);
    d.assign('ELB', 'cn-north-4', 'lb1', 'new', now);
    expect(held(d)).toBe('lb1=new a.example.com=old');
    d.lagBehind(5);
    d.clear();
    expect(d.shown()).toEqual([]);
  });
});
