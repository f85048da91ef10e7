// Word lists for the segmenter. Plain data: extend freely, nothing here is tied to one article.
// Abbreviations are written without their final period; lookup is case-sensitive with a
// title-case fallback for ALL-CAPS text ("MR. SMITH" → "Mr").

/** Titles and name prefixes: they precede a name, so their period never ends a sentence ("Gen. Smith"). */
export const TITLE_ABBREVIATIONS: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Mssrs', 'Messrs', 'Mme', 'Mlle', 'Dr', 'Drs', 'Prof', 'Profs',
  'Gen', 'Lt', 'Col', 'Sgt', 'Cpl', 'Pvt', 'Pfc', 'Maj', 'Capt', 'Cmdr', 'Cdr', 'Adm', 'Brig',
  'Gov', 'Govs', 'Sen', 'Sens', 'Rep', 'Reps', 'Rev', 'Revd', 'Hon', 'Pres', 'Supt', 'Det',
  'Insp', 'Amb', 'Fr', 'Sec', 'Atty', 'Gens', 'Lieut', 'Comdr', 'Msgr', 'Rt', 'Ald', 'Cllr',
  'Sr', 'Sra', 'Srta', 'Mt', 'Ft', 'Pt',
];

/**
 * Abbreviations that may well end a sentence ("… of Apple Inc. The company …"): the period ends
 * the sentence only when the next word is a typical sentence opener (see SENTENCE_STARTERS).
 */
export const AMBIGUOUS_ABBREVIATIONS: readonly string[] = [
  'Inc', 'Corp', 'Ltd', 'Co', 'Cos', 'Bros', 'Jr', 'Plc', 'plc', 'Pty', 'LLC', 'Assn', 'Assoc',
  'Dept', 'Univ', 'Inst', 'Intl', 'Natl', 'Govt', 'Admin',
  'St', 'Ave', 'Blvd', 'Rd', 'Hwy', 'Sq', 'Ln', 'Pl', 'Ct',
  'al', 'approx', 'est', 'incl', 'excl', 'misc', 'ca', 'cf', 'vs', 'viz', 'resp',
  'dept', 'govt', 'univ', 'mln', 'bln', 'yr', 'yrs', 'hr', 'hrs', 'min', 'mins', 'sec', 'secs',
  'oz', 'lb', 'lbs', 'pt', 'qt', 'gal', 'ft', 'sq', 'cu', 'tbsp', 'tsp',
  'Ph', 'Esq', 'Bldg', 'Fig', 'Figs', 'Vol', 'Vols', 'Ch', 'Chap', 'Sect', 'Para', 'Ed', 'Eds',
  'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun',
  // US state abbreviations in AP style ("in Dayton, Ohio" is spelt out, but "Calif." is not).
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Kans',
  'Ky', 'La', 'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore',
  'Pa', 'Tenn', 'Tex', 'Va', 'Vt', 'Wash', 'Wis', 'Wyo', 'Penn', 'Penna',
];

/** Abbreviations that close a list and so mostly end their sentence ("… rice, oil, etc. Prices …"). */
export const LIKELY_END_ABBREVIATIONS: readonly string[] = ['etc', 'etcetera'];

/** Words that are abbreviations only when a number follows ("No. 10", "Art. 5", "pp. 3-4"). */
export const NUMERIC_ABBREVIATIONS: readonly string[] = [
  'No', 'Nos', 'Art', 'Arts', 'Nr', 'nr', 'p', 'pp', 'Vol', 'vol', 'Fig',
  'fig', 'Ch', 'ch', 'Sec', 'sec', 'Ex', 'Rev', 'Ref', 'ref', 'Tel', 'tel',
  // currencies written with a period before the amount ("Rs. 50 lakh", "Ksh. 300")
  'Rs', 'Ksh', 'KSh',
];

/** Month abbreviations: never end a sentence before a day number ("Sept. 11"). */
export const MONTH_ABBREVIATIONS: readonly string[] = [
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
];

/**
 * Capitalised words that typically open a sentence. After an ambiguous abbreviation or an
 * initial ("… in the U.S. The next day …", "… vitamin D. It …") they signal a boundary; a
 * capitalised word not in this list ("U.S. President") signals none.
 */
