import { nothing } from 'lit';

/**
 * The `aria-level` of a heading `depth` levels below the widget's top ones,
 * from its `heading-level` attribute (1–6), so a partner can fit the widget
 * into the page's outline; `nothing` keeps the tag's own level.
 */
export const ariaLevel = (top: number | undefined, depth = 0) =>
  top! >= 1 && top! <= 6 ? Math.min(6, Math.floor(top!) + depth) : nothing;
