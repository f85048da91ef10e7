// Small word lists of the status reading, kept as data: data/lexicon/status-words.json.
import { namedWordLists } from '../../core/word-lists.js';

/** The list `key` of data/lexicon/status-words.json, lower-cased. */
export const statusWords = namedWordLists('status-words.json');
