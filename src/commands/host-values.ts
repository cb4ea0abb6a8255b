// A value of an option that names a host (OptionSpec.host: the --domain HOST of list, prune and rotate, check's
// --servername) is refused before the command runs (exit 2) when it cannot be a host name: a URL, a path, a port,
// spaces. Read as a host, 'https://alpha.example.com' matched no certificate and the run said "nothing" with exit 0,
// which a script takes for an answer; sent as SNI, it was a name no server serves. The check is validate's
// (core/validate/domain-arg.ts), loaded only when such an option is given; one trailing dot is allowed, as the
// commands match 'example.com.' as example.com. A name for SNI is one host, no wildcard (an IP address is
// compared with the certificate's addresses and never sent: core/check sniFor).
import { t, type Lang } from '../core/i18n.js';
import { UsageError } from '../errors.js';
import { optionParts } from './plain-args.js';
import { HOST } from './shared/messages.js';
import type { CommandSpec } from './types.js';

/** Throws the usage error for the first host option whose value cannot be a host name. */
export async function refuseBadHost(spec: CommandSpec, input: { opts: Record<string, unknown> }, lang: Lang): Promise<void> {
  for (const option of spec.options) {
    const parts = option.host ? optionParts(option) : undefined;
    const given = parts ? input.opts[parts.key] : undefined;
    const values = (Array.isArray(given) ? given : [given]).filter((v): v is string => typeof v === 'string');
    if (!parts || values.length === 0) continue;
    const { domainArgProblem } = await import('../core/validate/domain-arg.js');
    for (const value of values) {
      const name = value.replace(/\.$/, '');
      const problem = domainArgProblem(name);
      const refuse = (text: string): never => { throw new UsageError(t(lang, HOST.notHost, { flag: parts.long, value, problem: text })); };
      if (problem) refuse(t(lang, problem[0], problem[1]));
      if (option.host === 'sni' && name.startsWith('*.')) refuse(t(lang, HOST.sniWildcard, { example: `www.${name.slice(2)}` }));
    }
  }
}
