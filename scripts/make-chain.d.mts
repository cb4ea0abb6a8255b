export interface Chain {
  dir: string;
  cert: string;
  key: string;
  chain: string;
  fullchain: string;
}
export function makeChain(dir: string, options?: { cn?: string; days?: number; label?: string }): Chain;
