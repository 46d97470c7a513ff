import { css } from 'lit';

export const hotlineBannerStyles = css`
  /* Sticky in the page's flow: the banner keeps its own space where it stands
     (first in <body> for top, last for bottom), and the page's scroll-padding
     (reserve.ts) keeps focused elements clear of it once the page scrolls. */
  :host([placement=top]),
  :host([placement=bottom]) {
    position: sticky;
    z-index: 2147483000;
    box-shadow: 0 2px 10px rgb(0 0 0 / 0.18);
  }
  :host([placement=top]) {
    top: 0;
  }
  :host([placement=bottom]) {
    bottom: 0;
  }
  .banner.stuck {
    padding-block-start: 0;
    /* A phone is short: the banner never takes more than half of it (35% on a
       small screen: a 360×740 phone keeps 480 px of page), and what does not
       fit scrolls inside, under the exit button, which stays in sight. */
    max-height: var(--_cap, 50vh);
    overflow-y: auto;
    border-radius: 0;
    /* A shadow at the bottom edge while more lies below (the number of a third
       hotline, say), covered once scrolled to the end: the cover scrolls with
       the content, the shadow stays on the box. */
    background:
      linear-gradient(transparent, var(--_surface) 70%) bottom / 100% 2.5em no-repeat local,
      radial-gradient(farthest-side at 50% 100%, rgb(0 0 0 / 0.28), transparent) bottom / 100% 0.9em no-repeat scroll,
      var(--_surface);
  }
  .banner.stuck > * {
    flex: none;
  }
  .banner.stuck > :first-child {
    padding-block-start: calc(var(--_space) * 0.75);
  }
  .stuck .bar {
    position: sticky;
    top: 0;
    z-index: 1;
    /* Its own room below, so text scrolling under it never touches the last line. */
    padding-block-end: calc(var(--_space) * 0.5);
    margin-block-end: calc(var(--_space) * -0.5);
    background: var(--_surface);
  }
  /* Too short a window for anything to stay put (a page at 400 % zoom, a phone
     on its side): the exit bar alone would fill the capped banner and hide every
     number under it. The banner then stands in the page's flow, whole, and
     scrolls away with it; the Shift shortcut still works from anywhere. */
  @media (max-height: 30em) {
    :host([placement]) {
      position: static;
    }
    .banner.stuck {
      max-height: none;
      overflow: visible;
    }
    .stuck .bar {
      position: static;
    }
  }
  @media (max-width: 40em), (max-height: 40em) {
    :host {
      --_cap: 35vh;
    }
    /* The number before the message. Nothing is hidden: every language stays one tap away. */
    .stuck .message {
      order: 1;
    }
  }
  .banner {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-inline-start: 6px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .bar {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
  }
  .languages {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.15em 0.35em;
    font-size: 0.875em;
  }
  /* Icons in em: they grow with enlarged text, and never shrink beside a number that wraps. */
  .globe {
    flex: none;
    width: 1.3em;
    height: 1.3em;
    color: var(--_muted);
  }
  .lang {
    min-height: 24px;
    min-width: 24px;
    padding: 0.1em 0.45em;
    border: 1px solid transparent;
    border-radius: 4px;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .lang[aria-pressed=true] {
    border-color: var(--_accent);
    background: var(--_bg);
    color: var(--_text);
    font-weight: 700;
    text-decoration: none;
  }
  .dismiss {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 44px;
    height: 44px;
    margin-block: -0.25em;
    margin-inline: auto -0.5em;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: none;
    color: var(--_muted);
    cursor: pointer;
  }
  .dismiss:hover {
    background: var(--_bg);
    color: var(--_text);
  }
  /* Tracks never wider than the banner: a long number must not push every line past its edge. */
  .lines {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }
  .line {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.35em;
  }
  /* A message in another direction than the page's (a Persian one on a
     Georgian page) starts on its own side: its lines would otherwise begin
     ragged, on the side a reader's eye goes back to. */
  .message {
    font-size: 1.05em;
    font-weight: 700;
    line-height: 1.4;
  }
  .contact {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }
  .name {
    font-weight: 600;
  }
  /* The partner's own number (<a href="tel:112">) looks like ours while ours comes, or if it cannot. */
  .phone,
  ::slotted(a[href^='tel:']) {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    max-width: 100%;
    min-height: 44px;
    font-size: 1.35em;
    font-weight: 700;
  }
  /* One line when it fits; with text enlarged on a phone, the number wraps
     between its groups rather than running off the screen. */
  .number {
    min-width: 0;
  }
  .phone svg {
    flex: none;
    width: 1em;
    height: 1em;
  }
  /* Each fact starts with its dot; the list is shifted back by one dot's width
     and the wrapper clips it, so the dot of whichever fact starts a line is
     hidden: no line starts or ends with a stray dot, whatever wraps where. */
  .facts-wrap {
    overflow: hidden;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    row-gap: 0.25em;
    margin-inline-start: -1.25em;
    color: var(--_muted);
    font-size: 0.9em;
  }
  /* The dot hangs before the fact: a fact that wraps (long hours, many
     languages) starts its next lines after it, not in the clipped margin. */
  .facts li {
    padding-inline-start: 1.25em;
  }
  .facts li::before {
    content: '·';
    content: '·' / '';
    display: inline-block;
    width: 1.25em;
    margin-inline-start: -1.25em;
    text-align: center;
  }
  .none {
    color: var(--_muted);
  }
  .exit {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em 1em;
    flex: 1;
  }
  .exit-btn {
    min-height: 44px;
    padding: 0.5em 1.2em;
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_danger);
    /* A dark site's light danger colour takes dark words (white on it was 2.8:1). */
    color: var(--iom-color-on-danger, #fff);
    font-weight: 700;
    cursor: pointer;
  }
  .exit-btn:hover {
    filter: brightness(0.85);
  }
  .hint {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em;
    color: var(--_muted);
    font-size: 0.9em;
  }
  kbd {
    display: inline-block;
    padding: 0 0.4em;
    border: 1px solid var(--_border);
    border-block-end-width: 2px;
    border-radius: 4px;
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    direction: ltr;
    unicode-bidi: isolate;
  }
  .pips {
    display: inline-flex;
    gap: 3px;
  }
  .pips i {
    width: 0.55em;
    height: 0.55em;
    border: 1.5px solid var(--_danger);
    border-radius: 50%;
  }
  .pips i.on {
    background: var(--_danger);
  }
  /* On paper: the hotlines, without the exit, the dismissal or the language buttons. */
  @media print {
    .bar, .dismiss, .languages {
      display: none !important;
    }
  }
  /* A touch screen has no Shift key (an on-screen keyboard's does not count). */
  @media (hover: none) and (pointer: coarse) {
    .hint {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .exit-btn,
    .lang[aria-pressed=true] {
      border-color: ButtonText;
    }
    /* Every button has a border here: the language in force in system colours. */
    .lang[aria-pressed=true] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      outline-color: CanvasText;
    }
    .pips i.on {
      background: Highlight;
    }
  }
  /* Skeleton sizes as classes: a strict CSP (style-src 'self') blocks inline style attributes. */
  .pending {
    min-height: 6.5em;
  }
  .sk-line {
    width: 70%;
    height: 1.2em;
  }
  .sk-facts {
    width: 12em;
    height: 1em;
    margin-block: 0.175em;
  }
  .sk-button {
    width: 10em;
    height: 2em;
    margin-top: 0.6em;
  }
`;
