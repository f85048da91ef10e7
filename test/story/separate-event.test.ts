// A separate incident of the story's kind near the story: a second factory fire in the same district two days later,
// a new wildfire in the same region the next day. Such a report shares the district, the officials and the trade's
// words with the story's reports (cosine to the story up to 0.7), whether or not it names the story in a background
// sentence; its own lead event (new, dated on another day, at a town or site of its own) tells it apart. Genuine
// follow-ups (a new toll a day later, a fire the story's blast set next door on the same day, the wildfire reaching a
// new town) stay. Invented reports around real places; details are not any real event's. Reference dates are the
// publication days given with each report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storyProfiles } from './helpers.js';
import { assign, recallFactor, OWN_EVENT_FACTOR, SEPARATE_EVENT_FACTOR } from '../../src/story/group.js';
import { separateEventWhyNot } from '../../src/story/separate-event.js';
import type { OwnLead } from '../../src/story/lead-event.js';

type Report = [string, string, string];
type Extra = [string, string, string, string];

const FACTORY: Report[] = [
  ['2022-06-04', 'Fire at chemical factory in Bharuch kills 8', 'BHARUCH, India (Reuters) - A fire at the Deepak Organics chemical factory in Dahej in Gujarat\'s Bharuch district killed eight workers on Friday, police said. The blaze broke out after a reactor exploded at the plant. Bharuch district police chief Leena Patil said 40 workers were injured. Firefighters from Bharuch and Ankleshwar fought the fire for six hours.'],
  ['2022-06-05', 'Death toll in Dahej factory fire rises to 11', 'The death toll from Friday\'s fire at the Deepak Organics factory in Dahej rose to 11 on Saturday after three injured workers died in hospital in Vadodara, officials said. Gujarat Chief Minister Bhupendra Patel ordered an inquiry into the fire. The factory\'s owner, Ramesh Shah, was questioned by police in Bharuch.'],
  ['2022-06-06', 'Gujarat factory owner arrested after Dahej fire', 'Police in Bharuch arrested Ramesh Shah, owner of the Deepak Organics factory in Dahej, on Sunday, two days after a reactor blast and fire at the plant killed 11 workers. District police chief Leena Patil said safety rules had been ignored. The Gujarat government offered 400,000 rupees to the family of each worker killed in the Dahej fire.'],
  ['2022-06-07', 'Dahej fire survivors recount escape', 'Workers who survived Friday\'s fire at the Deepak Organics plant in Dahej said the reactor had been overheating for days. The fire killed 11 people and injured 40. Chief Minister Bhupendra Patel visited injured workers in Vadodara on Monday. Inspectors in Bharuch district began checking other chemical plants.'],
];

const FACTORY_LOOKALIKES: Extra[] = [
  // another town of the district, the story named once in a background sentence
  ['other-town-background', '2022-06-06', 'Fire at Ankleshwar paint factory kills 2', 'A fire broke out at the Shree Ram Paints factory in Ankleshwar in Gujarat\'s Bharuch district on Sunday, killing two workers, police said. Firefighters from Ankleshwar and Bharuch put out the blaze after four hours. District police chief Leena Patil said the cause was not yet known. It comes two days after a fire at the Deepak Organics factory in Dahej killed 11 workers.'],
  // the same, not naming the story at all
  ['other-town-no-mention', '2022-06-06', 'Fire at Ankleshwar paint factory kills 2', 'A fire broke out at the Shree Ram Paints factory in Ankleshwar in Gujarat\'s Bharuch district on Sunday, killing two workers, police said. Firefighters from Ankleshwar and Bharuch put out the blaze after four hours. District police chief Leena Patil said the cause was not yet known. Chief Minister Bhupendra Patel ordered an inquiry into the fire.'],
  // another plant in the story's own town
  ['other-plant-same-town', '2022-06-06', 'Second chemical plant fire in Dahej kills 2', 'A fire broke out at the Narmada Solvents plant in Dahej in Gujarat\'s Bharuch district on Sunday, killing two workers, police said. Firefighters from Bharuch put out the blaze after four hours. District police chief Leena Patil said the cause was not yet known. On Friday a fire at the Deepak Organics factory in Dahej killed 11 workers.'],
];

