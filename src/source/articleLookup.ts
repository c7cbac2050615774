/**
 * The articles of one loaded corpus, indexed once for /source and the "Quelle öffnen" / "auch in" buttons: an
 * article id or file name (any case) is one map lookup; only number prefixes and title queries are ranked
 * over all articles (findSource). The newest-first list for an empty autocomplete is sorted once.
 */
import { cleanText } from "../analysis/normalize.js";
import { MAX_CHOICES } from "../util/discordLimits.js";
import { clip } from "../util/text.js";
import type { Article } from "../corpus/types.js";
import type { Choice } from "../timeline/types.js";
import { articleChoices, findSource, newestFirstChoices, toSource } from "./findSource.js";
import type { SourceResult } from "./types.js";

export interface ArticleLookup {
  /** /source: O(1) by id or file name, else ranked (number prefix, fuzzy title). */
  source(idOrFile: string): SourceResult;
  /** Autocomplete for articles: ≤ 25; empty lists all, newest first. */
  choices(query: string): Choice[];
}

export function createArticleLookup(articles: readonly Article[]): ArticleLookup {
  const byKey = new Map<string, Article>();
  for (const a of articles) {
    byKey.set(a.id.toLowerCase(), a);
    byKey.set(a.file.toLowerCase(), a);
  }
  let newest: Choice[] | undefined;
  return {
    source(idOrFile) {
      const exact = byKey.get(clip(cleanText(String(idOrFile ?? "")), 300).toLowerCase());
      return exact ? { ok: true, article: toSource(exact) } : findSource(articles, idOrFile);
    },
    choices(query) {
      if (clip(cleanText(String(query ?? "")), 100)) return articleChoices(articles, query);
      newest ??= newestFirstChoices(articles, MAX_CHOICES);
      return newest;
    },
  };
}
