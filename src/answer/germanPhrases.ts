/**
 * German names of more than one word that the domain's name list (synonyms.de.json `names`) gives short forms for:
 * "Europäische Union" is the EU, "Vereinte Nationen" the UN. The question's words of such a name, inflected or not
 * ("der Europäischen Union"), are one concept: its short forms, and the name's last word at a part's weight (a text may
 * write the name in full). Read apart, "Union" would be a rare word most passages about the EU lack.
 */
import type { Analyzer } from "../analysis/analyzer.js";
import type { Lexicon } from "../analysis/lexicon.js";
import { type Alternative, type Concept, makeAlternative, makeConcept, type ParseContext } from "./concepts.js";
import { weakEntry } from "../util/weakEntry.js";
import { phraseHeadTerm } from "./wordConcept.js";

/** Longest phrase looked for, in words. */
const MAX_PHRASE_WORDS = 4;

/** Per lexicon and analyzer: a name's words' head terms (joined by spaces) → its short forms. */
const tables = new WeakMap<Lexicon, WeakMap<Analyzer, Map<string, readonly string[]>>>();

function phraseTable(lexicon: Lexicon, analyzer: Analyzer): Map<string, readonly string[]> {
  return weakEntry(
    weakEntry(tables, lexicon, () => new WeakMap()),
    analyzer,
    () => {
      const table = new Map<string, readonly string[]>();
      for (const [key, others] of lexicon.names) {
        const words = key.split(/\s+/).filter(Boolean);
        if (words.length < 2 || words.length > MAX_PHRASE_WORDS) continue;
        const heads = words.map((w) => analyzer.headTerm(w));
        if (heads.some((h) => h === null)) continue;
        table.set(heads.join(" "), others);
      }
      return table;
    },
  );
}

/**
 * The names among the question's tokens, longest first: the first token of each maps to its concept, the others to
 * null (taken).
 */
export function germanPhrases<T extends { raw: string }>(tokens: readonly T[], ctx: ParseContext): Map<T, Concept | null> {
  const out = new Map<T, Concept | null>();
  const table = phraseTable(ctx.lexicon, ctx.analyzer);
  if (table.size === 0) return out;
  const heads = tokens.map((t) => ctx.analyzer.headTerm(t.raw));
  for (let i = 0; i < tokens.length; i++) {
    for (let n = Math.min(MAX_PHRASE_WORDS, tokens.length - i); n >= 2; n--) {
      const run = heads.slice(i, i + n);
      if (run.some((h) => h === null)) continue;
      const others = table.get(run.join(" "));
      if (!others) continue;
      // The short forms name the same thing; the last word alone ("Union", "Staaten") names it only beside the others.
      const alts: Alternative[] = [];
      for (const other of others) {
        const term = phraseHeadTerm(ctx.analyzer, other);
        if (term !== null && !alts.some((a) => a.term === term)) alts.push(makeAlternative(term, 1));
      }
      if (!alts.some((a) => a.term === run[n - 1])) alts.push(makeAlternative(run[n - 1]!, alts.length > 0 ? ctx.weights.part : 1, { part: true }));
      out.set(tokens[i]!, makeConcept(tokens.slice(i, i + n).map((t) => t.raw).join(" "), alts, true));
      for (let k = 1; k < n; k++) out.set(tokens[i + k]!, null);
      i += n - 1;
      break;
    }
  }
  return out;
}
