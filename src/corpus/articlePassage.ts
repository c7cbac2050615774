/**
 * A passage kept as offsets into its article's text. A passage used to be an object with its own id string, text
 * slice and array of sentence strings (~330 bytes a passage beside the article text: a third of a gigabyte at a
 * million passages); this one holds its article, a few numbers and a position in a table of sentence bounds that
 * the passages of one article (or of one snapshot) share, ~50 bytes.
 *
 * Its id, text, heading and sentences are made when read (slices of the article text, which V8 makes without copying
 * the characters) and equal what was stored before: `test/corpus/articlePassage.test.ts` compares them with plain
 * passages cut the old way. `JSON.stringify` gives the plain passage ({@link plainPassage}).
 */
import type { Article, Passage } from "./types.js";

/** Where a passage lies in its article: all offsets into `Article.text`. */
export interface PassageBounds {
  ordinal: number;
  start: number;
  end: number;
  /** The subheading's span, or −1, −1 for none. */
  headingStart: number;
  headingEnd: number;
  /** (start, end) pairs of sentences, shared with other passages: this passage's are pairs `firstSentence` … +`sentenceCount`. */
  sentenceBounds: Int32Array;
  firstSentence: number;
  sentenceCount: number;
}

/** `headingStart` of a passage without a subheading. */
export const NO_HEADING = -1;

export class ArticlePassage implements Passage {
  readonly article: Article;
  readonly ordinal: number;
  readonly start: number;
  /** Offset just past the passage's text in `article.text`. */
  readonly end: number;
  readonly headingStart: number;
  readonly headingEnd: number;
  readonly sentenceBounds: Int32Array;
  readonly firstSentence: number;
  readonly sentenceCount: number;

  constructor(article: Article, bounds: PassageBounds) {
    this.article = article;
    this.ordinal = bounds.ordinal;
    this.start = bounds.start;
    this.end = bounds.end;
    this.headingStart = bounds.headingStart;
    this.headingEnd = bounds.headingEnd;
    this.sentenceBounds = bounds.sentenceBounds;
    this.firstSentence = bounds.firstSentence;
    this.sentenceCount = bounds.sentenceCount;
  }

  get id(): string {
    return `${this.article.id}#${this.ordinal}`;
  }

  get articleId(): string {
    return this.article.id;
  }

  get text(): string {
    return this.article.text.slice(this.start, this.end);
  }

  get heading(): string | undefined {
    return this.headingStart === NO_HEADING ? undefined : this.article.text.slice(this.headingStart, this.headingEnd);
  }

  get sentences(): string[] {
    const text = this.article.text;
    const bounds = this.sentenceBounds;
    const out: string[] = new Array(this.sentenceCount);
    for (let k = 0, at = 2 * this.firstSentence; k < this.sentenceCount; k++, at += 2) out[k] = text.slice(bounds[at]!, bounds[at + 1]!);
    return out;
  }

  /** The plain passage, so that `JSON.stringify` writes what it wrote for stored passages. */
  toJSON(): Passage {
    return plainPassage(this);
  }
}

/** A passage as a plain object, keys in the order of {@link Passage} (no `heading` key when it has none). */
export function plainPassage(p: Passage): Passage {
  const heading = p.heading;
  return {
    id: p.id,
    articleId: p.articleId,
    ordinal: p.ordinal,
    text: p.text,
    start: p.start,
    ...(heading !== undefined ? { heading } : {}),
    sentences: p.sentences,
  };
}
