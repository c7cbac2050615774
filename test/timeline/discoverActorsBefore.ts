/**
 * The reference for `test/timeline/discoverActorsEquality.test.ts`: actor discovery as it was before it scanned
 * token ids instead of token objects and strings (commit 9c8e387, src/timeline/discoverActors.ts), kept verbatim
 * but for its imports, this comment and where a name run ends: the runs after a role and from a given name are
 * judged by src/timeline/nameRuns.ts once the corpus is read, as the new implementation judges them (a rule added
 * after the rewrite). Three rules added later are taken over the same way: a run's third word that is a dictionary word
 * ends no name (nameRuns.ts, given `options.isWord`); a word that is no listed given name before a listed given name and
 * a surname opens no name ("Staatsoberhaupts Wladimir Putin"); the spellings of one person are one person
 * (src/timeline/discoveryMerge.ts: its given-name key and merge, and a surname alone joining by its skeleton).
 * The new implementation must find exactly what this one finds.
 */
import type { Article } from "../../src/corpus/types.js";
import type { ActorMatcher } from "../../src/timeline/actorMatch.js";
import { givenKey, mergeSpellings } from "../../src/timeline/discoveryMerge.js";
import { foldName, skeleton } from "../../src/timeline/nameFolding.js";
import type { Actor } from "../../src/timeline/actorsFile.js";
import { discoveryTokens, type Token } from "../../src/timeline/discoveryTokens.js";
import { GIVEN_NAMES } from "../../src/timeline/givenNames.js";
import { NameRuns } from "../../src/timeline/nameRuns.js";
import { GERMAN_MONTHS, GERMAN_WEEKDAYS_FROM_MONDAY, SONNABEND } from "../../src/util/calendar.js";

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
  /** A (folded) word the dictionaries write capitalised (src/timeline/discoverActors.ts). */
  isNoun?: (folded: string) => boolean;
}

export interface DiscoveredActor extends Actor {
  /** Sentences-level evidence: how often a full name or a role introduced the person. */
  evidence: number;
}

// ---------------------------------------------------------------------------------------------
// Word lists (folded)

/** Role nouns, as the last part of a word: "Kremlberater", "US-Vizepräsident", "Verteidigungsministers". */
const ROLE_HEADS = [
  "minister", "prasident", "sprecher", "berater", "gesandte", "beauftragte", "unterhandler", "verhandlungsfuhrer",
  "diplomat", "botschafter", "kanzler", "senator", "abgeordnete", "sekretar", "chef", "leiter", "direktor", "kommissar",
  "vorsitzende", "befehlshaber", "kommandeur", "general", "admiral", "burgermeister", "gouverneur", "premier", "papst",
  "konig", "kronprinz", "emir", "oligarch", "milliardar", "unternehmer", "banker", "investor", "manager", "vermittler",
  "machthaber", "herrscher", "politiker", "republikaner", "demokrat", "experte", "analyst", "politologe", "historiker",
  "journalist", "korrespondent", "staatsanwalt", "kollege", "schwiegersohn", "vertraute", "sohn", "tochter", "ehefrau",
  "stellvertreter", "koordinator",
];
/** Roles that are nouns declined like adjectives ("der Gesandte", "ein Gesandter"). */
const ADJECTIVAL_HEADS = new Set(["gesandte", "beauftragte", "abgeordnete", "vorsitzende", "vertraute"]);
/** Weak nouns: "-n"/"-en" in every case but the nominative ("des Präsidenten", "den Experten"). */
const WEAK_HEADS = new Set(["prasident", "diplomat", "demokrat", "experte", "analyst", "politologe", "journalist", "korrespondent", "kollege", "oligarch", "investor"]);
/** They introduce a name but say nothing about the person worth a description. */
const TRIGGER_ONLY = new Set(["kollege", "vertraute"]);

const ROLE_RE = new RegExp(`(${ROLE_HEADS.join("|")})(s|es|n|en|in|r|m)?$`, "u");

