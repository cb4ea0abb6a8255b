// Who else is in a group (src/config/group-members.ts), from the two files given as text: the judgement of a
// folder its group may write to (trust.ts), for config files and export's --out alike.
import { describe, expect, it } from 'vitest';
import { otherMembers, systemGroupFiles } from '../../src/config/group-members.js';

const files = {
  passwd: ['root:x:0:0:root:/root:/bin/bash', 'alice:x:1000:1000::/home/alice:/bin/bash', 'bob:x:1001:1001::/home/bob:/bin/bash', 'carol:x:1002:50::/home/carol:/bin/sh', ''].join('\n'),
  group: ['root:x:0:', 'staff:x:50:', 'alice:x:1000:', 'bob:x:1001:', 'team:x:2000:alice,bob', 'solo:x:2001:alice', 'ghosts:x:2002:nobodyknows', 'rootish:x:2003:root'].join('\n'),
};

describe('who else is in a group', () => {
  it("a per-user group (alice's own), root's group, one listing only the user or root: nobody else", () => {
    expect(otherMembers(1000, 1000, files)).toEqual({ name: 'alice', others: [] });
    expect(otherMembers(0, 1000, files)).toEqual({ name: 'root', others: [] }); // root may write anywhere anyway
    expect(otherMembers(2001, 1000, files)).toEqual({ name: 'solo', others: [] });
    expect(otherMembers(2003, 1000, files)).toEqual({ name: 'rootish', others: [] });
  });

  it('members listed in /etc/group, users whose primary group it is, and names without a passwd entry count', () => {
    expect(otherMembers(2000, 1000, files)).toEqual({ name: 'team', others: ['bob'] });
    expect(otherMembers(50, 1000, files)).toEqual({ name: 'staff', others: ['carol'] }); // primary group in passwd
    expect(otherMembers(1000, 1001, files)).toEqual({ name: 'alice', others: ['alice'] }); // bob looking at alice's group
    expect(otherMembers(2002, 1000, files)).toEqual({ name: 'ghosts', others: ['nobodyknows'] });
  });

  it('a group /etc/group does not list, or no files at all: undefined (nobody can say who is in it)', () => {
    expect(otherMembers(4242, 1000, files)).toBeUndefined();
    expect(otherMembers(1000, 1000, { passwd: '', group: '' })).toBeUndefined();
  });

  it("macOS: /etc/group and /etc/passwd do not say who is in staff or admin, so no group counts as listed", () => {
    expect(systemGroupFiles('darwin')).toEqual({ passwd: '', group: '' });
    expect(otherMembers(20, 501, systemGroupFiles('darwin'))).toBeUndefined();
    expect(systemGroupFiles('linux').group).toMatch(/^root:/m);
  });
});
