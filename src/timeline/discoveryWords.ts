/**
 * The words actor discovery (discoverActors.ts) knows, and what it decides about each distinct word of a corpus.
 * Word lists are folded (foldName). {@link DiscoveryWords} numbers the words of the texts by their place in the text
 * (a TokenTable: no string per occurrence) and keeps per word id what the rules ask of every occurrence (capitalised,
 * could be a name, initials, a role, a determiner before it) in typed arrays, decided once per distinct word.
 */
import { TokenTable } from "../analysis/tokenTable.js";
import { GERMAN_MONTHS, GERMAN_WEEKDAYS_FROM_MONDAY, SONNABEND } from "../util/calendar.js";
import { grown } from "../util/typedArrays.js";
import { foldName } from "./nameFolding.js";

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
export const ADJECTIVAL_HEADS = new Set(["gesandte", "beauftragte", "abgeordnete", "vorsitzende", "vertraute"]);
/** Weak nouns: "-n"/"-en" in every case but the nominative ("des Präsidenten", "den Experten"). */
export const WEAK_HEADS = new Set(["prasident", "diplomat", "demokrat", "experte", "analyst", "politologe", "journalist", "korrespondent", "kollege", "oligarch", "investor"]);
/** They introduce a name but say nothing about the person worth a description. */
export const TRIGGER_ONLY = new Set(["kollege", "vertraute"]);

const ROLE_RE = new RegExp(`(${ROLE_HEADS.join("|")})(s|es|n|en|in|r|m)?$`, "u");

export const DETERMINERS = new Set(
  "der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner dieser diese dieses diesen diesem jeder jede jedes jeden jedem sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer unser unsere unseren im am vom zum zur beim ins ans".split(" "),
);

const LONGEST_DETERMINER = Math.max(...[...DETERMINERS].map((d) => d.length));

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
export const PLACES = new Set(
  `russland ukraine usa us amerika deutschland frankreich italien grossbritannien britannien england polen ungarn china japan indien iran israel
  turkei syrien belarus weissrussland moldau georgien finnland schweden norwegen danemark niederlande belgien spanien portugal griechenland
  litauen lettland estland rumanien bulgarien slowakei tschechien osterreich schweiz kanada mexiko brasilien katar saudi-arabien agypten
  europa afrika asien nordkorea sudkorea korea kiew kyjiw moskau washington berlin paris london rom brussel wien genf istanbul ankara warschau
  peking riad dschidda budapest minsk teheran alaska anchorage miami florida texas munchen donbass donezk luhansk krim cherson saporischschja
  charkiw odessa kursk nato eu uno un kreml pentagon weisse weissen weisses haus hauses bundestag vatikan westen osten sudens nordens`.split(/\s+/u),
);

/** Endings of German nouns that are hardly ever surnames ("Regierung", "Freiheit", "Partnerschaft"). */
export const NOUN_ENDING = /(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|ismus|itat|ment|ments|tum|tums|nisse|reich|reichs|ien|iens|stan|stans|stadt|amt|amts|rat|rats|ium|iums|partei|gipfel|konferenz|abkommen|vertrag|krieg|kriegs|fonds|gesprache|truppen|zeit|woche|monat|jahr|jahre|jahren)$/u;

/** "Orbán", "Kramp-Karrenbauer", "McCaul", "O'Brien": capitalised, with lower-case letters, no digits. */
const NAMEISH = /^\p{Lu}[\p{L}\p{M}'’]*\p{Ll}[\p{L}\p{M}'’]*(?:-\p{Lu}[\p{L}\p{M}'’]*\p{Ll}[\p{L}\p{M}'’]*)*$/u;
/** "JD", "J.D.", "J. D.": initials that open a name. */
const INITIALS = /^(?:\p{Lu}{1,2}|\p{Lu}\.(?:\s?\p{Lu}\.)+)$/u;
const CAPITALISED = /^\p{Lu}/u;
export const ADJECTIVE = /^\p{Ll}[\p{Ll}\p{M}]*(?:e|en|er|es|em)$/u;
/** Adjectives that stand before a role without an article: "russischer Chefunterhändler", "früherer Minister". */
export const BARE_ADJECTIVE = /(?:isch|lich|ig|al|end|er|ier)(?:e|en|er|es|em)$/u;
export const PREPOSITIONS = new Set("von mit fur für nach bei laut gegen durch uber über unter neben zwischen".split(" "));

