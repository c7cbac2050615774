/**
 * An engine's index as snapshot sections, and back. Structured sections go through `v8.serialize` (Maps, typed
 * arrays and plain objects as they are); the postings are varints kept encoded after loading (see lazyPostings.ts).
 *
 *  - `meta`       counts, corpus problems, the articles without their text, literal passages, MiniSearch's scalars
 *  - `texts`      the article texts (UTF-8, with byte lengths)
 *  - `passages`   passages as offsets into their article (see passages.ts)
 *  - `docs`       MiniSearch's documents: short id, passage number and field lengths (−1 for none)
 *  - `terms`      the index terms in the order the index took them (PassageSearch.postingsByTerm), then terms that
 *                 only have a document frequency; where each index term's postings start; (term number, passage
 *                 count) pairs of the df map
 *  - `postings`   per index term, its postings (lazyPostings.ts)
 *  - `dictionary` the decompounder's words, so the Analyzer is rebuilt exactly
 *
 * Every section has passed its checksum before it is decoded (file.ts): an error here is a bug, never a damaged file.
 */
import v8 from "node:v8";
import { Analyzer } from "../../analysis/analyzer.js";
import type { Lexicon } from "../../analysis/lexicon.js";
import type { CorpusProblem } from "../../corpus/loadCorpus.js";
import type { Article, Passage } from "../../corpus/types.js";
import type { PassageIndex } from "../passageIndex.js";
import { DenseIdMap } from "../documentMaps.js";
import { lookedUpDf, numberedDf } from "./dfPairs.js";
import { FieldLengthTable } from "../fieldLengthTable.js";
import { PassageSearch } from "../passageSearch.js";
import { fieldCountOf } from "../searchOptions.js";
import type { RestoredState } from "../searchState.js";
import { ByteWriter } from "./bytes.js";
import type { Sections } from "./file.js";
import { LazyPostings, writePostings } from "./lazyPostings.js";
import { decodePassages, decodeTexts, type EncodedPassages, type EncodedTexts, encodePassages } from "./passages.js";
import { serializeTexts } from "./textsSection.js";

/** What a snapshot holds: the index and the corpus problems found while building it. */
export interface IndexParts {
  index: PassageIndex;
  corpusProblems: CorpusProblem[];
}

interface Meta {
  passages: number;
  indexTerms: number;
  corpusProblems: CorpusProblem[];
  articles: Array<Omit<Article, "text">>;
  literals: EncodedPassages["literals"];
  search: Pick<RestoredState, "documentCount" | "nextId" | "fieldIds" | "averageFieldLength" | "dirtCount" | "storedFields">;
}

interface Docs {
  shortIds: Int32Array;
  passageIds: Int32Array;
  /** Per document, per field (by id): its length, −1 for a missing field. */
  fieldLengths: Int32Array;
}

interface Terms {
  terms: string[];
  /** Where each index term's postings start in the `postings` section. */
  offsets: Int32Array;
  /** (term number, passage count) pairs in the df map's order. */
  df: Int32Array;
}

/** Every section, in the file's order. */
export function encodeSnapshot(parts: IndexParts): Sections {
  return withTexts(encodeIndexSections(parts), parts.index.articles);
}

/**
 * The sections of a snapshot but its largest, the article texts ({@link withTexts} adds them): a caller can encode
 * these while another thread still holds its copy of the articles, and the texts once it has let go.
 */
export function encodeIndexSections({ index, corpusProblems }: IndexParts): Sections {
  const search = index.search;
  const state = search.state();
  const fieldCount = fieldCountOf(state.fieldIds);
  const docCount = state.documentIds.size;
  const docs: Docs = { shortIds: new Int32Array(docCount), passageIds: new Int32Array(docCount), fieldLengths: new Int32Array(docCount * fieldCount) };
  // The compact table answers per field without an array per document (210,000 at 20,000 articles).
  const table = state.fieldLength instanceof FieldLengthTable ? state.fieldLength : null;
  let d = 0;
  const put = (shortId: number, passage: number): void => {
    docs.shortIds[d] = shortId;
    docs.passageIds[d] = passage;
    if (table !== null) {
      for (let f = 0; f < fieldCount; f++) docs.fieldLengths[d * fieldCount + f] = table.lengthOf(shortId, f);
    } else {
      const lengths = state.fieldLength.get(shortId);
      for (let f = 0; f < fieldCount; f++) docs.fieldLengths[d * fieldCount + f] = lengths?.[f] ?? -1;
    }
    d++;
  };
  // The dense map without its iterator (a pair per document); any other Map in its own order.
  if (state.documentIds instanceof DenseIdMap) state.documentIds.forEachPair(put);
  else for (const [shortId, passage] of state.documentIds) put(shortId, passage);

  const terms: string[] = [];
  const offsets: number[] = [];
  const postings = new ByteWriter();
  for (const [term, data] of search.postingsByTerm()) {
    terms.push(term);
    const encoded = data instanceof LazyPostings ? data.encoded() : null;
    if (encoded === null) offsets.push(writePostings(postings, data));
    else {
      offsets.push(postings.length);
      postings.append(encoded);
    }
  }
  const indexTerms = terms.length;
  // The df numbers kept with an index as built or loaded name places in that order: no map of 200,000+ terms (~0.35 s
  // of a cold start at 20,000 articles). A changed index, or numbers that do not fit, are looked up term by term.
  const df = (index.dfNumbers ? numberedDf(index.df, index.dfNumbers, terms) : null) ?? lookedUpDf(index.df, terms);

  const { literals, ...passages } = encodePassages(index.articles, index.passages);
  const meta: Meta = {
    passages: index.passages.length,
    indexTerms,
    corpusProblems,
    articles: withoutTexts(index.articles),
    literals,
    search: {
      documentCount: state.documentCount,
      nextId: state.nextId,
      fieldIds: state.fieldIds,
      averageFieldLength: state.averageFieldLength,
      dirtCount: state.dirtCount,
      storedFields: new Map(state.storedFields),
    },
  };
  return [
    ["meta", v8.serialize(meta)],
    ["passages", v8.serialize(passages)],
    ["docs", v8.serialize(docs)],
    ["terms", v8.serialize({ terms, offsets: Int32Array.from(offsets), df } satisfies Terms)],
    ["postings", postings.bytes()],
    ["dictionary", v8.serialize([...index.analyzer.splitter.knownWords()])],
  ];
}

