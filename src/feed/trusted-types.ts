/**
 * Under `require-trusted-types-for 'script'`, DOMParser only takes TrustedHTML.
 * We parse partners' RSS/Atom/HTML into inert documents (no script runs, nothing
 * loads) and read text out of them, so passing the string through is safe.
 * Partners with Trusted Types list this policy: `trusted-types lit-html iom-widgets`.
 */
type Policy = { createHTML(s: string): string };
let policy: Policy | undefined;

export function parseInert(text: string, type: DOMParserSupportedType): Document {
  const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: Policy): Policy } }).trustedTypes;
  if (tt && !policy) {
    try {
      // One policy for all our files on the page: a second createPolicy of the
      // same name is a violation under a strict policy list. (As in
      // shared/global.ts, written out: importing it would split this lazy
      // chunk's one import into a chunk of its own.)
      const g = globalThis as unknown as Record<symbol, Policy | undefined>;
      policy = g[Symbol.for('iom-widgets:trusted-types')] ??= tt.createPolicy('iom-widgets', { createHTML: (s) => s });
    } catch {
      // The page's policy list forbids ours: parse without.
    }
  }
  return new DOMParser().parseFromString((policy ? policy.createHTML(text) : text) as string, type);
}
