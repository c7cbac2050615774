/**
 * Dictionary-based German decompounding: "militarhilfe" → ["militar", "hilfe"],
 * "sicherheitsgarantien" → ["sicherheit", "garantien"]. A split is taken only when both
 * parts are known words, so unknown words are left whole rather than cut into nonsense.
 */
import { TokenTable } from "./tokenTable.js";

/** Shortest part a compound is split into ("ruhe", "chef"). */
export const MIN_PART_LENGTH = 4;
/**
 * A compound's last part may be shorter when it is one of these ("Minister|amt", "Boden|see"). Not "tag", though
 * {@link BASE_PARTS} lists it: Bundestag, Landtag and the weekdays ("Donners|tag") are no kind of day.
 */
export const SHORT_LAST_PARTS: ReadonlySet<string> = new Set(["amt", "see"]);
/** The length of {@link SHORT_LAST_PARTS}' words. */
export const MIN_LAST_PART_LENGTH = 3;
/** Shortest known tail that splits a compound whose head is unknown ("fernseh|sendung"). */
export const MIN_TAIL_LENGTH = 5;
/** Words shorter than this are never split. */
export const MIN_COMPOUND_LENGTH = 8;
/** Linking elements (Fugenelemente) between compound parts: Sicherheit-s-garantie, Friede-ns-truppe. */
const LINKERS = ["s", "es", "n", "en", "ens", "er", "e"] as const;
/**
 * Inflection endings a compound's last part may carry beyond the form the dictionary knows: "Armeechefs" splits
 * at "chef", "Raketenangriffen" at "angriff"; "-nissen" is the plural of "-nis" ("Erkenntnissen").
 */
export const TAIL_ENDINGS = ["s", "es", "n", "en", "e", "er", "ern", "nen", "sen", "se"] as const;
/**
 * A word as written, then without each of the {@link TAIL_ENDINGS} it ends in, while at least `minLength` letters are
 * left: the forms to look up in a dictionary that lists base forms ("erkenntnissen" → erkenntnissen, erkenntnisse,
 * erkenntnis, …).
 */
export function withoutTailEndings(word: string, minLength: number): string[] {
  const forms: string[] = [];
  for (const ending of ["", ...TAIL_ENDINGS]) {
    if (word.endsWith(ending) && word.length - ending.length >= minLength) forms.push(word.slice(0, word.length - ending.length));
  }
  return forms;
}

/** 1 for the UTF-16 units that end one of {@link TAIL_ENDINGS}. */
const ENDING_LAST_LETTERS = new Uint8Array(0x10000);
for (const e of TAIL_ENDINGS) ENDING_LAST_LETTERS[e.charCodeAt(e.length - 1)] = 1;

/** Common heads and modifiers of news compounds, folded; complements the corpus vocabulary. */
export const BASE_PARTS = `
hilfe hilfen ruhe waffe waffen stillstand minister ministerin ministerium sprecher sprecherin chef chefin gesprach gesprache
verhandlung verhandlungen plan plane truppe truppen konferenz gipfel garantie garantien abkommen vertrag krieg kriege kriegs
frieden friedens militar sicherheit politik regierung prasident prasidentin kanzler kandidat kanzlerkandidat aussen aussenminister
gesandte gesandter sonder berater beauftragte generalsekretar sekretar staat staaten land lander partei wahl sieg angriff angriffe
luft see boden rakete raketen drohne drohnen system systeme programm programme ausbildung austausch information informationen
geheimdienst geheimdienste dienst druck koalition willige treffen termin experte experten konflikt losung losungen frage fragen
erklarung vorschlag vorschlage zusage zustimmung beitrag beitrage hindernis hindernisse vertretung vertretungen ausland
grenze grenzen region rohstoff rohstoffe erde erden abbau dollar wert milliarde milliarden presse agentur konferenzen video
marsch flugkorper schlag schritt schritte kehrtwende entgegenkommen gegenzug schlussel stellung nahme stellungnahme team teams
sanktion sanktionen zukunft ende anfang beginn armee soldat soldaten streitkrafte offizier kanzlei vize vizechef amt kollege
kollegen amtskollege parlament parlamentarier abgeordnete abgeordneter ausschuss haus hauses bund bundes tag nacht woche monat jahr
`.split(/\s+/).filter(Boolean);

/** Splits kept (then forgotten at once): a corpus's and its questions' repeated words. */
const SPLIT_CACHE_SIZE = 200_000;