const DETERMINERS = new Set(
  "der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner dieser diese dieses diesen diesem jeder jede jedes jeden jedem sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer unser unsere unseren im am vom zum zur beim ins ans".split(" "),
);

/** Capitalised words that are never names: sentence starts, pronouns, titles, calendar words. */
const STOP = new Set(
  `der die das den dem des ein eine einen einem einer eines er sie es wir ich ihr man am im in an auf aus bei mit nach von vor zu zum zur fur uber unter um
  seit laut auch doch aber und oder wie was wer wenn dass als so nun noch nur schon dies diese dieser dieses jede jeder jedes alle beide beim
  dabei damit dazu daher darauf deshalb denn dort hier heute gestern morgen zudem zuvor zuletzt weiter weitere bislang bisher jetzt sonst
  zwar trotz wahrend wegen gegen ohne durch bis ab sein seine ihre unser kein keine mehr viele einige andere erst ende anfang mitte
  herr frau herrn dr prof mr mrs ms sir lord st sankt saint san santa regierung`
    .split(/\s+/u)
    .concat([...GERMAN_WEEKDAYS_FROM_MONDAY, SONNABEND, ...GERMAN_MONTHS].map(foldName)),
);

/** Places and institutions that follow roles ("Präsident Russlands", "Sprecher des Kremls") or given names. */
const PLACES = new Set(
  `russland ukraine usa us amerika deutschland frankreich italien grossbritannien britannien england polen ungarn china japan indien iran israel
  turkei syrien belarus weissrussland moldau georgien finnland schweden norwegen danemark niederlande belgien spanien portugal griechenland
  litauen lettland estland rumanien bulgarien slowakei tschechien osterreich schweiz kanada mexiko brasilien katar saudi-arabien agypten
  europa afrika asien nordkorea sudkorea korea kiew kyjiw moskau washington berlin paris london rom brussel wien genf istanbul ankara warschau
  peking riad dschidda budapest minsk teheran alaska anchorage miami florida texas munchen donbass donezk luhansk krim cherson saporischschja
  charkiw odessa kursk nato eu uno un kreml pentagon weisse weissen weisses haus hauses bundestag vatikan westen osten sudens nordens`.split(/\s+/u),
);

/** Endings of German nouns that are hardly ever surnames ("Regierung", "Freiheit", "Partnerschaft"). */
const NOUN_ENDING = /(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|ismus|itat|ment|ments|tum|tums|nisse|reich|reichs|ien|iens|stan|stans|stadt|amt|amts|rat|rats|ium|iums|partei|gipfel|konferenz|abkommen|vertrag|krieg|kriegs|fonds|gesprache|truppen|zeit|woche|monat|jahr|jahre|jahren)$/u;

// ---------------------------------------------------------------------------------------------
// Tokens

// Initials ("J.D."), words with inner hyphens and apostrophes, sentence punctuation and paragraph breaks: see
// discoveryTokens.ts.
const tokenize = discoveryTokens;

/** "Orbán", "Kramp-Karrenbauer", "McCaul", "O'Brien": capitalised, with lower-case letters, no digits. */
const NAMEISH = /^\p{Lu}[\p{L}\p{M}'’]*\p{Ll}[\p{L}\p{M}'’]*(?:-\p{Lu}[\p{L}\p{M}'’]*\p{Ll}[\p{L}\p{M}'’]*)*$/u;
/** "JD", "J.D.", "J. D.": initials that open a name. */
const INITIALS = /^(?:\p{Lu}{1,2}|\p{Lu}\.(?:\s?\p{Lu}\.)+)$/u;
const CAPITALISED = /^\p{Lu}/u;
const ADJECTIVE = /^\p{Ll}[\p{Ll}\p{M}]*(?:e|en|er|es|em)$/u;
/** Adjectives that stand before a role without an article: "russischer Chefunterhändler", "früherer Minister". */
const BARE_ADJECTIVE = /(?:isch|lich|ig|al|end|er|ier)(?:e|en|er|es|em)$/u;
const PREPOSITIONS = new Set("von mit fur für nach bei laut gegen durch uber über unter neben zwischen".split(" "));

