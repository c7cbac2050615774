/** Plain data models of the corpus. Nothing here imports discord.js. */

/** A date with the precision the source gives: "2025-03" (month) or "2025-03-15" (day). */
export type IsoDate = string;

export interface ArticleMeta {
  title?: string;
  outlet?: string;
  url?: string;
  /** Publication day "YYYY-MM-DD", when known: lets relative days ("am Samstag") resolve. */
  published?: IsoDate;
  author?: string;
  /** Publication instant with offset ("2025-03-16T10:05:00+01:00"), when known. */
  publishedAt?: string;
}

export interface Article {
  /** Stable id: the file name without extension, e.g. "000_4a36d75bdf1d0814". */
  id: string;
  /** Corpus file name, e.g. "000_4a36d75bdf1d0814.txt". */
  file: string;
  title: string;
  /** "YYYY-MM" or "YYYY-MM-DD" from the date marker or metadata; null when undated. */
  date: IsoDate | null;
  meta: ArticleMeta;
  /** The original text as in the file, without the leading date marker; line ends read as "\n" ("\r\n" and "\r" alike). */
  text: string;
}

export interface Passage {
  /** `${articleId}#${ordinal}` */
  id: string;
  articleId: string;
  ordinal: number;
  /** Verbatim passage text (a substring of the article text). */
  text: string;
  /** Offset of `text` in `Article.text`. */
  start: number;
  /** Subheading the passage stands under, if any (context, not quoted). */
  heading?: string;
  /** Verbatim sentences of the passage, in order; each is a substring of `text`. */
  sentences: string[];
}