/** The split of a word that is none. */
const NO_PARTS: readonly string[] = Object.freeze([]);

/** The deepest recursion of a split (a word splits into at most four parts). */
const MAX_DEPTH = 2;

export class CompoundSplitter {
  /**
   * The known words, by {@link wordHash}: a part of the word being split is looked up by its place in the word, its
   * hash from the word's prefix hashes in constant time, without slicing the word (the build splits ~300,000
   * distinct words, each at every cut).
   */
  private readonly table = new TokenTable();
  private readonly cache = new Map<string, readonly string[]>();
  /** The words in the cache whose split is {@link splitByTail}'s. */
  private readonly tailSplits = new Set<string>();
  /** The prefix hashes of the word being split: `prefix[k]` is the hash of its first k units. */
  private prefix = new Int32Array(64);
  /** Per cut of the word being split at depth 0: 1 when its tail is known (splitByTail reads what splitKnown found). */
  private tailKnown = new Uint8Array(64);

  /**
   * One bit per slot of a 2^21-bit filter (256 KB, within a core's cache), set for each known word's hash: most parts
   * a split looks up are no words, and the filter answers them without the table's two random reads (a split of
   * 300,000 distinct words makes tens of millions of lookups). It never says no to a known word.
   */
  private readonly filter = new Int32Array(FILTER_BITS >>> 5);

  /** @param dictionary folded words considered known, e.g. the corpus vocabulary plus {@link BASE_PARTS}. */
  constructor(dictionary: Iterable<string>) {
    for (const w of dictionary) if (w.length >= MIN_PART_LENGTH) this.intern(w);
    for (const w of BASE_PARTS) this.intern(w);
    this.table.trim();
  }

  private intern(word: string): void {
    const hash = wordHash(word);
    this.table.intern(word, 0, word.length, hash);
    const bit = filterBit(hash);
    this.filter[bit >>> 5]! |= 1 << (bit & 31);
  }

  /**
   * The words this splitter knows (the dictionary's words of {@link MIN_PART_LENGTH}+ letters and {@link BASE_PARTS}):
   * a splitter built from them splits exactly like this one. The index snapshot stores them. Each once, in the order
   * first given.
   */
  knownWords(): readonly string[] {
    return this.table.tokens;
  }

  /**
   * Parts of a folded word, or [] when it is not a known compound. `cached`: false for a word split once (the index
   * build's distinct words), which then neither looks in the cache nor fills it. `noun`: false for a word written in
   * lower case, which is no German noun: only known parts split it, not a known tail after an unknown head
   * ({@link splitByTail}, whose "Fernseh|sendung" is a Sendung): "poli|tisch", "füh|renden", "betr|offen" are no kind of
   * Tisch, Ende or offen.
   */
  split(word: string, cached = true, noun = true): readonly string[] {
    if (word.length < MIN_COMPOUND_LENGTH) return NO_PARTS;
    const known = cached ? this.cache.get(word) : undefined;
    if (known !== undefined) return noun || !this.tailSplits.has(word) ? known : NO_PARTS;
    this.hashPrefixes(word);
    const byParts = this.splitKnown(word, word.length, 0);
    const byTail = byParts === null ? this.splitByTail(word) : null;
    const parts = byParts ?? byTail ?? NO_PARTS;
    if (cached) {
      if (this.cache.size > SPLIT_CACHE_SIZE) {
        this.cache.clear();
        this.tailSplits.clear();
      }
      this.cache.set(word, parts);
      if (byTail !== null) this.tailSplits.add(word);
    }
    return noun || byTail === null ? parts : NO_PARTS;
  }

  private hashPrefixes(word: string): void {
    if (this.prefix.length <= word.length) {
      this.prefix = new Int32Array(word.length * 2);
      this.tailKnown = new Uint8Array(word.length * 2);
    }
    let h = 0;
    for (let i = 0; i < word.length; i++) this.prefix[i + 1] = h = (Math.imul(h, HASH_BASE) + word.charCodeAt(i)) | 0;
  }

