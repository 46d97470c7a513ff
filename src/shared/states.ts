/**
 * The states every widget shares: error with a retry, the offline note, and a
 * render guard so that no error of ours ever reaches the host page.
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { FeedError } from '../feed/errors.js';
import { formatDate, formatTime } from '../i18n/dates.js';
import type { LocaleController } from '../i18n/locale.js';

/**
 * Renders `fn` in the element's language, inside a wrapper that carries that
 * language and direction. If rendering throws (a bug of ours, a feed we did not
 * foresee) the element shows a quiet notice instead of breaking the page.
 */
export function safeRender(host: HTMLElement, locale: LocaleController, fn: () => unknown): TemplateResult {
  let content: unknown;
  try {
    content = locale.run(fn);
  } catch (e) {
    console.error(`iom-widgets: <${host.localName}> could not render.`, e);
    content = locale.run(() => html`<div class="state error" role="status">${msg('This content is not available right now.')}</div>`);
  }
  // (tabindex -1: where focus goes when the control that had it is replaced, fallback-focus.ts.)
  return html`<div class="root" tabindex="-1" lang=${locale.tag} dir=${locale.dir}>${content}</div>`;
}

/**
 * Whether the partner wrote fallback content inside the element (shown before
 * the script runs, and while the feed is on its way or has failed): elements
 * and words, not comments (a CMS's <!-- news -->, or a framework's markers).
 */
export function hasFallback(host: Element): boolean {
  // (1: Node.ELEMENT_NODE, 3: Node.TEXT_NODE.)
  return [...host.childNodes].some((n) => n.nodeType === 1 || (n.nodeType === 3 && n.textContent!.trim()));
}

/** The partner's fallback, else the widget's own placeholder (an error, "none yet"). */
export const fallbackOr = <T>(host: Element, placeholder: () => T): T | TemplateResult => (hasFallback(host) ? html`<slot></slot>` : placeholder());

/**
 * While the feed is on its way: the partner's fallback, useful at once, and
 * below it the placeholder, about as tall as what comes. The fallback alone
 * (a one-line link) grew into a page of news and pushed the rest of a phone's
 * page a screen down.
 */
export const pendingOr = (host: Element, placeholder: () => unknown): unknown => (hasFallback(host) ? html`<slot></slot>${placeholder()}` : placeholder());

/** What went wrong, in words a visitor can act on. */
export function errorReason(error: FeedError): string {
  switch (error.code) {
    case 'network':
    case 'timeout':
      return msg('Check your internet connection and try again.');
    case 'http':
      return msg('The source of this information is not available right now.');
    case 'no-source':
      return msg('This widget has no feed address. The site editor needs to set one.');
    default:
      return msg('The source of this information has a problem. The site editor has been told in the browser console.');
  }
}

export function renderError(title: string, error: FeedError, retry: () => void): TemplateResult {
  return html`<div class="state error" role="status">
    <strong>${title}</strong>
    <span>${errorReason(error)}</span>
    ${error.code === 'no-source'
      ? ''
      : html`<button part="button" class="btn" @click=${retry}>${msg('Try again')}</button>`}
  </div>`;
}

/**
 * The note above content shown from the last good copy: "Offline" while the
 * network fails; when the server answers with an error or a broken document,
 * the visitor is online and is told the copy may be out of date.
 */
export function renderOffline({ fetchedAt, offline }: { fetchedAt: number; offline?: FeedError }, lang: string, retry: () => void): TemplateResult {
  const at = new Date(fetchedAt);
  const when = `${formatDate(at, lang, { day: 'numeric', month: 'long', year: 'numeric' })} ${formatTime(at, lang)}`;
  return html`<div class="offline" role="status">
    <span>${offline?.code === 'network' || offline?.code === 'timeout' ? msg(str`Offline — updated ${when}`) : msg(str`May be out of date — updated ${when}`)}</span>
    <button part="button" class="link-btn" @click=${retry}>${msg('Try again')}</button>
  </div>`;
}
