/** Words too common to tell claims apart; searching for them alone finds nothing. */
const stopWords = new Set(
  (
    'a an and are as at be been but by can could did do does for from had has have he her his i ' +
    'if in into is it its me my no nor not of on or our she so than that the their them then ' +
    'there these they this those to too us was we were what when which who whom why will with ' +
    'would you your'
  ).split(' '),
);

/**
 * How both indexes and queries turn a token into a term: accents and case folded, stop words and
 * single letters dropped (single digits are kept).
 */
export function processTerm(token: string): string | null {
  const term = token
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  if (term.length < 2 && !/\d/.test(term)) return null;
  return stopWords.has(term) ? null : term;
}

/** Search behaviour: every word must match; from 3 letters a word also matches as a prefix (as you type), from 5 letters with one typo, from 8 with two (MiniSearch rounds 0.2 × length), so transliterations such as Musabekov find Musabayov. */
export const searchOptions = {
  combineWith: 'AND' as const,
  prefix: (term: string) => term.length >= 3,
  fuzzy: (term: string) => (term.length >= 5 ? 0.2 : false),
  maxFuzzy: 2,
};