  /** Whether `word.slice(from, to)` is a known word (`word` is the one whose prefixes were hashed last). */
  private has(word: string, from: number, to: number): boolean {
    const hash = mixed((this.prefix[to]! - Math.imul(this.prefix[from]!, powerOf(to - from))) | 0);
    const bit = filterBit(hash);
    if ((this.filter[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
    return this.table.find(word, from, to, hash) >= 0;
  }

  /**
   * A German compound's last part carries its meaning ("Fernseh|sendung" is a Sendung): when only the tail
   * is a known word of some length, split there and keep the unknown head as a part of its own. Called after
   * `splitKnown` at depth 0 found no split, so that every tail was looked up (`tailKnown`).
   */
  private splitByTail(word: string): string[] | null {
    for (let cut = MIN_PART_LENGTH; cut <= word.length - MIN_TAIL_LENGTH; cut++) {
      if (this.tailKnown[cut] === 1) return [this.knownHead(word, cut) ?? word.slice(0, cut), word.slice(cut)];
    }
    return null;
  }

  /**
   * The split of `word.slice(0, end)` into a known head (or, below {@link MAX_DEPTH}, known parts) and a known tail,
   * the longest head first: "aussenministerium" → "aussenminister" + … before "aussen" + ….
   */
  private splitKnown(word: string, end: number, depth: number): string[] | null {
    for (let cut = end - (depth === 0 ? MIN_LAST_PART_LENGTH : MIN_PART_LENGTH); cut >= MIN_PART_LENGTH; cut--) {
      const known = end - cut >= MIN_PART_LENGTH ? this.knownTail(word, cut, end) : SHORT_LAST_PARTS.has(word.slice(cut, end));
      if (depth === 0) this.tailKnown[cut] = known ? 1 : 0;
      if (!known) continue;
      const head = this.knownHead(word, cut);
      if (head !== null) return [head, word.slice(cut, end)];
      if (depth < MAX_DEPTH) {
        const inner = this.splitKnown(word, cut, depth + 1);
        if (inner) {
          inner.push(word.slice(cut, end));
          return inner;
        }
      }
    }
    return null;
  }

  /** Whether `word.slice(from, to)` is a last part the dictionary knows as written or without an inflection ending ({@link TAIL_ENDINGS}). */
  private knownTail(word: string, from: number, to: number): boolean {
    if (this.has(word, from, to)) return true;
    if (ENDING_LAST_LETTERS[word.charCodeAt(to - 1)] !== 1) return false;
    for (const ending of TAIL_ENDINGS) {
      if (to - from - ending.length >= MIN_PART_LENGTH && endsAt(word, to, ending) && this.has(word, from, to - ending.length)) return true;
    }
    return false;
  }

  /** `word.slice(0, cut)` when known, else it without a linking element ({@link LINKERS}) when that is known; null otherwise. */
  private knownHead(word: string, cut: number): string | null {
    if (this.has(word, 0, cut)) return word.slice(0, cut);
    for (const linker of LINKERS) {
      if (cut - linker.length >= MIN_PART_LENGTH && endsAt(word, cut, linker) && this.has(word, 0, cut - linker.length)) {
        return word.slice(0, cut - linker.length);
      }
    }
    return null;
  }
}

/** The base of the polynomial hash of a word's UTF-16 units (modulo 2^32): a part's hash follows from two prefix hashes. */
const HASH_BASE = 0x01000193;
/** HASH_BASE^k modulo 2^32, for parts of up to this many units (longer ones are computed). */
const POWERS = new Int32Array(256);
POWERS[0] = 1;
for (let k = 1; k < POWERS.length; k++) POWERS[k] = Math.imul(POWERS[k - 1]!, HASH_BASE);

function powerOf(k: number): number {
  if (k < POWERS.length) return POWERS[k]!;
  let p = POWERS[POWERS.length - 1]!;
  for (let i = POWERS.length - 1; i < k; i++) p = Math.imul(p, HASH_BASE);
  return p;
}

/** The polynomial hash's bits mixed (Murmur3's finalizer): the table's slot comes from its low bits. */
function mixed(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Bits of the splitter's filter of known words (a power of two). */
const FILTER_BITS = 1 << 21;

/** A hash's bit in the filter: its high bits (the table's slot comes from the low ones). */
function filterBit(hash: number): number {
  return (hash >>> 11) & (FILTER_BITS - 1);
}

/** The table's hash of a whole word: as `has` computes it for a part. */
function wordHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, HASH_BASE) + word.charCodeAt(i)) | 0;
  return mixed(h);
}

/** Whether `word.slice(0, end)` ends with `suffix`. */
function endsAt(word: string, end: number, suffix: string): boolean {
  const from = end - suffix.length;
  if (from < 0) return false;
  for (let k = 0; k < suffix.length; k++) if (word.charCodeAt(from + k) !== suffix.charCodeAt(k)) return false;
  return true;
}
