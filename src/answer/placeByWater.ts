/**
 * Places named by their water: the press and its readers say "am Golf" for the Gulf states, "am Bosporus" for Istanbul,
 * "an der Spree" for Berlin. A question that writes the water after a preposition of place ("die Gespräche am Golf",
 * "die Runde am Bosporus", "the talks in the Gulf") asks about the place; the water's concept then also finds the
 * place's names, at the synonym weight, where the corpus uses them. The water alone names no place: "Spielt Trump Golf?"
 * asks about the game, "Golfklub" is a club.
 *
 * @example
 * // "Wann geht es am Golf weiter?": the concept "Golf" gets "golfstaat", "arabi" (Saudi-Arabien), "katar" … as
 * // alternatives, those the corpus uses.
 */
import { foldWord } from "../analysis/normalize.js";
import { type Concept, makeAlternative, type ParseContext } from "./concepts.js";

/** The places a water stands for (folded water → German place names), German and English. */
export const PLACES_BY_WATER: ReadonlyMap<string, readonly string[]> = (() => {
  const gulf = ["Golfregion", "Golfstaaten", "Saudi-Arabien", "Katar", "Kuwait", "Bahrain", "Oman", "Emirate"];
  const entries: Array<[string[], string[]]> = [
    [["golf", "gulf"], gulf],
    [["bosporus", "bosphorus"], ["Istanbul"]],
    [["spree"], ["Berlin"]],
    [["moskwa", "moskva"], ["Moskau"]],
    [["newa", "neva"], ["Petersburg"]],
    [["potomac"], ["Washington"]],
    [["themse", "thames"], ["London"]],
    [["seine"], ["Paris"]],
    [["tiber"], ["Rom"]],
    [["dnipro", "dnepr", "dnjepr"], ["Kiew"]],
  ];
  return new Map(entries.flatMap(([waters, places]) => waters.map((w) => [w, places] as [string, string[]])));
})();

/**
 * What stands right before a water named as a place ("am", "an der", "vom", "in the" …), with its adjective ("am
 * Persischen Golf"). Folded, lower case; "an der Seine" names Paris, "seine Rede" is no place.
 */
const PLACE_PREPOSITION = /(?:^|[^\p{L}\p{N}])(?:am|an der|an den|vom|von der|zum|zur|in the|on the|at the|to the)\s+(?:(?:persischen|arabischen|persian|arabian)\s+)?$/u;

/**
 * Each concept of a water that the question writes after a preposition of place ({@link PLACE_PREPOSITION}) gets the
 * index terms of the places it stands for ({@link PLACES_BY_WATER}) that the corpus uses, at the synonym weight. They
 * make the concept known: "die Runde am Golf" is about Saudi-Arabien, a word the corpus uses.
 */
export function addPlacesNamedByWater(concepts: Concept[], ctx: ParseContext, question: string): void {
  const weight = ctx.weights.synonym;
  if (weight <= 0) return;
  const folded = foldWord(question);
  for (const c of concepts) {
    const places = PLACES_BY_WATER.get(foldWord(c.label));
    if (places === undefined || !writtenAsPlace(folded, foldWord(c.label))) continue;
    for (const place of places) {
      // A compound name stands for its last part, as a domain synonym does ("Saudi-Arabien" → Arabien).
      const term = ctx.analyzer.headTerm(place.split("-").pop()!);
      if (term !== null && ctx.known(term) && !c.alts.some((a) => a.term === term)) c.alts.push(makeAlternative(term, weight));
    }
  }
}

/** Whether the folded question writes `water` right after a preposition of place, anywhere. */
function writtenAsPlace(question: string, water: string): boolean {
  for (let at = question.indexOf(water); at >= 0; at = question.indexOf(water, at + 1)) {
    const after = question.charAt(at + water.length);
    if (/[\p{L}\p{N}]/u.test(after)) continue;
    if (PLACE_PREPOSITION.test(question.slice(0, at))) return true;
  }
  return false;
}
