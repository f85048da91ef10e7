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
