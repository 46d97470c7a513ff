import { css } from 'lit';

/** The filters' select boxes (locator and calendar): one look in every engine. */
export const selectStyles = css`
  /* WebKit kept its grey GTK box:
     the arrow is a gradient (a strict img-src allows it), a wedge from the
     bottom middle of its box. */
  select {
    appearance: none;
    padding-inline-end: 2.2em;
    background: conic-gradient(from -35deg at 50% 100%, currentColor 70deg, transparent 0) right 0.8em center / 0.8em 0.5em no-repeat, var(--_bg);
  }
  [dir='rtl'] select {
    background-position: left 0.8em center;
  }
  @media (forced-colors: active) {
    select {
      appearance: auto;
    }
  }
`;
