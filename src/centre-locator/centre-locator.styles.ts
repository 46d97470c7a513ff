import { css } from 'lit';

export const centreLocatorStyles = css`
  :host {
    --_open: var(--iom-color-open, #146c2e);
  }
  .locator {
    display: grid;
    /* Never wider than the widget, whatever a control's own width (see .field). */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.75em 1em;
  }
  .field {
    display: grid;
    gap: 0.25em;
    /* Wide enough for "ყველა მომსახურება" in full: on a phone the filters stack. */
    flex: 1 1 14em;
    /* A long option or label (Azerbaijani under a visitor's text spacing) wraps or clips, never pushes past the edge. */
    min-width: 0;
    grid-template-columns: minmax(0, 1fr);
  }
  .field.search {
    flex: 2 1 16em;
  }
  input {
    padding-inline-end: 0.6em;
    background: var(--_bg);
  }
  .near[aria-disabled=true] {
    cursor: progress;
    opacity: 0.8;
  }
  .geo-note:empty {
    display: none;
  }
  .geo-note {
    padding: 0.5em 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .geo-note.problem {
    border-inline-start: 4px solid var(--_danger);
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    align-items: start;
  }
  @container (min-width: 760px) {
    .layout:not(.no-map) {
      grid-template-columns: minmax(260px, 2fr) 3fr;
    }
    .map {
      position: sticky;
      top: var(--_space);
    }
  }
  .map {
    position: relative;
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow: hidden;
  }
  .map svg {
    display: block;
    width: 100%;
    height: auto;
  }
  .land {
    fill: #dfe6ee;
    stroke: #8a97a8;
    stroke-width: 1;
    stroke-linejoin: round;
  }
  .pin {
    position: absolute;
    width: 28px;
    height: 28px;
    margin: -28px 0 0 -14px;
    padding: 0;
    border: 0;
    background: none;
    cursor: pointer;
  }
  .pin::before {
    content: '';
    position: absolute;
    inset: 3px 5px 7px;
    border-radius: 50% 50% 50% 0;
    transform: rotate(-45deg);
    background: var(--_accent);
    border: 2px solid var(--_bg);
    box-shadow: 0 1px 2px rgb(0 0 0 / 0.35);
  }
  .pin.picked::before {
    background: var(--_danger);
  }
  .tiles {
    height: 320px;
  }
  .tile-host {
    height: 100%;
  }
  .list {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }
  .centre {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  /* Entries after the first page of 20 skip style, layout and paint until they come near (see news-feed.styles.ts). */
  .centre:nth-child(n + 21) {
    content-visibility: auto;
    contain-intrinsic-size: auto 14em;
  }
  .centre.picked {
    border-color: var(--_accent);
    box-shadow: 0 0 0 1px var(--_accent);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0.25em 1em;
  }
  .name {
    font-size: 1.15em;
    line-height: 1.35;
  }
  .distance {
    color: var(--_muted);
    font-weight: 600;
    white-space: nowrap;
  }
  .status {
    font-weight: 700;
    color: var(--_muted);
  }
  .status::before {
    content: '';
    display: inline-block;
    width: 0.6em;
    height: 0.6em;
    margin-inline-end: 0.4em;
    border-radius: 50%;
    background: currentColor;
  }
  .status.open {
    color: var(--_open);
  }
  .status.closing {
    color: #8a4b00;
  }
  .contacts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
  }
  .contacts a,
  .directions a {
    display: inline-flex;
    align-items: center;
    min-height: 24px;
    font-weight: 600;
  }
  .label {
    color: var(--_muted);
  }
  .notes {
    color: var(--_muted);
    font-size: 0.95em;
  }
  .hours {
    justify-self: start;
    border-collapse: collapse;
    font-size: 0.95em;
  }
  .hours caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.2em;
  }
  .hours th,
  .hours td {
    padding: 0.1em 0;
    text-align: start;
    font-weight: 400;
  }
  /* Two ranges on a phone wrap between them, never inside one ("14:00–" / "18:00"). */
  .hours .range {
    white-space: nowrap;
  }
  .hours th {
    padding-inline-end: 1.5em;
    white-space: nowrap;
    vertical-align: top;
  }
  .hours td {
    overflow-wrap: normal;
  }
  /* Text enlarged on a phone (200 %: 20em is wider than the widget): a day's
     name and its hours no longer fit side by side, so each day takes two lines. */
  @container (max-width: 20em) {
    .hours tr {
      display: grid;
    }
    .hours th {
      padding-inline-end: 0;
    }
    .hours td {
      padding-inline-start: 1em;
    }
  }
  .hours .today th,
  .hours .today td {
    font-weight: 700;
  }
  .services summary {
    display: inline-flex;
    align-items: center;
    min-height: 24px;
    cursor: pointer;
    color: var(--_accent);
    font-weight: 600;
  }
  .services ul {
    list-style: disc;
    padding-inline-start: 1.25em;
    padding-block-start: 0.25em;
  }
  .directions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
  }
  .more {
    width: 100%;
    margin-block-start: var(--_space);
  }
  .placeholder {
    gap: 0;
    min-height: 15em;
    align-content: start;
  }
  /* The filters' height as they wrap: one row and the "Nearest" button, then one field a row, then long labels on two lines. */
  .sk-controls {
    height: 8em;
  }
  @container (max-width: 40em) {
    .sk-controls {
      height: 13em;
    }
  }
  @container (max-width: 26em) {
    .sk-controls {
      height: 18em;
    }
  }
  @media (forced-colors: active) {
    /* SVG colours are not forced: the land in system colours, under the LinkText pins. */
    .land {
      fill: Canvas;
      stroke: CanvasText;
    }
    .pin::before {
      background: LinkText;
    }
    /* The status's dot would take the background's colour and vanish. */
    .status::before {
      background: CanvasText;
    }
  }
  /* Skeleton sizes as classes: a strict CSP (style-src 'self') blocks inline style attributes. */
  .sk-title {
    width: 60%;
    height: 1.4em;
  }
  .sk-line {
    width: 40%;
    height: 1em;
    margin-top: 0.5em;
  }
  .sk-line.long {
    width: 80%;
  }
`;
