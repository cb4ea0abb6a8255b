// The collector's exact behaviour (validate/findings.ts): what absorb() takes over from a scratch collector
// (nothing a missing input forbids, nothing already said), and the order of many findings of one severity,
// which must stay the order the checks ran in however long the list (V8 merges runs past 64 elements).
import { describe, expect, it } from 'vitest';
import type { Message } from '../../src/core/i18n.js';
import { Findings } from '../../src/core/validate/findings.js';

const say = (en: string): Message => ({ en: `${en} {n}`, zh: `${en}（{n}）` });
const listed = (f: Findings) => f.sorted().map((x) => `${x.rule} ${x.severity} ${x.code} ${x.message}`);

describe('absorb', () => {
  it('drops what a missing input forbids, keeps what needs nothing, and counts everything it was given', () => {
    const main = new Findings();
    main.lack('key');
    const scratch = new Findings();
    scratch.add('key-unparsable', say('unreadable key'), { n: 1 });
    scratch.add('key-too-long', say('long key'), { n: 2 });
    expect(main.absorb(scratch)).toBe(2);
    expect(listed(main)).toEqual(['key-unparsable error SCM.0012 unreadable key 1']);
    expect(main.errorCount).toBe(1);
  });

  it('a finding already said is not said twice; another rule or another message is kept', () => {
    const main = new Findings('zh');
    main.add('key-unparsable', say('bad'), { n: 1 });
    const scratch = new Findings('zh');
    scratch.add('key-unparsable', say('bad'), { n: 1 }); // the same rule and message: dropped
    scratch.add('key-unparsable', say('bad'), { n: 2 }); // the same rule, another message: kept
    scratch.add('key-armor-missing', say('bad'), { n: 1 }); // another rule, the same message: kept
    expect(main.absorb(scratch)).toBe(3);
    expect(listed(main)).toEqual([
      'key-unparsable error SCM.0012 bad（1）',
      'key-unparsable error SCM.0012 bad（2）',
      'key-armor-missing error SCM.0114 bad（1）',
    ]);
  });

  it('a collector that lacks nothing takes over every finding, in order', () => {
    const main = new Findings();
    const scratch = new Findings();
    scratch.add('key-too-long', say('long key'), { n: 1 });
    scratch.add('input-repaired', say('repaired'), { n: 2 });
    expect(main.absorb(scratch)).toBe(2);
    expect(listed(main)).toEqual(['key-too-long error SCM.0005 long key 1', 'input-repaired info null repaired 2']);
  });
});

describe('sorted', () => {
  it('errors, warnings, info; each in the order added, also in a list long enough for merge sorting', () => {
    const f = new Findings();
    const want: Record<string, string[]> = { error: [], warning: [], info: [] };
    // Interleaved so that runs of each severity meet in V8's merges: 150 findings.
    for (let i = 0; i < 150; i++) {
      const [rule, severity] = i % 3 === 0 ? ['domain-not-covered', 'error'] : i % 3 === 1 ? ['cn-not-in-san', 'warning'] : ['input-repaired', 'info'];
      const n = i < 75 ? 1000 - i : i; // not the order of the texts either
      f.add(rule!, say('finding'), { n });
      want[severity!]!.push(`${rule} finding ${n}`);
    }
    expect(f.sorted().map((x) => `${x.rule} ${x.message}`)).toEqual([...want.error!, ...want.warning!, ...want.info!]);
  });

});
