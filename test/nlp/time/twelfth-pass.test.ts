// Twelfth pass on the time stage (issue 4). Sentences are our own; publication date pinned.
import { describe, it } from 'node:test';
import { check } from './helpers.js';

const MON = '2023-03-20'; // a Monday

describe('time (twelfth pass): "that evening" after an older background day is the story\'s day', () => {
  it('takes the lead\'s day, not a background day named in a relative clause', () => {
    check(MON, [
      // the lead tells Sunday; Friday is background (a closing price), two sentences later "that evening" is Sunday's
      ['The bank agreed on Sunday to buy its rival in a deal brokered by the government.\n\n'
        + 'Shareholders will receive one share for every 22 they hold, a fraction of the price at which the stock closed on Friday.\n\n'
        + 'The chairman told a hastily arranged news conference that evening that the deal was an emergency rescue.',
      'that evening', '2023-03-19TEV', 'TIME'],
      // negative: the day named in the sentence right before is the one meant ("closed on Friday. That evening …")
      ['The bank agreed on Sunday to buy its rival.\n\nIts stock fell sharply on Friday. That evening, the board met in secret.',
        'That evening', '2023-03-17TEV', 'TIME'],
      // negative: the day before the story's day still tells the story
      ['The bank agreed on Sunday to buy its rival.\n\nTalks had begun on Saturday in the capital.\n\nThe chairman flew home that night.',
        'that night', '2023-03-18TNI', 'TIME'],
    ]);
  });
});

// Code review r1, finding 5: a paragraph break is no return to the story's day in copy written in one-sentence
// paragraphs; only a background day told inside a subordinate or relative clause ("the price at which the stock closed
// on Friday") is left for the story's day. A day that is its main clause's time is the one "that evening" means.
describe('time (review r1, finding 5): "that evening" after a main-clause day a paragraph before', () => {
  it('takes the day just named in a main clause', () => {
    check(MON, [
      ['Protesters clashed with police in the capital on Sunday, leaving two dead.\n\n'
        + 'The unrest began on Thursday, when students marched on parliament.\n\n'
        + 'Police fired tear gas that evening and arrested dozens.',
      'that evening', '2023-03-16TEV', 'TIME'],
    ]);
  });
});
