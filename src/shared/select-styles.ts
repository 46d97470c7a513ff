import { css } from 'lit';

/**
 * The filters (locator and calendar): one look in both widgets and every
 * engine. The box's border at 7:1 on white (WCAG 1.4.11 asks 3:1 of a
 * control's edge; the calendar's light grey had 1.4:1).
 */
export const selectStyles = css`
  label {
    font-size: 0.9em;
    font-weight: 600;
  }
  input,
  select {
    font: inherit;
    /* Not rem: the host page's root size must not reach us. 16px stops iOS zooming on focus. */
    font-size: max(1em, 16px);
    font-weight: 400;
    color: inherit;
    min-height: 44px;
    width: 100%;
    min-width: 0;
    padding-block: 0.4em;
    padding-inline-start: 0.6em;
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) / 2);
  }
  /* WebKit kept its grey GTK box:
     the arrow is a gradient (a strict img-src allows it), a wedge from the
     bottom middle of its box. */
  select {
    appearance: none;
    padding-inline-end: 2.2em;
    background: conic-gradient(from -35deg at 50% 100%, currentColor 70deg, transparent 0) right 0.8em center / 0.8em 0.5em no-repeat, var(--_bg);
  }
  [dir=rtl] select {
    background-position: left 0.8em center;
  }
  @media (forced-colors: active) {
    select {
      appearance: auto;
    }
  }
`;
