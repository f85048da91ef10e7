import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { newDoc, type NlpDoc } from '../../../src/nlp/doc.js';
import { entitiesStage, resolvePronoun, setEntityKb } from '../../../src/nlp/entities/index.js';
import type { Entity } from '../../../src/core/types.js';
import { fakeKb } from './fakekb.js';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { needShared } from '../../helpers/shared.js';
import { bestOf, bounded, describeBound } from '../../helpers/bound.js';

function run(text: string, publishedAt = '2023-09-11'): NlpDoc {
  const doc = newDoc({ id: 'x', text, language: 'en', publishedAt });
  entitiesStage.run(doc);
  return doc;
}
const byName = (doc: NlpDoc, name: string): Entity | undefined => doc.entities.find((e) => e.name === name);
const names = (doc: NlpDoc) => doc.entities.map((e) => e.name).sort();

describe('entities stage (fake KB)', () => {
  before(() => setEntityKb(fakeKb()));
  after(() => setEntityKb(undefined));

  it('keeps its name', () => assert.equal(entitiesStage.name, 'entities'));

  it('links, merges name parts and excludes the possessive', () => {
    const doc = run('Kim Jong Un’s train left Pyongyang on Sunday. Kim later met Vladimir Putin in Vladivostok, where Putin spoke.');
    const kim = byName(doc, 'Kim Jong Un');
    assert.ok(kim, names(doc).join(', '));
    assert.equal(kim.kb?.wikidata, 'Q56226');
    assert.deepEqual(kim.mentions.map((m) => m.text), ['Kim Jong Un', 'Kim']);
    const putin = byName(doc, 'Vladimir Putin');
    assert.equal(putin?.mentions.length, 2);
    // "Vladimir" inside "Vladimir Putin" is not the city
    assert.equal(byName(doc, 'Vladimir'), undefined);
    const vl = byName(doc, 'Vladivostok');
    assert.equal(vl?.type, 'GPE');
    assert.equal(vl?.geo?.country, 'RU');
    for (const e of doc.entities) for (const m of e.mentions) assert.equal(doc.text.slice(m.start, m.end), m.text);
  });

  it('treats demonyms as country mentions with ISO code and geo, and resolves role descriptions', () => {
    const doc = run('Kim Jong Un left for Russia. The North Korean leader travelled by train, Russian media said.');
    const nk = byName(doc, 'North Korea');
    assert.equal(nk?.iso, 'KP');
    assert.ok(nk?.geo && Math.abs(nk.geo.lat - 39.03) < 0.1);
    assert.ok(byName(doc, 'Russia')?.mentions.some((m) => m.text === 'Russian'));
    const kim = byName(doc, 'Kim Jong Un')!;
    assert.ok(kim.mentions.some((m) => /North Korean leader/.test(m.text)), JSON.stringify(kim.mentions));
  });

  it('marks a capital acting for its government', () => {
    const doc = run('Pyongyang said it would send more shells. Pyongyang is a large city.');
    const p = byName(doc, 'Pyongyang')!;
    assert.equal(p.mentions[0]!.role, 'GOVERNMENT');
    assert.equal(p.mentions[1]!.role, undefined);
  });

  it('recognises people by titles and appositions, without the title', () => {
    const doc = run('Defence Minister Sergei Shoigu visited the factory. Officials met Marie el-Drese, the group\u2019s secretary general, on Monday.');
    const s = byName(doc, 'Sergei Shoigu');
    assert.equal(s?.type, 'PERSON');
    assert.equal(byName(doc, 'Marie el-Drese')?.type, 'PERSON', names(doc).join(', '));
    assert.equal(byName(doc, 'Defence Minister Sergei Shoigu'), undefined);
  });

  it('links an acronym introduced in parentheses to its organisation', () => {
    const doc = run('The International Organization for Migration (IOM) said 30,000 people were displaced. IOM staff arrived on Tuesday.');
    const iom = doc.entities.find((e) => e.type === 'ORG' && /Migration/.test(e.name));
    assert.ok(iom, names(doc).join(', '));
    assert.equal(iom.mentions.filter((m) => m.text === 'IOM').length, 2);
    assert.equal(doc.entities.filter((e) => e.name === 'IOM').length, 0);
  });

  it('recognises a person after a capitalised title and a comma, and a given name with an unknown surname', () => {
    const doc = run('Russia\u2019s Defence Minister, Sergei Shoigu, toured the plant. A jury found Sam Bankman-Fried guilty; Bankman-Fried said nothing.');
    assert.equal(byName(doc, 'Sergei Shoigu')?.type, 'PERSON', names(doc).join(', '));
    const sbf = byName(doc, 'Sam Bankman-Fried');
    assert.equal(sbf?.type, 'PERSON', names(doc).join(', '));
    assert.equal(sbf?.mentions.length, 2);
  });

  it('types organisation, facility and location heads, and splits glued lists', () => {
    const doc = run('Rescuers reached the Benina Airport after the World Meteorological Organization warned the Libyan Red Crescent Society. Boats crossed the Mediterranean Sea.');
    assert.equal(byName(doc, 'Benina Airport')?.type, 'FAC', names(doc).join(', '));
    assert.equal(byName(doc, 'World Meteorological Organization')?.type, 'ORG');
    assert.equal(byName(doc, 'Libyan Red Crescent Society')?.type, 'ORG');
    assert.equal(byName(doc, 'Mediterranean Sea')?.type, 'LOC');
  });

  it('resolves a later description to the person introduced by an apposition, but not a different office', () => {
    const doc = run('Officials met Marie el-Drese, the group\u2019s secretary general, on Monday. The secretary general said 10,000 were missing. Later the secretary general of the UN spoke.');
    const m = byName(doc, 'Marie el-Drese')!;
    assert.deepEqual(m.mentions.map((x) => x.text), ['Marie el-Drese', 'The secretary general']);
  });

  it('links a name written with a middle initial and keeps its surname mentions', () => {
    const doc = run('President Vladimir V. Putin spoke on Monday. Putin said the talks went well.');
    const p = byName(doc, 'Vladimir Putin');
    assert.equal(p?.kb?.wikidata, 'Q7747', names(doc).join(', '));
    assert.equal(p?.mentions.length, 2);
  });

  it('adds "the two leaders" to both people just named, and not to a third one named long before', () => {
    const doc = run('Kim Jong Un will travel to Vladivostok to meet Vladimir Putin. During the meeting, the two leaders are likely to discuss arms.');
    for (const n of ['Kim Jong Un', 'Vladimir Putin']) assert.ok(byName(doc, n)!.mentions.some((m) => m.text === 'the two leaders' && m.rule === 'coref-plural'), n);
    const one = run('Vladimir Putin spoke. Nothing else happened. Then the two leaders met.');
    assert.ok(!byName(one, 'Vladimir Putin')!.mentions.some((m) => m.rule === 'coref-plural'));
  });

  it('recognises an unknown weapon name before a weapon noun, but not a nationality or a country', () => {
    const doc = run('The weapons included the Hwasong intercontinental ballistic missile. The Russian drones and US missiles were also shown.');
    assert.equal(byName(doc, 'Hwasong')?.type, 'WEAPON', names(doc).join(', '));
    assert.equal(doc.entities.filter((e) => e.type === 'WEAPON').length, 1);
  });

  it('emits no junk for ordinary capitalised words', () => {
    const doc = run('However, on Monday the group said that January had been cold. Covid cases rose. This is the first time.');
    const scored = doc.entities.filter((e) => ['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'WEAPON'].includes(e.type));
    assert.deepEqual(scored.map((e) => e.name), []);
  });

  it('does not read lower-case "us" or "un" as countries or organisations', () => {
    const doc = run('They told us the plan was un-American and the deal would help us all.');
    assert.equal(byName(doc, 'United States'), undefined);
    assert.equal(byName(doc, 'United Nations'), undefined);
  });

  it('resolves pronouns to the most recent person (or organisation for "it")', () => {
    const doc = run('Kim Jong Un met Vladimir Putin. He said the talks went well. The United Nations said it was concerned.');
    const he = doc.text.indexOf('He said');
    assert.equal(resolvePronoun(doc, he)?.name, 'Vladimir Putin');
    const it2 = doc.text.indexOf('it was');
    assert.equal(resolvePronoun(doc, it2)?.name, 'United Nations');
    assert.equal(resolvePronoun(doc, 0), undefined);
  });

  it('survives bad input quickly', () => {
    const words = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel'];
    let big = '';
    for (let i = 0; big.length < 1_000_000; i++) big += words[i % words.length] + (i % 17 === 16 ? '. ' : ' ');
    run('Warm Up Text. Kim Jong Un.'); // load the KB and model outside the measurement
    // A bound on pathological input, not a speed target (npm run bench measures speed): the stage is linear here, about
    // 0.3–0.5 s on a quiet machine and past 1 s on the shared two-core box under load, where a 1 s bound failed
    // without any change of code. Anything quadratic over these ~170,000 tokens (1.4·10^10 token pairs) takes
    // minutes, so 4 s still catches it with room for load.
    const b = bestOf(2, () => run(big)); // best of two: a busy CI machine measured 3× the quiet time
    assert.ok(b.ms < 4000, `1 MB of capitalised words ${describeBound(b)}`);
    const caps = 'KIM JONG UN MET VLADIMIR PUTIN IN VLADIVOSTOK ON TUESDAY. '.repeat(200);
    run(caps); run(caps.toLowerCase());
    run('Kim\u200dJong\u200dUn met Путин and 金正恩 in Pyongyang\u200b. ' + 'A'.repeat(50_000) + ' ' + 'Bb'.repeat(20_000));
    const many = 'Kim Jong Un met Vladimir Putin. '.repeat(5000); // 10,000 mentions
    const m = bounded(() => run(many));
    const doc = m.result;
    assert.ok(m.ms < 3000, `10,000 mentions ${describeBound(m)}`);
    assert.equal(byName(doc, 'Kim Jong Un')?.mentions.length, 5000);
  });

  it('never throws and keeps offsets exact on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => {
      const doc = run(s.length ? s : 'x');
      for (const e of doc.entities) for (const m of e.mentions) {
        assert.equal(doc.text.slice(m.start, m.end), m.text);
        assert.ok(m.rule);
      }
    }), { numRuns: 200 });
  });
});

