import { css } from 'lit';

export const newsFeedStyles = css`
  .feed {
    display: grid;
    gap: var(--_space);
  }
  .item {
    display: grid;
    /* minmax(0, …): a track never grows to fit a long unbreakable line (an image's alt text). */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  /* A long list paints its first screens first: articles after the first
     twenty skip style, layout and paint until they come near; they stay in
     the accessibility tree and in find-in-page, and their size is remembered
     once seen. (On the first page it would only add a step; and the first
     pages of "show more" are whole in a full-page screenshot or a print
     preview, where skipped boxes come out blank.) */
  .item:nth-child(n + 21) {
    content-visibility: auto;
    contain-intrinsic-size: auto 12em;
  }
  @container (min-width: 560px) {
    .item:has(.image:not([hidden])) {
      grid-template-columns: minmax(140px, 30%) minmax(0, 1fr);
    }
  }
  .image {
    display: block;
    width: 100%;
    overflow: hidden;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
  }
  .text {
    display: flex;
    flex-direction: column;
    gap: 0.4em;
    min-width: 0;
  }
  .date {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .title {
    font-size: 1.2em;
    line-height: 1.35;
  }
  .summary {
    color: var(--_text);
  }
  .body {
    display: grid;
    gap: 0.75em;
    padding-block-start: 0.25em;
  }
  .body p {
    white-space: pre-line;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1.25em;
    margin-block-start: 0.25em;
  }
  .actions a,
  .actions .link-btn {
    display: inline-flex;
    align-items: center;
    min-height: 24px;
    font-weight: 600;
  }
  .more {
    margin-block-start: var(--_space);
    width: 100%;
  }
  /* No inline style attributes anywhere: a strict CSP (style-src 'self') blocks them. */
  .placeholder .text {
    gap: 0.5em;
    min-height: 13em;
  }
  /* A card's words take more lines in a narrow column: its placeholder too (a
     Georgian card is twice as tall on a phone). */
  @container (max-width: 26em) {
    .placeholder .text {
      min-height: 25em;
    }
  }
  .s-date {
    width: 8em;
    height: 1em;
  }
  .s-title {
    width: 90%;
    height: 1.4em;
  }
  .s-line {
    height: 1em;
  }
  .s-line.short {
    width: 70%;
  }
`;