export const SENTENCE_STARTERS: readonly string[] = [
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'There', 'Here', 'It', 'Its', 'He', 'She',
  'They', 'We', 'I', 'You', 'His', 'Her', 'Their', 'Our', 'My', 'Your', 'One', 'Some', 'Many',
  'Most', 'All', 'Both', 'Each', 'Every', 'No', 'None', 'Several', 'Few', 'Other', 'Others',
  'But', 'And', 'Or', 'So', 'Yet', 'Still', 'However', 'Meanwhile', 'Moreover', 'Also',
  'Nevertheless', 'Nonetheless', 'Instead', 'Indeed', 'Thus', 'Therefore', 'Hence',
  'In', 'On', 'At', 'For', 'From', 'With', 'Without', 'By', 'Of', 'To', 'Into', 'Under', 'Over',
  'After', 'Before', 'During', 'Since', 'Until', 'While', 'When', 'Where', 'Whether', 'If',
  'Although', 'Though', 'Because', 'As', 'Once', 'Despite', 'Following', 'According', 'Among',
  'Earlier', 'Later', 'Now', 'Then', 'Today', 'Yesterday', 'Tomorrow', 'Last', 'Next', 'Asked',
  'What', 'Who', 'Why', 'How', 'Which', 'Such', 'Even', 'Only', 'Just', 'Not', 'Neither', 'Nor',
  'Officials', 'Police', 'Authorities', 'Witnesses', 'Residents', 'Critics', 'Analysts',
  'Lawmakers', 'Experts', 'Investigators', 'Protesters', 'Rescuers', 'Troops', 'Doctors',
  'Scientists', 'Researchers', 'Prosecutors', 'Voters', 'Shares', 'Prices', 'Stocks', 'Sales',
  'Profits', 'Sources', 'Talks', 'Negotiators', 'Supporters', 'Opponents', 'Survivors', 'Families',
  'Is', 'Are', 'Was', 'Were', 'Do', 'Does', 'Did', 'Has', 'Have', 'Had', 'Will', 'Would',
  'Can', 'Could', 'Should', 'May', 'Might', 'Must', 'Let', 'Please', 'Yes',
  'Nobody', 'Everyone', 'Everybody', 'Someone', 'Somebody', 'Anyone', 'Nothing', 'Everything',
  'Something', 'Another', 'Any', 'More', 'Much', 'Little', 'Like', 'Unlike', 'Besides', 'Through',
];

/** Lower-case reporting verbs: `“Why?” Smith asked.` keeps the quote and the verb together. */
export const SPEECH_VERBS: readonly string[] = [
  'said', 'says', 'asked', 'asks', 'told', 'tells', 'added', 'adds', 'wrote', 'writes',
  'replied', 'replies', 'explained', 'explains', 'noted', 'notes', 'insisted', 'insists',
  'continued', 'shouted', 'yelled', 'cried', 'tweeted', 'posted', 'stated', 'warned',
  'argued', 'recalled', 'concluded', 'declared', 'answered', 'responded', 'remarked',
];

/**
 * Unit and magnitude suffixes split off a number written without a space
 * ("122mm" → 122 mm, "68.7bn" → 68.7 bn, "5pm" → 5 pm). Case-sensitive.
 */
export const NUMBER_UNIT_SUFFIXES: readonly string[] = [
  'mm', 'cm', 'km', 'm', 'nm', 'µm', 'mi', 'ft', 'in', 'yd', 'kmh', 'kph', 'mph', 'kmph', 'kt',
  'kts', 'knots', 'kg', 'g', 'mg', 't', 'lb', 'lbs', 'oz', 'tn', 'ml', 'l', 'L', 'cl', 'dl',
  'bn', 'b', 'B', 'mn', 'mln', 'bln', 'tr', 'trn', 'tln', 'k', 'K', 'M', 'pc', 'pct',
  'GW', 'MW', 'kW', 'W', 'GWh', 'MWh', 'kWh', 'TWh', 'kV', 'V', 'Hz', 'kHz', 'MHz', 'GHz',
  'GB', 'MB', 'KB', 'kB', 'TB', 'Gb', 'Mb', 'Kbps', 'Mbps', 'Gbps', 'mAh',
  'am', 'pm', 'a.m', 'p.m', 'h', 'hr', 'hrs', 'min', 'mins', 'sec', 'secs', 'ms',
  'yr', 'yrs', 'C', 'F', 'ha', 'sqm', 'sqft', 'bpd', 'psi', 'cc', 'mmHg', 'x',
];

/** Suffixes kept inside the number token: ordinals and decades ("21st", "1990s"). */
export const NUMBER_KEPT_SUFFIXES: readonly string[] = ['st', 'nd', 'rd', 'th', 's', 'ST', 'ND', 'RD', 'TH', 'S'];

