/**
 * A tiny fake clock for the page: Date.now, setTimeout/setInterval and
 * Math.random (fixed at 0.5, so backoff has no jitter) are replaced, and
 * `advance(ms)` runs every timer due, in order, letting real network requests
 * (counted through a wrapped fetch) finish between them. An hour passes in a
 * few seconds of real time.
 */
interface Timer {
  at: number;
  fn: (...a: unknown[]) => void;
  args: unknown[];
  every?: number;
}

export interface FakeClock {
  /** Fake ms since epoch. */
  readonly now: number;
  /** Requests made through fetch since install. */
  readonly requests: number;
  advance(ms: number): Promise<void>;
  uninstall(): void;
}

export function installClock(): FakeClock {
  const real = {
    setTimeout: window.setTimeout, clearTimeout: window.clearTimeout, setInterval: window.setInterval,
    clearInterval: window.clearInterval, now: Date.now, random: Math.random, fetch: window.fetch,
  };
  const sleep = (ms: number) => new Promise((r) => real.setTimeout.call(window, r, ms));
  let now = real.now();
  let seq = 1;
  let inFlight = 0;
  let requests = 0;
  const timers = new Map<number, Timer>();
  const add = (fn: TimerHandler, ms: unknown, args: unknown[], every?: number) => {
    const id = seq++;
    const delay = Math.max(0, Number(ms) || 0);
    timers.set(id, { at: now + delay, fn: typeof fn === 'function' ? (fn as Timer['fn']) : () => undefined, args, every: every === undefined ? undefined : Math.max(1, delay) });
    return id;
  };
  const w = window as unknown as Record<string, unknown>;
  w.setTimeout = (fn: TimerHandler, ms?: number, ...args: unknown[]) => add(fn, ms, args);
  w.setInterval = (fn: TimerHandler, ms?: number, ...args: unknown[]) => add(fn, ms, args, Number(ms) || 0);
  w.clearTimeout = w.clearInterval = (id?: number) => void timers.delete(id!);
  Date.now = () => now;
  Math.random = () => 0.5;
  window.fetch = (async (...a: Parameters<typeof fetch>) => {
    inFlight++;
    requests++;
    try {
      return await real.fetch.apply(window, a);
    } finally {
      inFlight--;
    }
  }) as typeof fetch;

  /** Waits (real time) until no request is under way and the answers have been handled. */
  const settle = async () => {
    const deadline = real.now() + 5000;
    await sleep(5);
    while (inFlight > 0 && real.now() < deadline) await sleep(5);
    await sleep(15);
  };

  return {
    get now() {
      return now;
    },
    get requests() {
      return requests;
    },
    async advance(ms: number) {
      const end = now + ms;
      await settle();
      for (;;) {
        let nextId: number | undefined;
        let next: Timer | undefined;
        for (const [id, t] of timers) if (t.at <= end && (!next || t.at < next.at)) [nextId, next] = [id, t];
        if (!next) break;
        now = Math.max(now, next.at);
        if (next.every) next.at = now + next.every;
        else timers.delete(nextId!);
        try {
          next.fn(...next.args);
        } catch (e) {
          console.error(e);
        }
        await settle();
      }
      now = end;
    },
    uninstall() {
      Object.assign(window, { setTimeout: real.setTimeout, clearTimeout: real.clearTimeout, setInterval: real.setInterval, clearInterval: real.clearInterval, fetch: real.fetch });
      Date.now = real.now;
      Math.random = real.random;
    },
  };
}
