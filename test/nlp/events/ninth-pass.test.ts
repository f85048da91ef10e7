// Ninth pass on the trigger lexicon (issue #6): the side a contest's result implies (a defeat, a beaten side, a
// "victory over" are also the other side's LOSS; a score after "beat" makes it a result), prizes won or received as
// AWARDs (contracts too), leaving a post as RESIGN, apologies, praise, reports released or issued as PUBLISH, finds, funding rounds,
// and troops sent as a DEPLOY too. Each with cases that must not fire. Sentences written for these tests; hand-built
// entities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, allNames, argNames, type EntSpec } from './helpers.js';

const types = (text: string, ents: EntSpec[] = []) => eventsOf(text, ents).evs.map((e) => e.type);
const org = (name: string): EntSpec => ({ name, type: 'ORG' });
const person = (name: string): EntSpec => ({ name, type: 'PERSON' });
const country = (name: string): EntSpec => ({ name, type: 'GPE', kind: 'COUNTRY' });

test('a beaten side: "beat X 2-1", "defeated X", "victory over X" are a WIN and a LOSS holding both sides', () => {
  const city = eventsOf('Manchester City beat Arsenal 2-1 on Saturday.', [org('Manchester City'), org('Arsenal')]);
  const loss = city.evs.find((e) => e.type === 'LOSS');
  assert.ok(loss && city.evs.some((e) => e.type === 'WIN'), city.evs.map((e) => e.type).join(','));
  assert.deepEqual(allNames(city.doc, loss!).sort(), ['Arsenal', 'Manchester City']);
  // a score at the end of the sentence
  assert.ok(types('Manchester City beat Arsenal 2-1.', [org('Manchester City'), org('Arsenal')]).includes('LOSS'));
  assert.ok(types('Real Madrid defeated Bayern Munich in Madrid.', [org('Real Madrid'), org('Bayern Munich')]).includes('LOSS'));
  const celtics = eventsOf('The Celtics celebrated their victory over the Lakers.', [org('Celtics'), org('Lakers')]);
  const l2 = celtics.evs.find((e) => e.type === 'LOSS');
  assert.ok(l2 && allNames(celtics.doc, l2).includes('Lakers'), celtics.evs.map((e) => e.type).join(','));
  // an election beaten opponent is a loss too
  assert.ok(types('Jane Roe defeated John Doe in the presidential election.', [person('Jane Roe'), person('John Doe')]).includes('LOSS'));
});

test('no loss without a beaten side or a score: a won election, a plain victory, police beating someone, beating expectations', () => {
  assert.ok(!types('Jane Roe won the election on Sunday.', [person('Jane Roe')]).includes('LOSS'));
  assert.ok(!types('The victory was celebrated in Paris.').includes('LOSS'));
  assert.ok(!types('Police beat John Doe during the protest.', [person('John Doe')]).includes('WIN'));
  assert.ok(!types('Tesla beat forecasts for 2019-20 on Monday.', [org('Tesla')]).includes('WIN'));
  // a range of a figure is no score
  assert.ok(!types('Acme beat rivals by 10-15 percent in sales.', [org('Acme')]).includes('WIN'));
});

test('knocked out of a tournament, crashed out: a LOSS; power knocked out by a storm is none', () => {
  const it = eventsOf('Italy were knocked out of the tournament by Switzerland.', [country('Italy'), country('Switzerland')]);
  const l = it.evs.find((e) => e.type === 'LOSS');
  assert.ok(l, it.evs.map((e) => e.type).join(','));
  assert.deepEqual(allNames(it.doc, l!).sort(), ['Italy', 'Switzerland']);
  assert.ok(types('Germany crashed out in the group stage.', [country('Germany')]).includes('LOSS'));
  assert.ok(!types('The storm knocked out power to thousands of homes.').includes('LOSS'));
  assert.ok(!types('The new rules eliminate the need for visas.').includes('LOSS'));
});

test('a prize, title or contract won or received is an AWARD (and the win a WIN); won praise or support is no award', () => {
  const nd = eventsOf('Novak Djokovic won the Wimbledon title on Sunday.', [person('Novak Djokovic')]);
  const a = nd.evs.find((e) => e.type === 'AWARD');
  assert.ok(a && nd.evs.some((e) => e.type === 'WIN'), nd.evs.map((e) => e.type).join(','));
  assert.deepEqual(allNames(nd.doc, a!), ['Novak Djokovic']);
  assert.ok(types('Jane Roe received the prize in Stockholm.', [person('Jane Roe')]).includes('AWARD'));
  assert.ok(types('Kylian Mbappe was named player of the tournament.', [person('Kylian Mbappe')]).includes('AWARD'));
  // a contract won is the award of it, seen from the winner (as "was awarded a contract")
  assert.ok(types('Acme won a contract to build the bridge.', [org('Acme')]).includes('AWARD'));
  assert.ok(!types('The bill won support from both parties.').includes('AWARD'));
  assert.ok(!types('The plan won praise from residents.').includes('AWARD'));
  assert.ok(!types('Jane Roe received a letter from the court.', [person('Jane Roe')]).includes('AWARD'));
});

