import { geoNaturalEarth1, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';

export interface MapPoint { name: string; lat: number; lon: number; detail?: string }

// Country shapes are bundled (Natural Earth via world-atlas): no tiles, works offline.
const topo = world as unknown as Topology<{ countries: GeometryCollection }>;
const countries = feature(topo, topo.objects.countries) as unknown as GeoPermissibleObjects;

/** An offline map of the places involved; zooms to the points when they are close together. */
export function WorldMap({ points }: { points: MapPoint[] }) {
  const W = 900, H = 460;
  const projection = geoNaturalEarth1();
  if (points.length) {
    const fc = { type: 'MultiPoint', coordinates: points.map((p) => [p.lon, p.lat]) } as GeoPermissibleObjects;
    projection.fitExtent([[60, 60], [W - 60, H - 60]], fc);
    // never zoom in closer than a regional view
    const k = Math.min(projection.scale(), 1400);
    projection.scale(k);
    const c = points.reduce((a, p) => [a[0] + p.lon / points.length, a[1] + p.lat / points.length], [0, 0]);
    projection.center([0, 0]).rotate([-c[0], 0]).translate([W / 2, H / 2]);
    const [, cy] = projection([c[0], c[1]]) ?? [W / 2, H / 2];
    projection.translate([W / 2, H / 2 + (H / 2 - cy)]);
  } else projection.fitSize([W, H], countries);
  const path = geoPath(projection);
  return (
    <svg className="map" viewBox={`0 0 ${W} ${H}`} role="img" aria-label="Map of places" data-testid="map">
      <rect width={W} height={H} className="sea" />
      <path d={path(countries) ?? ''} className="land" />
      {points.map((p, i) => {
        const xy = projection([p.lon, p.lat]);
        if (!xy) return null;
        return (
          <g key={`${p.name}-${i}`} className="place">
            <circle cx={xy[0]} cy={xy[1]} r={5}><title>{p.detail ?? p.name}</title></circle>
            <text x={xy[0] + 8} y={xy[1] - 6}>{p.name}</text>
          </g>
        );
      })}
    </svg>
  );
}
