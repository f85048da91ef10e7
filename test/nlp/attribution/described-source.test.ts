import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newDoc } from '../../../src/nlp/doc.js';
import { runPipeline } from '../../../src/nlp/pipeline.js';
import { appositionRe, calledRes, patternCacheSizes, PATTERN_CACHE_LIMIT } from '../../../src/nlp/attribution/described-source.js';

// Sentences written for these tests.
/** The entity name (or undefined) of the innermost link of the smallest claim holding `anchor`. */
const linkedName = (text: string, anchor: string): string | undefined => {
  const doc = runPipeline(newDoc({ id: 'described', text, language: 'en', publishedAt: '2024-03-06' }));
  const at = text.indexOf(anchor);
  const c = doc.claims.filter((x) => x.start <= at && x.end >= at + anchor.length).sort((a, b) => (a.end - a.start) - (b.end - b.start))[0];
  assert.ok(c, `no claim holds "${anchor}"`);
  const l = c.attribution[c.attribution.length - 1];
  assert.ok(l, `no link on "${anchor}"`);
  return doc.entities.find((e) => e.id === l.entity)?.name;
};

describe('attribution: a definite description takes the entity the report introduced earlier', () => {
  it('the same role as a title before the name: "Chief Justice Maria Santos … the Chief Justice said"', () => {
    const t = 'The court was led by Chief Justice Maria Santos. The ruling was unanimous. The Chief Justice said the law was invalid.';
    assert.match(linkedName(t, 'the law was invalid') ?? '', /Maria Santos/);
  });
  it('an organisation whose name holds the head: "The Reserve Bank of Fiji … the central bank said"', () => {
    const t = 'The Reserve Bank of Fiji raised its rate on Tuesday. Inflation has climbed for months. The central bank said it would keep buying bonds.';
    assert.match(linkedName(t, 'it would keep buying bonds') ?? '', /Reserve Bank of Fiji/);
  });
  it('negatives: a generic head, a role never given to a name, a name after the description', () => {
    // "the group" names no kind of body: a group of people as often as an organisation
    const generic = 'Acme Holdings sold its stake in March. Shares fell. The group said the sale was complete.';
    assert.equal(linkedName(generic, 'the sale was complete'), undefined);
    const other = 'Maria Santos visited the port on Monday. The ruling was unanimous. The Chief Justice said the law was invalid.';
    assert.equal(linkedName(other, 'the law was invalid'), undefined);
    const later = 'The Chief Justice said the law was invalid. Chief Justice Maria Santos retires next year.';
    assert.equal(linkedName(later, 'the law was invalid'), undefined);
  });
});

describe('attribution: a description links only when its whole role fits one entity (review probes)', () => {
  it('the words before the head must stand in the organisation\'s name: "the central bank" is no "World Bank"', () => {
    const t = 'Officials from the World Bank arrived in Tokyo. The central bank said rates would stay low.';
    assert.equal(linkedName(t, 'rates would stay low'), undefined);
    const boj = 'The Bank of Japan held its meeting on Tuesday. The central bank said rates would stay low.';
    assert.match(linkedName(boj, 'rates would stay low') ?? '', /Bank of Japan/);
  });
  it('two entities with the role: no link', () => {
    const t = 'President Joe Biden met President Volodymyr Zelensky in Washington on Tuesday. The president said more aid would come.';
    assert.equal(linkedName(t, 'more aid would come'), undefined);
    const one = 'President Joe Biden visited Kyiv on Tuesday. The president said more aid would come.';
    assert.match(linkedName(one, 'more aid would come') ?? '', /Biden/);
  });
  it('a former role apposed is no present role', () => {
    const t = 'Olaf Scholz, the former finance minister, spoke first. The finance minister said the budget was balanced.';
    assert.equal(linkedName(t, 'the budget was balanced'), undefined);
    const now = 'Christian Lindner, the finance minister, spoke first. The finance minister said the budget was balanced.';
    assert.match(linkedName(now, 'the budget was balanced') ?? '', /Lindner/);
  });
});

