import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readMeantime, readTimeml } from '../../../eval/timeml/read.js';
import { emptyCounts, scoreDoc, summary } from '../../../eval/timeml/metrics.js';

// Synthetic documents (no corpus text): the readers must give exact offsets into the text they build.
describe('time eval: TimeML and MEANTIME readers, TempEval-3 metrics', () => {
  it('reads TIMEX3 spans, values and the DCT from TimeML', () => {
    const xml = '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2023-09-11" functionInDocument="CREATION_TIME">20230911</TIMEX3></DCT>'
      + '<TEXT>Talks &amp; more <EVENT eid="e1">began</EVENT> <TIMEX3 tid="t1" type="DATE" value="2023-09-10">Sunday</TIMEX3> '
      + 'after <TIMEX3 tid="t2" type="DURATION" value="P4Y" mod="MORE_THAN">over four years</TIMEX3>.</TEXT></TimeML>';
    const d = readTimeml('x', xml);
    assert.equal(d.dct, '2023-09-11');
    assert.equal(d.timex.length, 2);
    assert.equal(d.text.slice(d.timex[0]!.start, d.timex[0]!.end), 'Sunday');
    assert.equal(d.text.slice(d.timex[1]!.start, d.timex[1]!.end), 'over four years');
    assert.equal(d.timex[1]!.mod, 'MORE_THAN');
    assert.ok(d.text.startsWith('Talks & more'));
  });

  it('rebuilds MEANTIME text from tokens and bounds the annotated part', () => {
    const xml = '<Document>'
      + '<token t_id="1" sentence="0" number="0">Title</token>'
      + '<token t_id="2" sentence="1" number="1">May</token><token t_id="3" sentence="1" number="2">4</token>'
      + '<token t_id="4" sentence="1" number="3">,</token><token t_id="5" sentence="1" number="4">2009</token>'
      + '<token t_id="6" sentence="2" number="5">It</token><token t_id="7" sentence="2" number="6">rose</token>'
      + '<token t_id="8" sentence="2" number="7">today</token><token t_id="9" sentence="2" number="8">.</token>'
      + '<token t_id="10" sentence="3" number="9">Later</token><token t_id="11" sentence="3" number="10">.</token>'
      + '<Markables><TIMEX3 m_id="1" type="DATE" value="2009-05-04" functionInDocument="CREATION_TIME">'
      + '<token_anchor t_id="2"/><token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/></TIMEX3>'
      + '<TIMEX3 m_id="2" type="DATE" value="2009-05-04"><token_anchor t_id="8"/></TIMEX3></Markables></Document>';
    const d = readMeantime('m', xml);
    assert.equal(d.dct, '2009-05-04');
    assert.equal(d.text.slice(d.timex[0]!.start, d.timex[0]!.end), 'May 4, 2009');
    assert.equal(d.text.slice(d.timex[1]!.start, d.timex[1]!.end), 'today');
    assert.ok(d.scoredEnd! < d.text.indexOf('Later'), 'sentence 3 has no markable: not scored');
  });

  it('computes strict/relaxed span and value scores', () => {
    const c = emptyCounts();
    const gold = [{ start: 0, end: 6, type: 'DATE', value: '2023-09-10' }, { start: 10, end: 25, type: 'DURATION', value: 'P4Y' }];
    const sys = [{ start: 0, end: 6, type: 'DATE', value: '2023-09-10' }, { start: 15, end: 25, type: 'DURATION', value: 'P5Y' },
      { start: 30, end: 34, type: 'DATE', value: '2019' }];
    const errs = scoreDoc(gold, sys, c);
    assert.deepEqual([c.strict, c.relaxed, c.valueOk, c.typeOk], [1, 2, 1, 2]);
    assert.equal(errs.filter((e) => e.kind === 'FP').length, 1);
    const s = summary(c);
    assert.equal(s.relaxedR, '1.000');
    assert.equal(s.valueF1, (2 * (1 / 3) * 0.5 / (1 / 3 + 0.5)).toFixed(3));
  });
});