const FACTORY_FOLLOW_UPS: Extra[] = [
  ['new-toll-next-day', '2022-06-05', 'Toll from Bharuch chemical fire reaches 12', 'The number of workers killed in the fire at a chemical plant in Dahej in Bharuch district rose to 12 on Saturday, police said. District police chief Leena Patil said eight workers remained in a critical condition. Firefighters from Ankleshwar had helped put out the fire on Friday.'],
  // a new site inside the same incident, on the story's day
  ['fire-next-door', '2022-06-05', 'Dahej blast debris hit nearby warehouse', 'Debris from Friday\'s reactor explosion at the Deepak Organics factory in Dahej set fire to the Gujarat Chemical Port warehouse next door, officials said on Saturday. Firefighters put out the warehouse fire overnight. The factory fire killed 11 workers, police in Bharuch said.'],
];

const WILDFIRE: Report[] = [
  ['2018-07-24', 'Wildfire near Athens kills 60', 'MATI, Greece (AP) - A wildfire swept through the seaside resort of Mati east of Athens on Monday, killing at least 60 people, officials said. Many victims were trapped as the flames reached the coast. Prime Minister Alexis Tsipras declared three days of mourning. Firefighters in the Attica region were still battling the flames.'],
  ['2018-07-25', 'Greece wildfire death toll rises to 79', 'The death toll from Monday\'s wildfire in Mati rose to 79 on Wednesday, the fire service said. Rescuers searched burned homes in Mati for missing people. Tsipras visited the fire service headquarters in Athens. The Attica regional governor Rena Dourou said the fire moved too fast to evacuate Mati.'],
  ['2018-07-26', 'Survivors of Mati fire describe escape to the sea', 'Survivors of the wildfire that destroyed much of Mati said on Thursday they ran into the sea to escape the flames. The fire on Monday killed 82 people. Coast guard boats rescued hundreds from beaches near Mati. Tsipras said he took political responsibility.'],
  ['2018-07-27', 'Greek officials face questions over Mati fire', 'Greek officials faced questions on Friday over why Mati was not evacuated before Monday\'s wildfire, which killed 87 people. The fire service said the blaze in Mati was driven by winds of 100 km/h. Governor Rena Dourou defended the response of the Attica region.'],
];

const WILDFIRE_LOOKALIKES: Extra[] = [
  // the next day, in a village of the same region, no word of the story
  ['new-fire-next-day', '2018-07-25', 'New wildfire breaks out in Attica', 'A new wildfire broke out on Tuesday near the village of Kineta, west of Athens in the Attica region, forcing residents to flee, the fire service said. Firefighting planes dropped water on the flames around Kineta. Governor Rena Dourou said no one had been hurt. Fires near Kineta burned for a second night.'],
];

const WILDFIRE_FOLLOW_UPS: Extra[] = [
  ['spread-to-new-town', '2018-07-25', 'Mati wildfire reaches Rafina', 'The wildfire that swept through Mati reached the outskirts of Rafina on Tuesday, forcing residents to flee, the fire service said. Firefighters in Rafina fought the flames overnight. The fire has killed 79 people in the Attica region. Tsipras said the army would help.'],
  ['toll-next-day', '2018-07-25', 'Greek fire toll rises to 74', 'The death toll from a wildfire near Athens rose to 74 on Tuesday, the fire service said, as rescuers found more bodies in Mati. Governor Rena Dourou said dozens were missing in the Attica region. Tsipras declared three days of mourning.'],
];

const profiles = (story: Report[], extra: Extra) => storyProfiles(story, extra);

const cases: [string, Report[], Extra[], Extra[]][] = [['factory fire', FACTORY, FACTORY_LOOKALIKES, FACTORY_FOLLOW_UPS], ['wildfire', WILDFIRE, WILDFIRE_LOOKALIKES, WILDFIRE_FOLLOW_UPS]];
for (const [name, story, looks, follows] of cases) {
  for (const look of looks) {
    test(`${name}: a separate incident of the story's kind nearby starts a story of its own: ${look[0]}`, () => {
      const { members, p } = profiles(story, look);
      assert.equal(separateEventWhyNot(p, members), undefined);
      assert.equal(recallFactor(p, [...members, p]), SEPARATE_EVENT_FACTOR);
      const out = assign([p], new Map([['s', [...members]]]), (q) => `new-${q.id}`);
      assert.deepEqual(out, [{ docId: look[0], storyId: `new-${look[0]}` }]);
    });
  }
  for (const f of follows) {
    test(`${name}: a follow-up of the story stays in it: ${f[0]}`, () => {
      const { members, p } = profiles(story, f);
      assert.notEqual(separateEventWhyNot(p, members), undefined);
      const out = assign([p], new Map([['s', [...members]]]), (q) => `new-${q.id}`);
      assert.deepEqual(out, [{ docId: f[0], storyId: 's' }]);
    });
  }
}

