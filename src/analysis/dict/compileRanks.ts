/**
 * General German word ranks (`ranks.de.txt`) from the frequency-ranked word lists of the npm package
 * `@zxcvbn-ts/language-de` 3.0.2 (MIT; lists counted over Wikipedia and film subtitles).
 * The package holds a Wikipedia list and a common-words list, most frequent first; a word's rank is its best place
 * in either. Words are folded (foldWord) and kept when they are letters a–z only; the output is one word a line in
 * rank order (ties by word), so a word's rank is its line number after the header.
 */
import { foldWord } from "../normalize.js";
import { compareStrings } from "./compileText.js";
import { RANK_WORD } from "./lineFormats.js";

/** The lists of one package's `dictionary` export, most frequent first. */
export interface RankedLists {
  wikipedia: readonly string[];
  commonWords: readonly string[];
}

/** The words of `lists`, folded, deduplicated, by best rank in any list (ties in code-unit order). */
export function compileRanks(lists: RankedLists): string[] {
  const best = new Map<string, number>();
  for (const list of [lists.wikipedia, lists.commonWords]) {
    list.forEach((word, i) => {
      const folded = foldWord(word.toLowerCase());
      if (!RANK_WORD.test(folded)) return;
      if ((best.get(folded) ?? Number.POSITIVE_INFINITY) > i) best.set(folded, i);
    });
  }
  return [...best].sort((a, b) => a[1] - b[1] || compareStrings(a[0], b[0])).map(([word]) => word);
}
