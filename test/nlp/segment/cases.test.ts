// Table of hard cases: input → expected sentences, tokens or kinds. Texts are invented for the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceKinds, sentenceTexts, tokenKinds, tokenTexts } from './helpers.js';

const SENTENCES: [string, string, string[]][] = [
  ['plain two sentences', 'The vote passed. Lawmakers left.', ['The vote passed.', 'Lawmakers left.']],
  ['title abbreviations', 'Mr. Jones met Dr. Lee and Gen. Park. They spoke.', ['Mr. Jones met Dr. Lee and Gen. Park.', 'They spoke.']],
  ['military ranks', 'Lt. Col. Ann Diaz and Sgt. Tom Reed arrived. Capt. Mo Ali stayed.', ['Lt. Col. Ann Diaz and Sgt. Tom Reed arrived.', 'Capt. Mo Ali stayed.']],
  ['politicians', 'Gov. Hart, Sen. Vale and Rep. Oduya voted no. Rev. Moss prayed.', ['Gov. Hart, Sen. Vale and Rep. Oduya voted no.', 'Rev. Moss prayed.']],
  ['party and dotted state in brackets', 'Sen. Ann Hale (D-N.Y.) said it failed. Rep. Bo Kerr (R-S.C.) agreed.', ['Sen. Ann Hale (D-N.Y.) said it failed.', 'Rep. Bo Kerr (R-S.C.) agreed.']],
  ['hyphen then dotted capitals ends sentence before starter', 'The rebels were pro-U.S. The army was not.', ['The rebels were pro-U.S.', 'The army was not.']],
  ['U.S. mid-sentence', 'The U.S. military said U.N. inspectors left the U.K. embassy.', ['The U.S. military said U.N. inspectors left the U.K. embassy.']],
  ['U.S. before proper noun', 'He met U.S. President Lane on Friday.', ['He met U.S. President Lane on Friday.']],
  ['U.S. ends sentence before starter', 'The talks moved to the U.S. The delegation flew on Monday.', ['The talks moved to the U.S.', 'The delegation flew on Monday.']],
  ['p.m. then starter ends', 'The blast came at 5 p.m. The next day rescuers arrived.', ['The blast came at 5 p.m.', 'The next day rescuers arrived.']],
  ['a.m. then name continues', 'At 9 a.m. Ms. Ortiz called.', ['At 9 a.m. Ms. Ortiz called.']],
  ['p.m. then lower case', 'By 6 p.m. the crowd had gone.', ['By 6 p.m. the crowd had gone.']],
  ['company suffix mid-sentence', 'Acme Inc. said profits rose. Shares fell.', ['Acme Inc. said profits rose.', 'Shares fell.']],
  ['company suffix before a plural subject', 'He sold Acme Inc. Shares fell 3%.', ['He sold Acme Inc.', 'Shares fell 3%.']],
  ['company suffix before a title', 'Acme Inc. CEO Ann Lee quit.', ['Acme Inc. CEO Ann Lee quit.']],
  ['company suffix ends sentence', 'He works for Acme Corp. The firm denied it.', ['He works for Acme Corp.', 'The firm denied it.']],
  ['Ltd. and Co.', 'Bolt Ltd. and Ward & Co. merged in March.', ['Bolt Ltd. and Ward & Co. merged in March.']],
  ['Jr. and Sr.', 'Martin Cole Jr. and Ed Cole Sr. spoke first.', ['Martin Cole Jr. and Ed Cole Sr. spoke first.']],
  ['No. before a number', 'He lives at No. 10 and works at No. 4 Street.', ['He lives at No. 10 and works at No. 4 Street.']],
  ['month abbreviations', 'The vote is on Sept. 12, not Oct. 3 or Jan. 9. Polls open early.', ['The vote is on Sept. 12, not Oct. 3 or Jan. 9.', 'Polls open early.']],
  ['vs. and approx.', 'It was Lyon vs. Nice with approx. 40,000 fans.', ['It was Lyon vs. Nice with approx. 40,000 fans.']],
  ['St. as saint', 'They prayed at St. Mary church. Then they ate.', ['They prayed at St. Mary church.', 'Then they ate.']],
  ['etc. ends sentence', 'Bring food, water, etc. The trip is long.', ['Bring food, water, etc.', 'The trip is long.']],
  ['e.g. and i.e.', 'Some states, e.g. Ohio, agreed, i.e. most of them.', ['Some states, e.g. Ohio, agreed, i.e. most of them.']],
  ['initials', 'George W. Bush and J.R.R. Tolkien were named. H. G. Wells too.', ['George W. Bush and J.R.R. Tolkien were named.', 'H. G. Wells too.']],
  ['initial ends sentence before starter', 'They took vitamin D. It helped.', ['They took vitamin D.', 'It helped.']],
  ['decimals do not split', 'Growth was 1.5 percent, down from 2.25 percent. Prices rose.', ['Growth was 1.5 percent, down from 2.25 percent.', 'Prices rose.']],
  ['sentence starting with a digit', 'Officials counted the dead. 20 people were missing.', ['Officials counted the dead.', '20 people were missing.']],
  ['sentence ending in a number', 'The toll rose to 1,180. Rescuers kept digging.', ['The toll rose to 1,180.', 'Rescuers kept digging.']],
  ['question and exclamation', 'Will it hold? Nobody knows! We wait.', ['Will it hold?', 'Nobody knows!', 'We wait.']],
  ['?! run', 'He won?! Incredible.', ['He won?!', 'Incredible.']],
  ['ellipsis then capital', 'We waited... Then the lights went out.', ['We waited...', 'Then the lights went out.']],
  ['ellipsis mid-sentence', 'It was... not what we expected.', ['It was... not what we expected.']],
  ['unicode ellipsis', 'It went on… The end came later.', ['It went on…', 'The end came later.']],
  ['closing quote after period', '“We will win.” The crowd cheered.', ['“We will win.”', 'The crowd cheered.']],
  ['comma inside quote, said', '“We will win,” he said. Nobody believed him.', ['“We will win,” he said.', 'Nobody believed him.']],
  ['question in quote, lower-case verb', '“Who did it?” she asked. No answer came.', ['“Who did it?” she asked.', 'No answer came.']],
  ['question in quote, name then verb', '“Why not?” Kowalski asked. He shrugged.', ['“Why not?” Kowalski asked.', 'He shrugged.']],
  ['straight quotes', 'He said "it is over." Then he left.', ['He said "it is over."', 'Then he left.']],
  ['sentence starting with quote', 'The mayor spoke. "We need help," she said.', ['The mayor spoke.', '"We need help," she said.']],
  ['parenthetical sentence', 'Rain fell. (Forecasters had warned of it.) Roads flooded.', ['Rain fell.', '(Forecasters had warned of it.)', 'Roads flooded.']],
  ['no space after period', 'The end.Next week starts now.', ['The end.', 'Next week starts now.']],
  ['URL with dots', 'See www.example.org/report.html for details. It is long.', ['See www.example.org/report.html for details.', 'It is long.']],
  ['email', 'Write to desk.news@example.com today. We reply.', ['Write to desk.news@example.com today.', 'We reply.']],
  ['domain name', 'Figures came from example.com. Analysts agreed.', ['Figures came from example.com.', 'Analysts agreed.']],
  ['all caps', 'THE STORM HIT AT DAWN. MR. KANE SAID IT WAS BAD.', ['THE STORM HIT AT DAWN.', 'MR. KANE SAID IT WAS BAD.']],
  ['all caps initial then opener', 'THEY WON GROUP A. THE FANS CHEERED.', ['THEY WON GROUP A.', 'THE FANS CHEERED.']],
  ['paragraphs', 'First paragraph here.\n\nSecond one here', ['First paragraph here.', 'Second one here']],
  ['headline line', 'Floods kill dozens in port city\nAt least 40 people died on Monday.', ['Floods kill dozens in port city', 'At least 40 people died on Monday.']],
  ['headline ending in a bracket', 'Storm hits coast (video)\nWinds reached 100 km/h.', ['Storm hits coast (video)', 'Winds reached 100 km/h.']],
  ['line ending in a comma continues', 'The storm hit the coast,\nKilling at least 40 people.', ['The storm hit the coast,\nKilling at least 40 people.']],
  ['bullet list', 'Key points:\n• Roads closed\n• Schools shut\n• Power cut', ['Key points:', '• Roads closed', '• Schools shut', '• Power cut']],
  ['numbered list', 'Steps:\n1. Leave\n2. Call', ['Steps:', '1. Leave', '2. Call']],
  ['wrapped line continues', 'The minister said the talks with the\nKremlin would resume soon.', ['The minister said the talks with the\nKremlin would resume soon.']],
  ['line break before lower case continues', 'Officials said the water\nwas rising fast.', ['Officials said the water\nwas rising fast.']],
  ['one paragraph per line', 'The dam broke on Sunday.\nThousands fled their homes.', ['The dam broke on Sunday.', 'Thousands fled their homes.']],
  ['dateline with agency', 'PYONGYANG, Sept 11 (Reuters) - The leader left by train.', ['PYONGYANG, Sept 11 (Reuters) -', 'The leader left by train.']],
  ['dateline AP style', 'WASHINGTON (AP) — Lawmakers voted on Friday.', ['WASHINGTON (AP) —', 'Lawmakers voted on Friday.']],
  ['dateline with region', 'TRIPOLI, Libya (AP) — Rescuers searched the coast.', ['TRIPOLI, Libya (AP) —', 'Rescuers searched the coast.']],
  ['dateline agency only', '(CNN) — A ship sank overnight.', ['(CNN) —', 'A ship sank overnight.']],
  ['dateline place only', 'LONDON — Markets fell sharply.', ['LONDON —', 'Markets fell sharply.']],
  ['byline', 'Storm batters coast\nBy Jane Smith and John Doe, Reuters\nWinds reached 120 km/h.', ['Storm batters coast', 'By Jane Smith and John Doe, Reuters', 'Winds reached 120 km/h.']],
  ['Ph.D. mid-sentence', 'She has a Ph.D. from Oslo.', ['She has a Ph.D. from Oslo.']],
  ['et al.', 'Work by Diaz et al. shows this. Others disagree.', ['Work by Diaz et al. shows this.', 'Others disagree.']],
  ['period inside brackets', 'Costs rose (see table 2.) Sales fell.', ['Costs rose (see table 2.)', 'Sales fell.']],
  ['semicolon no split', 'Rain fell; rivers rose. Roads closed.', ['Rain fell; rivers rose.', 'Roads closed.']],
  ['version numbers', 'Version 3.0.1 shipped. Users upgraded.', ['Version 3.0.1 shipped.', 'Users upgraded.']],
  ['time with colon', 'It began at 10:30. Crowds gathered.', ['It began at 10:30.', 'Crowds gathered.']],
  ['state abbreviation mid', 'She lives in Fresno, Calif. with her son.', ['She lives in Fresno, Calif. with her son.']],
  ['company suffix before bracket', 'Acme Corp. (Acme) said. It fell.', ['Acme Corp. (Acme) said.', 'It fell.']],
  ['detached closing quote at paragraph end', 'It will "go on. "\n\nNew paragraph.', ['It will "go on. "', 'New paragraph.']],
  ['etc. before any capital', 'Rice, oil, etc. Manuscripts came later.', ['Rice, oil, etc.', 'Manuscripts came later.']],
  ['colon dateline', 'NEW DELHI: The minister spoke. He left.', ['NEW DELHI:', 'The minister spoke.', 'He left.']],
  ['label with colon is no dateline', 'BREAKING: Markets fell sharply.', ['BREAKING: Markets fell sharply.']],
  ['glued em dash dateline', 'WASHINGTON (AP)—Lawmakers voted.', ['WASHINGTON (AP)—', 'Lawmakers voted.']],
  ['dateline after a headline line', 'Storm hits coast\nMIAMI (AP) — Winds rose.', ['Storm hits coast', 'MIAMI (AP) —', 'Winds rose.']],
  ['quoted question then pronoun-like subject', 'She asked: "Why?" Nobody answered.', ['She asked: "Why?"', 'Nobody answered.']],
  ['state abbreviation ends sentence', 'He was born in Dayton, Ohio, and raised in St. Louis, Mo. He moved on.', ['He was born in Dayton, Ohio, and raised in St. Louis, Mo.', 'He moved on.']],
  ['hyphenated party-state tag', 'Sen. Ann Ruiz (D-Mass.) said so. Others agreed.', ['Sen. Ann Ruiz (D-Mass.) said so.', 'Others agreed.']],
  ['camel-case brand opens a sentence', 'Sales rose. iPhone demand was strong.', ['Sales rose.', 'iPhone demand was strong.']],
  ['mistyped closing quote at line end', 'It will get worse.“\nPrices rose.', ['It will get worse.“', 'Prices rose.']],
  ['a year opening a line is no list number', 'Not since\n\n1988. The party split.', ['Not since', '1988.', 'The party split.']],
  ['region dateline', 'Evansville, Indiana, United States - The fair opened.', ['Evansville, Indiana, United States -', 'The fair opened.']],
  ['exclamation in quote then lower', '“Run!” someone shouted. They ran.', ['“Run!” someone shouted.', 'They ran.']],
];

