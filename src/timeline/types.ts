/** The timeline model: plain data rendered by the CLI, the console and Discord. */
import type { ArticleRef } from "../answer/types.js";

/** How precisely an event's date is known ("week": the Monday of the week). */
export type DatePrecision = "day" | "week" | "month" | "none";
/** Where the date came from: the sentence's words, a relative day resolved against publication, or the article. */
export type DateSource = "text" | "relative" | "article" | "none";

/** When the event a sentence reports happened (eventDate.ts `resolveEventDate`). */
export interface EventDate {
  /** "YYYY-MM-DD" (day precision; with week precision the Monday of the week), "YYYY-MM" (month precision) or null. */
  date: string | null;
  precision: DatePrecision;
  source: DateSource;
  /** The words of the sentence the date was read from, verbatim ("am vergangenen Dienstag"). */
  phrase?: string;
}

/** What a sentence's date is resolved against: its article's dates. */
export interface EventDateContext {
  /** Article date, "YYYY-MM" or "YYYY-MM-DD"; null when undated. */
  articleDate: string | null;
  /** Publication day "YYYY-MM-DD", when known. */
  published?: string;
}

/** An article an event is cited from: the reference, and the outlet when articles.json names it. */
export interface SourceRef extends ArticleRef {
  outlet?: string;
}

export interface TimelineEvent extends SourceRef {
  /** "YYYY-MM-DD" (a day, or with precision "week" the Monday of the week) or "YYYY-MM"; null when undated. */
  date: string | null;
  precision: DatePrecision;
  /** Where the date comes from: a day named in the text, a relative day resolved, the article's date, or a near-duplicate article. */
  dateSource: "text" | "relative" | "article" | "duplicate" | "none";
  /** With dateSource "duplicate": the file whose date was taken. */
  dateFrom?: string;
  /** With dateSource "duplicate": the title of the article whose date was taken (what readers are shown). */
  dateFromTitle?: string;
  /** Verbatim sentence(s) naming the actor, ≤ 400 characters. */
  quote: string;
  /** Offset of the quote in the article text. */
  quoteStart: number;
  /** The same event in other articles. */
  alsoIn: SourceRef[];
  /** Articles reporting the event: 1 + alsoIn.length. */
  reports: number;
}

export interface ActorRef {
  id: string;
  name: string;
  description?: string;
}

export interface Timeline {
  actor: ActorRef;
  /** With a second person: only the sentences naming both ("encounters"). */
  with?: ActorRef;
  /** The chosen period, as given ("2025-03", "2025-03-15"); absent ends are open. */
  range?: { from?: string; to?: string };
  events: TimelineEvent[];
  /** Events before the period and the limit were applied. */
  total: number;
}

export type LookupError = {
  code: "unknown_actor" | "unknown_article" | "empty" | "bad_range";
  message: string;
  /** Display names (actors) or titles (articles), closest first. */
  suggestions: string[];
  /** The text that was not understood, when it is not the main query (a `with:` person, a date). */
  query?: string;
};

export type TimelineResult = { ok: true; timeline: Timeline } | { ok: false; error: LookupError };

/** What a timeline request may narrow: a period and a second person. */
export interface TimelineQuery {
  /** "YYYY-MM" or "YYYY-MM-DD": events from then on (inclusive). */
  from?: string;
  /** "YYYY-MM" or "YYYY-MM-DD": events up to then (inclusive). */
  to?: string;
  /** A second person: only their encounters. */
  with?: string;
}

/** An autocomplete choice: `name` shown (≤ 100 chars), `value` sent back (id). */
export interface Choice {
  name: string;
  value: string;
}