describe('attribution: an organisation matched by its head noun alone loses the description to a rival named since', () => {
  const au = 'The African Union approved a new fishing code on Thursday.';
  const dock = 'Crews will walk out next week, the Coastal Dockworkers Association said.';
  it('a rival that could be "the union" named since, paragraphs later: not the African Union', () => {
    const t = `${au}\n\n${dock}\n\nBoats stayed in port.\n\nThe union said the talks had collapsed.`;
    assert.equal(linkedName(t, 'the talks had collapsed'), undefined);
  });
  it('the same rival named since in the same paragraph: not the African Union either', () => {
    const t = `${au} ${dock} The union said the talks had collapsed.`;
    assert.equal(linkedName(t, 'the talks had collapsed'), undefined);
  });
  it('the rival named before the African Union\'s last mention is no rival', () => {
    const t = `${dock}\n\n${au}\n\nThe union said the code would apply from August.`;
    assert.match(linkedName(t, 'the code would apply from August') ?? '', /African Union/);
  });
  it('no organisation since, or one that could not be "the union" (a news agency), however far: the African Union', () => {
    const next = `${au}\n\nThe union said the code would apply from August.`;
    assert.match(linkedName(next, 'the code would apply from August') ?? '', /African Union/);
    const none = `${au}\n\nFishing crews were divided.\n\nBoats stayed in port.\n\nThe union said the code would apply from August.`;
    assert.match(linkedName(none, 'the code would apply from August') ?? '', /African Union/);
    const agency = `${au}\n\nThe code was first reported by Reuters.\n\nFishing crews were divided.\n\nThe union said the code would apply from August.`;
    assert.match(linkedName(agency, 'the code would apply from August') ?? '', /African Union/);
  });
  it('hard-wrapped lines are no paragraphs: the same answers as the text unwrapped', () => {
    const agency = 'The African Union approved a new fishing code\non Thursday, Reuters reported from\nAddis Ababa.\n\nThe union said the code would apply from August.';
    assert.match(linkedName(agency, 'the code would apply from August') ?? '', /African Union/);
    const rival = 'The African Union approved a new fishing code\non Thursday, after the Coastal Dockworkers Association\nasked for it in Addis Ababa.\n\nThe union said the code would apply from August.';
    assert.equal(linkedName(rival, 'the code would apply from August'), undefined);
  });
  it('the rival words come from data, per head: a tribunal can be "the court", a council cannot', () => {
    const court = 'The High Court of Tonga struck down the fishing levy on Monday.';
    const tribunal = `${court}\n\nThe Land Tribunal of Tonga heard a separate claim.\n\nThe court said the levy had no basis in law.`;
    assert.equal(linkedName(tribunal, 'the levy had no basis in law'), undefined);
    const council = `${court}\n\nThe Tonga Fishing Council welcomed the ruling.\n\nThe court said the levy had no basis in law.`;
    assert.match(linkedName(council, 'the levy had no basis in law') ?? '', /High Court of Tonga/);
  });
  it('a modifier that fits ties the description whatever is named since: "the central bank" after an airline', () => {
    const t = 'The Reserve Bank of Fiji raised its rate on Tuesday.\n\nFiji Airways said bookings had slowed.\n\nTourist numbers fell in May.\n\nThe central bank said it would keep buying bonds.';
    assert.match(linkedName(t, 'it would keep buying bonds') ?? '', /Reserve Bank of Fiji/);
  });
});