const TOKENS: [string, string, string[]][] = [
  ['units spaced', '59 km/h (37 mph)', ['59', 'km/h', '(', '37', 'mph', ')']],
  ['unit glued', 'a 122mm shell', ['a', '122', 'mm', 'shell']],
  ['magnitude glued', '68.7bn roubles', ['68.7', 'bn', 'roubles']],
  ['currency and decimals', '$71.4 million', ['$', '71.4', 'million']],
  ['pound and euro', '£5bn or €4.2m', ['£', '5', 'bn', 'or', '€', '4.2', 'm']],
  ['percent', 'up 3.7% on year', ['up', '3.7', '%', 'on', 'year']],
  ['thousands', '1,180 dead and 10,100 missing', ['1,180', 'dead', 'and', '10,100', 'missing']],
  ['possessive clitic', 'Kim’s train', ['Kim', '’s', 'train']],
  ['negation clitic', "don't and can't", ['do', "n't", 'and', 'ca', "n't"]],
  ['other clitics', "they're we've I'll she'd I'm", ['they', "'re", 'we', "'ve", 'I', "'ll", 'she', "'d", 'I', "'m"]],
  ['name apostrophe kept', "O'Brien and D’Souza", ["O'Brien", 'and', 'D’Souza']],
  ['decade', 'the ’90s and the 1980s', ['the', '’90s', 'and', 'the', '1980s']],
  ['hyphenated words', 'Kim Jong-un, eastern-based then-US', ['Kim', 'Jong-un', ',', 'eastern-based', 'then-US']],
  ['hyphen with digits', 'an F-16 and COVID-19 and a 59-year-old', ['an', 'F-16', 'and', 'COVID-19', 'and', 'a', '59-year-old']],
  ['number ranges split', '5,000-6,000 people', ['5,000', '-', '6,000', 'people']],
  ['iso date', 'on 2023-09-11.', ['on', '2023-09-11', '.']],
  ['clitic after abbreviation and number', "the U.S.'s plan in the 1990's", ['the', 'U.S.', "'s", 'plan', 'in', 'the', '1990', "'s"]],
  ['ordinal', 'the 21st century', ['the', '21st', 'century']],
  ['time and pm glued', 'at 3.30pm and 10am', ['at', '3.30', 'pm', 'and', '10', 'am']],
  ['party and dotted state', 'Hale (D-N.Y.) and Kerr (R-S.C.)', ['Hale', '(', 'D-N.Y.', ')', 'and', 'Kerr', '(', 'R-S.C.', ')']],
  ['hyphen then one initial stays split', 'vitamin-D. It', ['vitamin-D', '.', 'It']],
  ['abbreviation tokens', 'U.S.-led talks in the U.K.', ['U.S.-led', 'talks', 'in', 'the', 'U.K.']],
  ['ellipsis token', 'wait... what…', ['wait', '...', 'what', '…']],
  ['em dash', 'yes—no -- maybe', ['yes', '—', 'no', '--', 'maybe']],
  ['url trailing punct', '(see https://example.org/a_(b)).', ['(', 'see', 'https://example.org/a_(b)', ')', '.']],
  ['hashtag and handle', '#MeToo by @newsdesk', ['#MeToo', 'by', '@newsdesk']],
  ['degrees', '30°C today', ['30', '°C', 'today']],
  ['ampersand name', 'AT&T and S&P', ['AT&T', 'and', 'S&P']],
  ['fraction', '24/7 service, 1/2 price', ['24/7', 'service', ',', '1/2', 'price']],
  ['emoji', 'great 👍🏽!', ['great', '👍', '🏽', '!']],
  ['accented and combining', 'Café Zürich São', ['Café', 'Zürich', 'São']],
];

