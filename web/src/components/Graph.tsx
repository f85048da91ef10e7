import { useEffect, useRef } from 'react';
import cytoscape from 'cytoscape';
import type { EntityDetail } from '../api.js';
import { href } from '../router.js';

/** Related entities and events of one entity, as a cytoscape graph (canvas; no inline scripts or styles). */
export function Graph({ detail }: { detail: EntityDetail }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const me = detail.entity;
    const nodes: cytoscape.ElementDefinition[] = [{ data: { id: me.key, label: me.name, kind: 'self' } }];
    const edges: cytoscape.ElementDefinition[] = [];
    for (const r of (detail.related ?? []).slice(0, 25)) {
      nodes.push({ data: { id: r.key, label: r.name, kind: 'entity' } });
      edges.push({ data: { id: `e-${r.key}`, source: me.key, target: r.key, weight: r.weight } });
    }
    const types = new Map<string, number>();
    for (const ev of detail.events) types.set(ev.type, (types.get(ev.type) ?? 0) + 1);
    for (const [t, n] of types) {
      nodes.push({ data: { id: `ev:${t}`, label: `${t} ×${n}`, kind: 'event' } });
      edges.push({ data: { id: `ee-${t}`, source: me.key, target: `ev:${t}`, weight: n } });
    }
    const cy = cytoscape({
      container: ref.current,
      elements: [...nodes, ...edges],
      layout: { name: 'cose', animate: false },
      style: [
        { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'background-color': '#5b7db1', color: '#1b2430', width: 16, height: 16 } },
        { selector: 'node[kind = "self"]', style: { 'background-color': '#c0392b', width: 24, height: 24 } },
        { selector: 'node[kind = "event"]', style: { shape: 'round-rectangle', 'background-color': '#e5a50a' } },
        { selector: 'edge', style: { width: 1.5, 'line-color': '#aab4c3' } },
      ],
    });
    cy.on('tap', 'node[kind = "entity"]', (e) => { location.hash = href.entity(e.target.id()); });
    return () => cy.destroy();
  }, [detail]);
  return <div className="graph" ref={ref} data-testid="graph" />;
}