const foldCache = new Map<string, string>();
function fold(word: string): string {
  let f = foldCache.get(word);
  if (f === undefined) {
    f = foldName(word);
    if (foldCache.size < 200_000) foldCache.set(word, f);
  }
  return f;
}

interface RoleWord {
  head: string;
  suffix: string;
}

/** What a word can be, decided once per distinct word: the corpus repeats its vocabulary. */
interface WordInfo {
  capitalised: boolean;
  /** Could be (part of) a name: capitalised or initials, no stop word, no role. */
  name: boolean;
  initials: boolean;
  role?: RoleWord;
}

const infoCache = new Map<string, WordInfo>();
const LOWER_CASE: WordInfo = { capitalised: false, name: false, initials: false };

function info(word: string): WordInfo {
  const c = word.charCodeAt(0);
  // Most words are lower case (a–z, ä, ö, ü, ß): nothing to decide.
  if ((c >= 97 && c <= 122) || c === 0xe4 || c === 0xf6 || c === 0xfc || c === 0xdf) return LOWER_CASE;
  let i = infoCache.get(word);
  if (i) return i;
  const capitalised = CAPITALISED.test(word);
  const initials = capitalised && INITIALS.test(word);
  let role: RoleWord | undefined;
  if (capitalised && !initials) {
    const m = ROLE_RE.exec(fold(word));
    if (m) role = { head: m[1]!, suffix: m[2] ?? "" };
  }
  const name = (initials || (capitalised && NAMEISH.test(word))) && !role && !STOP.has(fold(word));
  i = { capitalised, name, initials, ...(role ? { role } : {}) };
  if (infoCache.size < 1_000_000) infoCache.set(word, i);
  return i;
}

function roleWord(token: Token | undefined): RoleWord | undefined {
  return token?.word ? info(token.text).role : undefined;
}

/** A word that can stand in a name. */
const nameWord = (token: Token | undefined): boolean => token?.word === true && info(token.text).name;

// ---------------------------------------------------------------------------------------------
// Roles as descriptions

/**
 * The role a phrase gives, in the nominative: "der ukrainische Verteidigungsminister" and "des ukrainischen
 * Verteidigungsministers" → "ukrainischer Verteidigungsminister"; "die EU-Außenbeauftragte" stays; a
 * complement ("Chef des russischen Staatsfonds") is kept verbatim.
 */
function describeRole(tokens: Token[], at: number, text: string, complementEnd?: number): string | undefined {
  const role = roleWord(tokens[at]);
  if (!role || TRIGGER_ONLY.has(role.head)) return undefined;
  // Words before the role: up to two adjectives and a genitive ("Ungarns"), then perhaps a determiner.
  let from = at;
  let adjectives = 0;
  while (from > 0 && adjectives < 2 && tokens[from - 1]!.word && ADJECTIVE.test(tokens[from - 1]!.text) && !DETERMINERS.has(tokens[from - 1]!.text)) {
    from--;
    adjectives++;
  }
  // "gehörte Kremlberater …" is a verb, not an adjective: adjectives need an article or preposition before them, or an adjective's form.
  const opener = tokens[from - 1];
  const introduced = !opener?.word || DETERMINERS.has(opener.text.toLowerCase()) || PREPOSITIONS.has(opener.text.toLowerCase());
  while (from < at && !introduced && !BARE_ADJECTIVE.test(tokens[from]!.text)) from++;
  const genitive = tokens[from - 1];
  if (nameWord(genitive) && /s$/u.test(genitive!.text)) from--;
  const det = tokens[from - 1];
  const feminine = role.suffix === "in" || (det?.word === true && det.text.toLowerCase() === "die" && role.suffix === "");
  const words: string[] = [];
  for (let i = from; i < at; i++) {
    const w = tokens[i]!.text;
    words.push(ADJECTIVE.test(w) ? w.replace(/(?:e|en|er|es|em)$/u, feminine ? "e" : "er") : w);
  }
  const masculine = !feminine && det?.word === true && det.text.toLowerCase() === "der" && role.suffix === "";
  words.push(nominative(tokens[at]!.text, role, feminine, masculine));
  const complement = complementEnd !== undefined ? text.slice(tokens[at]!.end, complementEnd).replace(/\s+/gu, " ").trimEnd() : "";
  return `${words.join(" ")}${complement}`.trim();
}

