// One 'abort' listener on a signal, however many operations wait on it at once: `scm check` with 11 endpoints
// would otherwise add 11 to ctx.signal and Node would warn of a leak (MaxListenersExceededWarning) on stderr.
// Each waiter is kept in a set and removed when its operation ends; the listener goes with the last one.
interface Fan {
  waiters: Set<() => void>;
  listener: () => void;
}

const fans = new WeakMap<AbortSignal, Fan>();

/** Calls `fn` when `signal` aborts; the function returned forgets it (call it when the operation ends). */
export function whenAborted(signal: AbortSignal, fn: () => void): () => void {
  let fan = fans.get(signal);
  if (!fan) {
    const waiters = new Set<() => void>();
    const listener = (): void => {
      fans.delete(signal);
      for (const waiter of [...waiters]) waiter();
    };
    fan = { waiters, listener };
    fans.set(signal, fan);
    signal.addEventListener('abort', listener, { once: true });
  }
  const { waiters, listener } = fan;
  waiters.add(fn);
  return () => {
    if (!waiters.delete(fn) || waiters.size > 0) return;
    signal.removeEventListener('abort', listener);
    if (fans.get(signal)?.waiters === waiters) fans.delete(signal);
  };
}