test('leaving a post, standing down, stepping aside: RESIGN; leaving a city or an office building is no resignation', () => {
  const jd = eventsOf('Jane Doe will leave her post at the end of the month.', [person('Jane Doe')]);
  const r = jd.evs.find((e) => e.type === 'RESIGN');
  assert.ok(r, jd.evs.map((e) => e.type).join(','));
  assert.deepEqual(allNames(jd.doc, r!), ['Jane Doe']);
  assert.ok(types('John Doe said he would stand down in May.', [person('John Doe')]).includes('RESIGN'));
  assert.ok(types('The chairman agreed to step aside.').includes('RESIGN'));
  assert.ok(!types('Jane Doe left Paris on Monday.', [person('Jane Doe'), { name: 'Paris', type: 'GPE', kind: 'CITY' }]).includes('RESIGN'));
  assert.ok(!types('Jane Doe left her office in Kano at noon.', [person('Jane Doe')]).includes('RESIGN'));
});

test('apologies said or expressed, praise hailed or commended, a decision welcomed; regret voiced as hope is none', () => {
  assert.ok(types('The minister said sorry to the families.').includes('APOLOGIZE'));
  assert.ok(types('Acme expressed regret for the outage.', [org('Acme')]).includes('APOLOGIZE'));
  assert.ok(!types('Acme expressed hope for a quick fix.', [org('Acme')]).includes('APOLOGIZE'));
  assert.ok(types('Rishi Sunak hailed the deal as a breakthrough.', [person('Rishi Sunak')]).includes('PRAISE'));
  assert.ok(types('The mayor commended the firefighters.').includes('PRAISE'));
  assert.ok(types('The European Union welcomed the decision.', [org('European Union')]).includes('PRAISE'));
  // a guest welcomed is a meeting, not praise
  const xi = types('Emmanuel Macron welcomed Xi Jinping to Paris.', [person('Emmanuel Macron'), person('Xi Jinping')]);
  assert.ok(!xi.includes('PRAISE'), xi.join(','));
});

test('a report released or issued is PUBLISH (and still a STATEMENT); prisoners released and an album released are not', () => {
  const who = eventsOf('The World Health Organization released a report on Tuesday.', [org('World Health Organization')]);
  assert.ok(who.evs.some((e) => e.type === 'PUBLISH') && who.evs.some((e) => e.type === 'STATEMENT'), who.evs.map((e) => e.type).join(','));
  assert.ok(types('The watchdog issued a report on the crash.').includes('PUBLISH'));
  assert.ok(!types('Israel released 30 prisoners on Friday.', [country('Israel')]).includes('PUBLISH'));
  assert.ok(!types('The band released a new album.').includes('PUBLISH'));
  assert.ok(!types('The court issued a warrant for his arrest.').includes('PUBLISH'));
});

test('finds of fossils, species and planets are a DISCOVERY; a body found, a way found are not', () => {
  assert.ok(types('Researchers found fossils of a dinosaur in Argentina.', [country('Argentina')]).includes('DISCOVERY'));
  assert.ok(types('Astronomers identified a new planet orbiting the star.').includes('DISCOVERY'));
  assert.ok(!types('Police found the body of a man on Monday.').includes('DISCOVERY'));
  assert.ok(!types('The two sides found a way to end the dispute.').includes('DISCOVERY'));
});

test('funding raised, billions poured in: INVESTMENT; concerns raised, water poured are not', () => {
  assert.ok(types('The startup raised $50 million in new funding.').includes('INVESTMENT'));
  assert.ok(types('Acme will pour $2 billion into the plant.', [org('Acme')]).includes('INVESTMENT'));
  assert.ok(!types('The report raised concerns about safety.').includes('INVESTMENT'));
  assert.ok(!types('Firefighters poured water on the flames.').includes('INVESTMENT'));
});

test('troops sent or dispatched are a DEPLOY (sending stays MILITARY_SUPPORT too); aid sent is no deployment', () => {
  const de = eventsOf('Germany will send 4,000 troops to Lithuania.', [country('Germany'), country('Lithuania')]);
  const d = de.evs.find((e) => e.type === 'DEPLOY');
  assert.ok(d && de.evs.some((e) => e.type === 'MILITARY_SUPPORT'), de.evs.map((e) => e.type).join(','));
  assert.deepEqual(allNames(de.doc, d!).sort(), ['Germany', 'Lithuania']);
  assert.ok(types('The government dispatched soldiers to the border.').includes('DEPLOY'));
  assert.ok(!types('Germany will send aid to Lithuania.', [country('Germany'), country('Lithuania')]).includes('DEPLOY'));
  assert.ok(!types('The clinic dispatched the samples to a laboratory.').includes('DEPLOY'));
});

