// Leaflet's ES module build has the same API as the typed package entry.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