// A chairlift crash at a ski resort and, two days later, a worker killed by a goods lift in another town of the same
// province, in a short report that names its town once. Until stop 28 its lead had no incident typed (only the death)
// and the own-event rule took it for a look-alike; now 'a goods lift fell' is an accident introduced as new, dated on
// another day at a town of its own, and the separate-incident rule keeps it out (a lower factor still).
const CHAIRLIFT: Report[] = [
  ['2021-03-14', 'Chairlift cable snaps at Kaprun resort, 9 dead', 'KAPRUN, Austria (Reuters) - The cable of a chairlift at the Kaprun ski resort in the Austrian province of Salzburg snapped on Saturday, sending chairs crashing to the slope and killing nine skiers, police said. Salzburg governor Wilfried Haslauer said it was a black day for the province. Rescuers flew the injured to hospitals in Salzburg.'],
  ['2021-03-15', 'Kaprun chairlift operator questioned as toll reaches 11', 'Prosecutors in Salzburg questioned the operator of the Kaprun chairlift on Sunday as the death toll from Saturday\'s accident rose to 11, police said. The lift\'s brakes had been disabled, prosecutor Anna Berger said. Governor Wilfried Haslauer visited the injured in Salzburg.'],
  ['2021-03-16', 'Three held over Kaprun chairlift crash', 'Police arrested three employees of the Kaprun chairlift company on Monday over Saturday\'s crash that killed 11 skiers. Prosecutor Anna Berger said the brakes had been disabled for weeks. The resort in the province of Salzburg closed its other lifts.'],
  ['2021-03-17', 'Kaprun mourns chairlift victims', 'Hundreds of people gathered in Kaprun on Tuesday to mourn the 11 skiers killed when a chairlift cable snapped on Saturday. Governor Wilfried Haslauer said the province would help the families. Prosecutor Anna Berger said the investigation would take months.'],
];
const LIFT_LOOKALIKES: Extra[] = [
  ['town-once-background', '2021-03-16', 'Worker dies in goods lift fall in Salzburg province', 'A worker died on Monday when a goods lift fell at a building site in Hallein, in the Austrian province of Salzburg, police said. Two other workers were injured. Governor Wilfried Haslauer ordered safety checks on lifts across the province. It came two days after the Kaprun chairlift crash that killed 11 people.'],
  ['town-once', '2021-03-16', 'Worker dies in goods lift fall in Salzburg province', 'A worker died on Monday when a goods lift fell at a building site in Hallein, in the Austrian province of Salzburg, police said. Two other workers were injured. Governor Wilfried Haslauer ordered safety checks on lifts across the province, the second accident on a lift there in three days.'],
];
const LIFT_FOLLOW_UPS: Extra[] = [
  ['rescue-at-hut', '2021-03-15', 'Kaprun survivors sheltered at mountain hut', 'Rescuers brought 40 skiers stranded on the Kaprun chairlift to the Alpincenter hut on Saturday night after the cable snapped, police said on Sunday. The accident killed 11 people. Governor Wilfried Haslauer thanked the rescuers.'],
];
for (const look of LIFT_LOOKALIKES) {
  test(`chairlift: a death at another town's lift, dated two days later, named once, starts a story of its own: ${look[0]}`, () => {
    const { members, p } = profiles(CHAIRLIFT, look);
    assert.equal(recallFactor(p, [...members, p]), SEPARATE_EVENT_FACTOR);
    assert.ok(SEPARATE_EVENT_FACTOR <= OWN_EVENT_FACTOR);
    const out = assign([p], new Map([['s', [...members]]]), (q) => `new-${q.id}`);
    assert.deepEqual(out, [{ docId: look[0], storyId: `new-${look[0]}` }]);
  });
}
for (const f of LIFT_FOLLOW_UPS) {
  test(`chairlift: a follow-up of the story stays in it: ${f[0]}`, () => {
    const { members, p } = profiles(CHAIRLIFT, f);
    assert.equal(recallFactor(p, [...members, p]), 1);
    const out = assign([p], new Map([['s', [...members]]]), (q) => `new-${q.id}`);
    assert.deepEqual(out, [{ docId: f[0], storyId: 's' }]);
  });
}

