/**
 * Dictionary-based German decompounding: "militarhilfe" → ["militar", "hilfe"],
 * "sicherheitsgarantien" → ["sicherheit", "garantien"]. A split is taken only when both
 * parts are known words, so unknown words are left whole rather than cut into nonsense.
 */

/** Shortest part a compound is split into ("ruhe", "chef"). */
export const MIN_PART_LENGTH = 4;
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
const TAIL_ENDINGS = ["s", "es", "n", "en", "e", "er", "ern", "nen", "sen", "se"] as const;
const ENDING_LAST_LETTERS = new Set(TAIL_ENDINGS.map((e) => e.charCodeAt(e.length - 1)));

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

export class CompoundSplitter {
  private readonly words: Set<string>;
  private readonly cache = new Map<string, readonly string[]>();

  /** @param dictionary folded words considered known, e.g. the corpus vocabulary plus {@link BASE_PARTS}. */
  constructor(dictionary: Iterable<string>) {
    this.words = new Set();
    for (const w of dictionary) if (w.length >= MIN_PART_LENGTH) this.words.add(w);
    for (const w of BASE_PARTS) this.words.add(w);
  }

  /**
   * The words this splitter knows (the dictionary's words of {@link MIN_PART_LENGTH}+ letters and {@link BASE_PARTS}):
   * a splitter built from them splits exactly like this one. The index snapshot stores them.
   */
  knownWords(): ReadonlySet<string> {
    return this.words;
  }

  /** Parts of a folded word, or [] when it is not a known compound. */
  split(word: string): readonly string[] {
    if (word.length < MIN_COMPOUND_LENGTH) return [];
    let parts = this.cache.get(word);
    if (parts === undefined) {
      parts = this.splitUncached(word, 0) ?? [];
      if (this.cache.size > 200_000) this.cache.clear();
      this.cache.set(word, parts);
    }
    return parts;
  }

  private splitUncached(word: string, depth: number): string[] | null {
    return this.splitKnown(word, depth) ?? this.splitByTail(word);
  }

  /**
   * A German compound's last part carries its meaning ("Fernseh|sendung" is a Sendung): when only the tail
   * is a known word of some length, split there and keep the unknown head as a part of its own.
   */
  private splitByTail(word: string): string[] | null {
    for (let cut = MIN_PART_LENGTH; cut <= word.length - MIN_TAIL_LENGTH; cut++) {
      if (this.knownTail(word.slice(cut))) return [this.knownHead(word.slice(0, cut)) ?? word.slice(0, cut), word.slice(cut)];
    }
    return null;
  }

  private splitKnown(word: string, depth: number): string[] | null {
    // Prefer the longest head: "aussenministerium" → "aussenminister" + … before "aussen" + ….
    for (let cut = word.length - MIN_PART_LENGTH; cut >= MIN_PART_LENGTH; cut--) {
      const tail = word.slice(cut);
      if (!this.knownTail(tail)) continue;
      const head = this.knownHead(word.slice(0, cut));
      if (head !== null) return [head, tail];
      if (depth < 2) {
        const inner = this.splitKnown(word.slice(0, cut), depth + 1);
        if (inner) return [...inner, tail];
      }
    }
    return null;
  }

  /** A last part the dictionary knows as written or without an inflection ending ({@link TAIL_ENDINGS}). */
  private knownTail(tail: string): boolean {
    if (this.words.has(tail)) return true;
    if (!ENDING_LAST_LETTERS.has(tail.charCodeAt(tail.length - 1))) return false;
    for (const ending of TAIL_ENDINGS) {
      if (tail.length - ending.length >= MIN_PART_LENGTH && tail.endsWith(ending) && this.words.has(tail.slice(0, -ending.length))) return true;
    }
    return false;
  }

  private knownHead(head: string): string | null {
    if (this.words.has(head)) return head;
    for (const linker of LINKERS) {
      if (head.length - linker.length >= MIN_PART_LENGTH && head.endsWith(linker) && this.words.has(head.slice(0, -linker.length))) {
        return head.slice(0, -linker.length);
      }
    }
    return null;
  }
}
