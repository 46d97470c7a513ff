import { css } from 'lit';

/**
 * The base every widget shares. `all: initial` cuts the host page's inherited
 * styles (fonts, colours, line height, letter spacing): a partner restyles us
 * through the `--iom-*` tokens and `::part()`s only. Private values are `--_*`.
 */
export const baseStyles = css`
  :host {
    display: block;
    /* Not paint containment: it would clip focus rings drawn just outside the edge. */
    contain: layout style;
    /* A page's "* { border: … !important }" reaches the host element; the
       shadow root's own !important wins there. (A frame: wrap the element.) */
    border: 0 !important;
    padding: 0 !important;
    box-shadow: none !important;
    --_font: var(--iom-font, system-ui, 'Noto Sans Georgian', 'Noto Sans', 'Noto Sans Armenian', 'Vazirmatn', 'Noto Naskh Arabic', sans-serif);
    --_text: var(--iom-color-text, #1b1f24);
    --_muted: var(--iom-color-muted, #4b5563);
    --_bg: var(--iom-color-bg, #fff);
    --_surface: var(--iom-color-surface, #f4f6fa);
    --_border: var(--iom-color-border, #d5dae1);
    --_accent: var(--iom-color-accent, #0033a0);
    --_on-accent: var(--iom-color-on-accent, #fff);
    --_danger: var(--iom-color-danger, #b42318);
    --_radius: var(--iom-radius, 8px);
    --_space: var(--iom-space, 16px);
    --_focus: var(--iom-color-focus, #0033a0);
  }
  /* The host page's rules reach the host element itself (even "* { … !important }"),
     and inherited properties would flow in from it: the wrapper starts afresh. */
  .root {
    all: initial;
    display: block;
    font-family: var(--_font);
    /* "medium" is the visitor's own default size: the host page's root size cannot change it. */
    font-size: var(--iom-font-size, medium);
    line-height: 1.5;
    color: var(--_text);
    /* Our own background under our own text colour: readable on a dark host page too. */
    background: var(--_bg);
    text-align: start;
    overflow-wrap: anywhere;
    -webkit-text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  *, *::before, *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  /* An old CMS page in quirks mode gives a table the page's colour and a medium
     font, not its parent's: ours follow the widget like everything else. */
  table {
    color: inherit;
    font: inherit;
    white-space: inherit;
    text-align: inherit;
  }
  h2, h3, h4, p, ul, ol, dl, dd {
    margin: 0;
    padding: 0;
  }
  ul, ol {
    list-style: none;
  }
  /* Firefox's and WebKit's li is text-align: match-parent: on a Persian page a
     Georgian entry went to the right there, to the left in Chromium. */
  li {
    text-align: inherit;
  }
  /* But a line of feed text in another script (a Georgian address in a
     Persian card) lines up with the card's labels, in every engine (Chromium
     needs the prefix, Firefox refuses it). */
  .name, .address, .notes, .services li, dd > div {
    text-align: -webkit-match-parent;
    text-align: match-parent;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  button {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5em 1.1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
    text-decoration: none;
  }
  .btn:hover {
    background: var(--_surface);
  }
  .link-btn {
    display: inline;
    min-height: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font-weight: 600;
    /* In a grid (an event's card) it is stretched: its words at the start, as a link's. */
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .muted {
    color: var(--_muted);
  }
  .sr-only {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .state {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.75em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .state.error {
    border-color: var(--_danger);
    border-inline-start-width: 6px;
  }
  .state strong {
    font-size: 1.1em;
  }
  .offline {
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    margin-block-end: 0.75em;
    padding: 0.5em 0.75em;
    border-radius: var(--_radius);
    background: #fff4ce;
    color: #3d2f00;
    font-size: 0.9em;
  }
  /* Still, not shimmering: a moving gradient repaints every frame for as long
     as a slow line takes, on a phone that has the feed to parse. */
  .skeleton {
    display: block;
    border-radius: 4px;
    background: #e8ebf0;
  }
  @media (forced-colors: active) {
    .btn, .state {
      border-color: ButtonText;
    }
  }
  /* On paper a button does nothing: what it would show or do is left out. */
  @media print {
    .btn, .link-btn {
      display: none !important;
    }
  }
`;