// The rule's conditions one by one, on profiles written out (days as UTC midnights).
const D = (s: string) => Date.parse(s);
function lead(o: { places: [string, number][]; lead: string[]; at: Record<string, string[]>; days?: Record<string, string[]>; fresh?: string[]; broad?: string[] }): OwnLead {
  return {
    places: new Map(o.places), lead: new Set(o.lead.map((k) => `L:${k}`)),
    leadAt: new Map(Object.entries(o.at).map(([t, a]) => [t, new Set(a)])),
    days: new Map(Object.entries(o.days ?? {}).map(([t, ds]) => [t, new Set(ds.map(D))])),
    fresh: new Set(o.fresh ?? []),
    kinds: new Map((o.broad ?? []).map((k) => [k, { country: 'XX', broad: true }])),
  };
}
const BROAD = ['prov'];
const STORY: OwnLead[] = [
  lead({ places: [['varo', 3], ['prov', 1]], lead: ['varo', 'prov'], at: { FIRE: ['varo', 'n:FAC:alpha plant'] }, days: { FIRE: ['2022-06-03'] }, fresh: ['FIRE'], broad: BROAD }),
  lead({ places: [['varo', 2]], lead: ['varo'], at: { FIRE: ['varo'], DEATHS: ['varo'] }, days: { DEATHS: ['2022-06-04'] }, broad: BROAD }),
  lead({ places: [['varo', 2], ['prov', 1]], lead: ['varo'], at: { FIRE: ['n:FAC:alpha plant', 'varo'] }, broad: BROAD }),
];
const LOOK = { places: [['lanti', 3], ['prov', 2]] as [string, number][], lead: ['lanti', 'prov'], at: { FIRE: ['lanti', 'prov'] }, days: { FIRE: ['2022-06-05'] }, fresh: ['FIRE'], broad: BROAD };

test('a new fire on another day at a town of its own in the story\'s province is a separate incident', () => {
  const p = lead(LOOK);
  assert.equal(separateEventWhyNot(p, [...STORY, p]), undefined);
});

