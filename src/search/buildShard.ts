/**
 * One shard of the index build: a run of articles split into passages and tokenized, as plain numbers and
 * strings that cross to another thread cheaply (typed arrays are transferred), and merged back into the build of
 * the whole corpus exactly as if it had been read in one pass (shardedBuild.ts; the build worker is buildWorker.ts).
 */
import type { Analyzer } from "../analysis/analyzer.js";
import { foldWord } from "../analysis/normalize.js";
import { ArticlePassage } from "../corpus/articlePassage.js";
import { splitPassages } from "../corpus/passages.js";
import type { Article, Passage } from "../corpus/types.js";
import { letterRuns, type TokenStream, type TokenizedPassages, tokenizePassages } from "./passageTokens.js";
import { hashUnits } from "../analysis/tokenScanner.js";
import type { TokenTable } from "../analysis/tokenTable.js";

/** Numbers per passage in {@link Shard.passages}. */
export const SHARD_PASSAGE_INTS = 8;

export interface Shard {
  /** Per passage: its article (number within the shard), ordinal, start, end, heading start and end, first sentence, sentence count. */
  passages: Int32Array;
  /** Per article: where its sentence bounds start in `sentenceBounds` (one more entry ends the last). */
  sentenceStarts: Int32Array;
  sentenceBounds: Int32Array;
  /** The shard's tokens, numbered within the shard (see {@link TokenizedPassages}). */
  raws: string[];
  stream: Int32Array;
  starts: Int32Array;
  /** The decompounder's corpus words of the shard: its letter runs, folded, in the order first met. */
  words: string[];
}

/** The corpus words of tokenized passages as the decompounder's dictionary takes them (engine.ts `dictionaryOf`). */
export function foldedWords(tokens: TokenizedPassages): string[] {
  return letterRuns(tokens).map(foldWord);
}

/** Splits and tokenizes a run of articles. */
export function shardOf(articles: readonly Article[]): Shard {
  const perArticle = articles.map(splitPassages);
  const passageCount = perArticle.reduce((n, ps) => n + ps.length, 0);
  const passages = new Int32Array(passageCount * SHARD_PASSAGE_INTS);
  const sentenceStarts = new Int32Array(articles.length + 1);
  const bounds: Int32Array[] = [];
  let p = 0;
  perArticle.forEach((ps, a) => {
    const table = ps[0] instanceof ArticlePassage ? ps[0].sentenceBounds : new Int32Array(0);
    bounds.push(table);
    sentenceStarts[a + 1] = sentenceStarts[a]! + table.length;
    for (const passage of ps) {
      if (!(passage instanceof ArticlePassage) || passage.sentenceBounds !== table) throw new Error("buildShard: a passage is no slice of its article");
      passages.set([a, passage.ordinal, passage.start, passage.end, passage.headingStart, passage.headingEnd, passage.firstSentence, passage.sentenceCount], p * SHARD_PASSAGE_INTS);
      p++;
    }
  });
  const sentenceBounds = new Int32Array(sentenceStarts[articles.length]!);
  bounds.forEach((b, a) => {
    sentenceBounds.set(b, sentenceStarts[a]!);
  });
  const tokens = tokenizePassages(perArticle.flat());
  return { passages, sentenceStarts, sentenceBounds, raws: tokens.raws, stream: tokens.stream, starts: tokens.starts, words: foldedWords(tokens) };
}

/** The passages of a shard, on the articles it was made of (the same articles, in the same order). */
export function shardPassages(articles: readonly Article[], shard: Shard): Passage[] {
  const { passages: ints, sentenceStarts, sentenceBounds } = shard;
  const tables = Array.from(articles, (_, a) => sentenceBounds.subarray(sentenceStarts[a]!, sentenceStarts[a + 1]!));
  const out: Passage[] = new Array(ints.length / SHARD_PASSAGE_INTS);
  for (let p = 0, i = 0; p < out.length; p++, i += SHARD_PASSAGE_INTS) {
    const a = ints[i]!;
    const article = articles[a];
    if (article === undefined) throw new Error(`buildShard: passage ${p} of unknown article ${a}`);
    out[p] = new ArticlePassage(article, {
      ordinal: ints[i + 1]!,
      start: ints[i + 2]!,
      end: ints[i + 3]!,
      headingStart: ints[i + 4]!,
      headingEnd: ints[i + 5]!,
      sentenceBounds: tables[a]!,
      firstSentence: ints[i + 6]!,
      sentenceCount: ints[i + 7]!,
    });
  }
  return out;
}

/**
 * The tokens of passages `first` followed by the passages of `second`, as one tokenization of all of them would
 * number them: `table` holds `first`'s distinct tokens; `second`'s tokens are numbered on in it, the new ones in
 * the order `second` first met them, which is the order a single pass meets them in.
 */
export function mergeTokens(table: TokenTable, first: TokenStream, second: Pick<Shard, "raws" | "stream" | "starts">): TokenStream {
  const remap = new Int32Array(second.raws.length);
  second.raws.forEach((raw, r) => {
    remap[r] = table.intern(raw, 0, raw.length, hashUnits(raw, 0, raw.length));
  });
  const stream = new Int32Array(first.stream.length + second.stream.length);
  stream.set(first.stream);
  const offset = first.stream.length;
  for (let k = 0; k < second.stream.length; k++) stream[offset + k] = remap[second.stream[k]!]!;
  // `starts` of the first ends with its total, which is where the second's first field starts.
  const starts = new Int32Array(first.starts.length + second.starts.length - 1);
  starts.set(first.starts);
  for (let k = 1; k < second.starts.length; k++) starts[first.starts.length - 1 + k] = offset + second.starts[k]!;
  return { raws: table.tokens, stream, starts };
}

/** The terms of a list of raw tokens: the distinct terms once, and per token the numbers of its terms. */
export interface AnalyzedTokens {
  terms: string[];
  /** Term numbers, token after token; token i's are `ids[ends[i - 1] … ends[i])` (from 0 for the first). */
  ids: Int32Array;
  ends: Int32Array;
}

export function analyzeTokens(analyzer: Analyzer, raws: readonly string[]): AnalyzedTokens {
  const numbers = new Map<string, number>();
  const terms: string[] = [];
  const ids: number[] = [];
  const ends = new Int32Array(raws.length);
  raws.forEach((raw, i) => {
    for (const term of analyzer.uncachedTerms(raw)) {
      let n = numbers.get(term);
      if (n === undefined) {
        n = terms.length;
        numbers.set(term, n);
        terms.push(term);
      }
      ids.push(n);
    }
    ends[i] = ids.length;
  });
  return { terms, ids: Int32Array.from(ids), ends };
}

/** The terms of token i of {@link analyzeTokens}'s list. */
export function termsOfAnalyzed({ terms, ids, ends }: AnalyzedTokens, i: number): string[] {
  const out: string[] = [];
  for (let k = i === 0 ? 0 : ends[i - 1]!; k < ends[i]!; k++) out.push(terms[ids[k]!]!);
  return out;
}
