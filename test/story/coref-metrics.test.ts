import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readEcbDoc, score, stem } from '../../eval/scorers/ecbplus.js';

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-3, `${a} ≠ ${b}`);

test('MUC, B³ and CEAF-e on a hand-computed example', () => {
  const gold: Record<string, string> = { a: 'K1', b: 'K1', c: 'K1', d: 'K2', e: 'K2' };
  const sys: Record<string, string> = { a: 'R1', b: 'R1', c: 'R2', d: 'R2', e: 'R2' };
  const s = score(Object.keys(gold), (m) => gold[m], (m) => sys[m]);
  close(s.muc[0], 2 / 3); close(s.muc[1], 2 / 3);
  close(s.b3[0], 11 / 15); close(s.b3[1], 11 / 15);
  close(s.ceafe[0], 0.8); close(s.ceafe[1], 0.8);
  close(s.conll, (2 / 3 + 11 / 15 + 0.8) / 3);
  const perfect = score(Object.keys(gold), (m) => gold[m], (m) => gold[m]);
  close(perfect.conll, 1);
});

test('ECB+ reader: tokens, action mentions, cross- and intra-document clusters, selected sentences', () => {
  const xml = `<Document doc_name="1_1ecb.xml">
<token t_id="1" sentence="0" number="0">Lohan</token>
<token t_id="2" sentence="0" number="1">checked</token>
<token t_id="3" sentence="0" number="2">into</token>
<token t_id="4" sentence="1" number="0">She</token>
<token t_id="5" sentence="1" number="1">entered</token>
<token t_id="6" sentence="2" number="0">rehab</token>
<Markables>
<ACTION_OCCURRENCE m_id="10"  >
  <token_anchor t_id="2"/>
  <token_anchor t_id="3"/>
</ACTION_OCCURRENCE>
<ACTION_OCCURRENCE m_id="11"  >
  <token_anchor t_id="5"/>
</ACTION_OCCURRENCE>
<HUMAN_PART_PER m_id="12"  >
  <token_anchor t_id="1"/>
</HUMAN_PART_PER>
<ACTION_OCCURRENCE m_id="13"  >
  <token_anchor t_id="6"/>
</ACTION_OCCURRENCE>
<ACTION_OCCURRENCE m_id="20" RELATED_TO="" TAG_DESCRIPTOR="t1_checkin" instance_id="ACT1" />
</Markables>
<Relations>
<CROSS_DOC_COREF r_id="1" note="ACT1" >
  <source m_id="10" />
  <source m_id="11" />
  <target m_id="20" />
</CROSS_DOC_COREF>
</Relations>
</Document>`;
  const d = readEcbDoc(xml, '1_1ecb.xml', new Set(['1|1ecb|0', '1|1ecb|1']));
  assert.equal(d.text, 'Lohan checked into\nShe entered\nrehab');
  assert.deepEqual(d.mentions.map((m) => [m.text, m.gold]), [['checked into', 'ACT1'], ['entered', 'ACT1']]);
  assert.equal(d.text.slice(d.mentions[0].start, d.mentions[0].end), 'checked into');
  assert.equal(stem('killing'), stem('killed'));
  assert.equal(stem('kills'), 'kill');
});
