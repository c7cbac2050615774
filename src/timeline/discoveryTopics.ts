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
import { NO_TOPIC, type TopicCounts } from "../corpus/topicCounts.js";
import { grown } from "../util/typedArrays.js";
import type { ArticleTokens } from "./discoveryPhrases.js";

const HYPHEN = 0x2d;
/** A slot's entry not looked up yet. */
const UNKNOWN = -2;
/** Room for word ids and capitalised words before the arrays grow. */
const INITIAL_SIZE = 1 << 14;

/**
 * Per word id, the capitalised words inside it as a range of slots; per slot its text, whether it starts the word (not
 * counted after a hyphen) and its entry number, looked up when it is first counted as the profile's pass does.
 * Typed arrays: ~11 million words at 20,000 articles.
 */
export class DiscoveryTopics {
  private words = 0;
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
    const { firstSlot, atStart, slotEntry } = this;
    for (let k = 0; k < count; k++) {
      const id = ids[k]!;
      if (id < 0) continue;
      const to = firstSlot[id + 1]!;
      for (let s = firstSlot[id]!; s < to; s++) {
        if (atStart[s] === 1 && text.charCodeAt(tokens.start(k) - 1) === HYPHEN) continue;
        let entry = slotEntry[s]!;
        if (entry === UNKNOWN) {
          entry = this.counts.entryFor(this.slotWord[s]!);
          slotEntry[s] = entry;
        }
        if (entry !== NO_TOPIC) this.counts.count(entry, article);
      }
    }
  }

  /** Finds the capitalised words inside the words that are new since the last article. */
  private learn(tokens: ArticleTokens): void {
    const size = tokens.words.table.size;
    if (size + 1 > this.firstSlot.length) this.firstSlot = grown(this.firstSlot, Math.max(size + 1, this.firstSlot.length * 2));
    for (let id = this.words; id < size; id++) {
      const word = tokens.words.text(id);
      this.firstSlot[id] = this.slots;
      capitalisedWords(word, (start, end) => {
        if (this.slots === this.atStart.length) {
          this.atStart = grown(this.atStart, this.atStart.length * 2);
          this.slotEntry = grown(this.slotEntry, this.slotEntry.length * 2);
        }
        this.atStart[this.slots] = start === 0 ? 1 : 0;
        this.slotEntry[this.slots] = UNKNOWN;
        // Most words are one capitalised word: no copy of it.
        this.slotWord.push(start === 0 && end === word.length ? word : word.slice(start, end));
        this.slots++;
      });
    }
    this.firstSlot[size] = this.slots;
    this.words = size;
  }
}