/** Folding a word costs several normalisations; the corpus repeats its words. */
const FOLD_CACHE_SIZE = 200_000;
const foldCache = new Map<string, string>();
export function fold(word: string): string {
  let f = foldCache.get(word);
  if (f === undefined) {
    f = foldOnce(word);
    if (foldCache.size < FOLD_CACHE_SIZE) foldCache.set(word, f);
  }
  return f;
}

/** What folding makes of each unit alone, for the printable ASCII units and the Latin-1 letters (× and ÷ excluded: ""). */
const UNIT_FOLDED = Array.from({ length: 0x100 }, (_, u) =>
  (u > 0x20 && u < 0x7f) || (u >= 0xc0 && u !== 0xd7 && u !== 0xf7)
    ? String.fromCharCode(u).toLowerCase().replace(/ß/gu, "ss").normalize("NFD").replace(/\p{M}/gu, "")
    : "",
);

/**
 * `foldName(word)`, faster for the words of German text: of printable ASCII (no white space to collapse, nothing to
 * normalise: lower case is all folding does), or with Latin-1 letters too ("Außenminister", "Orbán": lower case,
 * ß → ss, diacritics removed; none of them changes under NFKC, none is a mark, space or invisible character). foldName
 * works character by character; each distinct word of a corpus is folded when it is first met (~300,000 at 20,000
 * articles). A word with Latin-1 letters is folded unit by unit from a table: none of these units lowers differently
 * in context, and each decomposes into a letter and at most one mark, so the marks of two units never meet and
 * reorder; lower-casing, normalising and removing the marks of the whole word took ~0.1 s at 20,000 articles.
 * `test/timeline/discoveryWords.test.ts` compares both.
 */
export function foldOnce(word: string): string {
  return foldLatin(word) ?? foldName(word);
}

/**
 * {@link foldOnce}'s fast path: the folded word when it has only printable ASCII units and Latin-1 letters, else
 * undefined. For these words it is also `foldWord(word)` (normalize.ts: lower case, ß → ss, marks removed after NFD, the
 * same steps), so the topic counts can take it as their key (DiscoveryWords.topicKey).
 */
export function foldLatin(word: string): string | undefined {
  let ascii = true;
  for (let i = 0; i < word.length; i++) {
    const u = word.charCodeAt(i);
    if (u > 0x20 && u < 0x7f) continue;
    if (u < 0xc0 || u > 0xff || u === 0xd7 || u === 0xf7) return undefined;
    ascii = false;
  }
  if (ascii) return word.toLowerCase();
  let folded = "";
  for (let i = 0; i < word.length; i++) folded += UNIT_FOLDED[word.charCodeAt(i)]!;
  return folded;
}

export interface RoleWord {
  head: string;
  suffix: string;
}

/** Bits of {@link DiscoveryWords.flags}. */
export const CAPITALISED_WORD = 1;
/** Could be (part of) a name: capitalised or initials, no stop word, no role. */
export const NAME_WORD = 2;
export const INITIALS_WORD = 4;
/** Its lower case is a determiner: an occurrence after it counts as after a determiner. */
export const DETERMINER_WORD = 8;
/** It names a role ({@link DiscoveryWords.roles}): the bit spares the main loop reading that array for every capitalised word. */
export const ROLE_WORD = 16;

/** Room for distinct words before the arrays grow. */
const INITIAL_WORDS = 1 << 14;