describe('entities stage on the shared examples (real KB)', () => {
  const shared = needShared('entity scoring on ../shared/examples');
  it('reaches entity F1 >= 0.9 with the scorer\'s matching rules', { skip: shared.skip }, () => {
    const norm = (s: string) => s.toLowerCase().replace(/[’']s\b/g, '').replace(/[^\p{L}\p{N} ]+/gu, ' ').split(/\s+/).filter((w) => w && !['a', 'an', 'the', 'of'].includes(w)).join(' ');
    const place = new Set(['GPE', 'LOC']);
    const scored = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'WEAPON']);
    const golds: string[] = [];
    const walk = (p: string) => { for (const f of readdirSync(p)) { const q = join(p, f); if (statSync(q).isDirectory()) walk(q); else if (q.endsWith('gold.json')) golds.push(q); } };
    walk(join(shared.dir!, 'examples'));
    let tp = 0, np = 0, ng = 0;
    for (const gp of golds) {
      const gold = JSON.parse(readFileSync(gp, 'utf8')) as { story?: unknown; file: string; publishedAt?: string; entities: { name: string; type: string; aliases?: string[]; alsoType?: string[] }[] };
      if (gold.story) continue;
      const doc = run(readFileSync(join(dirname(gp), gold.file), 'utf8'), gold.publishedAt);
      const ents = doc.entities.filter((e) => scored.has(e.type));
      const used = new Set<Entity>();
      for (const g of gold.entities) {
        const hit = ents.find((e) => !used.has(e) && (e.type === g.type || (place.has(e.type) && place.has(g.type)) || (g.alsoType ?? []).includes(e.type))
          && [g.name, ...(g.aliases ?? [])].some((n) => norm(n) === norm(e.name)));
        if (hit) { tp++; used.add(hit); }
      }
      np += ents.length; ng += gold.entities.length;
    }
    const p = tp / np, r = tp / ng, f = (2 * p * r) / (p + r);
    assert.ok(f >= 0.9, `entity F1 ${f.toFixed(3)} (P ${p.toFixed(3)} R ${r.toFixed(3)})`);
  });
});

