/**
 * Places named by their water: the press and its readers say "am Golf" for the Gulf states, "am Bosporus" for Istanbul,
 * "an der Spree" for Berlin. A question that writes the water after a preposition of place ("die Gespräche am Golf",
 * "die Runde am Bosporus", "the talks in the Gulf") asks about the place; the water's concept then also finds the
 * place's names, at the `waterPlace` weight (RankingConfig.alternatives), where the corpus uses them. The water alone
 * names no place: "Spielt Trump Golf?" and "Geht Trump zum Golf?" ask about the game, "am Golf-Resort" is a club, "am
 * Golf von Mexiko" another gulf. Not in the table: a water whose name is a German function word ("Seine"), and one that
 * names a front or a city more than a capital ("Dnipro").
 *
 * @example
 * // "Wann geht es am Golf weiter?": the concept "Golf" gets "golfstaat", "arabi" (Saudi-Arabien), "katar" … as
 * // alternatives, those the corpus uses.
 */
import { foldWord } from "../analysis/normalize.js";
import { type Concept, makeAlternative, type ParseContext } from "./concepts.js";
import { phraseHeadTerm } from "./wordConcept.js";

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
    [["tiber"], ["Rom"]],
  ];
  return new Map(entries.flatMap(([waters, places]) => waters.map((w) => [w, places] as [string, string[]])));
})();

/**
 * What stands right before a water named as a place ("am", "an der", "in the" …, with its adjective: "am Persischen
 * Golf"), or its adjective alone, after any preposition ("im Persischen Golf"). Folded, lower case. Not "vom" or "zum"
 * before the water itself: "Was hält Trump vom Golf?", "Geht er zum Golf?" ask about the game.
 */
const ADJECTIVE = "persische[mnrs]?|arabische[mnrs]?|persian|arabian";
const PLACE_PREPOSITION = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:(?:am|an der|an den|in the|on the|at the)\\s+(?:(${ADJECTIVE})\\s+)?|(${ADJECTIVE})\\s+)$`, "u");
/** Other gulfs, named after a place ("Golf von Mexiko", "Gulf of Aden"): folded. */
const OTHER_GULFS = "mexiko|mexico|amerika|america|aden|oman|akaba|aqaba|bengalen|bengal|biskaya|biscay|guinea|finnland|finland|riga|thailand|genua|triest|venedig|tarent|alaska|kalifornien|california";
/**
 * What after the water makes it part of a longer word or another water's name: a letter, a digit or a hyphen
 * ("Golf-Resort", "Golf‑Resort"), another gulf ("Golf von Mexiko", "Gulf of Aden"; not "am Golf von Witkoff vorgestellt").
 */
const LONGER_NAME = new RegExp(`^(?:[\\p{L}\\p{N}\\-‐‑'’]|\\s+(?:von|of)\\s+(?:the\\s+)?(?:${OTHER_GULFS})(?![\\p{L}\\p{N}]))`, "u");

/**
 * Each concept of a water that the question writes after a preposition of place ({@link PLACE_PREPOSITION}) gets the
 * index terms of the places it stands for ({@link PLACES_BY_WATER}) that the corpus uses, at `weight`; so does the
 * water's adjective ("Persischen"). They make the concept known: "die Runde am Golf" is about Saudi-Arabien, a word the
 * corpus uses.
 */
export function addPlacesNamedByWater(concepts: Concept[], ctx: ParseContext, question: string): void {
  const weight = ctx.weights.waterPlace;
  if (weight <= 0) return;
  const folded = foldWord(question);
  for (const c of concepts) {
    const places = PLACES_BY_WATER.get(foldWord(c.label));
    if (places === undefined) continue;
    const written = writtenAsPlace(folded, foldWord(c.label));
    if (written === null) continue;
    // "am Persischen Golf": the adjective is part of the water's name, no topic of its own the corpus must use.
    const adjective = written === "" ? undefined : concepts.find((other) => foldWord(other.label) === written);
    for (const place of places) {
      // A compound name stands for its last part, as a domain synonym does ("Saudi-Arabien" → Arabien).
      const term = phraseHeadTerm(ctx.analyzer, place);
      if (term === null || !ctx.known(term)) continue;
      for (const target of adjective ? [c, adjective] : [c]) if (!target.alts.some((a) => a.term === term)) target.alts.push(makeAlternative(term, weight));
    }
  }
}

/**
 * Where the folded question writes `water` right after a preposition of place, anywhere, and not as part of a longer
 * name: the adjective written before it ("" for none); null when it never does.
 */
function writtenAsPlace(question: string, water: string): string | null {
  for (let at = question.indexOf(water); at >= 0; at = question.indexOf(water, at + 1)) {
    if (LONGER_NAME.test(question.slice(at + water.length))) continue;
    const m = PLACE_PREPOSITION.exec(question.slice(0, at));
    if (m) return m[1] ?? m[2] ?? "";
  }
  return null;
}