/** Clitics split off after an apostrophe ("Kim’s" → Kim ’s, "they’re" → they ’re). */
export const CLITICS: readonly string[] = ['s', 're', 've', 'll', 'd', 'm'];

/**
 * Lower-case words that leave a line unfinished: a line ending in one of them continues on the
 * next line even when that line starts with a capital ("… talks with the\nKremlin …").
 */
export const CONTINUATION_WORDS: readonly string[] = [
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'and', 'or', 'but',
  'that', 'which', 'who', 'as', 'than', 'into', 'onto', 'about', 'after', 'before', 'between',
  'his', 'her', 'its', 'their', 'our', 'said', 'says', 'told', 'is', 'are', 'was', 'were', 'be',
  'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'not', 'this', 'these',
  'those', 'over', 'under', 'against', 'during', 'since', 'until', 'while', 'when', 'where',
  'he', 'she', 'they', 'we', 'it', 'i', 'you', 'if', 'because', 'so', 'then', 'very', 'more',
];

/** Characters that open a list item at the start of a line ("• first point", "- second"). */
export const BULLET_CHARS = '•·▪■◦‣●○►▶✓✔–—-*';

/**
 * Words of a date/time stamp line ("September 12, 2023 5:06 AM UTC", "Updated 2 hours ago"):
 * a line made only of these, numbers and punctuation is a DATELINE. Lower-case; matched lower-cased.
 */
export const STAMP_WORDS: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'am', 'pm', 'a.m.', 'p.m.', 'utc', 'gmt', 'bst', 'cet', 'cest', 'est', 'edt', 'cst', 'cdt', 'mst',
  'mdt', 'pst', 'pdt', 'et', 'pt', 'ist', 'jst', 'kst', 'aest', 'hkt', 'sgt', 'msk',
  'updated', 'published', 'posted', 'last', 'first', 'modified', 'on', 'at', 'ago', 'hour', 'hours',
  'minute', 'minutes', 'min', 'mins', 'day', 'days', 'yesterday', 'today', 'hrs', 'hr', 'h', 'and',
];

/** Lower-case words allowed in a byline besides names: "By Xinhua writer Tian Sulei", "By Ana Ruiz in Lima". */
export const BYLINE_WORDS: readonly string[] = [
  'and', 'in', 'for', 'of', 'the', 'de', 'da', 'del', 'dos', 'van', 'von', 'der', 'den', 'al', 'bin', 'ibn',
  'el', 'la', 'le', 'with', 'at', 'by', 'staff', 'writer', 'writers', 'sportswriter', 'sportswriters',
  'correspondent', 'correspondents', 'editor', 'editors', 'reporter', 'reporters', 'news', 'agency',
  'agencies', 'special', 'senior', 'chief', 'political', 'foreign', 'business', 'science', 'health',
];

/** All-caps labels that open a line with a colon but are no dateline place ("BREAKING: …"). */
export const NOT_DATELINE_LABELS: readonly string[] = [
  'BREAKING', 'UPDATE', 'UPDATED', 'EXCLUSIVE', 'WATCH', 'LIVE', 'ANALYSIS', 'OPINION', 'EDITORIAL',
  'NOTE', 'EDS', 'EDITORS', 'WARNING', 'ALERT', 'URGENT', 'FLASH', 'PHOTO', 'VIDEO', 'READ', 'MORE',
  'RELATED', 'CORRECTION', 'CLARIFICATION', 'FACTBOX', 'EXPLAINER', 'Q', 'A', 'FILE', 'SOURCE', 'SOURCES',
  'CAPTION', 'COMMENT', 'REVIEW', 'INTERVIEW', 'FEATURE', 'ADVISORY', 'SPORTS', 'TOP', 'NEWS', 'WORLD',
  'TITLE', 'LINK', 'URL', 'SUBJECT', 'HEADLINE', 'BYLINE', 'DATE', 'DATELINE', 'BODY', 'TEXT', 'SUMMARY',
  'TAGS', 'KEYWORDS', 'AUTHOR', 'QUOTE', 'NB', 'PS', 'FAQ', 'WHAT', 'WHY', 'HOW', 'WHO', 'WHEN', 'WHERE',
  'ALSO', 'SEE', 'TIP', 'FACT', 'FACTS', 'BACKGROUND', 'CONTEXT', 'RESULTS', 'SCORES', 'LINEUPS', 'TEAMS',
  'CAPITAL', 'POPULATION', 'NOTES', 'DISCLAIMER', 'UPDATES', 'TIMELINE', 'LISTEN', 'SUBSCRIBE', 'SPONSORED',
];