function nominative(word: string, role: RoleWord, feminine: boolean, masculine: boolean): string {
  const base = word.slice(0, word.length - role.suffix.length);
  if (role.suffix === "in") return `${base}in`;
  // "die Außenbeauftragte" and a bare "Sondergesandter" stay; "der/dem Sondergesandte(n)" → "Sondergesandter".
  if (ADJECTIVAL_HEADS.has(role.head)) return role.suffix === "" && !masculine ? base : feminine ? base : `${base}r`;
  if (WEAK_HEADS.has(role.head) && role.head.endsWith("e")) return base;
  return base;
}

/** Where a complement after a role ends: the next comma, stop or bracket, at most ten words on. */
function complementEnd(tokens: Token[], at: number): number | undefined {
  let end: number | undefined;
  for (let i = at + 1; i < tokens.length && i <= at + 10; i++) {
    const t = tokens[i]!;
    if (!t.word) return t.text === "," || t.text === "." || t.text === ";" || t.text === ")" ? end : undefined;
    end = t.end;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Discovery

interface NameStats {
  /** Occurrences as a capitalised word, and how many right after an article or determiner. */
  count: number;
  afterDeterminer: number;
}

interface Hit {
  given?: string;
  surname: string;
  role?: string;
  /** "role": a role before the name; "given": a given name (listed, or taught by a role elsewhere). */
  via: "role" | "given";
  date: string;
}

export function discoverActors(articles: readonly Article[], options: DiscoveryOptions = {}): DiscoveredActor[] {
  const stats = new Map<string, NameStats>();
  const lower = new Set<string>();
  const hits: Hit[] = [];
  /** Capitalised word pairs: candidates for "given surname" once the learned given names are known. */
  const pairs = new Map<string, { given: string; surname: string; first: string; middle?: string; count: number; roles: string[]; rolesBefore: string[]; date: string }>();
  const roleRuns: Array<{ words: string[]; given?: string; before?: string; after?: string; date: string }> = [];
  /** Roles in apposition to a single name: "Dmitrijew, der Sondergesandte Putins". */
  const appositions = new Map<string, Array<{ role: string; date: string }>>();
  const learned = new Set<string>();
  const listed = (w: string) => info(w).initials || GIVEN_NAMES.has(fold(w));

  for (const article of articles) {
    const date = article.meta.published ?? article.date ?? "";
    const text = article.text;
    const tokens = tokenize(text);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!t.word) continue;
      const ti = info(t.text);
      if (!ti.capitalised) {
        lower.add(t.text);
        continue;
      }
      const s = stats.get(t.text) ?? { count: 0, afterDeterminer: 0 };
      s.count++;
      const prev = tokens[i - 1];
      if (prev?.word && DETERMINERS.has(prev.text.toLowerCase())) s.afterDeterminer++;
      stats.set(t.text, s);

      if (ti.role) {
        const n1 = tokens[i + 1];
        if (!nameWord(n1)) continue;
        const two = nameWord(tokens[i + 2]) && !info(tokens[i + 2]!.text).initials;
        const three = two && nameWord(tokens[i + 3]) && !info(tokens[i + 3]!.text).initials;
        const last = three ? i + 3 : two ? i + 2 : i + 1;
        const before = describeRole(tokens, i, text);
        const after = before ? undefined : appositionAfter(tokens, last, text);
        const given = two ? text.slice(n1!.start, tokens[last - 1]!.end) : undefined;
        roleRuns.push({ words: tokens.slice(i + 1, last + 1).map((w) => w.text), ...(given ? { given } : {}), ...(before ? { before } : {}), ...(after ? { after } : {}), date });
        i = last;
        continue;
      }

      const next = tokens[i + 1];
      if (ti.name && nameWord(next) && !info(next!.text).initials) {
        // "Recep Tayyip Erdoğan": a third name word makes the second a middle name.
        const three = nameWord(tokens[i + 2]) && !info(tokens[i + 2]!.text).initials;
        if (three && !listed(t.text) && listed(next!.text)) continue;
        const last = three ? i + 2 : i + 1;
        const given = text.slice(t.start, tokens[last - 1]!.end);
        const surname = tokens[last]!.text;
        const key = `${given}\u0000${surname}`;
        const pair = pairs.get(key) ?? { given, surname, first: t.text, ...(three ? { middle: next!.text } : {}), count: 0, roles: [], rolesBefore: [], date };
        pair.count++;
        if (date > pair.date) pair.date = date;
        const before = appositionBefore(tokens, i, text);
        const role = appositionAfter(tokens, last, text) ?? before;
        if (role) pair.roles.push(role);
        if (three && before) pair.rolesBefore.push(before);
        pairs.set(key, pair);
        i = last;
        continue;
      }
      if (next?.text === "," && ti.name) {
        const role = appositionAfter(tokens, i, text);
        if (role) appositions.set(t.text, [...(appositions.get(t.text) ?? []), { role, date }]);
      }
    }
  }

  const isGiven = (w: string) => listed(w) || learned.has(w);
  const isSurname = (w: string): boolean => {
    const f = fold(w);
    const wi = info(w);
    if (!wi.name || wi.initials || PLACES.has(f) || PLACES.has(f.replace(/s$/u, "")) || NOUN_ENDING.test(f) || lower.has(w.toLowerCase())) return false;
    const s = stats.get(w);
    return !s || s.afterDeterminer === 0 || s.afterDeterminer / s.count < 0.1;
  };

  const runs = new NameRuns(isSurname, listed, options.isWord, options.isNoun);
  for (const run of roleRuns) runs.add(run.words, "role");
  for (const pair of pairs.values()) runs.add(pair.middle ? [pair.first, pair.middle, pair.surname] : [pair.first, pair.surname], "given", pair.count);
  for (const run of roleRuns) {
    const n = runs.length(run.words);
    const whole = n === run.words.length;
    const given = whole ? run.given : n > 1 ? run.words.slice(0, n - 1).join(" ") : undefined;
    const role = whole ? (run.before ?? run.after) : run.before;
    hits.push({ ...(given ? { given } : {}), surname: run.words[n - 1]!, ...(role ? { role } : {}), via: "role", date: run.date });
    if (n > 1 && !info(run.words[0]!).initials) learned.add(run.words[0]!);
  }

  for (const pair of pairs.values()) {
    const words = pair.middle ? [pair.first, pair.middle, pair.surname] : [pair.first, pair.surname];
    const n = runs.length(words);
    if (n < 2) continue;
    const whole = n === words.length;
    const surname = whole ? pair.surname : words[1]!;
    const roles = whole ? pair.roles : pair.rolesBefore;
    if (!isGiven(pair.first) || !isSurname(surname)) continue;
    for (let k = 0; k < pair.count; k++) {
      const role = roles[k];
      hits.push({ given: whole ? pair.given : pair.first, surname, ...(role ? { role } : {}), via: "given", date: pair.date });
    }
  }

  return assemble(hits, appositions, isSurname, options);
}

