/**
 * The topic counts of the corpus profile (src/corpus/topicCounts.ts) from actor discovery's tokens, so that the
 * profile need not read every text again (its own pass, capitalisedWords.ts, cost ~2 s at 20,000 articles).
 *
 * Why the tokens suffice: a capitalised word of the profile (`(?<![\p{L}-])\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*(?![\p{L}])`)
 * is letters and inner hyphens, so it lies within one word token of discovery (a token runs over letters, marks and
 * digits and goes on after a hyphen that letters follow); the character before a word token is never a letter and
 * the one after it never a letter either. So the capitalised words in a token are those of its text alone, but for
 * one that starts the token when a hyphen stands before it ("-Abkommen"). They are found once per distinct word.
 * `test/timeline/discoveryTopics.test.ts` compares the counts with those of the profile's own pass.
 */
import { capitalisedWords } from "../corpus/capitalisedWords.js";
import { MIN_TOPIC_LENGTH, NO_TOPIC, type TopicCounts } from "../corpus/topicCounts.js";
import { grown } from "../util/typedArrays.js";
import type { ArticleTokens } from "./discoveryPhrases.js";

const HYPHEN = 0x2d;
/** {@link DiscoveryTopics}' `entryOf`: no capitalised word that can count (too short, or looked up: no topic). */
const NONE = -1;
/** The word is one capitalised word that can count, its entry not looked up yet. */
const UNKNOWN = -2;
/** Any other word with capitalised words that can count: its slots are read. */
const SLOTS = -3;
/** Room for word ids and capitalised words before the arrays grow. */
const INITIAL_SIZE = 1 << 14;

/** An upper-case letter A–Z, then lower-case letters a–z, ä, ö, ü, ß: what capitalisedWords finds in it is the whole word. */
function plainCapitalised(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first < 0x41 || first > 0x5a || word.length < 2) return false;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c < 0x61 || c > 0x7a) && c !== 0xe4 && c !== 0xf6 && c !== 0xfc && c !== 0xdf) return false;
  }
  return true;
}

/**
 * Per word id, what it counts for: most words are no topic or one capitalised word, the whole word ("Waffenruhe"),
 * whose entry is kept per word id ({@link entryOf}); the others ("x’Abkommen", "Nord-Stream-Abkommen") keep their
 * capitalised words as a range of slots, per slot its text, whether it starts the word (not counted after a hyphen)
 * and its entry. Entries are looked up when first counted, as the profile's pass does. Reading one array per token
 * instead of four (the slot range, each slot's start and entry) and leaving out the words shorter than any topic
 * saved ~0.2 s of ~0.4 s at 20,000 articles (~11 million tokens).
 */
export class DiscoveryTopics {
  private words = 0;
  /** Per word id: its entry number, {@link NONE}, {@link UNKNOWN} or {@link SLOTS}. */
  private entryOf = new Int32Array(INITIAL_SIZE);
  private firstSlot = new Int32Array(INITIAL_SIZE + 1);
  private slots = 0;
  private atStart = new Uint8Array(INITIAL_SIZE);
  private readonly slotWord: string[] = [];
  /** Per slot: its entry number, {@link NO_TOPIC}, or {@link UNKNOWN} until first counted. */
  private slotEntry = new Int32Array(INITIAL_SIZE);

  constructor(private readonly counts: TopicCounts) {}

  /** Counts the capitalised words of article number `article`, whose tokens `tokens` holds. */
  count(tokens: ArticleTokens, article: number): void {
    const { ids, count, text } = tokens;
    if (tokens.words.table.size > this.words) this.learn(tokens);
    const entryOf = this.entryOf;
    for (let k = 0; k < count; k++) {
      const id = ids[k]!;
      if (id < 0) continue;
      let entry = entryOf[id]!;
      if (entry === NONE) continue;
      if (entry === SLOTS) {
        this.countSlots(tokens, k, article);
        continue;
      }
      // The word starts its one capitalised word.
      if (text.charCodeAt(tokens.start(k) - 1) === HYPHEN) continue;
      if (entry === UNKNOWN) {
        entry = this.counts.entryFor(tokens.words.text(id), tokens.words.topicKey(id));
        entryOf[id] = entry === NO_TOPIC ? NONE : entry;
        if (entry === NO_TOPIC) continue;
      }
      this.counts.count(entry, article);
    }
  }

  private countSlots(tokens: ArticleTokens, k: number, article: number): void {
    const id = tokens.ids[k]!;
    const to = this.firstSlot[id + 1]!;
    for (let s = this.firstSlot[id]!; s < to; s++) {
      if (this.atStart[s] === 1 && tokens.text.charCodeAt(tokens.start(k) - 1) === HYPHEN) continue;
      let entry = this.slotEntry[s]!;
      if (entry === UNKNOWN) {
        entry = this.counts.entryFor(this.slotWord[s]!);
        this.slotEntry[s] = entry;
      }
      if (entry !== NO_TOPIC) this.counts.count(entry, article);
    }
  }

  /** Finds the capitalised words inside the words that are new since the last article. */
  private learn(tokens: ArticleTokens): void {
    const size = tokens.words.table.size;
    if (size + 1 > this.firstSlot.length) {
      const length = Math.max(size + 1, this.firstSlot.length * 2);
      this.firstSlot = grown(this.firstSlot, length);
      this.entryOf = grown(this.entryOf, length);
    }
    for (let id = this.words; id < size; id++) {
      const word = tokens.words.text(id);
      const from = this.slots;
      this.firstSlot[id] = from;
      if (plainCapitalised(word)) {
        this.entryOf[id] = word.length < MIN_TOPIC_LENGTH ? NONE : UNKNOWN;
        continue;
      }
      capitalisedWords(word, (start, end) => {
        // A shorter word is no topic: the slot would never count.
        if (end - start >= MIN_TOPIC_LENGTH) this.addSlot(start === 0 && end === word.length ? word : word.slice(start, end), start === 0);
      });
      const slots = this.slots - from;
      this.entryOf[id] = slots === 0 ? NONE : slots === 1 && this.atStart[from] === 1 && this.slotWord[from] === word ? UNKNOWN : SLOTS;
    }
    this.firstSlot[size] = this.slots;
    this.words = size;
  }

  private addSlot(word: string, atStart: boolean): void {
    if (this.slots === this.atStart.length) {
      this.atStart = grown(this.atStart, this.atStart.length * 2);
      this.slotEntry = grown(this.slotEntry, this.slotEntry.length * 2);
    }
    this.atStart[this.slots] = atStart ? 1 : 0;
    this.slotEntry[this.slots] = UNKNOWN;
    this.slotWord.push(word);
    this.slots++;
  }
}
