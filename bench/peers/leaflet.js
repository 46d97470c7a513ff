// Leaflet 1.9 with one marker per centre and no tile layer: the least a partner
// would write instead of <iom-centre-locator>'s map (which also lists every centre).
import L from 'leaflet';
import { app, ka, loadFeed } from './common.js';

L.Icon.Default.imagePath = new URL('./images/', import.meta.url).href;
const feed = await loadFeed();
const map = L.map(app, { center: [42.2, 43.5], zoom: 7 });
for (const c of feed.centres) {
  if (c.location) L.marker([c.location.lat, c.location.lon], { title: ka(c.name), alt: ka(c.name) }).addTo(map);
}
