/**
 * Where a name the text runs on ends. Actor discovery (discoverActors.ts) reads up to three capitalised words after
 * a role or from a given name as one name: "Recep Tayyip Erdoğan", "Verteidigungsminister Rustem Umerow". German
 * sentences also set the subject's name right before the object's: "… hatte Präsident Wladimir Putin Kellogg als
 * pro-ukrainisch kritisiert", "dass Präsident Putin Witkoff empfange". A name is a given name and one surname
 * (or a middle name the corpus writes with it), not a name and then another person's surname.
 *
 * The evidence is the corpus's own: every name run discovery read, counted by its words. A run ends before its last
 * word when the words before it name someone on their own elsewhere in the corpus:
 * - two words before it ("Wladimir Putin") that the corpus writes as a whole name, followed by no further name;
 * - one word before it ("Putin") that is no listed given name and that the corpus writes as a surname: after a
 *   role alone, or as the last word of a name;
 * and either the longer run is written less often than that shorter name (the corpus's usual form of the person
 * is the short one: the last word belongs to the sentence, not the name), or the last word is the surname of
 * another person, whom the corpus names with a different given name ("Keith Kellogg", "Steve Witkoff").
 * A name the corpus consistently writes in three words keeps them: no shorter name stands alone beside it
 * ("Recep Tayyip" never names anyone, nor "Bart De", nor "Troels Lund").
 * A byline runs on into the next word: "Martin Küper Aktualisiert am …". The third word of a run ends no name when it
 * is a word of the general dictionaries (a participle, verb or noun) that the corpus never writes as a surname after a
 * role or a given name alone: "Küper" is the surname. A surname that is also a word ("Hart", "Weber") keeps its place
 * in a two-word name, in a three-word one when the corpus writes it as a surname elsewhere, and when it is a noun after
 * a double given name ("Hans Peter Koch": a listed given name in the middle that the corpus never writes as a
 * surname; "Marie Martin Aktualisiert" ends before the participle).
 *
 * Cost: a map entry per distinct run; the runs are the few places a role or given name meets another capitalised word.
 */
import { fold } from "./discoveryWords.js";

/** How the run was found: after a role ("Präsident Putin Witkoff"), or from a given name ("Wladimir Putin Kellogg"). */
export type RunVia = "role" | "given";

/** Key of a run's words: folded, so "Szijjarto" and "Szijjártó" are one name. */
const key = (words: readonly string[]) => words.map(fold).join(" ");

export class NameRuns {
  /** Folded words of a run → how often the corpus wrote exactly that run (no further name word after it). */
  private readonly written = new Map<string, number>();
  /** Folded surname → how often it ends a name or stands alone after a role. */
  private readonly surnameUses = new Map<string, number>();
  /** Folded surname → the folded given names (first words) written before it. */
  private readonly givenBefore = new Map<string, Set<string>>();
  /** Folded surnames of runs of one or two words: after a role alone, or after a given name. */
  private readonly shortRunSurnames = new Set<string>();

  /**
   * @param isSurname whether a word can be a surname (discovery's test: no place, no noun the corpus writes lower case …)
   * @param listedGiven whether a word is a given name on the list or initials; a name run by a given name the corpus
   * taught (a role before it) is the run being judged, so it is no evidence for a surname yet
   * @param isWord whether a folded word is a word of the general dictionaries (discovery's option); without it, a third
   * word is judged like the others
   * @param isNoun whether a folded word is one the dictionaries write capitalised (a noun, not a participle); without
   * it, no word after a double given name is a surname that is also a word
   */
  constructor(
    private readonly isSurname: (word: string) => boolean,
    private readonly listedGiven: (word: string) => boolean,
    private readonly isWord?: (folded: string) => boolean,
    private readonly isNoun?: (folded: string) => boolean,
  ) {}

  /** A run the text wrote `count` times: its words as read, before any is cut. */
  add(words: readonly string[], via: RunVia, count = 1): void {
    const k = key(words);
    this.written.set(k, (this.written.get(k) ?? 0) + count);
    const last = words[words.length - 1]!;
    // The last word is a surname when a role or a listed given name stands before the run.
    if (!this.isSurname(last) || (via === "given" && !this.listedGiven(words[0]!))) return;
    const f = fold(last);
    this.surnameUses.set(f, (this.surnameUses.get(f) ?? 0) + count);
    if (words.length <= 2) this.shortRunSurnames.add(f);
    if (words.length < 2) return;
    const givens = this.givenBefore.get(f) ?? new Set<string>();
    givens.add(fold(words[0]!));
    this.givenBefore.set(f, givens);
  }

  /** How many of the run's words are the name: all, or all but the last ({@link NameRuns} says when). */
  length(words: readonly string[]): number {
    const n = words.length;
    if (n < 2) return n;
    const last = fold(words[n - 1]!);
    // "Hans Peter Koch": after a listed given name in the middle that the corpus writes as no surname, a noun is the
    // surname ("Marie Martin Aktualisiert": a participle is not).
    const middle = words[n - 2]!;
    const doubleGiven = this.listedGiven(middle) && !this.surnameUses.has(fold(middle)) && this.isNoun?.(last) === true;
    if (n > 2 && !doubleGiven && this.isWord?.(last) && !this.shortRunSurnames.has(last)) return n - 1;
    const shorter = words.slice(0, -1);
    let shorterUses: number;
    if (shorter.length === 1) {
      if (this.listedGiven(shorter[0]!)) return n;
      shorterUses = this.surnameUses.get(fold(shorter[0]!)) ?? 0;
    } else shorterUses = this.written.get(key(shorter)) ?? 0;
    if (shorterUses === 0) return n;
    if ((this.written.get(key(words)) ?? 0) < shorterUses) return n - 1;
    return this.anotherPerson(words[n - 1]!, words[0]!) ? n - 1 : n;
  }

  /** Whether the corpus names `surname` with a given name other than `first`: then it is someone else's surname. */
  private anotherPerson(surname: string, first: string): boolean {
    const givens = this.givenBefore.get(fold(surname));
    if (!givens) return false;
    const own = fold(first);
    for (const g of givens) if (g !== own) return true;
    return false;
  }
}