describe('entities stage: surname coreference beats a KB surname alias', () => {
  before(() => setEntityKb(fakeKb([
    { id: 'Q359442', qid: 'Q359442', name: 'Bernie Sanders', type: 'PERSON', aliases: ['Sanders'] },
  ])));
  after(() => setEntityKb(undefined));
  it('attaches "Sanders" to the Linda Sanders of the story, not to a famous namesake', () => {
    const doc = run('Linda Sanders, a neighbour, heard the shots. Sanders said she called the police.');
    const linda = doc.entities.find((e) => e.name === 'Linda Sanders');
    assert.ok(linda, doc.entities.map((e) => e.name).join(', '));
    assert.equal(linda.mentions.length, 2);
    assert.equal(doc.entities.find((e) => e.kb?.wikidata === 'Q359442'), undefined);
  });
});

describe('entities stage: second pass (issue 3)', () => {
  before(() => setEntityKb(fakeKb()));
  after(() => setEntityKb(undefined));
  const mentionTexts = (e: Entity | undefined) => (e?.mentions ?? []).map((m) => m.text);

  it('tags a sentence that opens with names and has only short lower-case words (not headline case)', () => {
    const doc = run('John Kerrigan and Paul Whitford met in Geneva. Kerrigan left early.');
    assert.equal(byName(doc, 'John Kerrigan')?.type, 'PERSON', names(doc).join(', '));
    assert.equal(byName(doc, 'Paul Whitford')?.type, 'PERSON', names(doc).join(', '));
    assert.ok(mentionTexts(byName(doc, 'John Kerrigan')).includes('Kerrigan'));
    for (const e of doc.entities) for (const m of e.mentions) assert.ok(m.rule, `mention ${m.text} has a rule`);
  });

  it('still treats a title-case headline as a headline', () => {
    const doc = run('Storm Batters Coast As Thousands Flee\n\nThe storm hit on Monday.');
    assert.ok(!doc.entities.some((e) => /Batters|Thousands|Flee/.test(e.name)), names(doc).join(', '));
  });

  it('keeps a possessive inside a headed name and splits two headed names joined by "and"', () => {
    const doc = run('The Zorvian People\u2019s Party won. Doctors at St Mary\u2019s Hospital said the Harnow Bridge and Kelby Airport were closed.');
    assert.equal(byName(doc, 'Zorvian People\u2019s Party')?.type, 'ORG', names(doc).join(', '));
    assert.equal(byName(doc, 'St Mary\u2019s Hospital')?.type, 'FAC', names(doc).join(', '));
    assert.equal(byName(doc, 'Harnow Bridge')?.type, 'FAC', names(doc).join(', '));
    assert.equal(byName(doc, 'Kelby Airport')?.type, 'FAC', names(doc).join(', '));
    assert.equal(byName(doc, 'Harnow Bridge and Kelby Airport'), undefined);
  });

  it('does not glue a country and its ministry through the possessive, nor split "Health and Human Services"', () => {
    const doc = run('Officials at the Department of Health and Human Services met. Zorvia\u2019s Foreign Ministry said no.');
    assert.ok(doc.entities.some((e) => e.name.includes('Health and Human Services')), names(doc).join(', '));
    assert.ok(!doc.entities.some((e) => e.name.startsWith('Zorvia\u2019s')), names(doc).join(', '));
  });

  it('does not add a surname mention for a lower-case word', () => {
    const doc = run('Mary Long spoke first. The meeting was long.');
    assert.equal(mentionTexts(byName(doc, 'Mary Long')).length, 1, names(doc).join(', '));
  });
});

