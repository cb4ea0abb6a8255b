// The members of an answer in snake_case, as SCM's API spells them, whatever case they came in: a gateway's
// translation layer or a stand-in written from other docs may send `Certificates`, `TotalCount`, `expireTime` or
// `Expire_Time`. Read as they are, such a list was empty and complete (`certificates` missing) and its rows had no
// id. Only names change, never values; a member already in snake_case wins over a variant of it.

const snake = (k: string): string => k.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/** `value` with every object member renamed to snake_case, at any depth (JSON from JSON.parse). */
export function snakeMembers(value: unknown, depth = 0): unknown {
  if (typeof value !== 'object' || value === null || depth > 32) return value;
  if (Array.isArray(value)) return value.map((v) => snakeMembers(v, depth + 1));
  const o = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    const name = snake(k);
    if (name !== k && (Object.hasOwn(o, name) || Object.hasOwn(out, name))) continue;
    // defineProperty: a member named __proto__ stays a member, never the object's prototype.
    Object.defineProperty(out, name, { value: snakeMembers(v, depth + 1), enumerable: true, writable: true, configurable: true });
  }
  return out;
}
