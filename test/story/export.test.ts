import { test } from 'node:test';
import assert from 'node:assert/strict';
import { XMLParser } from 'fast-xml-parser';
import { csvCell, eventRows, toCsv, toGraphml } from '../../src/cli/export.js';
import type { Story } from '../../src/story/types.js';

const story: Story = {
  id: 's1', title: 'Kim & Putin <summit>', updated: '2023-09-13',
  documents: [{ id: 'd1', outlet: 'BBC', url: 'https://bbc.example/a' }, { id: 'd2', outlet: 'CNN' }],
  entities: [{ name: 'Kim Jong Un' }],
  events: [
    { id: 'ev2', type: 'MEET', participants: ['Kim Jong Un', 'Vladimir Putin'], places: ['Vostochny Cosmodrome'], documents: ['d1', 'd2'], certainty: 'CERTAIN', status: 'PAST', date: '2023-09-13', cameo: '036', independentSources: 1, lat: 51.88, lon: 128.33 },
    { id: 'ev1', type: 'TRAVEL', participants: ['=HYPERLINK("x")', 'Kim, "the leader"'], documents: ['d1'], certainty: 'PROBABLE', status: 'PAST', date: '2023-09-12' },
  ],
  facts: [], timeline: [],
};

test('CSV: one event a row, dated order, RFC 4180 quoting, no spreadsheet formulas', () => {
  const rows = eventRows([story]);
  assert.deepEqual(rows.map((r) => r.event), ['ev1', 'ev2']);
  assert.deepEqual(rows[1].urls, ['https://bbc.example/a']);
  assert.equal(rows[1].documents, 2);
  assert.equal(rows[1].independentSources, 1);
  const csv = toCsv(rows);
  const lines = csv.split('\r\n');
  assert.equal(lines[0], 'date,type,cameo,actor1,actor2,participants,place,lat,lon,certainty,status,documents,independentSources,urls,story,event,storyTitle');
  assert.ok(lines[1].includes(`'=HYPERLINK(""x"")`), lines[1]);
  assert.ok(lines[1].includes('"Kim, ""the leader"""'), lines[1]);
  assert.ok(lines[2].startsWith('2023-09-13,MEET,036,Kim Jong Un,Vladimir Putin,'));
  assert.ok(lines[2].includes(',51.88,128.33,'));
  assert.equal(csvCell(-3, false), '-3');
  assert.equal(csvCell('-3'), "'-3");
});

test('GraphML: well-formed, escaped, stories → events → entities', () => {
  const xml = toGraphml([story]);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml) as { graphml: { graph: { node: unknown[]; edge: unknown[] } } };
  assert.equal(doc.graphml.graph.node.length, 1 + 2 + 5); // story, 2 events, 5 entities
  assert.equal(doc.graphml.graph.edge.length, 2 + 3 + 2);
  assert.ok(xml.includes('Kim &amp; Putin &lt;summit&gt;'));
});
