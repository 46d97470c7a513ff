import { css } from 'lit';

export const eventCalendarStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em 1.25em;
    margin-block-end: var(--_space);
  }
  .nav {
    display: flex;
    align-items: center;
    gap: 0.5em;
    flex: 1 1 auto;
  }
  .heading {
    /* Steady arrows from month to month; with text enlarged on a phone, the arrows keep their room. */
    min-width: min(8.5em, 50%);
    text-align: center;
    font-size: 1.3em;
    line-height: 1.3;
  }
  .btn.icon {
    padding: 0;
    font-size: 1.4em;
    line-height: 1;
  }
  .views {
    display: flex;
    margin-inline-start: auto;
  }
  .views .btn {
    min-height: 36px;
    border-radius: 0;
  }
  .views .btn:first-child {
    border-start-start-radius: var(--_radius);
    border-end-start-radius: var(--_radius);
  }
  .views .btn:last-child {
    border-start-end-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
    margin-inline-start: -2px;
  }
  .views .btn[aria-pressed=true] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em 1em;
    width: 100%;
  }
  .filters label {
    display: grid;
    gap: 0.25em;
    flex: 0 1 16em;
    min-width: 8em;
  }
  .ics-failed {
    flex-basis: 100%;
    color: var(--_danger);
  }
  .grid {
    width: 100%;
    table-layout: fixed;
    border-collapse: collapse;
    margin-block-start: var(--_space);
  }
  th {
    padding: 0.25em;
    font-size: 0.8em;
    font-weight: 600;
    color: var(--_muted);
    text-align: center;
    overflow-wrap: normal;
  }
  .wd.n {
    display: none;
  }
  .day {
    height: 6.5em;
    padding: 0.25em;
    vertical-align: top;
    border: 1px solid var(--_border);
    cursor: pointer;
    overflow: hidden;
  }
  .day:hover {
    background: var(--_surface);
  }
  .day.outside {
    background: var(--_surface);
    color: var(--_muted);
  }
  /* Inset from the open day's ring: focus on the open day shows as a second ring. */
  .day:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -7px;
  }
  /* The open day is tinted, the focused one ringed: beside each other they must not look alike. */
  .day[aria-selected=true] {
    background: color-mix(in srgb, var(--_accent) 8%, var(--_bg));
    box-shadow: inset 0 0 0 2px var(--_accent);
  }
  .num {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 1.8em;
    height: 1.8em;
    border-radius: 50%;
    font-size: 0.9em;
    font-weight: 600;
  }
  .today .num {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .chips {
    display: grid;
    gap: 2px;
    font-size: 0.78em;
    line-height: 1.3;
  }
  .chip {
    padding: 1px 4px;
    border-radius: 3px;
    background: color-mix(in srgb, var(--_accent) 12%, var(--_bg));
    border-inline-start: 3px solid var(--_accent);
    /* Two lines, not one: Georgian titles are long words, and one line told two trainings apart by their first word only. */
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  .chip.cont {
    border-start-start-radius: 0;
    border-end-start-radius: 0;
  }
  .chip.cancelled {
    text-decoration: line-through;
    border-inline-start-color: var(--_danger);
    background: var(--_surface);
  }
  .time {
    font-weight: 700;
  }
  .more {
    color: var(--_muted);
    font-weight: 600;
    padding-inline-start: 4px;
  }
  @container (max-width: 540px) {
    /* Wide enough for "ყველა ქალაქი" in full: on a phone the filters stack. */
    .filters label {
      flex: 1 1 13em;
    }
    .nav {
      justify-content: space-between;
      width: 100%;
    }
    .views {
      margin-inline-start: 0;
    }
    .day {
      height: 4.5em;
      padding: 2px;
      text-align: center;
    }
    .num {
      font-size: 0.85em;
    }
    .wd {
      display: none;
    }
    .wd.n {
      display: inline;
    }
    /* Too narrow for titles: a bar per event, the count, and the details on Enter. */
    .chip {
      height: 5px;
      padding: 0;
      font-size: 0;
      border: 0;
      background: var(--_accent);
    }
    /* Hollow, not only another colour: told apart in greyscale and by colour-blind eyes too. */
    .chip.cancelled {
      border: 1px solid var(--_danger);
      background: none;
    }
    .more {
      padding: 0;
      font-size: 0.9em;
    }
    .heading {
      font-size: 1.15em;
    }
  }
  .dayview {
    margin-block-start: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .dayview h3,
  .date-h {
    font-size: 1.05em;
    margin-block-end: 0.5em;
  }
  h3[tabindex]:focus-visible {
    outline-offset: 4px;
  }
  .agenda {
    display: grid;
    gap: calc(var(--_space) * 1.25);
  }
  .more-events {
    width: 100%;
    margin-block-start: var(--_space);
  }
  .earlier,
  .earlier[open] summary {
    margin-block-end: var(--_space);
  }
  .earlier summary {
    min-height: 24px;
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }
  .events {
    display: grid;
    gap: 0.75em;
  }
  .event {
    display: grid;
    gap: 0.35em;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
    border-inline-start: 4px solid var(--_accent);
  }
  .event.cancelled {
    border-inline-start-color: var(--_danger);
  }
  .event.past {
    border-inline-start-color: var(--_border);
  }
  .title {
    font-size: 1.1em;
    line-height: 1.35;
  }
  .badge {
    display: inline-block;
    padding: 0 0.5em;
    border-radius: 999px;
    background: var(--_danger);
    color: #fff;
    font-size: 0.8125em;
    vertical-align: middle;
  }
  .badge.ended {
    background: var(--_muted);
  }
  .when {
    font-weight: 600;
  }
  .zone {
    font-weight: 400;
    color: var(--_muted);
  }
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 0.5em;
  }
  .facts > div {
    display: contents;
  }
  dt {
    color: var(--_muted);
  }
  dt::after {
    content: ':';
  }
  .desc {
    white-space: pre-line;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.25em;
  }
  .actions a,
  .facts a {
    display: inline-flex;
    align-items: center;
    min-height: 24px;
    font-weight: 600;
  }
  .empty {
    margin-block-start: var(--_space);
  }
  @media (forced-colors: active) {
    .chip,
    .today .num {
      border: 1px solid CanvasText;
    }
    /* Backgrounds and shadows are dropped in forced colours: the view in force and the open day in system colours. */
    .views .btn[aria-pressed=true] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      outline-color: CanvasText;
    }
    /* Every bar is hollow here: the cancelled one dashed. */
    .chip.cancelled {
      border-style: dashed;
    }
    .day.outside {
      color: GrayText;
    }
    .day[aria-selected=true]:not(:focus-visible) {
      outline: 2px dashed Highlight;
      outline-offset: -2px;
    }
  }
  @container (max-width: 540px) {
    .facts {
      grid-template-columns: 1fr;
    }
    .dayview {
      padding: 0;
      border: 0;
    }
    .event {
      padding: 0.75em;
    }
  }
  /* Skeleton sizes as classes: a strict CSP (style-src 'self') blocks inline style attributes. */
  .sk-heading {
    width: 12em;
    height: 1.6em;
  }
  /* About a month's height: the page below does not jump when the events come. */
  .sk-grid {
    width: 100%;
    height: 40em;
    margin-top: 1em;
  }
`;
