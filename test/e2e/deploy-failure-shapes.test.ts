// DeployCertificate answers 200 with `failure_list` (SDK: a list of {resource, failure_info}). A failure_list that
// came as one object, or as words, was read as no failure: the resource "deployed", exit 0, though SCM said it
// failed. One entry is now read as a list of one (failed, exit 4), words as a failure naming no resource (only
// what ListDeployedResources shows counts), a resource named resource_id is matched, and a failure_list inside an
// envelope ({"data":{"failure_list":[...]}}) is read there. Through the built binary.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cliRecorder, leaveWorld, rotationWorld, TEST_AK, TEST_SK, type Bundle, type RunningEmulator } from '../helpers/emulator.js';

let emu: RunningEmulator;
let dir: string;
let old: Bundle;
const { run } = cliRecorder(() => ({ HUAWEICLOUD_SDK_AK: TEST_AK, HUAWEICLOUD_SDK_SK: TEST_SK, SCM_ENDPOINT: emu.url, HOME: dir }));

beforeAll(async () => ({ dir, old, emu } = await rotationWorld('deploy-shapes')), 60_000);
afterAll(async () => leaveWorld(emu, dir));
beforeEach(async () => emu.reset());

async function deployAnswered(body: unknown) {
  const [id] = (await emu.seed({ certificates: [{ name: 'a', pem: readFileSync(old.cert, 'utf8'), chain: readFileSync(old.chain, 'utf8'), private_key: old.keyPem }] })).certificates as [string];
  await emu.seed({ resources: [{ service: 'ELB', project: 'cn-north-4', id: 'elb-1' }] });
  await emu.fault({ op: 'deploy', answer: { status: 200, body } });
  return run(['deploy', id, '--service', 'ELB', '--project', 'cn-north-4', '--resource', 'elb-1']);
}

describe('failure_list in other shapes', () => {
  it.each([
    ['one object', { failure_list: { resource: 'elb-1', failure_info: 'ELB.1234 quota exceeded' } }],
    ['an entry naming resource_id', { failure_list: [{ resource_id: 'elb-1', failure_info: 'ELB.1234 quota exceeded' }] }],
    ['words', { failure_list: 'elb-1: ELB.1234 quota exceeded' }],
    ['inside an envelope', { data: { failure_list: [{ resource: 'elb-1', failure_info: 'ELB.1234 quota exceeded' }] } }],
  ])('%s: failed, exit 4, SCM\'s words in the row', async (_what, body) => {
    const r = await deployAnswered(body);
    expect(r.code, r.stderr).toBe(4);
    expect(r.stdout).toMatch(/^elb-1 +failed +.*ELB\.1234 quota exceeded/m);
  });
});

// ListDeployedResources leaving the id out (`{"results": []}`): delete, prune, show, rotate and upload --push say
// where it is deployed is not known; deploy went on without a word, deploying (and billing) a resource that may
// use the certificate already. It still deploys (a deployment replaces, it makes no copy), and now says why.
describe('deploy when SCM cannot say where the certificate is', () => {
  it.each([['en', "note: SCM cannot tell whether 1 resource already uses"], ['zh', '注意：SCM 无法确定其中 1 个资源是否已在使用']])('results [] (%s): deployed, and said on stderr', async (lang, said) => {
    const [id] = (await emu.seed({ certificates: [{ name: 'a', pem: readFileSync(old.cert, 'utf8'), chain: readFileSync(old.chain, 'utf8'), private_key: old.keyPem }] })).certificates as [string];
    await emu.seed({ resources: [{ service: 'ELB', project: 'cn-north-4', id: 'elb-1' }] });
    await emu.fault({ op: 'deployed-resources', answer: { status: 200, body: { results: [] } } });
    const r = await run(['deploy', id, '--service', 'ELB', '--project', 'cn-north-4', '--resource', 'elb-1', '--lang', lang!]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(said);
    expect(r.stderr).toContain(lang === 'en' ? "SCM's answer did not include it" : 'SCM 的应答中没有它的结果');
  });
});

// A CDN domain in failure_list as the service may write it (upper case, a trailing dot): its words go to its row,
// not to every row; an entry for a domain not asked stays with the rows still open. Before: unmatched, on both.
describe('failure_list naming a CDN domain in another form', () => {
  it('WWW.Example.COM. is www.example.com: that row has its own words (exit 4)', async () => {
    const [id] = (await emu.seed({ certificates: [{ name: 'a', pem: readFileSync(old.cert, 'utf8'), chain: readFileSync(old.chain, 'utf8'), private_key: old.keyPem }] })).certificates as [string];
    await emu.seed({ resources: [{ service: 'CDN', kind: 'domain', id: 'example.com' }, { service: 'CDN', kind: 'domain', id: 'www.example.com' }] });
    await emu.fault({ op: 'deploy', answer: { status: 200, body: { failure_list: [{ resource: 'WWW.Example.COM.', failure_info: 'CDN.00010045 The certificate does not match the domain.' }, { resource: 'other.example.org', failure_info: 'CDN.00010010 The domain does not exist.' }] } } });
    const r = await run(['deploy', id, '--service', 'CDN', '--resource', 'example.com', '--resource', 'www.example.com']);
    expect(r.code, r.stderr).toBe(4);
    expect(r.stdout).toMatch(/^www\.example\.com +failed +CDN\.00010045 The certificate does not match the domain\.$/m);
    expect(r.stdout).toMatch(/^example\.com +failed +other\.example\.org: CDN\.00010010 The domain does not exist\.$/m);
  });
});

// failure_info holding an SCM error body, as an object or its JSON text: the row said it as raw JSON; now as
// "CODE words", as every other SCM error is shown.
describe('failure_info as an error body', () => {
  it.each([
    ['an object', { error_code: 'SCM.0010', error_msg: 'The certificate cannot be deployed.' }],
    ['its JSON text', '{"error_code":"SCM.0010","error_msg":"The certificate cannot be deployed."}'],
  ])('%s: the row says SCM.0010 and its words (exit 4)', async (_what, info) => {
    const r = await deployAnswered({ failure_list: [{ resource: 'elb-1', failure_info: info }] });
    expect(r.code, r.stderr).toBe(4);
    expect(r.stdout).toMatch(/^elb-1 +failed +SCM\.0010 The certificate cannot be deployed\.$/m);
  });
});
