import { css } from 'lit';

/**
 * For the widgets whose .root is a size container (for their container
 * queries), which has no width of its own: the widths a box of text would
 * have. Up to 30em where the page lets the widget choose (a float, a flex
 * row), down to 3em where the page must shrink it (a phone's grid column, a
 * table cell): never pushing the page wider than the screen. An invisible
 * line of ten em spaces, each a place to break, spaced to 3em.
 */
export const sizeContainerStyles = css`
  .root {
    container-type: inline-size;
  }
  :host::before {
    content: '\u2003\u2003\u2003\u2003\u2003\u2003\u2003\u2003\u2003\u2003';
    display: block;
    height: 0;
    overflow: hidden;
    overflow-wrap: anywhere;
    letter-spacing: 2em;
    font-size: var(--iom-font-size, medium);
  }
`;
