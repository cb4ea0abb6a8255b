// Certificates given again in an ordered chain (chain-duplicate): one finding per file that repeats them (a
// fullchain.pem appended to itself, a chain pasted seven times is one cause), each repeat named with the
// certificate it repeats. scm sends each certificate once whatever the input; the words say so where it does.
import type { Message } from '../i18n.js';
import { where, type ChainContext } from './chain-context.js';
import type { Findings } from './findings.js';
import { M } from './messages.js';
import type { Cert } from './model.js';
import { positions } from './routes.js';

const dupMessage = (ofLeaf: boolean, ctx: ChainContext): Message =>
  ctx.sentOnce ? (ofLeaf ? M.chainDuplicateLeafSentOnce : M.chainDuplicateSentOnce) : ofLeaf ? M.chainDuplicateLeaf : M.chainDuplicate;

/**
 * The fix of one file's repeats: the rule's (--chain chain.pem, not fullchain.pem) for the leaf given again in a
 * chain file; a repeat inside one file (a CA pasted twice, the leaf twice in fullchain.pem) is removed from it.
 */
// (Earlier in the same file: one file given twice, as --cert and --chain, repeats each certificate at its own place.)
const fixOf = (these: Array<{ cert: Cert; first: Cert }>, source: string): Message | undefined =>
  these.every((r) => r.first.source === source && r.first.position < r.cert.position) ? M.chainDuplicateSameFileFix : undefined;

export function reportRepeats(repeats: Array<{ cert: Cert; first: Cert }>, leaf: Cert, ctx: ChainContext, f: Findings): void {
  for (const source of new Set(repeats.map((r) => r.cert.source))) {
    const these = repeats.filter((r) => r.cert.source === source);
    const fix = fixOf(these, source);
    if (these.length === 1) {
      const { cert, first } = these[0]!;
      f.add('chain-duplicate', dupMessage(first === leaf, ctx), { where: where(cert, f), first: where(first, f), source, count: 1 }, fix);
      continue;
    }
    const firsts = [...new Set(these.map((r) => r.first))];
    const ofLeaf = firsts.includes(leaf);
    const said = firsts.map((c) => (c === leaf ? f.say(M.theLeafCert) : where(c, f))).join(f.say(M.listSeparator));
    const message = ctx.sentOnce ? (ofLeaf ? M.chainDuplicatesLeafSentOnce : M.chainDuplicatesSentOnce) : M.chainDuplicates;
    f.add('chain-duplicate', message, { where: positions(these.map((r) => r.cert), f), first: said, source, count: these.length }, fix);
  }
}
