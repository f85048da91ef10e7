// End to end: reports analysed from text, stored, then grouped; a datelined follow-up of the story stays in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { engines } from '../store/engines.js';
import { updateStories } from '../../src/story/index.js';
import { fingerprint } from '../../src/ingest/dedupe.js';

const TIANJIN = [
  ['2015-08-13', 'Reuters', 'Blasts in Tianjin kill dozens', 'TIANJIN, China (Reuters) - Two huge explosions at a chemical warehouse in the port city of Tianjin killed at least 44 people on Wednesday night and injured hundreds. The blasts sent fireballs into the sky over the port. Firefighters were still battling the fire at the warehouse on Thursday.'],
  ['2015-08-14', 'AP', 'Tianjin explosion toll rises to 50', 'TIANJIN, China (AP) - The death toll from the explosions at a chemical warehouse in Tianjin rose to 50 on Friday, officials said. The blasts in the port city on Wednesday injured more than 700 people. Firefighters were among the dead in Tianjin.'],
  ['2015-08-15', 'AFP', 'Tianjin blast: cyanide found at port', 'TIANJIN (AFP) - Sodium cyanide was stored at the Tianjin warehouse where the explosions killed 85 people on Wednesday, officials in Tianjin said on Saturday. Soldiers searched the blast site in the port. Residents of Tianjin were evacuated.'],
] as const;
const FOLLOW_UP = 'BEIJING (Reuters) - The explosion at a chemical warehouse killed 112 people, officials in Beijing said on Monday. The blast in Tianjin last Wednesday destroyed part of the port. Premier Li Keqiang promised a thorough investigation. Environmental groups said toxic chemicals had leaked into the sea, and prosecutors detained executives of the company that owned it. Insurers estimated the losses at 1.5 billion dollars, and families of missing firefighters protested outside a hotel. State media said the port would reopen next month after inspectors checked the remaining containers.';

for (const eng of await engines()) {
  test(`[${eng.name}] a follow-up datelined in the capital, dated by its statement, stays in the Tianjin story`, { skip: eng.skip }, async () => {
    const { store, cleanup } = await eng.fresh();
    try {
      const docs = TIANJIN.map(([d, outlet, title, text]) => analyze(text, { publishedAt: d, outlet, title }));
      const follow = analyze(FOLLOW_UP, { publishedAt: '2015-08-17', outlet: 'Reuters', title: 'China blast toll rises to 112' });
      for (const a of [...docs, follow]) await store.addDocument(a, { fingerprint: fingerprint(a.document.text).hex });
      await updateStories(store);
      const stories = (await store.listStories()).items;
      const story = stories.find((s) => s.documents.some((d) => d.id === docs[0]!.document.id))!;
      assert.deepEqual(new Set(story.documents.map((d) => d.id)), new Set([...docs, follow].map((a) => a.document.id)),
        `one story of four: ${JSON.stringify(stories.map((s) => s.documents.length))}`);
    } finally { await cleanup(); }
  });
}
