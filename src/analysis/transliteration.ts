/**
 * German spellings of a name written the English (or international) way: the German press transcribes Russian,
 * Ukrainian, Arabic or Mongolian names by German rules, so "Ushakov" is "Uschakow", "Yermak" "Jermak", "Medinsky"
 * "Medinski", "Temujin" "Temüdschin". The engine tries these spellings only for names the corpus does not use, and
 * keeps those the corpus does use.
 *
 * @example
 * germanSpellings("ushakov") // includes "uschakow"
 */

/**
 * English letter groups and their German transcription. One pass over the word, the longest group first, so that a
 * transcribed group is never transcribed again ("kh" → "ch" stays "ch").
 */
const RULES: ReadonlyArray<readonly [string, string]> = [
  ["shch", "schtsch"],
  ["iev", "ijew"],
  ["zh", "sch"],
  ["kh", "ch"],
  ["sh", "sch"],
  ["ch", "tsch"],
  ["ts", "z"],
  ["ya", "ja"],
  ["ye", "je"],
  ["yo", "jo"],
  ["yu", "ju"],
  ["j", "dsch"],
  ["v", "w"],
  ["z", "s"],
];

function transcribe(word: string, rules: ReadonlyArray<readonly [string, string]>): string {
  if (rules.length === 0) return word;
  const to = new Map(rules);
  const pattern = new RegExp(rules.map(([from]) => from).join("|"), "g");
  return word.replace(pattern, (m) => to.get(m)!);
}

/** A final "-y"/"-iy" is written "-i", "-ij" or "-yj" ("Medinsky" → Medinski, "Zelensky" → Selenskyj). */
const FINAL_Y = /(?:iy|y)$/;
const FINAL_Y_SPELLINGS = ["i", "ij", "yj"];

/** At most this many spellings per word (every rule alone, all rules, all but one, each with the final-y forms). */
export const MAX_SPELLINGS = 64;

/** Candidate German spellings of a lower-case word (without the word itself). */
export function germanSpellings(word: string): string[] {
  const out = new Set<string>();
  const apply = (rules: ReadonlyArray<readonly [string, string]>) => transcribe(word, rules);
  const bases = [apply(RULES), ...RULES.map((r) => apply([r])), ...RULES.map((_, i) => apply(RULES.filter((__, j) => j !== i)))];
  for (const base of bases) {
    out.add(base);
    if (FINAL_Y.test(base)) for (const end of FINAL_Y_SPELLINGS) out.add(base.replace(FINAL_Y, end));
  }
  out.delete(word);
  return [...out].slice(0, MAX_SPELLINGS);
}