describe('entities stage: company short names', () => {
  before(() => setEntityKb(fakeKb()));
  after(() => setEntityKb(undefined));
  it('reads a lone word as the company named in full earlier, not as a person', () => {
    const doc = run('Zelbrook Motor Company said on Monday it would cut jobs. Zelbrook will close two plants, Zelbrook said.');
    const z = doc.entities.find((e) => e.name === 'Zelbrook Motor Company');
    assert.equal(z?.type, 'ORG', names(doc).join(', '));
    assert.ok(!doc.entities.some((e) => e.name === 'Zelbrook' && e.type === 'PERSON'), names(doc).join(', '));
    for (const e of doc.entities) for (const m of e.mentions) assert.ok(m.rule);
  });
  it('leaves a two-word person with that surname alone', () => {
    const doc = run('Zelbrook Motor Company cut jobs. The actor Harlan Zelbrook said he was sad.');
    assert.equal(byName(doc, 'Harlan Zelbrook')?.type, 'PERSON', names(doc).join(', '));
  });
});

describe('entities stage: the platform X', () => {
  before(() => setEntityKb(fakeKb()));
  after(() => setEntityKb(undefined));
  it('names X after "a post on" and before "formerly Twitter", nowhere else', () => {
    const doc = run('In a post on X, the minister said he wanted an inquiry.');
    assert.equal(byName(doc, 'X')?.type, 'ORG', names(doc).join(', '));
    const doc2 = run('Point X on the map was marked. He turned to X for help.');
    assert.equal(byName(doc2, 'X'), undefined, names(doc2).join(', '));
  });
});

