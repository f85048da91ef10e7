// Small word lists of the attribution stage, kept as data: data/lexicon/attribution-words.json.
import { namedWordLists } from '../../core/word-lists.js';

/** The list `key` of data/lexicon/attribution-words.json, lower-cased. */
export const attributionWords = namedWordLists('attribution-words.json');
