/** The timeline model: plain data rendered by the CLI, the console and Discord. */
import type { ArticleRef } from "../answer/types.js";
import type { DatePrecision } from "./eventDate.js";

export interface TimelineEvent extends ArticleRef {
  /** "YYYY-MM-DD" (a day, or with precision "week" the Monday of the week) or "YYYY-MM"; null when undated. */
  date: string | null;
  precision: DatePrecision;
  /** Where the date comes from: a day named in the text, a relative day resolved, the article's date, or a near-duplicate article. */
  dateSource: "text" | "relative" | "article" | "duplicate" | "none";
  /** With dateSource "duplicate": the file whose date was taken. */
  dateFrom?: string;
  /** Verbatim sentence(s) naming the actor, ≤ 400 characters. */
  quote: string;
  /** Offset of the quote in the article text. */
  quoteStart: number;
  /** The same event in other articles. */
  alsoIn: ArticleRef[];
}

export interface Timeline {
  actor: { id: string; name: string; description?: string };
  events: TimelineEvent[];
}

export type LookupError = {
  code: "unknown_actor" | "unknown_article" | "empty";
  message: string;
  /** Display names (actors) or titles (articles), closest first. */
  suggestions: string[];
};

export type TimelineResult = { ok: true; timeline: Timeline } | { ok: false; error: LookupError };

/** An autocomplete choice: `name` shown (≤ 100 chars), `value` sent back (id). */
export interface Choice {
  name: string;
  value: string;
}