const TOKEN_KINDS: [string, string, string[]][] = [
  ['kinds', '“$5,” he said—5%', ['“/QUOTE', '$/SYMBOL', '5/NUMBER', ',/PUNCT', '”/QUOTE', 'he/WORD', 'said/WORD', '—/PUNCT', '5/NUMBER', '%/SYMBOL']],
  ['straight quotes are QUOTE', `'a' "b"`, ["'/QUOTE", 'a/WORD', "'/QUOTE", '"/QUOTE', 'b/WORD', '"/QUOTE']],
];

const KINDS: [string, string, string[]][] = [
  ['headline, byline, dateline, body', 'Ships collide off coast\nBy Ana Ruiz\nLISBON (Reuters) - Two ships collided. Nobody was hurt.',
    ['HEADLINE:Ships collide off coast', 'BYLINE:By Ana Ruiz', 'DATELINE:LISBON (Reuters) -', 'BODY:Two ships collided.', 'BODY:Nobody was hurt.']],
  ['body-only text has no headline', 'Two ships collided. Nobody was hurt.', ['BODY:Two ships collided.', 'BODY:Nobody was hurt.']],
  ['"By" sentence is body', 'Storm nears\n\nBy Tuesday the toll had risen.', ['HEADLINE:Storm nears', 'BODY:By Tuesday the toll had risen.']],
  ['credit line', 'The talks ended.\nReporting by Omar Ali; Editing by Kim Lee', ['BODY:The talks ended.', 'BYLINE:Reporting by Omar Ali; Editing by Kim Lee']],
  ['parenthesised credit line', 'Talks ended.\n\n(Reporting by Ana Ruiz in Lima; Editing by Tom Lee)', ['BODY:Talks ended.', 'BYLINE:(Reporting by Ana Ruiz in Lima; Editing by Tom Lee)']],
  ['byline and dateline on one line', 'Owner held\nBy Ann Lee. BOSTON (Reuters) - A man was held.', ['HEADLINE:Owner held', 'BYLINE:By Ann Lee.', 'DATELINE:BOSTON (Reuters) -', 'BODY:A man was held.']],
  ['speaker labels further down are no datelines', 'NEW DELHI: Talks began. They went on.\n\nSMITH: We agree.\n\nJONES: We do not.',
    ['DATELINE:NEW DELHI:', 'BODY:Talks began.', 'BODY:They went on.', 'BODY:SMITH: We agree.', 'BODY:JONES: We do not.']],
  ['timestamp line', 'Dam bursts\nUpdated 3:45 PM EDT, Sun September 24, 2023\nWater poured out.', ['HEADLINE:Dam bursts', 'DATELINE:Updated 3:45 PM EDT, Sun September 24, 2023', 'BODY:Water poured out.']],
  ['web top matter', 'Kim arrives in Russia\nBy Ana Ruiz and Tom Lee, Reuters\nSeptember 12, 2023 5:06 AM UTC Updated 2 hours ago\n\nSEOUL, Sept 12 (Reuters) - Kim arrived.',
    ['HEADLINE:Kim arrives in Russia', 'BYLINE:By Ana Ruiz and Tom Lee, Reuters', 'DATELINE:September 12, 2023 5:06 AM UTC Updated 2 hours ago', 'DATELINE:SEOUL, Sept 12 (Reuters) -', 'BODY:Kim arrived.']],
  ['byline with affiliation line', 'Dams burst in the east\n11 September 2023\nBy Jane Doe\nBBC News\n\nThousands are feared dead.',
    ['HEADLINE:Dams burst in the east', 'DATELINE:11 September 2023', 'BYLINE:By Jane Doe', 'BYLINE:BBC News', 'BODY:Thousands are feared dead.']],
  ['wire byline with role', 'Flu fears grow\nby Xinhua writer Li Ming\nBEIJING, Nov. 2 (Xinhua) -- Officials met.',
    ['HEADLINE:Flu fears grow', 'BYLINE:by Xinhua writer Li Ming', 'DATELINE:BEIJING, Nov. 2 (Xinhua) --', 'BODY:Officials met.']],
  ['detached closing quote is not a headline', 'He said it would "continue. "\nThen he left.', ['BODY:He said it would "continue. "', 'BODY:Then he left.']],
];

for (const [name, input, expected] of SENTENCES) {
  test(`sentences: ${name}`, () => assert.deepEqual(sentenceTexts(input), expected));
}
for (const [name, input, expected] of TOKENS) {
  test(`tokens: ${name}`, () => assert.deepEqual(tokenTexts(input), expected));
}
for (const [name, input, expected] of TOKEN_KINDS) {
  test(`token kinds: ${name}`, () => assert.deepEqual(tokenKinds(input), expected));
}
for (const [name, input, expected] of KINDS) {
  test(`sentence kinds: ${name}`, () => assert.deepEqual(sentenceKinds(input), expected));
}

test('paragraph indices count blank-line blocks', async () => {
  const { segment } = await import('../../../src/nlp/segment/index.js');
  const text = 'Headline here\n\nOne. Two.\n\nThree.';
  assert.deepEqual(segment(text).sentences.map((s) => s.paragraph), [0, 1, 1, 2]);
});