/** The distinct words of the texts discovery reads, numbered, with what it decides about each. */
export class DiscoveryWords {
  /** Words as one-byte strings where they fit: the decisions run regular expressions over each (TokenTable.copies). */
  readonly table = new TokenTable(true);
  /** Per word id: {@link CAPITALISED_WORD} … bits. */
  flags = new Uint8Array(INITIAL_WORDS);
  /** Per word id: the role it names, if any (capitalised words only). */
  readonly roles: Array<RoleWord | undefined> = [];
  /**
   * Per word id: a capitalised word folded by {@link foldLatin}, kept for the topic counts, whose key is that folding
   * (~290,000 words at 20,000 articles: one string each instead of two, and no second folding).
   */
  private readonly latinFolded: Array<string | undefined> = [];

  /** The id of the word `text.slice(start, end)`, decided when it is new; `hash` is its hashUnits (the scanner's). */
  id(text: string, start: number, end: number, hash: number): number {
    const id = this.table.intern(text, start, end, hash);
    if (id === this.roles.length) this.decide(id, this.table.tokens[id]!);
    return id;
  }

  /** The id of `word`, or -1 when the texts never had it. */
  find(word: string): number {
    return this.table.find(word, 0, word.length);
  }

  text(id: number): string {
    return this.table.tokens[id]!;
  }

  /** `foldWord(text(id))` when it was folded already (a capitalised word of ASCII and Latin-1 letters), else undefined. */
  topicKey(id: number): string | undefined {
    return this.latinFolded[id];
  }

  private decide(id: number, word: string): void {
    if (id === this.flags.length) this.flags = grown(this.flags, this.flags.length * 2);
    const c = word.charCodeAt(0);
    // Most words are lower case (a–z, ä, ö, ü, ß): nothing to decide but whether they are a determiner.
    const lower = (c >= 97 && c <= 122) || c === 0xe4 || c === 0xf6 || c === 0xfc || c === 0xdf;
    const determiner = word.length <= LONGEST_DETERMINER && DETERMINERS.has(word.toLowerCase()) ? DETERMINER_WORD : 0;
    if (lower || !CAPITALISED.test(word)) {
      this.flags[id] = determiner;
      this.roles.push(undefined);
      this.latinFolded.push(undefined);
      return;
    }
    const initials = INITIALS.test(word);
    let role: RoleWord | undefined;
    let folded: string | undefined;
    let latin: string | undefined;
    if (!initials) {
      latin = foldLatin(word);
      folded = latin ?? foldName(word);
      const m = ROLE_RE.exec(folded);
      if (m) role = { head: m[1]!, suffix: m[2] ?? "" };
    }
    const name = (initials || NAMEISH.test(word)) && !role && !STOP.has(folded ?? foldOnce(word));
    this.flags[id] = CAPITALISED_WORD | (name ? NAME_WORD : 0) | (initials ? INITIALS_WORD : 0) | (role ? ROLE_WORD : 0) | determiner;
    this.roles.push(role);
    this.latinFolded.push(latin);
  }
}

/**
 * How often each capitalised word occurs, and how often right after an article or determiner; per word id, side by
 * side (the occurrences at 2·id, those after a determiner at 2·id + 1): both are counted for ~4 million capitalised
 * words at 20,000 articles, at ids read at random, and side by side they share a cache line.
 */
export class WordCounts {
  pairs = new Int32Array(0);

  /** Room for `size` word ids. */
  fit(size: number): void {
    if (2 * size <= this.pairs.length) return;
    const pairs = new Int32Array(Math.max(2 * size, this.pairs.length * 2));
    pairs.set(this.pairs);
    this.pairs = pairs;
  }

  count(id: number): number {
    return this.pairs[2 * id]!;
  }

  afterDeterminer(id: number): number {
    return this.pairs[2 * id + 1]!;
  }
}
