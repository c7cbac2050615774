/**
 * Ding's geographic entries → capitals.de.tsv: capitals and their countries, as written ("Rom (Hauptstadt von Italien)
 * [geogr.]"). News writes a capital for its government ("Rom lehnt ab", "Moskau reagierte"), and the reverse.
 */
import { compareStrings, removeGroups } from "./compileText.js";

/** "(Hauptstadt von Italien)", "(Hauptstadt der Ukraine)", "(Hauptstadt Brasiliens)" after a capital's names. */
const CAPITAL_OF = /^(.+?)\s*\(Hauptstadt (von |der |des )?([^):]+)\)/u;

/**
 * Capitals that are also everyday words or names in German news ("Male", "Victoria", "Hamilton", "Darwin"): a question
 * word that is one of them is rarely the capital.
 */
const AMBIGUOUS_CAPITALS: ReadonlySet<string> = new Set(["Male", "Victoria", "Hamilton", "Darwin", "Kingston", "Georgetown", "Santiago", "Mexiko"]);

/** One place name as written: annotations and abbreviations gone, "Washington, D.C." → "Washington"; null unless a single word. */
function placeWord(raw: string): string | null {
  const word = removeGroups(removeGroups(removeGroups(raw, "{", "}"), "(", ")"), "/", "/").split(",")[0]!.trim();
  return /^\p{Lu}[\p{L}-]*$/u.test(word) ? word : null;
}

/**
 * The country a capital belongs to, as written: one word ("Italien", "USA"), a genitive's "s" taken off after "des" or
 * without an article ("des Irans", "Brasiliens" → "Iran", "Brasilien"); null for a phrase ("der Tschechischen Republik",
 * "Vereinigte Arabische Emirate"): its words stand for other places. Of "Großbritannien und Nordirland" the first.
 */
function countryWord(article: string | undefined, raw: string): string | null {
  const name = raw.split(" und ")[0]!.trim();
  if (!/^\p{Lu}[\p{L}-]*$/u.test(name)) return null;
  return article === "der " || article === "von " || !name.endsWith("s") ? name : name.replace(/e?s$/u, "");
}

/**
 * Capitals and their countries from Ding's geographic entries ("Rom (Hauptstadt von Italien) [geogr.]"): [capital,
 * country] pairs as written, one word each, sorted and unique. Regions named with their capital after them ("… (Hauptstadt:
 * Adelaide)") are left out, and so are {@link AMBIGUOUS_CAPITALS}.
 */
export function compileCapitals(ding: string): Array<[string, string]> {
  const pairs = new Map<string, [string, string]>();
  for (const line of ding.split("\n")) {
    if (!line.includes("[geogr.]") || !line.includes("Hauptstadt")) continue;
    for (const sub of line.split("::")[0]!.split("|")) {
      const of = CAPITAL_OF.exec(sub.replace(/\[[^\]]*\]/gu, "").trim());
      if (!of) continue;
      const country = countryWord(of[2], of[3]!);
      for (const capital of of[1]!.split(";").map(placeWord)) {
        if (capital && country && capital !== country && !AMBIGUOUS_CAPITALS.has(capital)) pairs.set(`${capital}\t${country}`, [capital, country]);
      }
    }
  }
  return [...pairs.entries()].sort(([a], [b]) => compareStrings(a, b)).map(([, pair]) => pair);
}