test('a coach leaving the club resigns; "sorry" said is an apology, felt for someone is not; labels and mockery are criticism', () => {
  assert.ok(types('Jurgen Klopp will leave the club at the end of the season.', [person('Jurgen Klopp')]).includes('RESIGN'));
  const jd = eventsOf('John Doe said he was deeply sorry for the delays.', [person('John Doe')]);
  const ap = jd.evs.find((e) => e.type === 'APOLOGIZE');
  assert.ok(ap && allNames(jd.doc, ap).includes('John Doe'), jd.evs.map((e) => e.type).join(','));
  assert.ok(!types('"I feel sorry for the players," Pep Guardiola said.', [person('Pep Guardiola')]).includes('APOLOGIZE'));
  assert.ok(types('Keir Starmer branded the decision a disgrace.', [person('Keir Starmer')]).includes('CRITICIZE'));
  assert.ok(types('The company labelled the report misleading.').includes('CRITICIZE'));
  assert.ok(types('Donald Trump mocked Joe Biden at a rally.', [person('Donald Trump'), person('Joe Biden')]).includes('CRITICIZE'));
  // a brand is no label
  assert.ok(!types('The company will brand the new phones with its logo.').includes('CRITICIZE'));
  assert.ok(!types('Workers will label the boxes on Monday.').includes('CRITICIZE'));
});

test('prices cut or slashed, goods grown dearer, utility tariffs going up: PRICE_CHANGE; rate cuts, job cuts and trade tariffs keep their types', () => {
  const t = eventsOf('Tesla cut prices in China.', [org('Tesla'), country('China')]);
  const p = t.evs.find((e) => e.type === 'PRICE_CHANGE');
  assert.ok(p && allNames(t.doc, p).includes('Tesla'), t.evs.map((e) => e.type).join(','));
  assert.ok(types('Tesla cuts prices in China.', [org('Tesla'), country('China')]).includes('PRICE_CHANGE'));
  assert.ok(types('Netflix slashed the price of its basic plan.', [org('Netflix')]).includes('PRICE_CHANGE'));
  assert.ok(types('Petrol became more expensive in May.').includes('PRICE_CHANGE'));
  const tariffs = types('Electricity tariffs will go up by 10% in April.');
  assert.ok(tariffs.includes('PRICE_CHANGE') && !tariffs.includes('SANCTION'), tariffs.join(','));
  assert.ok(!types('Flights are more expensive than trains.').includes('PRICE_CHANGE'));
  assert.ok(!types('The Fed cut interest rates by a quarter point.', [org('Fed')]).includes('PRICE_CHANGE'));
  assert.ok(!types('GM will cut 2,000 jobs.', [org('GM')]).includes('PRICE_CHANGE'));
  assert.ok(types('The US imposed tariffs on Chinese steel.', [country('US')]).includes('SANCTION'));
  // a noun before a head stays a modifier when no subject precedes it ("the budget cut rates" is no price change)
  assert.ok(!types('The budget cut rates were published.').includes('PRICE_CHANGE'));
});

test('praise voiced as a verdict or thanks, warnings lifted, images released: PRAISE, END_EMERGENCY, PUBLISH; their look-alikes are not', () => {
  assert.ok(types('Joe Biden called the agreement historic.', [person('Joe Biden')]).includes('PRAISE'));
  assert.ok(types('Emmanuel Macron described the firefighters as heroes.', [person('Emmanuel Macron')]).includes('PRAISE'));
  assert.ok(types('Volodymyr Zelensky expressed gratitude to Germany.', [person('Volodymyr Zelensky'), country('Germany')]).includes('PRAISE'));
  assert.ok(!types('The president called a meeting for Friday.').includes('PRAISE'));
  assert.ok(!types('Witnesses described the scene as chaotic.').includes('PRAISE'));
  assert.ok(types('Japan lifted the tsunami warning on Tuesday.', [country('Japan')]).includes('END_EMERGENCY'));
  assert.ok(types('NASA released images of the storm.', [org('NASA')]).includes('PUBLISH'));
  assert.ok(!types('Police released the suspect on bail.').includes('PUBLISH'));
});

test('a find is made somewhere: a DISCOVERY whose sentence names no place takes the report\'s main place', () => {
  const port: EntSpec = { name: 'Port Varne', type: 'GPE', kind: 'CITY' };
  const later = eventsOf('The ferry sank off Port Varne. Divers later discovered debris of the ferry.', [port]);
  const d = later.evs.find((e) => e.type === 'DISCOVERY');
  assert.deepEqual(d && argNames(later.doc, d).location, ['Port Varne']);
  // negative: a place the sentence gives another role keeps it; a report naming no place gives none
  const from = eventsOf('Researchers from Brazil discovered fossils of a dinosaur in Argentina.', [{ name: 'Brazil', type: 'GPE', kind: 'COUNTRY' }, { name: 'Argentina', type: 'GPE', kind: 'COUNTRY' }]);
  const f = from.evs.find((e) => e.type === 'DISCOVERY')!;
  assert.deepEqual(argNames(from.doc, f), { origin: ['Brazil'], location: ['Argentina'] });
  const none = eventsOf('Divers later discovered debris of the ferry.');
  assert.deepEqual(argNames(none.doc, none.evs.find((e) => e.type === 'DISCOVERY')!), {});
});