describe('entities stage: title phrases', () => {
  before(() => setEntityKb(fakeKb()));
  after(() => setEntityKb(undefined));
  it('reads "Chief Financial Officer Amy Hood" as one person and no title word as a name', () => {
    const doc = run('Chief Financial Officer Amy Hood said sales rose. He is Chairman and Chief Operating Officer of Velbrook Airways.');
    assert.equal(byName(doc, 'Amy Hood')?.type, 'PERSON', names(doc).join(', '));
    assert.equal(byName(doc, 'Velbrook Airways')?.type, 'ORG', names(doc).join(', '));
    assert.ok(!doc.entities.some((e) => /^(Financial|Operating|Chief|Chairman)/.test(e.name)), names(doc).join(', '));
  });
});

describe('entities stage: settlement nouns', () => {
  before(() => setEntityKb(fakeKb()));
  after(() => setEntityKb(undefined));
  it('types "the town of X" as a place but not "the daughter of X"', () => {
    const doc = run('Residents of the town of Yeoncheon fled on Sunday, officials said.');
    assert.equal(byName(doc, 'Yeoncheon')?.type, 'GPE', names(doc).join(', '));
    const doc2 = run('The daughter of Kerrigan spoke to reporters on Sunday.');
    assert.notEqual(byName(doc2, 'Kerrigan')?.type, 'GPE', names(doc2).join(', '));
  });
});

describe('entities stage: unknown acronyms', () => {
  before(() => setEntityKb(fakeKb()));
  after(() => setEntityKb(undefined));
  it('keeps an all-capitals name the tagger proposes once ("certified by the RIAA", "Lam of the ZDPL")', () => {
    const doc = run('The album was certified platinum by the RIAA in January. Lam Cheuk-ting of the ZDPL was elected.');
    assert.equal(byName(doc, 'RIAA')?.type, 'ORG', names(doc).join(', '));
    assert.equal(byName(doc, 'ZDPL')?.type, 'ORG', names(doc).join(', '));
  });
  it('drops common-noun acronyms and a lone company suffix ("an ICBM", ", L.P.")', () => {
    const doc = run('The army fired an ICBM on Monday. Crown Pacific Partners, L.P. was a publicly traded firm.');
    assert.ok(!doc.entities.some((e) => /ICBM|L\.P\./.test(e.name)), names(doc).join(', '));
  });
});

describe('entities stage: context cues type unknown names (cues.ts)', () => {
  before(() => setEntityKb(fakeKb()));
  after(() => setEntityKb(undefined));
  it('types "residents of X" and "X\'s mayor" as a place, "shares in X" and "X\'s chief executive" as an organisation', () => {
    const doc = run('Residents of Tolvane fled after the shelling on Sunday. The strike on Kherbet killed four people, and Kherbet\u2019s mayor called for help.');
    assert.equal(byName(doc, 'Tolvane')?.type, 'GPE', names(doc).join(', '));
    assert.equal(byName(doc, 'Kherbet')?.type, 'GPE', names(doc).join(', '));
    assert.equal(byName(doc, 'Kherbet')?.rule, 'context-cue');
    const doc2 = run('Shares in Varnex rose 5% on Monday. Varnex\u2019s chief executive said profits doubled.');
    assert.equal(byName(doc2, 'Varnex')?.type, 'ORG', names(doc2).join(', '));
  });
  it('does not override a title, a head word or a lower-case context ("Mr Korvath\'s employees", "staff at Kelby Airport")', () => {
    const doc = run('Mr Korvath\u2019s employees walked out on Monday. The staff at Kelby Airport were praised.');
    assert.equal(byName(doc, 'Korvath')?.type, 'PERSON', names(doc).join(', '));
    assert.equal(byName(doc, 'Kelby Airport')?.type, 'FAC', names(doc).join(', '));
  });
});

