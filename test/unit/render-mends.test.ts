// Human output mends found by a re-check: export's paths never carry a raw control character onto the terminal,
// and an upload found after a re-sent import that may yet store a second copy is not said to be "imported once".
import { describe, expect, it } from 'vitest';
import { renderFiles } from '../../src/commands/export/render.js';
import { renderUploadResult, type UploadResult } from '../../src/commands/upload/render.js';
import { PLAIN } from '../../src/io/style.js';

describe('export: the paths written', () => {
  it('one a line, a newline or ESC in the folder name shown escaped', () => {
    const files = [{ kind: 'cert', path: '/tmp/ex\x1bd/\n/cert.pem', content: '' }, { kind: 'key', path: '/tmp/ok/privkey.pem', content: '' }] as never;
    expect(renderFiles(files)).toBe('/tmp/ex\\1Bd/\\0A/cert.pem\n/tmp/ok/privkey.pem\n');
  });
});

describe('upload: the note of a certificate found by fingerprint', () => {
  const result = (mayStillLand: boolean): UploadResult => ({
    certificate_id: 'scs1700000000001', name: 'app', changed: true, recovered: true, endpoint: 'http://127.0.0.1:1', findings: [], validated: true, push: [], from: null,
    copies: { otherCopies: [], deleted: [], keptDeployed: [], ...(mayStillLand ? { mayStillLand: true } : {}) },
  });

  it('"imported once" only when no other attempt may still be stored', () => {
    expect(renderUploadResult(result(false), PLAIN, 'en')).toMatch(/imported once\)\n$/);
    const late = renderUploadResult(result(true), PLAIN, 'en');
    expect(late).not.toMatch(/imported once/);
    expect(late).toMatch(/see the warning about a second copy\)\n$/);
    expect(renderUploadResult(result(true), PLAIN, 'zh')).toMatch(/另见关于第二份副本的警告）\n$/);
  });
});
