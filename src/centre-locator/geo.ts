/** Distances on the globe, and where a point falls on the generated Georgia drawing. */
import { GEORGIA_BOX } from './georgia-outline.js';

/** The Earth's mean radius (IUGG), km. */
const R = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in km between two WGS 84 points (haversine). */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A point on the Georgia drawing as fractions (0–1) of its width and height; undefined outside it. */
export function projectToOutline(p: { lat: number; lon: number }): { x: number; y: number } | undefined {
  const { width, height, margin, west, north, scale, k } = GEORGIA_BOX;
  const x = (margin + (p.lon - west) * k * scale) / width;
  const y = (margin + (north - p.lat) * scale) / height;
  return x >= 0 && x <= 1 && y >= 0 && y <= 1 ? { x, y } : undefined;
}
