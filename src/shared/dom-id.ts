/**
 * A DOM id for a feed id: feed ids may hold spaces or any character, which an
 * `id` or an `aria-describedby` list cannot. Letters, digits and "-" stay as
 * they are; every other character becomes `_<hex>_`, so two feed ids never
 * share a DOM id.
 */
export const domId = (id: string) => id.replace(/[^A-Za-z0-9-]/gu, (c) => `_${c.codePointAt(0)!.toString(16)}_`);