/** `sections` with the texts section after the meta section, where the file has it. */
export function withTexts(sections: Sections, articles: readonly Article[]): Sections {
  const [meta, ...rest] = sections;
  if (meta?.[0] !== "meta") throw new Error("snapshot encoder: the meta section comes first");
  return [meta, ["texts", serializeTexts(articles)], ...rest];
}

/**
 * The articles without their texts, pushed one by one: `v8.serialize` writes an array with holey elements in its
 * sparse form, and `Array.prototype.map` returns one when V8 leaves its fast path midway (seen in a full test run,
 * where the callback was optimized during the map), so the snapshot's bytes depended on the JIT. A pushed array is
 * packed, written in the dense form `map` gives on its fast path.
 */
function withoutTexts(articles: readonly Article[]): Array<Omit<Article, "text">> {
  const out: Array<Omit<Article, "text">> = [];
  for (const { text: _text, ...rest } of articles) out.push(rest);
  return out;
}

/** The index of checked sections; the Analyzer is rebuilt from the lexicon and the stored decompounder words. */
export function decodeSnapshot(sections: ReadonlyMap<string, Uint8Array>, lexicon: Lexicon): IndexParts {
  const section = (name: string): Uint8Array => {
    const bytes = sections.get(name);
    if (bytes === undefined) throw new Error(`snapshot decoder: no section ${name}`);
    return bytes;
  };
  const deserialize = <T>(name: string): T => v8.deserialize(section(name)) as T;

  const meta = deserialize<Meta>("meta");
  const texts = decodeTexts(deserialize<EncodedTexts>("texts"));
  const articles: Article[] = meta.articles.map((m, i) => ({ ...m, text: texts[i]! }) as Article);
  if (texts.length !== articles.length) throw new Error(`snapshot decoder: ${texts.length} texts for ${articles.length} articles`);
  const passages: Passage[] = decodePassages(articles, { ...deserialize<Omit<EncodedPassages, "literals">>("passages"), literals: meta.literals });
  if (passages.length !== meta.passages) throw new Error(`snapshot decoder: ${passages.length} passages, expected ${meta.passages}`);

  const analyzer = new Analyzer({ variants: lexicon.variants, dictionary: deserialize<string[]>("dictionary"), lemmas: lexicon.general.lemmas });
  const { terms, offsets, df: dfPairs } = deserialize<Terms>("terms");
  if (offsets.length !== meta.indexTerms) throw new Error(`snapshot decoder: ${offsets.length} term offsets for ${meta.indexTerms} terms`);
  const search = PassageSearch.restore(analyzer, { ...meta.search, ...decodeDocs(deserialize<Docs>("docs"), fieldCountOf(meta.search.fieldIds)) }, lazyPostings(terms, offsets, section("postings")));

  const df = new Map<string, number>();
  // Numbered as the file has them: the index re-encodes to the same bytes without a lookup per term.
  const dfNumbers = new Int32Array(dfPairs.length / 2);
  for (let i = 0; i < dfPairs.length; i += 2) {
    df.set(terms[dfPairs[i]!]!, dfPairs[i + 1]!);
    dfNumbers[i / 2] = dfPairs[i]!;
  }
  return { index: { articles, articleById: new Map(articles.map((a) => [a.id, a])), passages, search, df, analyzer, dfNumbers }, corpusProblems: meta.corpusProblems };
}

function decodeDocs(docs: Docs, fieldCount: number): Pick<RestoredState, "documentIds" | "fieldLength"> {
  const capacity = docs.shortIds.reduce((max, shortId) => Math.max(max, shortId + 1), 0);
  const documentIds = new DenseIdMap(capacity);
  const fieldLength = new FieldLengthTable(fieldCount, capacity);
  docs.shortIds.forEach((shortId, d) => {
    documentIds.set(shortId, docs.passageIds[d]!);
    const lengths: number[] = [];
    for (let f = 0; f < fieldCount; f++) {
      const v = docs.fieldLengths[d * fieldCount + f]!;
      if (v >= 0) lengths[f] = v;
    }
    fieldLength.put(shortId, lengths);
  });
  return { documentIds, fieldLength };
}

/** Each index term with postings that decode on first use, from one copy of the section (so the file buffer can go). */
function* lazyPostings(terms: readonly string[], offsets: Int32Array, section: Uint8Array): Generator<[string, LazyPostings]> {
  const bytes = section.slice();
  // Terms are written one after the other: each ends where the next starts, the last at the section's end.
  for (let t = 0; t < offsets.length; t++) yield [terms[t]!, new LazyPostings(bytes, offsets[t]!, t + 1 < offsets.length ? offsets[t + 1]! : bytes.length)];
}