describe('entities stage: companies from the KB (real KB)', () => {
  it('types a company named by its short name as an organisation, not a person ("Fiat announced", "Lehman")', () => {
    const doc = run('Fiat announced on Friday that it would buy a stake. The bankruptcy of Lehman shook markets.');
    assert.equal(byName(doc, 'Fiat')?.type, 'ORG', names(doc).join(', '));
    // named as the report names it; the KB's name stays in kb.name
    const lehman = byName(doc, 'Lehman');
    assert.equal(lehman?.type, 'ORG', names(doc).join(', '));
    assert.equal(lehman?.kb?.name, 'Lehman Brothers', names(doc).join(', '));
  });
  it('keeps a person of the same name a person ("Harrison Ford … Ford said")', () => {
    const doc = run('Harrison Ford starred in the film. Ford said he enjoyed it.');
    assert.ok(!doc.entities.some((e) => e.name === 'Ford Motor Company'), names(doc).join(', '));
  });
});

describe('entities stage: names joined by "and" or followed by a number (real KB)', () => {
  it('splits two known names joined by "and" and stops a name before "for 33"', () => {
    const doc = run('The automaker outsold rivals Toyota and General Motors. She has been with General Motors for 33 years.');
    assert.equal(byName(doc, 'Toyota')?.type, 'ORG', names(doc).join(', '));
    assert.equal(byName(doc, 'General Motors')?.mentions.length, 2, names(doc).join(', '));
    assert.ok(!doc.entities.some((e) => / and |33/.test(e.name)), names(doc).join(', '));
  });
  it('keeps a known name that contains "and" whole ("Bosnia and Herzegovina") and a number inside a name ("Best of 2007 Award")', () => {
    const doc = run('He visited Bosnia and Herzegovina last year. The band won the Best of 2007 Award in March.');
    assert.ok(byName(doc, 'Bosnia and Herzegovina'), names(doc).join(', '));
    assert.equal(byName(doc, 'Bosnia'), undefined);
    assert.ok(byName(doc, 'Best of 2007 Award'), names(doc).join(', '));
  });
});

describe('entities stage: a name national bodies share (real KB)', () => {
  it('links "the Defence Ministry" to the ministry of a country the story names', () => {
    const doc = run('Ukraine said its troops advanced. The Defence Ministry said 20 soldiers died.');
    const m = doc.entities.find((e) => e.mentions.some((x) => x.text === 'Defence Ministry'));
    assert.equal(m?.name, 'Defence Ministry', names(doc).join(', '));
    assert.equal(m?.kb?.name, 'Ministry of Defence of Ukraine', names(doc).join(', '));
  });
  it('leaves it unlinked when the story names none of those countries', () => {
    const doc = run('The Defence Ministry said 20 soldiers died on Monday.');
    const m = doc.entities.find((e) => e.mentions.some((x) => x.text === 'Defence Ministry'));
    assert.equal(m?.type, 'ORG', names(doc).join(', '));
    assert.equal(m?.kb, undefined, `linked to ${m?.name}`);
  });
});

describe('entities stage: a title phrase before "of" (real KB)', () => {
  it('is not a name ("the Secretary of State"; "the Chief Executive Officer of General Motors" → General Motors)', () => {
    const doc = run('John Kerry, the Secretary of State, contacted Thailand. Fritz Henderson, the Chief Executive Officer of General Motors, spoke.');
    assert.ok(!doc.entities.some((e) => /Secretary|Officer/.test(e.name)), names(doc).join(', '));
    assert.ok(byName(doc, 'General Motors'), names(doc).join(', '));
  });
  it('leaves a body named "X of Y" whole ("the Ministry of Defence", "the Bank of England")', () => {
    const doc = run('The Ministry of Defence and the Bank of England said no.');
    assert.ok(doc.entities.some((e) => e.mentions.some((m) => m.text === 'Ministry of Defence')), names(doc).join(', '));
    assert.ok(doc.entities.some((e) => e.mentions.some((m) => m.text === 'Bank of England')), names(doc).join(', '));
  });
});

