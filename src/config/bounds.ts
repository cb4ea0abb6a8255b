// The bounds of `timeout` (seconds per request) and `retries`, for the flags and the config files alike: a cron
// job must not retry for days, and a timer longer than Node's (2^31 ms) would fire at once. A file of their own,
// without schema.ts's messages, so that the flags' checks (commands/shared/flags.ts, loaded with the client)
// do not bring the config pack's modules into the client's pack a second time.
export const MAX_TIMEOUT_S = 3600;
export const MAX_RETRIES = 10;
export const isTimeout = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n > 0 && n <= MAX_TIMEOUT_S;
export const isRetries = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= MAX_RETRIES;
