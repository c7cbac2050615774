/**
 * German spellings of a name written the English (or international) way: the German press transcribes Russian,
 * Ukrainian, Arabic or Mongolian names by German rules, so "Ushakov" is "Uschakow", "Yermak" "Jermak", "Medinsky"
 * "Medinski", "Temujin" "Temüdschin", Ukrainian "Kupiansk" "Kupjansk". The engine keeps the spellings the corpus uses:
 * for a name the corpus does not use, and for one it uses beside another spelling (evidence.ts `addFuzzyAlternatives`).
 * Outlets also differ among themselves: "Selenskyj" and "Selenskij", "Medinski" and "Medinskij", "Umerow" and "Umerov".
 *
 * Names written in Cyrillic take the same way: romanised as the international press writes them ("Ушаков" →
 * "ushakov"), then transcribed by the same rules ("uschakow").
 *
 * @example
 * germanSpellings("ushakov") // includes "uschakow"
 * cyrillicSpellings("Лавров") // includes "lawrow"
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
  ["ia", "ja"],
  ["iu", "ju"],
  ["j", "dsch"],
  ["v", "w"],
  ["z", "s"],
];

/** A set of rules compiled once: the replacement of each group and one pattern for all of them. */
interface Transcription {
  to: ReadonlyMap<string, string>;
  pattern: RegExp;
}

function compiled(rules: ReadonlyArray<readonly [string, string]>): Transcription {
  return { to: new Map(rules), pattern: new RegExp(rules.map(([from]) => from).join("|"), "g") };
}

function transcribe(word: string, { to, pattern }: Transcription): string {
  return word.replace(pattern, (m) => to.get(m)!);
}

/** All rules, every rule alone, all but one: the rule sets a word is transcribed by (compiled once, not per word). */
const TRANSCRIPTIONS: readonly Transcription[] = [RULES, ...RULES.map((r) => [r]), ...RULES.map((_, i) => RULES.filter((__, j) => j !== i))].map(compiled);

/**
 * The press writes one Slavic name ending several ways ("Selenskyj", "Selenskij", "Selenski", "Selensky", "Selenskyi";
 * "Medinsky", "Medinski", "Medinskij"; "Sergey", "Sergei"): a name ending in any of them is written with each of the
 * others too. (A word of general German that ends so, "Partei", is no name: evidence.ts `addFuzzyAlternatives` asks
 * the thesaurus.)
 */
const NAME_ENDING = /(?:yj|ij|iy|yi|y|i)$/;
const NAME_ENDINGS = ["i", "ij", "yj", "y", "iy", "yi"];

/** At most this many spellings per word (every rule alone, all rules, all but one, each with the other endings). */
export const MAX_SPELLINGS = 64;

/** Any letter group a rule transcribes: a word without one (nor a name ending, nor a "w") has no other spelling. */
const ANY_GROUP = new RegExp(RULES.map(([from]) => from).join("|"));

/**
 * Candidate spellings of a lower-case name (without the name itself): its German transcriptions, each with the other
 * name endings, and, the other way round, its German "w" written "v" ("Umerow" → Umerov, "Wolodymyr" → Volodymyr), as
 * outlets that keep the English transcription write it.
 */
export function germanSpellings(word: string): string[] {
  // Most words the engine asks about ("Trump", "Putin") have none: no spelling is built for them (no garbage per question).
  if (!ANY_GROUP.test(word) && !NAME_ENDING.test(word) && !word.includes("w")) return [];
  const out = new Set<string>();
  const add = (base: string) => {
    out.add(base);
    if (NAME_ENDING.test(base)) for (const end of NAME_ENDINGS) out.add(base.replace(NAME_ENDING, end));
  };
  add(word);
  if (word.includes("w")) add(word.replaceAll("w", "v"));
  for (const t of TRANSCRIPTIONS) add(transcribe(word, t));
  out.delete(word);
  return [...out].slice(0, MAX_SPELLINGS);
}

/** A Cyrillic letter (Russian, Ukrainian, Belarusian …). */
export const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * Cyrillic letters (lower case) as the international press romanises them; "ъ", "ь" and the Ukrainian apostrophe are
 * dropped, and "ї" is written the German way ("ji": no rule makes it of "yi"). "е" after a vowel or a hard/soft sign and at a word's start, and "й" after a vowel other than "и"/"ы"/"і",
 * are handled in {@link romanised}.
 */
const CYRILLIC_LATIN: Readonly<Record<string, string>> = {
  а: "a", б: "b", в: "v", г: "g", ґ: "g", д: "d", е: "e", ё: "yo", є: "ye", ж: "zh", з: "z", и: "i", і: "i", ї: "ji",
  й: "y", к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ў: "u", ф: "f", х: "kh",
  ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya", "'": "", "’": "", ʼ: "",
};
const CYRILLIC_VOWELS = /[аеёэиіїыоуюяєъь]/u;
/** Letters only Ukrainian writes: in such a word "и" is "y" and "г" is "h" ("Київ" → kyjiv, "Сибіга" → sybiha). */
const UKRAINIAN = /[іїєґ]/u;

/**
 * A Cyrillic word romanised as the international press writes it ("Зеленський" → zelenskiy, "Єрмак" → yermak); a
 * letter the table lacks stays. Lower case.
 */
function romanised(word: string): string {
  const letters = [...word.toLowerCase()];
  const ukrainian = UKRAINIAN.test(word);
  let out = "";
  letters.forEach((ch, i) => {
    const before = letters[i - 1];
    if (ch === "е" && (before === undefined || CYRILLIC_VOWELS.test(before))) out += "ye";
    // "Сергей" → sergej: "й" after a vowel is "j"; after "и"/"ы"/"і" the ending "-iy"/"-y" that germanSpellings knows.
    else if (ch === "й" && before !== undefined && /[аеёэоуюяє]/u.test(before)) out += "j";
    else if (ukrainian && ch === "и") out += "y";
    else if (ukrainian && ch === "г") out += "h";
    else out += CYRILLIC_LATIN[ch] ?? ch;
  });
  return out;
}

/**
 * Candidate German spellings of a Cyrillic word, lower case, the fully transcribed ones first: its press romanisation
 * and that romanisation's {@link germanSpellings} ("Лавров" → lawrow, lavrov; "Зеленский" → selenskyj, …).
 */
export function cyrillicSpellings(word: string): string[] {
  const latin = romanised(word);
  return [...germanSpellings(latin), latin];
}
