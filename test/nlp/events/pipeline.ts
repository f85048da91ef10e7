// Events read through the whole pipeline (analyze), for tests whose cases depend on the other stages too (the claims
// that say which words are reported): each event with its type, trigger text, rule and argument entity names.
import { analyze } from '../../../src/analyze.js';

const META = { publishedAt: '2024-03-05' };

export const pipelineEvents = (text: string) => {
  const a = analyze({ text }, META);
  const name = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.events.map((e) => ({ type: e.type, trigger: e.trigger.text, rule: e.rule ?? '',
    names: Object.entries(e.args).filter(([r]) => r !== 'time').flatMap(([, ids]) => (ids as Array<string | number>).map((i) => name.get(String(i)) ?? String(i))) }));
};
/** Whether an event of `type` (with `who` among its argument names, when given) is read. */
export const hasEvent = (text: string, type: string, who?: string): boolean =>
  pipelineEvents(text).some((e) => e.type === type && (!who || e.names.includes(who)));
/** The events as one line, for assertion messages. */
export const showEvents = (text: string): string => JSON.stringify(pipelineEvents(text).map((e) => [e.type, e.trigger, e.names, e.rule]));
