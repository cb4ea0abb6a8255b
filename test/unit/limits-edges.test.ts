// The ImportCertificate field rules at their exact limits: lengths of 4096/8192/4096 characters pass and one
// more fails, the name rule (3 to 63 of A-Z a-z 0-9 _ - .) with the reason each bad name gets, and the
// enterprise project ID forms.
import { describe, expect, it } from 'vitest';
import { Findings } from '../../src/core/validate/findings.js';
import { checkEnterpriseProjectId, checkLengths, checkName, LIMITS } from '../../src/core/validate/limits.js';

const run = (check: (f: Findings) => void): string[] => {
  const f = new Findings('en');
  check(f);
  return f.sorted().map((x) => `${x.rule} ${x.code}: ${x.message}`);
};

describe('field lengths', () => {
  it.each([
    ['certificate', 'cert-too-long SCM.0005: the certificate (leaf only) is 4097 characters; SCM accepts at most 4096'],
    ['certificate_chain', 'chain-too-long SCM.0005: the certificate chain is 8193 characters; SCM accepts at most 8192'],
    ['private_key', 'key-too-long SCM.0005: the private key is 4097 characters; SCM accepts at most 4096'],
    // An SM2 dual certificate's encryption pair is sent in fields of its own, with the same limits (API §2.1).
    ['enc_certificate', 'enc-cert-too-long SCM.0005: the SM2 encryption certificate is 4097 characters; SCM accepts at most 4096'],
    ['enc_private_key', 'enc-key-too-long SCM.0005: the SM2 encryption private key is 4097 characters; SCM accepts at most 4096'],
  ] as const)('%s: at the limit passes, one more fails', (field, finding) => {
    expect(run((f) => checkLengths({ [field]: LIMITS[field] }, f))).toEqual([]);
    expect(run((f) => checkLengths({ [field]: LIMITS[field] + 1 }, f))).toEqual([finding]);
  });

  it('in Chinese, the SM2 encryption fields are named as such', () => {
    const f = new Findings('zh');
    checkLengths({ enc_certificate: 4097, enc_private_key: 4097 }, f);
    expect(f.sorted().map((x) => x.message)).toEqual(['SM2 加密证书长 4097 个字符；SCM 最多接受 4096 个', 'SM2 加密私钥长 4097 个字符；SCM 最多接受 4096 个']);
  });

  it('as received by the emulator, the field is named as sent', () => {
    expect(run((f) => checkLengths({ private_key: 4097 }, f, true))[0]).toMatch(/^key-too-long SCM.0005: the private_key field/);
  });
});

describe('the certificate name', () => {
  it.each([
    ['abc', []], ['a'.repeat(63), []], ['A-Z_a.z-0.9', []],
    ['ab', ['name-invalid SCM.0032: the name "ab" is 2 characters long (at least 3)']],
    ['', ['name-invalid SCM.0032: the name "" is 0 characters long (at least 3)']],
    ['a'.repeat(64), [`name-invalid SCM.0032: the name "${'a'.repeat(64)}" is 64 characters long (at most 63)`]],
    ['a b', ['name-invalid SCM.0032: the name "a b" contains " "']],
    [`${'a'.repeat(62)}!`, [`name-invalid SCM.0032: the name "${'a'.repeat(62)}!" contains "!"`]],
    ['证书名称', ['name-invalid SCM.0032: the name "证书名称" contains "证" "书" "名" "称"']],
    ['abc\n', ['name-invalid SCM.0032: the name "abc\\n" contains "\\n"']],
    // Both causes in the one finding: renamed once, not once for the length and again for the characters.
    ['a b', ['name-invalid SCM.0032: the name "a b" contains " "']],
    ['é!', ['name-invalid SCM.0032: the name "é!" is 2 characters long (at least 3) and contains "é" "!"']],
    [`${'a'.repeat(63)} `, [`name-invalid SCM.0032: the name "${'a'.repeat(63)} " is 64 characters long (at most 63) and contains " "`]],
    ['\nabc', ['name-invalid SCM.0032: the name "\\nabc" contains "\\n"']],
  ])('%j', (name, findings) => {
    expect(run((f) => checkName(name, f))).toEqual(findings);
  });

  it('both causes in Chinese', () => {
    const f = new Findings('zh');
    checkName('a!', f);
    expect(f.sorted().map((x) => x.message)).toEqual(['名称“a!”只有 2 个字符（至少 3 个），并且含有不允许的字符“!”']);
  });
});

describe('the enterprise project ID', () => {
  const ok = '3f2e1b4c-0a1d-4e5f-9a8b-7c6d5e4f3a2b';
  it.each([
    ['0', true], ['all', true], [ok, true],
    [`x${ok}`, false], [`${ok}x`, false], [ok.toUpperCase(), false], [ok.replace(/-/g, ''), false], ['3f2e1b4-0a1d-4e5f-9a8b-7c6d5e4f3a2b', false],
    ['3f2e1b4c-0a1-4e5f-9a8b-7c6d5e4f3a2b', false], ['3f2e1b4c-0a1d-4e5-9a8b-7c6d5e4f3a2b', false], ['3f2e1b4c-0a1d-4e5f-9a8-7c6d5e4f3a2b', false],
    ['3f2e1b4c-0a1d-4e5f-9a8b-7c6d5e4f3a2', false], ['3f2e1b4c-0a1d-4e5f-9a8b-7c6d5e4f3a2b0', false], ['3f2e1b4c_0a1d-4e5f-9a8b-7c6d5e4f3a2b', false], ['', false], ['1', false],
  ])('%j: %s', (id, valid) => {
    expect(run((f) => checkEnterpriseProjectId(id, f))).toEqual(valid ? [] : [`enterprise-project-id-invalid SCM.0005: the enterprise project ID ${JSON.stringify(id)} is not "0", "all" or an ID like 3f2e1b4c-0a1d-4e5f-9a8b-7c6d5e4f3a2b`]);
  });
});