test('not a separate incident: the story\'s fire named back, or dated on the story\'s day, or not dated', () => {
  assert.match(separateEventWhyNot(lead({ ...LOOK, fresh: [] }), STORY) ?? '', /no dated new event/);
  assert.match(separateEventWhyNot(lead({ ...LOOK, days: { FIRE: ['2022-06-03'] } }), STORY) ?? '', /on the day of the story's/);
  assert.match(separateEventWhyNot(lead({ ...LOOK, days: { DEATHS: ['2022-06-05'] } }), STORY) ?? '', /not dated/);
});

test('not a separate incident: deaths or injuries of their own (not an incident kind), or a kind the story does not lead with', () => {
  assert.match(separateEventWhyNot(lead({ ...LOOK, at: { DEATHS: ['lanti'] }, days: { DEATHS: ['2022-06-05'] }, fresh: ['DEATHS'] }), STORY) ?? '', /new incident of the story's kind/);
  assert.match(separateEventWhyNot(lead({ ...LOOK, at: { CRIME: ['lanti'] }, days: { CRIME: ['2022-06-05'] }, fresh: ['CRIME'] }), STORY) ?? '', /new incident of the story's kind/);
});

test('not a separate incident: at the story\'s town, or at a town named once that the story names, or at a town the story\'s leads name', () => {
  assert.match(separateEventWhyNot(lead({ ...LOOK, at: { FIRE: ['varo', 'prov'] } }), STORY) ?? '', /no place of its own/);
  assert.match(separateEventWhyNot(lead({ ...LOOK, at: { FIRE: ['lanti', 'varo'] } }), STORY) ?? '', /the story's site/);
  // a town of its own named once: its own when none of the story's reports names it, not when one names it in its body
  const once = lead({ ...LOOK, places: [['lanti', 1], ['prov', 2]] });
  assert.equal(separateEventWhyNot(once, STORY), undefined);
  const body = STORY.map((m, i) => (i === 1 ? { ...m, places: new Map([...m.places!, ['lanti', 1]]) } : m));
  assert.match(separateEventWhyNot(once, body) ?? '', /no place of its own/);
  const named = STORY.map((m, i) => (i === 0 ? { ...m, lead: new Set([...m.lead!, 'L:lanti']) } : m));
  assert.match(separateEventWhyNot(lead(LOOK), named) ?? '', /no place of its own/);
});

test('another plant in the story\'s town is a separate incident; the story\'s plant is not', () => {
  const other = lead({ ...LOOK, places: [['varo', 2], ['n:FAC:beta plant', 1]], lead: ['varo', 'n:FAC:beta plant'], at: { FIRE: ['varo', 'n:FAC:beta plant'] } });
  assert.equal(separateEventWhyNot(other, STORY), undefined);
  const same = lead({ ...LOOK, places: [['varo', 2], ['n:FAC:beta plant', 1], ['n:FAC:alpha plant', 1]], lead: ['varo'], at: { FIRE: ['varo', 'n:FAC:beta plant', 'n:FAC:alpha plant'] } });
  assert.match(separateEventWhyNot(same, STORY) ?? '', /the story's site/);
});

test('one placed report says too little about where the story is', () => {
  assert.match(separateEventWhyNot(lead(LOOK), STORY.slice(0, 1)) ?? '', /fewer than two/);
});

// Stop 28: a cable-car crash and, three days later, a goods cable lift that fell at a quarry in the same province. The
// look-alike's lead event is a carrier that fell ('a goods cable lift fell': an accident, its three-word indefinite
// subject new), dated on its own day at a village of its own: a separate incident, even though its last sentence
// recalls the story. A later death in hospital from the story's crash stays.
const CABLE: Report[] = [
  ['2021-05-24', 'Cable car falls near Lake Garda, 12 dead', 'ARCO, Italy (Reuters) - A cable car cabin fell to the ground on Monte Baldo above Malcesine in the Veneto region on Sunday, killing 12 people, rescuers said. The cabin plunged after a cable snapped near the top station. Regional president Luca Zaia said it was a tragedy for the region.'],
  ['2021-05-25', 'Monte Baldo cable car toll rises to 13', 'The death toll from Sunday\'s cable car crash on Monte Baldo rose to 13 on Monday after a child died in hospital in Verona, officials said. Prosecutors in Verona opened an investigation into the accident above Malcesine.'],
  ['2021-05-26', 'Three held over Monte Baldo cable car crash', 'Police arrested three people, including the operator of the Monte Baldo cable car, on Tuesday over Sunday\'s crash that killed 13 people above Malcesine. Prosecutor Anna Berti said the emergency brake had been disabled.'],
  ['2021-05-27', 'Malcesine mourns cable car victims', 'Hundreds of people gathered in Malcesine on Wednesday to mourn the 13 people killed when a cable car cabin fell on Monte Baldo on Sunday. Luca Zaia said the region would help the families. Prosecutor Anna Berti said the investigation would take months.'],
];
test('cable car: a goods cable lift that fell at a village of its own three days later starts a story of its own', () => {
  const look: Extra = ['goods-lift', '2021-05-27', 'Worker killed as goods lift falls in Verona province', 'A worker was killed on Wednesday when a goods cable lift fell at a quarry near Caprino Veronese, in the province of Verona, police said. The lift plunged about 20 metres. Another worker was injured and taken to hospital in Verona. The accident came three days after the Monte Baldo cable car crash that killed 13 people.'];
  const { members, p } = profiles(CABLE, look);
  assert.equal(separateEventWhyNot(p, [...members, p]), undefined);
  assert.equal(recallFactor(p, [...members, p]), SEPARATE_EVENT_FACTOR);
  const out = assign([p], new Map([['s', [...members]]]), (q) => `new-${q.id}`);
  assert.deepEqual(out, [{ docId: look[0], storyId: `new-${look[0]}` }]);
});
test('cable car: a later death from the story\'s crash stays in it', () => {
  const f: Extra = ['later-death', '2021-05-28', 'Second child dies after Monte Baldo cable car crash', 'A second child injured when the cable car cabin fell on Monte Baldo on Sunday died in hospital in Verona on Thursday, officials said, bringing the toll to 14. Prosecutor Anna Berti said the three suspects would be questioned again in Malcesine.'];
  const { members, p } = profiles(CABLE, f);
  assert.notEqual(separateEventWhyNot(p, [...members, p]), undefined);
  const out = assign([p], new Map([['s', [...members]]]), (q) => `new-${q.id}`);
  assert.deepEqual(out, [{ docId: f[0], storyId: 's' }]);
});