describe('attribution: "the company said" takes the organisation the report is about', () => {
  it('the organisation of the head\'s kinds named most often before the sentence', () => {
    const t = 'Acme Holdings sold its stake in March. Acme Holdings had bought it from Brightline in 2019. Shares fell. The company said the sale was complete.';
    assert.match(linkedName(t, 'the sale was complete') ?? '', /Acme Holdings/);
    const op = 'Orbis Resorts was hit by a cyberattack. Orbis Resorts closed its casinos. In a filing with the Securities and Exchange Commission on Thursday, the Las Vegas-based operator said it expected a loss.';
    assert.match(linkedName(op, 'it expected a loss') ?? '', /Orbis Resorts/);
    const agency = 'The US Geological Survey issued a red alert. The US Geological Survey put the magnitude at 7.7. Losses could reach billions, the agency estimated.';
    assert.match(linkedName(agency, 'Losses could reach billions') ?? '', /Geological Survey/);
  });
  it('mentions in the description\'s own sentence do not count: the quoted target is not the speaker', () => {
    const t = 'Kestrel Research published its report in January. Kestrel Research said it stood by it. Harlow Group called the report baseless. "If Harlow Group is serious, Harlow Group should sue us," the firm said.';
    assert.match(linkedName(t, 'should sue us') ?? '', /Kestrel Research/);
  });
  it('a name holding the head in the plural: "Malaysia Airlines … the airline says"', () => {
    const t = 'Malaysia Airlines lost contact with a flight on Saturday. Searches began at dawn. The airline says the plane carried 227 passengers.';
    assert.match(linkedName(t, 'the plane carried 227 passengers') ?? '', /Malaysia Airlines/);
  });
  it('negatives: a person noun is no organisation named in the plural ("the doctor" is no "Doctors Without Borders")', () => {
    const msf = 'Doctors Without Borders ran the clinic in Gaza. A doctor treated the boy for burns. The doctor said the boy would survive.';
    assert.notEqual(linkedName(msf, 'the boy would survive'), 'Doctors Without Borders');
    const nfu = 'The National Farmers Union called for aid. A farmer lost his herd in the flood. The farmer said the water came at night.';
    assert.notEqual(linkedName(nfu, 'the water came at night'), 'National Farmers Union');
    const uaw = 'The United Auto Workers began a strike on Friday. A worker stood at the gate. The worker said the pay was too low.';
    assert.notEqual(linkedName(uaw, 'the pay was too low'), 'United Auto Workers');
  });
  it('negative: an organisation of no known kind whose name shows another body is no company ("the Metropolitan Police")', () => {
    const t = 'The Metropolitan Police said officers were called to the street at 9pm. The Metropolitan Police closed the road for six hours. Uber confirmed the driver worked for it. The company said it was cooperating with officers.';
    assert.notEqual(linkedName(t, 'it was cooperating with officers'), 'Metropolitan Police');
  });
  it('an organisation the report called by the head takes it over the one named most often', () => {
    const t = 'Tesla sold 400,000 cars in the quarter. Tesla shares rose 5%. Tesla cut prices again. Counterpoint, a research firm, expects sales to slow. The firm said demand in China was weak.';
    assert.match(linkedName(t, 'demand in China was weak') ?? '', /Counterpoint/);
    const pre = 'Tesla sold 400,000 cars in the quarter. Tesla shares rose 5%. Tesla cut prices again. Research firm Counterpoint expects sales to slow. The firm said demand in China was weak.';
    assert.match(linkedName(pre, 'demand in China was weak') ?? '', /Counterpoint/);
    // two organisations called so: neither, and not the one named most often
    const two = 'Tesla sold 400,000 cars in the quarter. Tesla shares rose 5%. Tesla cut prices again. Counterpoint, a research firm, expects sales to slow. Canalys, a rival research firm, disagrees. The firm said demand in China was weak.';
    assert.equal(linkedName(two, 'demand in China was weak'), undefined);
  });
  it('negatives: a tie, a modifier pointing elsewhere, a government body for "the company", a description with no organisation before it', () => {
    const tie = 'Acme Holdings agreed to buy Brightline Foods. Shares fell. The company said the deal would close in May.';
    assert.equal(linkedName(tie, 'the deal would close in May'), undefined);
    const rival = 'Acme Holdings sold its stake in March. Acme Holdings had bought it in 2019. The rival company said the sale was unfair.';
    assert.equal(linkedName(rival, 'the sale was unfair'), undefined);
    const gov = 'The Securities and Exchange Commission opened an inquiry. The Securities and Exchange Commission met twice. The company said it would cooperate.';
    assert.equal(linkedName(gov, 'it would cooperate'), undefined);
    const none = 'Shares fell sharply on Monday. The company said the sale was complete.';
    assert.equal(linkedName(none, 'the sale was complete'), undefined);
  });
});

describe('attribution: "the 35-year-old said" takes the person of that age', () => {
  it('the person named last before the sentence, or the one the report gave that age', () => {
    const last = 'Maria Okafor won the final in Lagos on Sunday. Okafor had lost twice before. The 29-year-old said she would defend the title next year.';
    assert.match(linkedName(last, 'she would defend the title') ?? '', /Maria Okafor/);
    const given = 'Tomas Berg, 41, led the expedition. His deputy Lars Holm guided the last camp. The 41-year-old said the ice had been unusually thin.';
    assert.match(linkedName(given, 'the ice had been unusually thin') ?? '', /Tomas Berg/);
  });
  it('negatives: the last person given another age, two persons of that age, no person before', () => {
    const other = 'Tomas Berg, 41, led the expedition. His deputy Lars Holm, 35, guided the last camp. The 52-year-old said the ice had been unusually thin.';
    assert.equal(linkedName(other, 'the ice had been unusually thin'), undefined);
    const two = 'Tomas Berg, 41, led the expedition. Lars Holm, 41, guided the last camp. The 41-year-old said the ice had been unusually thin.';
    assert.equal(linkedName(two, 'the ice had been unusually thin'), undefined);
    const none = 'The expedition reached the summit on Monday. The 41-year-old said the ice had been unusually thin.';
    assert.equal(linkedName(none, 'the ice had been unusually thin'), undefined);
  });
  it('negatives: the report gave the age to a person it never named, not to the last named person', () => {
    const arrested = 'Police Chief John Smith said a 17-year-old was arrested on Friday. The 17-year-old said he had been walking home.';
    assert.notEqual(linkedName(arrested, 'he had been walking home'), 'John Smith');
    const rescued = 'A 62-year-old woman was rescued by firefighter Tom Reyes on Sunday. The 62-year-old said she had been trapped for hours.';
    assert.notEqual(linkedName(rescued, 'she had been trapped for hours'), 'Tom Reyes');
  });
  it('an age given with the name attached still takes that person: "a 41-year-old climber, Tomas Berg,"', () => {
    const t = 'A 41-year-old climber, Tomas Berg, led the expedition. His deputy Lars Holm guided the last camp. The 41-year-old said the ice had been unusually thin.';
    assert.match(linkedName(t, 'the ice had been unusually thin') ?? '', /Tomas Berg/);
  });
  it('an age before a person noun still takes the person: "the 29-year-old woman said"', () => {
    const t = 'Maria Okafor won the final in Lagos on Sunday. Okafor had lost twice before. The 29-year-old woman said she would defend the title next year.';
    assert.match(linkedName(t, 'she would defend the title') ?? '', /Maria Okafor/);
  });
  it('negative: an age before a company head is no person ("the 120-year-old retailer said")', () => {
    const t = 'Chief executive Mary Jones took over the chain in March. The 120-year-old retailer said it would close 50 stores.';
    assert.notEqual(linkedName(t, 'it would close 50 stores'), 'Mary Jones');
    const firm = 'Chief executive Mary Jones took over the business in March. The 40-year-old firm said it would close 50 stores.';
    assert.notEqual(linkedName(firm, 'it would close 50 stores'), 'Mary Jones');
  });
});

