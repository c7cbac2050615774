/**
 * OpenThesaurus's MyThes export (LGPL-2.1-or-later) → thesaurus.de.tsv: cleaned synonym sets. Described in compile.ts.
 */
import { MAX_SYNSET_SIZE } from "./lineFormats.js";
import { compareStrings, isShortTerm, removeGroups } from "./compileText.js";

/** The cleaned synsets of a MyThes `.dat` file, deduplicated, "(Hauptform)" first. */
export function compileSynsets(datText: string): string[][] {
  const lines = datText.split("\n");
  const bySet = new Map<string, string[]>();
  // Line 0 names the encoding; then "entry|n" followed by n meaning lines "pos|member|member|...".
  let i = 1;
  while (i < lines.length) {
    const header = lines[i]!;
    const n = Number.parseInt(header.slice(header.lastIndexOf("|") + 1), 10);
    i++;
    if (!Number.isFinite(n)) continue;
    for (let k = 0; k < n && i < lines.length; k++, i++) {
      const synset = cleanSynset(lines[i]!.split("|").slice(1));
      if (synset === null) continue;
      const key = [...synset].sort(compareStrings).join("|");
      if (!bySet.has(key)) bySet.set(key, synset);
    }
  }
  return [...bySet.values()].sort((a, b) => compareStrings(a.join("|"), b.join("|")));
}

/** Members of one meaning without broader terms and annotations, or null when too small or too large. */
export function cleanSynset(members: readonly string[]): string[] | null {
  const main: string[] = [];
  const rest: string[] = [];
  for (const member of members) {
    const notes: string[] = [];
    const text = removeGroups(member.replace(/[’‘]/g, "'"), "(", ")", notes)
      .split(/\s+/)
      .filter(Boolean)
      .join(" ");
    if (notes.some((n) => /\bOberbegriff\b|\bUnterbegriff\b/.test(n))) continue;
    if (!isShortTerm(text)) continue;
    if (main.includes(text) || rest.includes(text)) continue;
    (notes.some((n) => /\bHauptform\b/.test(n)) ? main : rest).push(text);
  }
  const synset = [...main, ...rest];
  return synset.length >= 2 && synset.length <= MAX_SYNSET_SIZE ? synset : null;
}
