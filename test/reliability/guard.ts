/**
 * What every reliability test watches while a widget meets bad input or a bad
 * network: errors reaching the host page, the payload trap, our own render
 * guard's console.error, long tasks, and markup in the widget's shadow DOM.
 */
import { aTimeout } from '@open-wc/testing';

/** Chromium reports long tasks; Firefox and WebKit do not (the check is skipped there, with this reason). */
export const LONGTASK_SUPPORTED = typeof PerformanceObserver !== 'undefined' && (PerformanceObserver.supportedEntryTypes ?? []).includes('longtask');
export const LONGTASK_SKIP_REASON = 'this engine does not report "longtask" performance entries (only Chromium does)';
export const LONGTASK_LIMIT = 200;

export interface Guard {
  /** Errors that reached window.onerror or unhandledrejection. */
  pageErrors: string[];
  /** Calls of window.__iomTrap (a payload ran). */
  trapCalls: string[];
  /** console.error calls from our render guard. */
  renderErrors: string[];
  /** console.warn lines. */
  warnings: string[];
  /** Long tasks seen (ms). */
  longTasks: number[];
  stop(): Promise<void>;
}

/** Starts watching; `stop()` restores everything and collects the long tasks. */
export function guard(): Guard {
  const g: Guard = { pageErrors: [], trapCalls: [], renderErrors: [], warnings: [], longTasks: [], stop: async () => undefined };
  const w = window as unknown as { __iomTrap?: (why?: unknown) => void };
  w.__iomTrap = (why?: unknown) => void g.trapCalls.push(String(why));
  const onError = (e: ErrorEvent) => {
    // Resource errors (an <img> that failed) are not script errors; they do not bubble to window as ErrorEvent with a message.
    if (e instanceof ErrorEvent) g.pageErrors.push(`${e.message} @ ${e.filename}:${e.lineno}`);
  };
  const onRejection = (e: PromiseRejectionEvent) => void g.pageErrors.push(`unhandled rejection: ${String((e.reason as Error)?.stack ?? e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const { error, warn } = console;
  console.error = (...a: unknown[]) => {
    const line = a.map((x) => (x instanceof Error ? x.stack ?? x.message : String(x))).join(' ');
    if (/iom-widgets|could not render/.test(line)) g.renderErrors.push(line);
    error.apply(console, a);
  };
  console.warn = (...a: unknown[]) => void g.warnings.push(a.map(String).join(' '));
  let observer: PerformanceObserver | undefined;
  if (LONGTASK_SUPPORTED) {
    observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) g.longTasks.push(Math.round(e.duration));
    });
    observer.observe({ type: 'longtask' });
  }
  let stopped = false;
  g.stop = async () => {
    if (stopped) return;
    stopped = true;
    // Let pending onerror handlers, image loads and long-task reports arrive.
    await aTimeout(60);
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    if (observer) {
      for (const e of observer.takeRecords()) g.longTasks.push(Math.round(e.duration));
      observer.disconnect();
    }
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.error = error;
    console.warn = warn;
  };
  return g;
}

/** Every element of `root`, through nested shadow roots. */
export function allElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const walk = (r: ParentNode) => {
    for (const el of r.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return out;
}

// geo: links are built by <iom-centre-locator> from validated numbers, never from feed text.
const SAFE_LINK = /^(https?:|tel:|mailto:|#|\/|\.|[^:]*$|geo:-?\d+(\.\d+)?,-?\d+(\.\d+)?$)/i;
const DANGEROUS_TAGS = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'base', 'meta', 'form']);
const URL_ATTRS = new Set(['href', 'src', 'srcdoc', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'style', 'srcset']);

/**
 * Problems in a widget's rendered DOM: feed text turned into markup (elements a
 * payload would create, event-handler attributes, a payload inside a URL or
 * style attribute), links with a scheme other than http(s)/tel/mailto, and
 * bidi overrides that could reorder the host page's text.
 */
export function markupProblems(host: Element): string[] {
  const problems: string[] = [];
  const root = host.shadowRoot;
  if (!root) return [`<${host.localName}> has no shadow root`];
  for (const el of allElements(root)) {
    const tag = el.localName;
    if (DANGEROUS_TAGS.has(tag)) problems.push(`<${tag}> element in the shadow DOM`);
    for (const a of el.attributes) {
      if (a.name.startsWith('on')) problems.push(`<${tag} ${a.name}="${a.value.slice(0, 40)}">: an event-handler attribute`);
      if (URL_ATTRS.has(a.name) && /__iomTrap|evil\.example/.test(a.value)) problems.push(`<${tag} ${a.name}="${a.value.slice(0, 60)}">: feed text in a URL attribute`);
    }
    if ((tag === 'a' || tag === 'area') && el.hasAttribute('href') && !SAFE_LINK.test(el.getAttribute('href')!.trim())) {
      problems.push(`<${tag} href="${el.getAttribute('href')!.slice(0, 60)}">: not an http(s), tel or mailto link`);
    }
    if (tag === 'style' && /__iomTrap|evil\.example/.test(el.textContent ?? '')) problems.push('feed text inside a <style> element');
    if (tag === 'img' && el.getAttribute('src') === 'x') problems.push('an <img src=x> from a payload');
  }
  const text = root.textContent ?? '';
  if (/[\u202A-\u202E]/.test(text)) problems.push('a bidi embedding or override character (U+202A–U+202E) in the text');
  return problems;
}

/** Fails with every problem a guard saw (none from markup, page errors, trap or render guard). */
export function longTaskProblem(g: Guard): string | undefined {
  const worst = Math.max(0, ...g.longTasks);
  return LONGTASK_SUPPORTED && worst > LONGTASK_LIMIT ? `a long task of ${worst} ms (limit ${LONGTASK_LIMIT} ms); all: ${g.longTasks.join(', ')}` : undefined;
}

export function guardProblems(g: Guard, { longTasks = true } = {}): string[] {
  const p: string[] = [];
  if (g.trapCalls.length) p.push(`a payload ran: __iomTrap(${g.trapCalls.join(', ')})`);
  for (const e of g.pageErrors) p.push(`reached the page: ${e}`);
  for (const e of g.renderErrors) p.push(`render guard: ${e.slice(0, 300)}`);
  const slow = longTasks ? longTaskProblem(g) : undefined;
  if (slow) p.push(slow);
  if (({} as Record<string, unknown>).polluted !== undefined) p.push('Object.prototype was polluted');
  return p;
}