describe('attribution: a role written short stands for its title ("the PM said")', () => {
  it('"Prime Minister Anna Berg … The PM said" and "Chief Minister Ravi Kumar … the CM said"', () => {
    const pm = 'Prime Minister Anna Berg announced the ban on Tuesday night. Banks will stay shut on Wednesday. The PM said the move was aimed at fraud.';
    assert.match(linkedName(pm, 'the move was aimed at fraud') ?? '', /Anna Berg/);
    const cm = 'Chief Minister Ravi Kumar toured the flooded district. Roads remain closed. The CM said relief camps would open.';
    assert.match(linkedName(cm, 'relief camps would open') ?? '', /Ravi Kumar/);
  });
  it('negatives: no prime minister named, two prime ministers named', () => {
    const none = 'President Anna Berg announced the ban on Tuesday night. The PM said the move was aimed at fraud.';
    assert.equal(linkedName(none, 'the move was aimed at fraud'), undefined);
    const two = 'Prime Minister Anna Berg met Prime Minister Jonas Lind in Oslo. The PM said the talks went well.';
    assert.equal(linkedName(two, 'the talks went well'), undefined);
  });
});

describe('attribution: the patterns of a role or head are built once and shared by every report (speed)', () => {
  it('the same role twice gives the same RegExp object (a cache hit); another role its own', () => {
    const a = appositionRe('finance minister');
    assert.equal(appositionRe('finance minister'), a);
    assert.notEqual(appositionRe('interior minister'), a);
    const c = calledRes('bank');
    assert.equal(calledRes('bank'), c);
    assert.equal(calledRes('bank').apposed, c.apposed);
    assert.notEqual(calledRes('union'), c);
    // the shared pattern still reads as built per call did
    assert.match(', the finance minister, spoke', a);
    assert.doesNotMatch(', the interior minister, spoke', a);
  });
  it('the caches are emptied when they reach their limit, so they stay bounded', () => {
    const first = appositionRe('test role zero');
    const firstHead = calledRes('testheadzero');
    for (let i = 1; i <= PATTERN_CACHE_LIMIT; i++) { appositionRe(`test role ${i}`); calledRes(`testhead${i}`); }
    const sizes = patternCacheSizes();
    assert.ok(sizes.apposition <= PATTERN_CACHE_LIMIT, `apposition cache holds ${sizes.apposition}`);
    assert.ok(sizes.called <= PATTERN_CACHE_LIMIT, `called cache holds ${sizes.called}`);
    // the cache was emptied on the way: the first role is built anew (an equal pattern, another object)
    const again = appositionRe('test role zero');
    assert.notEqual(again, first);
    assert.equal(again.source, first.source);
    assert.notEqual(calledRes('testheadzero'), firstHead);
  });
});

describe('attribution: no state is kept between reports (the shared patterns have no g/y flag)', () => {
  // the same role and head in reports read one after another: a report read again gives the same analysis
  const analysis = (text: string) => JSON.stringify(runPipeline(newDoc({ id: 'described', text, language: 'en', publishedAt: '2024-03-06' })).claims);
  it('A, B, A: the third reading of A equals the first, and B keeps its own answer', () => {
    const a = 'Christian Lindner, the finance minister, spoke first. The finance minister said the budget was balanced.';
    const b = 'Olaf Scholz, the former finance minister, spoke first. The finance minister said the budget was balanced.';
    const first = analysis(a);
    assert.match(linkedName(a, 'the budget was balanced') ?? '', /Lindner/);
    assert.equal(linkedName(b, 'the budget was balanced'), undefined);
    assert.equal(analysis(b), analysis(b));
    assert.equal(analysis(a), first);
    assert.match(linkedName(a, 'the budget was balanced') ?? '', /Lindner/);
  });
});
