/**
 * Articles and passages in a snapshot. Article texts are UTF-8 with their byte lengths; a passage that is a plain slice
 * of its article is seven numbers (article, ordinal, start, end, heading start, heading end, sentence count) plus its
 * sentences' offsets, so the texts are stored once. Any other passage is kept whole as a literal. Decoded passages are
 * {@link ArticlePassage}s that share the decoded sentence offsets.
 */
import { ArticlePassage, NO_HEADING, plainPassage } from "../../corpus/articlePassage.js";
import type { Article, Passage } from "../../corpus/types.js";
import { IntList } from "../passageTokens.js";

const PASSAGE_KEYS = new Set(["id", "articleId", "ordinal", "text", "start", "heading", "sentences"]);
export const PASSAGE_INTS = 7;

export interface EncodedTexts {
  /** Byte length of each article's text. */
  lengths: Int32Array;
  utf8: Uint8Array;
}

export interface EncodedPassages {
  /** {@link PASSAGE_INTS} per passage; all −1 for a literal. */
  ints: Int32Array;
  /** (start, end) in the article of each sentence, passage after passage. */
  sentences: Int32Array;
  /** Passage number → the passages that are not plain slices of their article. */
  literals: Map<number, Passage>;
}

/** The texts' UTF-8 written into one buffer of their total length (no copy per text, no concatenation: ~70 MB at 20,000 articles). */
export function encodeTexts(articles: readonly Article[]): EncodedTexts {
  const lengths = Int32Array.from(articles, (a) => Buffer.byteLength(a.text));
  const utf8 = Buffer.allocUnsafe(lengths.reduce((sum, n) => sum + n, 0));
  let at = 0;
  articles.forEach((a, i) => {
    const written = utf8.write(a.text, at);
    if (written !== lengths[i]) throw new Error(`snapshot encoder: article ${i} wrote ${written} of ${lengths[i]} UTF-8 bytes`);
    at += written;
  });
  return { lengths, utf8 };
}

export function decodeTexts({ lengths, utf8 }: EncodedTexts): string[] {
  const bytes = Buffer.from(utf8.buffer, utf8.byteOffset, utf8.byteLength);
  let at = 0;
  const texts = Array.from(lengths, (length) => {
    const text = bytes.toString("utf8", at, at + length);
    at += length;
    return text;
  });
  if (at !== bytes.length) throw new Error(`snapshot decoder: article texts take ${at} of ${bytes.length} bytes`);
  return texts;
}

export function encodePassages(articles: readonly Article[], passages: readonly Passage[]): EncodedPassages {
  const articleNumber = new Map(articles.map((a, i) => [a.id, i]));
  const ints = new Int32Array(passages.length * PASSAGE_INTS);
  const sentences = new IntList();
  const literals = new Map<number, Passage>();
  passages.forEach((p, i) => {
    const a = p instanceof ArticlePassage ? articleOf(p, articles, articleNumber) : -1;
    if (p instanceof ArticlePassage && a >= 0) {
      // The passage's numbers as they are (no array made per passage: 210,000 at 20,000 articles).
      const o = i * PASSAGE_INTS;
      ints[o] = a;
      ints[o + 1] = p.ordinal;
      ints[o + 2] = p.start;
      ints[o + 3] = p.end;
      ints[o + 4] = p.headingStart;
      ints[o + 5] = p.headingEnd;
      ints[o + 6] = p.sentenceCount;
      sentences.pushRun(p.sentenceBounds, 2 * p.firstSentence, 2 * (p.firstSentence + p.sentenceCount));
      return;
    }
    const encoded = encodePassage(p instanceof ArticlePassage ? plainPassage(p) : p, articles, articleNumber);
    if (encoded === null) {
      literals.set(i, plainPassage(p));
      ints.fill(-1, i * PASSAGE_INTS, (i + 1) * PASSAGE_INTS);
      return;
    }
    ints.set(encoded.ints, i * PASSAGE_INTS);
    for (let k = 0; k < encoded.sentences.length; k++) sentences.push(encoded.sentences[k]!);
  });
  return { ints, sentences: sentences.data.slice(0, sentences.length), literals };
}

/** The number of the article an {@link ArticlePassage} belongs to, or −1 (it is then encoded as a plain passage). */
function articleOf(p: ArticlePassage, articles: readonly Article[], articleNumber: ReadonlyMap<string, number>): number {
  const a = articleNumber.get(p.articleId);
  return a !== undefined && articles[a] === p.article ? a : -1;
}

/** Any other passage, when it is a plain slice of its article (its sentences are found in the article text). */
function encodePassage(p: Passage, articles: readonly Article[], articleNumber: ReadonlyMap<string, number>): { ints: number[]; sentences: ArrayLike<number> } | null {
  for (const k of Object.keys(p)) if (!PASSAGE_KEYS.has(k)) return null;
  const a = articleNumber.get(p.articleId);
  if (a === undefined) return null;
  const article = articles[a]!;
  if (p.id !== `${article.id}#${p.ordinal}` || !Number.isInteger(p.ordinal)) return null;
  const end = p.start + p.text.length;
  if (article.text.slice(p.start, end) !== p.text) return null;
  let headingStart = -1;
  let headingEnd = -1;
  if ("heading" in p) {
    if (typeof p.heading !== "string" || p.heading.length === 0) return null;
    headingStart = article.text.lastIndexOf(p.heading, p.start);
    if (headingStart < 0) headingStart = article.text.indexOf(p.heading);
    if (headingStart < 0) return null;
    headingEnd = headingStart + p.heading.length;
  }
  const sentences: number[] = [];
  let from = p.start;
  for (const s of p.sentences) {
    let at = article.text.indexOf(s, from);
    if (at < 0 || at + s.length > end) at = article.text.indexOf(s, p.start);
    if (at < 0) return null;
    sentences.push(at, at + s.length);
    from = at + s.length;
  }
  return { ints: [a, p.ordinal, p.start, end, headingStart, headingEnd, p.sentences.length], sentences };
}

export function decodePassages(articles: readonly Article[], { ints, sentences: offsets, literals }: EncodedPassages): Passage[] {
  const count = ints.length / PASSAGE_INTS;
  const passages: Passage[] = new Array(count);
  let s = 0;
  for (let i = 0; i < count; i++) {
    const o = i * PASSAGE_INTS;
    if (ints[o] === -1) {
      const literal = literals.get(i);
      if (!literal) throw new Error(`snapshot decoder: passage ${i} is neither a slice nor a literal`);
      passages[i] = literal;
      continue;
    }
    const article = articles[ints[o]!]!;
    // Read before the passage is made: a passage of a missing article fails here (TypeError), not when first read.
    if (typeof article.text !== "string") throw new TypeError(`snapshot decoder: article ${ints[o]} has no text`);
    const sentenceCount = ints[o + 6]!;
    passages[i] = new ArticlePassage(article, {
      ordinal: ints[o + 1]!,
      start: ints[o + 2]!,
      end: ints[o + 3]!,
      headingStart: ints[o + 4]! >= 0 ? ints[o + 4]! : NO_HEADING,
      headingEnd: ints[o + 4]! >= 0 ? ints[o + 5]! : NO_HEADING,
      sentenceBounds: offsets,
      firstSentence: s / 2,
      sentenceCount,
    });
    s += 2 * sentenceCount;
  }
  if (s !== offsets.length) throw new Error(`snapshot decoder: passages use ${s} of ${offsets.length} sentence offsets`);
  return passages;
}
