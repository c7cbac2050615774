/** The source model: an original article as stored, for /source and the "Quelle öffnen" button. */
import type { Citation } from "../corpus/citation.js";
import type { ArticleMeta } from "../corpus/types.js";
import type { LookupError } from "../timeline/types.js";

export interface SourceArticle extends Citation {
  articleId: string;
  file: string;
  title: string;
  date: string | null;
  meta: ArticleMeta;
  /** The original text exactly as in the file, without the date marker. */
  text: string;
  /** Paragraphs of `text` with their offsets, for paging at paragraph boundaries. */
  paragraphs: Array<{ start: number; end: number }>;
}

export type SourceResult = { ok: true; article: SourceArticle } | { ok: false; error: LookupError };
