/**
 * People the articles name, beyond the curated actors file. `corpus/actors.json` stays the curated layer
 * (aliases, roles with periods, descriptions); every other person the articles introduce with a full
 * name or a role becomes an actor automatically:
 *
 * - a role right before a name: "Kremlberater Juri Uschakow", "der ukrainische Verteidigungsminister
 *   Rustem Umerow", "US-Vizepräsident JD Vance", "Ungarns Regierungschef Viktor Orbán", also a surname
 *   alone ("Kremlberater Uschakow");
 * - a full name whose first word is a given name (`givenNames.ts`, or one the corpus taught by a role
 *   before it: "Verteidigungsminister Rustem Umerow" makes "Rustem" a given name);
 * - a role in apposition, after or before the name: "Kirill Dmitrijew, Chef des russischen Staatsfonds",
 *   "den Schwiegersohn von Trump, Jared Kushner".
 *
 * A name is a given name and one surname: where two names stand side by side ("hatte Präsident Wladimir Putin Kellogg
 * kritisiert"), the corpus's counts of each name run decide where the first ends (nameRuns.ts); a byline's next word
 * that is a word of the dictionaries ends it too ("Martin Küper Aktualisiert am"). A noun before a listed given name
 * opens no name: "des Staatsoberhaupts Wladimir Putin" names Wladimir Putin.
 *
 * Each person gets the aliases a reader uses (the full names and surnames written, the surname's
 * spelling variants from the corpus variants file: "Umerow" → "Umjerow", "Umerov"; the genitive is
 * matched by the actor matcher) and the most frequent roles, normalised to the nominative
 * ("des ukrainischen Verteidigungsministers" → "ukrainischer Verteidigungsminister"), as description.
 * A word is a surname only when the corpus never writes it lower case nor after an article
 * ("den Journalisten"), it is no place or institution and it does not end like a German noun.
 *
 * Cost: one tokenising pass over every article plus work per distinct name: linear in the corpus. The pass makes no
 * object or string per token: words are numbered by their place in the text and what the rules ask of a word is
 * decided once per distinct word (discoveryWords.ts); strings are made only around role and name matches
 * (discoveryPhrases.ts). At 20,000 synthetic articles (~11 million tokens, ~300,000 distinct words) discovery took ~6 s
 * with a token object and a string per token, ~3 s this way.
 */
import { TokenTable } from "../analysis/tokenTable.js";
import type { TopicCounts } from "../corpus/topicCounts.js";
import type { Article } from "../corpus/types.js";
import type { ActorMatcher } from "./actorMatch.js";
import { assemble, type DiscoveredActor, type Hit } from "./discoveryAssembly.js";
import { ArticleTokens, appositionAfter, appositionBefore, describeRole } from "./discoveryPhrases.js";
import { DiscoveryTopics } from "./discoveryTopics.js";
import { CAPITALISED_WORD, DETERMINER_WORD, DiscoveryWords, fold, INITIALS_WORD, NAME_WORD, NOUN_ENDING, PLACES, ROLE_WORD, WordCounts } from "./discoveryWords.js";
import { GIVEN_NAMES } from "./givenNames.js";
import { NameRuns } from "./nameRuns.js";

export type { DiscoveredActor } from "./discoveryAssembly.js";

export interface DiscoveryOptions {
  /** Folded spelling variant → folded canonical form (the corpus variants file). */
  variants?: ReadonlyMap<string, string>;
  /** The curated actors' matcher: people it already knows are not discovered again. */
  curated?: ActorMatcher;
  /** Ids already in use (the curated actors'). */
  takenIds?: Iterable<string>;
  /**
   * True for a (folded) German word of the general dictionaries. A surname that stands alone after a role
   * must not be one ("den Journalisten Auskunft"); without this check it must appear twice.
   */
  isWord?: (folded: string) => boolean;
  /**
   * True for a (folded) word the general dictionaries write capitalised, a noun ("Koch", "Fischer"); a participle
   * ("aktualisiert") is none. After a double given name a noun can be the surname ("Hans Peter Koch", nameRuns.ts).
   */
  isNoun?: (folded: string) => boolean;
  /** The corpus profile's topic counts, counted from discovery's tokens as it reads them (discoveryTopics.ts). */
  topics?: TopicCounts;
}

/** A surname follows an article ("den Journalisten") in fewer than this share of its capitalised occurrences. */
const NOUN_SHARE_AFTER_DETERMINER = 0.1;
const COMMA = 0x2c;