describe('entities stage: company names end where they should', () => {
  before(() => setEntityKb(fakeKb()));
  after(() => setEntityKb(undefined));
  it('ends a company at its suffix and drops a sentence-opening "Shares of"', () => {
    const doc = run('He is chairman of Velbrook LLC Jim Press. Shares of Orvane Holdings Co. rose on Monday.');
    assert.ok(!doc.entities.some((e) => /LLC Jim|Shares/.test(e.name)), names(doc).join(', '));
    assert.ok(doc.entities.some((e) => e.name.startsWith('Orvane Holdings')), names(doc).join(', '));
  });
  it('keeps "Bank of …" and "Holdings Co. Ltd." whole', () => {
    const doc = run('Bank of Zorvia Holdings said no. Orvane Holdings Co. Ltd. said yes.');
    assert.ok(doc.entities.some((e) => e.name.startsWith('Bank of Zorvia')), names(doc).join(', '));
    assert.ok(!doc.entities.some((e) => e.name === 'Ltd'), names(doc).join(', '));
  });
  it('does not type "given name + organisation head" as an organisation ("Jim Press")', () => {
    const doc = run('The talks were led by Jim Press on Monday.');
    assert.notEqual(byName(doc, 'Jim Press')?.type, 'ORG', names(doc).join(', '));
  });
});

describe('entities stage: "X, which" is not a person', () => {
  before(() => setEntityKb(fakeKb()));
  after(() => setEntityKb(undefined));
  it('re-types an unknown name the tagger called a person ("Miltrane, which makes chips")', () => {
    const doc = run('The deal gives investors a stake in Miltrane, which makes chips. Miltrane said on Monday that sales rose.');
    const m = byName(doc, 'Miltrane');
    assert.ok(m, names(doc).join(', '));
    assert.notEqual(m.type, 'PERSON');
  });
  it('leaves a titled person a person ("Mr Korvath, which …" is not enough)', () => {
    const doc = run('Mr Korvath, which surprised nobody, resigned on Monday.');
    assert.equal(byName(doc, 'Korvath')?.type, 'PERSON', names(doc).join(', '));
  });
});

describe('entities stage: lone words that are no names', () => {
  before(() => setEntityKb(undefined));
  it('drops "Pro-Beijing" and a sentence-opening ordinary word ("Portrait shot of …")', () => {
    const doc = run('For the Pro-Beijing camp, the result was good.\n\nPortrait shot of Dennis Hopper in 1971.');
    assert.ok(!doc.entities.some((e) => /Pro-Beijing|Portrait/.test(e.name)), names(doc).join(', '));
  });
  it('keeps a lone unknown name and a quoted title that is an ordinary word ("Kerrigan left", "\"Hero\" was …")', () => {
    const doc = run('"Hero" was the name of the single before the band changed it. Kerrigan left early on Monday.');
    assert.ok(doc.entities.some((e) => e.name === 'Kerrigan'), names(doc).join(', '));
    assert.ok(doc.entities.some((e) => e.name === 'Hero'), names(doc).join(', '));
  });
});

describe('entities stage: "X, whose" after a classifier noun', () => {
  before(() => setEntityKb(fakeKb()));
  after(() => setEntityKb(undefined));
  it('is what the classifier says ("the band Deadsy, whose members …")', () => {
    const doc = run('He was referring to the band Deadsy, whose members provided extra instrumentation.');
    assert.equal(byName(doc, 'Deadsy')?.type, 'ORG', names(doc).join(', '));
  });
  it('is a person without one ("Kerrigan, who lives nearby")', () => {
    const doc = run('Then Kerrigan, who lives nearby, spoke to reporters.');
    assert.equal(byName(doc, 'Kerrigan')?.type, 'PERSON', names(doc).join(', '));
  });
});
