// A weekday named as a day off ("declared Monday a non-working day") and one after a forecast's "could see more …"
// look ahead; a past ability to see ("could see smoke") and a day told as past stay past. Sentences are our own;
// publication dates pinned (2023-06-25 and 2021-02-15 are Sunday and Monday).
import { describe, it } from 'node:test';
import { check } from './helpers.js';

describe('time: days declared as days off are ahead', () => {
  it('"declared Monday a non-working day" is the next Monday', () => {
    check('2023-06-25', [
      ["Moscow's mayor declared Monday a non-working day for most residents.", 'Monday', '2023-06-26', 'DATE'],
      ['The government has designated Friday a day of national mourning.', 'Friday', '2023-06-30', 'DATE'],
      ['The president proclaimed Tuesday a public holiday.', 'Tuesday', '2023-06-27', 'DATE'],
      ['The governor declared Wednesday a day off for state workers.', 'Wednesday', '2023-06-28', 'DATE'],
    ]);
  });
  it('a declaring without a day named as something stays past (negatives)', () => {
    check('2023-06-25', [
      ['The mayor declared Monday that the emergency was over.', 'Monday', '2023-06-19', 'DATE'],
      ['Police named Friday a suspect in the attack.', 'Friday', '2023-06-23', 'DATE'],
      // "a day after the floods" is a span from an event, no day off
      ['The minister declared Monday a day after the floods that the crisis was over.', 'Monday', '2023-06-19', 'DATE'],
      ['The minister declared Monday a day before the vote that the party would win.', 'Monday', '2023-06-19', 'DATE'],
      ['The club named Friday a new coach for the season.', 'Friday', '2023-06-23', 'DATE'],
    ]);
  });
});

describe('time: "could see more …" is a forecast', () => {
  it('looks ahead', () => {
    check('2021-02-15', [
      ['Parts of the state could see another round of snow Wednesday.', 'Wednesday', '2021-02-17', 'DATE'],
      ['The coast could see up to 20 cm of rain on Thursday.', 'Thursday', '2021-02-18', 'DATE'],
      ['Markets could see further swings on Friday.', 'Friday', '2021-02-19', 'DATE'],
    ]);
  });
  it('a past ability to see stays past (negative)', () => {
    check('2021-02-15', [
      ['Residents could see smoke from the hills on Saturday.', 'Saturday', '2021-02-13', 'DATE'],
      ['From the ridge, hikers could see more smoke rising on Saturday.', 'Saturday', '2021-02-13', 'DATE'],
      ['Witnesses could see up to 20 bodies on the beach on Saturday.', 'Saturday', '2021-02-13', 'DATE'],
    ]);
  });
});

describe('time: a forecast "could see more …" under a past reporting verb still looks ahead', () => {
  it('the forecast, nearer the day than the saying, decides', () => {
    check('2021-02-15', [
      ['The weather service said parts of the state could see another round of snow and freezing rain Wednesday.', 'Wednesday', '2021-02-17', 'DATE'],
      ['Forecasters warned that the coast could see up to 20 cm of rain on Thursday.', 'Thursday', '2021-02-18', 'DATE'],
    ]);
  });
  it('a plain "could" under a saying, and a past ability to see, stay as they were (negatives)', () => {
    check('2021-02-15', [
      ['Officials said the bridge could have collapsed on Saturday.', 'Saturday', '2021-02-13', 'DATE'],
      ['Residents said they could see smoke from the hills on Saturday.', 'Saturday', '2021-02-13', 'DATE'],
      ['The agency said witnesses could see more smoke rising on Saturday.', 'Saturday', '2021-02-13', 'DATE'],
    ]);
  });
});