/** Capitalised word pairs: candidates for "given surname" once the learned given names are known. */
interface Pair {
  given: string;
  surname: string;
  /** The word id of the first given name. */
  first: number;
  /** The word id of the second word of a three-word name ("Tayyip"), -1 in a two-word one. */
  middle: number;
  count: number;
  roles: string[];
  /** Of a three-word name: the roles in apposition before it, which are still its roles when its last word is cut (nameRuns.ts). */
  rolesBefore?: string[];
  date: string;
}

/** A role and the one to three name words after it, judged once the corpus is read (nameRuns.ts). */
interface RoleRun {
  /** Word ids of the name words. */
  words: number[];
  /** The text of all but the last name word. */
  given?: string;
  /** The role before the name, in the nominative, or else one in apposition after the whole run. */
  before?: string;
  after?: string;
  date: string;
}

export function discoverActors(articles: readonly Article[], options: DiscoveryOptions = {}): DiscoveredActor[] {
  const words = new DiscoveryWords();
  const tokens = new ArticleTokens(words);
  const counts = new WordCounts();
  const hits: Hit[] = [];
  const roleRuns: RoleRun[] = [];
  /** Given names (the text from the first to the last given name) by their place in the text, and the pairs of each by surname id. */
  const givens = new TokenTable();
  const pairsByGiven: Array<Map<number, Pair>> = [];
  const pairs: Pair[] = [];
  /** Roles in apposition to a single name: "Dmitrijew, der Sondergesandte Putins". */
  const appositions = new Map<string, Array<{ role: string; date: string }>>();
  /** Word ids of given names taught by a role before them. */
  const learned = new Set<number>();

  const topics = options.topics ? new DiscoveryTopics(options.topics) : undefined;
  const listed = (id: number) => id >= 0 && ((words.flags[id]! & INITIALS_WORD) !== 0 || GIVEN_NAMES.has(fold(words.text(id))));

  for (let index = 0; index < articles.length; index++) {
    const article = articles[index]!;
    const date = article.meta.published ?? article.date ?? "";
    const text = article.text;
    tokens.read(text);
    topics?.count(tokens, index);
    const { ids, count } = tokens;
    const flags = words.flags;
    counts.fit(words.table.size);
    const seen = counts.pairs;
    for (let i = 0; i < count; i++) {
      const id = ids[i]!;
      if (id < 0) continue;
      const f = flags[id]!;
      // A word not capitalised only counts by being in the table (the lower-case words of isSurname).
      if ((f & CAPITALISED_WORD) === 0) continue;
      seen[2 * id]!++;
      if (i > 0 && ids[i - 1]! >= 0 && (flags[ids[i - 1]!]! & DETERMINER_WORD) !== 0) seen[2 * id + 1]!++;

      if ((f & ROLE_WORD) !== 0) {
        if (!tokens.nameWord(i + 1)) continue;
        const two = tokens.nameWord(i + 2) && !tokens.initials(i + 2);
        const three = two && tokens.nameWord(i + 3) && !tokens.initials(i + 3);
        const last = three ? i + 3 : two ? i + 2 : i + 1;
        const before = describeRole(tokens, i);
        const after = before ? undefined : appositionAfter(tokens, last);
        const run: RoleRun = { words: Array.from(ids.subarray(i + 1, last + 1)), ...(before ? { before } : after ? { after } : {}), date };
        if (two) run.given = text.slice(tokens.start(i + 1), tokens.end(last - 1));
        roleRuns.push(run);
        i = last;
        continue;
      }

      const name = (f & NAME_WORD) !== 0;
      if (name && tokens.nameWord(i + 1) && !tokens.initials(i + 1)) {
        // "Recep Tayyip Erdoğan": a third name word makes the second a middle name.
        const three = tokens.nameWord(i + 2) && !tokens.initials(i + 2);
        // "Staatsoberhaupts Wladimir Putin", "Brite Keir Starmer": a noun before a listed given name opens no name; the name starts after it.
        if (three && !listed(id) && listed(ids[i + 1]!)) continue;
        const last = three ? i + 2 : i + 1;
        const given = givens.intern(text, tokens.start(i), tokens.end(last - 1));
        if (given === pairsByGiven.length) pairsByGiven.push(new Map());
        const surname = ids[last]!;
        let pair = pairsByGiven[given]!.get(surname);
        if (!pair) {
          pair = { given: givens.tokens[given]!, surname: words.text(surname), first: id, middle: three ? ids[i + 1]! : -1, count: 0, roles: [], date };
          pairsByGiven[given]!.set(surname, pair);
          pairs.push(pair);
        }
        pair.count++;
        if (date > pair.date) pair.date = date;
        const after = appositionAfter(tokens, last);
        const before = after === undefined || three ? appositionBefore(tokens, i) : undefined;
        const role = after ?? before;
        if (role) pair.roles.push(role);
        if (three && before) {
          pair.rolesBefore ??= [];
          pair.rolesBefore.push(before);
        }
        i = last;
        continue;
      }
      if (name && tokens.is(i + 1, COMMA)) {
        const role = appositionAfter(tokens, i);
        if (role) {
          const word = words.text(id);
          appositions.set(word, [...(appositions.get(word) ?? []), { role, date }]);
        }
      }
    }
  }

  const flagsOf = (w: string) => {
    const id = words.find(w);
    return id >= 0 ? words.flags[id]! : 0;
  };
  const isGiven = (first: number) => listed(first) || learned.has(first);
  // The words the texts write lower case are the table's words that are not capitalised.
  const writtenLowerCase = (w: string) => {
    const id = words.find(w);
    return id >= 0 && (words.flags[id]! & CAPITALISED_WORD) === 0;
  };
  const surnames = new Map<string, boolean>();
  const isSurname = (w: string): boolean => {
    let known = surnames.get(w);
    if (known !== undefined) return known;
    const f = fold(w);
    const wf = flagsOf(w);
    known = false;
    if ((wf & NAME_WORD) !== 0 && (wf & INITIALS_WORD) === 0 && !PLACES.has(f) && !PLACES.has(f.replace(/s$/u, "")) && !NOUN_ENDING.test(f) && !writtenLowerCase(w.toLowerCase())) {
      const id = words.find(w);
      const n = counts.count(id);
      const after = counts.afterDeterminer(id);
      known = n === 0 || after === 0 || after / n < NOUN_SHARE_AFTER_DETERMINER;
    }
    surnames.set(w, known);
    return known;
  };

  // Where each name run ends, from all runs read (nameRuns.ts): "Präsident Wladimir Putin Kellogg" names Putin. Only pairs
  // whose first word is a given name, listed or perhaps taught by a role, can be a name, or the evidence for one.
  const runs = new NameRuns(isSurname, (w) => listed(words.find(w)), options.isWord, options.isNoun);
  const roleWords = roleRuns.map((r) => r.words.map((id) => words.text(id)));
  // Folded, as the runs are: "Szijjarto Putin" after a role is judged with the pairs of "Szijjártó".
  const roleFirsts = new Set(roleRuns.filter((r) => r.words.length > 1).map((r) => fold(words.text(r.words[0]!))));
  const named = pairs.filter((p) => listed(p.first) || roleFirsts.has(fold(words.text(p.first))));
  const pairWords = named.map((p) => (p.middle >= 0 ? [words.text(p.first), words.text(p.middle), p.surname] : [words.text(p.first), p.surname]));
  for (const w of roleWords) runs.add(w, "role");
  for (const [k, p] of named.entries()) runs.add(pairWords[k]!, "given", p.count);

  roleRuns.forEach((run, k) => {
    const w = roleWords[k]!;
    const n = runs.length(w);
    const whole = n === w.length;
    const given = whole ? run.given : n > 1 ? w.slice(0, n - 1).join(" ") : undefined;
    const role = whole ? (run.before ?? run.after) : run.before;
    hits.push({ ...(given ? { given } : {}), surname: w[n - 1]!, ...(role ? { role } : {}), via: "role", date: run.date });
    if (n > 1 && (words.flags[run.words[0]!]! & INITIALS_WORD) === 0) learned.add(run.words[0]!);
  });

  named.forEach((pair, k) => {
    const w = pairWords[k]!;
    const n = runs.length(w);
    // Cut to one word, the run was a surname and someone else's ("dankte Putin Trump"): no given name.
    if (n < 2) return;
    const whole = n === w.length;
    const [given, surname, roles] = whole ? [pair.given, pair.surname, pair.roles] : [w[0]!, w[1]!, pair.rolesBefore ?? []];
    if (!isGiven(pair.first) || !isSurname(surname)) return;
    // A hit per role, then the occurrences without one as a single hit (as many hits in a row: one object, not one each).
    for (const role of roles) hits.push({ given, surname, role, via: "given", date: pair.date });
    const bare = pair.count - roles.length;
    if (bare > 0) hits.push({ given, surname, via: "given", date: pair.date, ...(bare > 1 ? { times: bare } : {}) });
  });

  return assemble(hits, appositions, isSurname, options);
}