/** "…, Chef des russischen Staatsfonds RDIF," after the name ending at token `last`. */
function appositionAfter(tokens: Token[], last: number, text: string): string | undefined {
  if (tokens[last + 1]?.text !== ",") return undefined;
  let at = last + 2;
  if (tokens[at]?.word && DETERMINERS.has(tokens[at]!.text.toLowerCase())) at++;
  for (let k = 0; k < 2 && tokens[at]?.word && ADJECTIVE.test(tokens[at]!.text); k++) at++;
  if (!roleWord(tokens[at])) return undefined;
  return describeRole(tokens, at, text, complementEnd(tokens, at));
}

/** "den Schwiegersohn von Trump, Jared Kushner": a role phrase, a comma, then the name at token `first`. */
function appositionBefore(tokens: Token[], first: number, text: string): string | undefined {
  const comma = tokens[first - 1];
  if (comma?.text !== ",") return undefined;
  for (let at = first - 2; at >= Math.max(0, first - 8); at--) {
    const t = tokens[at]!;
    if (!t.word) return undefined;
    if (roleWord(t)) return describeRole(tokens, at, text, comma.start);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------

interface Person {
  key: string;
  fullNames: Map<string, number>;
  surnames: Map<string, number>;
  roles: Map<string, { count: number; date: string }>;
  evidence: number;
}

function assemble(
  hits: Hit[],
  appositions: Map<string, Array<{ role: string; date: string }>>,
  isSurname: (w: string) => boolean,
  options: DiscoveryOptions,
): DiscoveredActor[] {
  const variants = options.variants ?? new Map<string, string>();
  const surnameKey = (w: string) => {
    const f = fold(w);
    return variants.get(f) ?? variants.get(f.replace(/s$/u, "")) ?? f;
  };
  const people = new Map<string, Person>();
  const person = (key: string): Person => {
    let p = people.get(key);
    if (!p) {
      p = { key, fullNames: new Map(), surnames: new Map(), roles: new Map(), evidence: 0 };
      people.set(key, p);
    }
    return p;
  };
  const addRole = (p: Person, role: string | undefined, date: string) => {
    if (!role) return;
    const r = p.roles.get(role) ?? { count: 0, date };
    r.count++;
    if (date > r.date) r.date = date;
    p.roles.set(role, r);
  };

  // Full names first, one person per surname and given name ("Juri"/"Yuri" alike), so a surname alone can
  // join the person it belongs to: the one of that surname named most often.
  const bySurname = new Map<string, Person>();
  for (const h of hits) {
    if (!h.given || !isSurname(h.surname)) continue;
    const surname = surnameKey(h.surname);
    const p = person(`${surname}|${givenKey(h.given)}`);
    const full = `${h.given} ${h.surname}`;
    p.fullNames.set(full, (p.fullNames.get(full) ?? 0) + 1);
    p.surnames.set(h.surname, (p.surnames.get(h.surname) ?? 0) + 1);
    addRole(p, h.role, h.date);
    p.evidence++;
    const best = bySurname.get(surname);
    if (!best || p.evidence > best.evidence) bySurname.set(surname, p);
  }
  const merged = mergeSpellings(people);
  const bySkeleton = new Map<string, Person>();
  for (const [surname, best] of bySurname) {
    const p = merged.get(best.key) ?? best;
    bySurname.set(surname, p);
    const other = bySkeleton.get(skeleton(surname));
    if (!other || p.evidence > other.evidence) bySkeleton.set(skeleton(surname), p);
  }
  const alone = new Map<string, Person>();
  const joinedBy = (surname: string) => bySurname.get(surname) ?? bySkeleton.get(skeleton(surname)) ?? alone.get(skeleton(surname));
  for (const h of hits) {
    if (h.given) continue;
    // A role with a surname alone: the surname must not be a given name or an ordinary word.
    if (!isSurname(h.surname) || GIVEN_NAMES.has(fold(h.surname))) continue;
    const surname = surnameKey(h.surname);
    let p = joinedBy(surname);
    if (!p) {
      p = person(`${surname}|`);
      alone.set(skeleton(surname), p);
    }
    p.surnames.set(h.surname, (p.surnames.get(h.surname) ?? 0) + 1);
    addRole(p, h.role, h.date);
    p.evidence++;
  }
  for (const [surname, roles] of appositions) {
    const p = joinedBy(surnameKey(surname));
    if (p) for (const r of roles) addRole(p, r.role, r.date);
  }

  const curated = options.curated;
  const known = (name: string): boolean => {
    if (!curated) return false;
    const found = curated.mentions(name);
    return found.length === 1 && found[0]!.start === 0 && found[0]!.end === name.length;
  };
  const taken = new Set(options.takenIds ?? []);
  const owned = new Map<string, string>();
  const byVariantKey = new Map<string, string[]>();
  for (const [variant, canonical] of variants) byVariantKey.set(canonical, [...(byVariantKey.get(canonical) ?? []), variant]);

  const out: DiscoveredActor[] = [];
  const ordered = [...people.values()].sort((a, b) => b.evidence - a.evidence || a.key.localeCompare(b.key));
  for (const p of ordered) {
    const name = mostFrequent(p.fullNames) ?? mostFrequent(p.surnames)!;
    if (known(name) || (p.fullNames.size === 0 && [...p.surnames.keys()].some(known))) continue;
    // A surname alone must not be a German word ("den Journalisten Auskunft"); without a dictionary to ask, it must come twice.
    if (p.fullNames.size === 0) {
      const words = [...p.surnames.keys()].map(fold);
      if (options.isWord ? words.some(options.isWord) : p.evidence < 2) continue;
    }
    const spellings = [name, ...p.fullNames.keys(), ...p.surnames.keys(), ...(byVariantKey.get(p.key.split("|")[0]!) ?? []).map(capitalise)];
    const aliases: string[] = [];
    const seen = new Set<string>([foldName(name)]);
    for (const s of spellings) {
      const f = foldName(s);
      if (seen.has(f) || /s$/u.test(f) && seen.has(f.slice(0, -1))) continue;
      if (known(s) || (owned.has(f) && owned.get(f) !== p.key)) continue;
      seen.add(f);
      aliases.push(s);
    }
    for (const f of seen) owned.set(f, p.key);
    const id = uniqueId(slug(name), taken);
    taken.add(id);
    const description = describe(p.roles);
    out.push({ id, name, aliases, roles: [], ...(description ? { description } : {}), evidence: p.evidence });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name, "de") || a.id.localeCompare(b.id));
}

function mostFrequent(counts: Map<string, number>): string | undefined {
  let best: string | undefined;
  let n = 0;
  for (const [k, c] of counts) if (c > n || (c === n && best !== undefined && k.length > best.length)) [best, n] = [k, c];
  return best;
}

/** The two most frequent roles (ties: the more recent first), at most 300 characters. */
function describe(roles: Map<string, { count: number; date: string }>): string | undefined {
  // A bare role counts for the fuller one it ends ("Verteidigungsminister" → "ukrainischer Verteidigungsminister").
  const merged = new Map<string, { count: number; date: string }>([...roles].map(([k, v]) => [k, { ...v }]));
  for (const [role, r] of [...merged]) {
    const fuller = [...merged.entries()].filter(([k]) => k !== role && k.endsWith(` ${role}`)).sort((a, b) => b[1].count - a[1].count)[0];
    if (!fuller) continue;
    fuller[1].count += r.count;
    if (r.date > fuller[1].date) fuller[1].date = r.date;
    merged.delete(role);
  }
  const top = [...merged.entries()].sort((a, b) => b[1].count - a[1].count || b[1].date.localeCompare(a[1].date) || a[0].localeCompare(b[0]));
  const picked: string[] = [];
  for (const [role] of top) {
    if (picked.length >= 2) break;
    if (picked.some((p) => foldName(p) === foldName(role))) continue;
    picked.push(role);
  }
  const text = picked.join("; ");
  return text ? text.slice(0, 300) : undefined;
}

const capitalise = (s: string) => s.replace(/^\p{Ll}/u, (c) => c.toUpperCase());

/** "Viktor Orbán" → "viktor-orban": a slug the actors file would accept. */
export function slug(name: string): string {
  const s = foldName(name)
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-+|-+$/gu, "")
    .slice(0, 36)
    .replace(/-+$/u, "");
  return /^[a-z][a-z0-9-]{1,}$/u.test(s) ? s : `p-${s || "x"}`.slice(0, 36);
}

function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
