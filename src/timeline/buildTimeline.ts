/**
 * timeline(actor): the sentences that name an actor, each dated by the event it reports, in chronological
 * order; the same event in several articles (a syndicated copy, a reprint, another outlet's report of it)
 * is one entry citing all of them. List bullets and fragments (a teaser cut off with "…", a line of a few
 * words) are no events. `narrowTimeline` then picks a period and, with a second person, their encounters.
 */
import { citationOf } from "../corpus/citation.js";
import { containment } from "../analysis/similarity.js";
import { clampQuote } from "../answer/quote.js";
import type { Article } from "../corpus/types.js";
import type { PassageIndex } from "../search/passageIndex.js";
import type { ActorMatcher } from "./actorMatch.js";
import type { Actor } from "./actorsFile.js";
import { borrowedDate } from "./borrowedDate.js";
import { compareEventDates, resolveEventDate } from "./eventDate.js";
import type { ActorRef, SourceRef, Timeline, TimelineEvent } from "./types.js";
import { addDays, DAY_MS, isCalendarDay } from "../util/isoDates.js";

/** Most events a timeline lists: the newest are kept. */
export const MAX_TIMELINE_EVENTS = 2000;
/** Share of the shorter sentence's terms found in the other for two sentences to report the same event. */
export const SAME_EVENT_CONTAINMENT = 0.7;
/** Fewer words than this is a fragment, not a report. */
const MIN_EVENT_WORDS = 4;

export function buildTimeline(index: PassageIndex, matcher: ActorMatcher, actor: Actor): Timeline {
  return buildTimelines(index, matcher, [actor]).get(actor.id)!;
}

/**
 * The timelines of several actors in one pass over their candidate passages: each sentence is checked for
 * mentions once, whoever of them it names (per actor, the result equals {@link buildTimeline}: the same
 * candidate passages, sentences and order). The actors' candidate passages overlap heavily (reports name
 * several people), so building the most frequent actors together costs little more than the biggest one.
 */
export function buildTimelines(index: PassageIndex, matcher: ActorMatcher, actors: readonly Actor[]): Map<string, Timeline> {
  const wanted = new Map<number, string[]>();
  for (const actor of actors) {
    for (const passageId of candidatePassages(index, actor)) {
      const list = wanted.get(passageId);
      if (list) list.push(actor.id);
      else wanted.set(passageId, [actor.id]);
    }
  }
  const drafts = new Map<string, Draft[]>(actors.map((a) => [a.id, []]));
  // A sentence in two overlapping passages counts once per actor (keys: article@start).
  const seen = new Map<string, Set<string>>();
  for (const passageId of [...wanted.keys()].sort((a, b) => a - b)) {
    const passage = index.passages[passageId]!;
    const article = index.articleById.get(passage.articleId)!;
    const candidates = wanted.get(passageId)!;
    let from = 0;
    for (const sentence of passage.sentences) {
      const at = passage.text.indexOf(sentence, from);
      from = at + sentence.length;
      const start = passage.start + at;
      const key = `${article.id}@${start}`;
      const seenBy = seen.get(key) ?? new Set<string>();
      seen.set(key, seenBy);
      const fresh = candidates.filter((id) => !seenBy.has(id));
      if (fresh.length === 0) continue;
      for (const id of fresh) seenBy.add(id);
      if (!isEventSentence(sentence)) continue;
      const named = new Set(matcher.mentions(sentence, article.date ?? undefined).map((m) => m.actorId));
      const hits = fresh.filter((id) => named.has(id));
      if (hits.length === 0) continue;
      const event = toEvent(index, article, sentence, start);
      const terms = index.analyzer.termSet(sentence);
      // Each actor's copy: merging adds to `alsoIn` and `reports`.
      for (const id of hits) drafts.get(id)!.push({ event: { ...event, alsoIn: [] }, terms });
    }
  }
  const timelines = new Map<string, Timeline>();
  for (const actor of actors) {
    const events = mergeSameEvents(drafts.get(actor.id)!);
    events.sort((a, b) => compareEventDates(a.date, b.date) || a.file.localeCompare(b.file) || a.quoteStart - b.quoteStart);
    timelines.set(actor.id, { actor: actorRef(actor), events, total: events.length });
  }
  return timelines;
}

export function actorRef(actor: Actor): ActorRef {
  return { id: actor.id, name: actor.name, ...(actor.description ? { description: actor.description } : {}) };
}

/**
 * A sentence that can stand as an event: no list bullet ("- Lawrow reiste …"), not cut off ("… gemeinsa…"),
 * at least a few words, and a finished sentence (closing punctuation) unless it is long enough to be one.
 */
export function isEventSentence(sentence: string): boolean {
  const s = sentence.trim();
  if (/^(?:[-–—•*·▪►‣◦]|\d{1,2}[.)])\s/u.test(s)) return false;
  if (/(?:…|\.\.\.)["“”»«'’)]?$/u.test(s)) return false;
  const words = s.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words < MIN_EVENT_WORDS) return false;
  return /[.!?]["“”»«'’‘)]*$/u.test(s) || words >= 12;
}

/** Passages that may name the actor: an index search over the stems of its aliases (names and role titles). */
function candidatePassages(index: PassageIndex, actor: Actor): number[] {
  const terms = new Set<string>();
  const names = [actor.name, ...actor.aliases, ...actor.roles.flatMap((r) => [r.title, ...(r.aliases ?? [])])];
  for (const name of names) {
    const words = index.analyzer
      .tokens(name)
      .map((t) => index.analyzer.headTerm(t.raw))
      .filter((t): t is string => t !== null);
    // The rarest word of a multi-word name selects ("Keith Kellogg" → "kellogg"); the matcher decides.
    const rarest = words.sort((a, b) => (index.df.get(a) ?? 0) - (index.df.get(b) ?? 0))[0];
    if (rarest && (index.df.get(rarest) ?? 0) > 0) terms.add(rarest);
  }
  if (terms.size === 0) return [];
  const hits = index.search.search([...terms].join(" "), { fields: ["text"] });
  return hits.map((h) => h.id as number).sort((a, b) => a - b);
}

/** An event's quote is its sentence, cut on a word boundary beyond this length (a timeline page holds many). */
export const TIMELINE_QUOTE_LENGTH = 400;

function toEvent(index: PassageIndex, article: Article, sentence: string, start: number): TimelineEvent {
  const span = clampQuote(article.text, start, start + sentence.length, TIMELINE_QUOTE_LENGTH);
  const quote = article.text.slice(span.start, span.end);
  const resolved = resolveEventDate(sentence, { articleDate: article.date, ...(article.meta.published ? { published: article.meta.published } : {}) });
  const event: TimelineEvent = {
    ...refOf(article),
    date: resolved.date,
    precision: resolved.precision,
    dateSource: resolved.source,
    quote,
    quoteStart: span.start,
    alsoIn: [],
    reports: 1,
  };
  if (resolved.date === null) {
    const borrowed = borrowedDate(index, article);
    if (borrowed) {
      Object.assign(event, { date: borrowed.date, precision: "month", dateSource: "duplicate", dateFrom: borrowed.file, ...(borrowed.title ? { dateFromTitle: borrowed.title } : {}) });
    }
  }
  return event;
}

function refOf(article: Article): SourceRef {
  return { articleId: article.id, file: article.file, title: article.title, date: article.date, ...citationOf(article) };
}

/** Two dates can be the same event's: the same month (or one undated), and two days at most a day apart. */
function compatibleDates(a: TimelineEvent, b: TimelineEvent): boolean {
  if (a.date === null || b.date === null) return true;
  if (a.date.slice(0, 7) !== b.date.slice(0, 7)) return false;
  if (a.precision !== "day" || b.precision !== "day") return true;
  return Math.abs(Date.parse(a.date) - Date.parse(b.date)) <= DAY_MS;
}

/** Work counters of {@link mergeSameEvents} (tests check that it stays near-linear). */
export interface MergeStats {
  /** Entries read from the term lists while collecting candidates. */
  visited: number;
  /** Candidates compared (dates, then term containment). */
  compared: number;
}

interface TermLists {
  byTerm: Map<string, number[]>;
  byPrefix: Map<string, number[]>;
}

const termLists = (): TermLists => ({ byTerm: new Map(), byPrefix: new Map() });

function file(map: Map<string, number[]>, term: string, at: number): void {
  const list = map.get(term);
  if (list) list.push(at);
  else map.set(term, [at]);
}

/** A sentence waiting to be merged: its event and the analyzed terms of its sentence. */
export interface Draft {
  event: TimelineEvent;
  terms: Set<string>;
}

/**
 * One entry per event: a dated report is the primary citation, the others go to `alsoIn`. Drafts are taken best
 * dated first (a date in the sentence, then the article's, then none); each one joins the first event kept so far
 * (in that order) with the same text, or with compatible dates and at least 70 % of the smaller term set in the
 * other; otherwise it is kept as a new event.
 *
 * Twins are found by prefix filtering: when the smaller of two term sets has at least 70 % of its terms in the
 * other, its first |S| − ⌈0.7·|S|⌉ + 1 terms (its "prefix", in one order shared by all drafts) include a shared
 * one. Each kept draft is filed under all its terms and under its prefix, for all drafts and for its month; a new
 * draft looks up its prefix in the first and all its terms in the second, in its own month and among the undated
 * (an undated draft: in all), and compares the candidates in the order they were kept. The order of the terms puts
 * those rarest among this actor's drafts first, so prefixes hold the words that tell its reports apart. With the
 * terms ordered by corpus frequency and no months (as before), the merge of Lawrow's 11,105 drafts at 20,000
 * synthetic articles read 30.4 million list entries and compared 10.2 million pairs (3.4 s); now 1.3 million and
 * 0.35 million (1.0 s).
 * The result is that of comparing each draft with every kept one (test/timeline/mergeSameEvents.test.ts).
 */
export function mergeSameEvents(drafts: Draft[], stats?: MergeStats): TimelineEvent[] {
  const rank = (e: TimelineEvent) => (e.dateSource === "text" || e.dateSource === "relative" ? 0 : e.dateSource === "article" ? 1 : 2);
  drafts.sort((a, b) => rank(a.event) - rank(b.event));
  // How many drafts hold each term: the order of the prefixes (rarest first, ties by the term itself).
  const frequency = new Map<string, number>();
  for (const d of drafts) for (const t of d.terms) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  const prefixOf = (terms: Set<string>) => {
    const ordered = [...terms].sort((a, b) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0));
    return ordered.slice(0, ordered.length - Math.ceil(SAME_EVENT_CONTAINMENT * ordered.length) + 1);
  };
  const kept: Draft[] = [];
  const byText = new Map<string, Draft>();
  // Kept drafts (positions in `kept`, ascending: lists are appended in order) by term and by prefix term, for all
  // of them (an undated draft may match any) and per month (a dated one only matches its month and the undated).
  const all = termLists();
  const byMonth = new Map<string, TermLists>();
  const undated = termLists();
  const monthOf = (e: TimelineEvent) => (e.date === null ? null : e.date.slice(0, 7));
  // Candidates of the current draft, marked by the draft's number (no clearing between drafts).
  const mark = new Int32Array(drafts.length).fill(-1);
  const candidates: number[] = [];
  let visited = 0;
  let compared = 0;
  drafts.forEach((d, n) => {
    const textKey = d.event.quote.replace(/\s+/g, " ");
    const prefix = prefixOf(d.terms);
    let same = byText.get(textKey);
    if (!same) {
      candidates.length = 0;
      const collect = (list: number[] | undefined) => {
        if (!list) return;
        visited += list.length;
        for (const at of list) {
          if (mark[at] === n) continue;
          mark[at] = n;
          candidates.push(at);
        }
      };
      const month = monthOf(d.event);
      for (const lists of month === null ? [all] : [byMonth.get(month), undated]) {
        if (!lists) continue;
        for (const t of prefix) collect(lists.byTerm.get(t));
        for (const t of d.terms) collect(lists.byPrefix.get(t));
      }
      // The first kept event it matches.
      candidates.sort((a, b) => a - b);
      for (const at of candidates) {
        const k = kept[at]!;
        compared++;
        if (compatibleDates(k.event, d.event) && containment(k.terms, d.terms, 4) >= SAME_EVENT_CONTAINMENT) {
          same = k;
          break;
        }
      }
    }
    if (same) {
      // A lead that repeats the body of the same article (004) is one event; another article is cited.
      if (same.event.articleId !== d.event.articleId && !same.event.alsoIn.some((r) => r.articleId === d.event.articleId)) {
        same.event.alsoIn.push(refOfEvent(d.event));
        same.event.reports = 1 + same.event.alsoIn.length;
      }
      return;
    }
    const at = kept.length;
    kept.push(d);
    byText.set(textKey, d);
    const month = monthOf(d.event);
    let own = month === null ? undated : byMonth.get(month);
    if (!own) {
      own = termLists();
      byMonth.set(month!, own);
    }
    for (const lists of [all, own]) {
      for (const t of d.terms) file(lists.byTerm, t, at);
      for (const t of prefix) file(lists.byPrefix, t, at);
    }
  });
  if (stats) {
    stats.visited += visited;
    stats.compared += compared;
  }
  return kept.map((k) => k.event);
}

export function refOfEvent(e: TimelineEvent): SourceRef {
  const article = { articleId: e.articleId, file: e.file, title: e.title, ...(e.outlet ? { outlet: e.outlet } : {}), ...(e.url ? { url: e.url } : {}), ...(e.published ? { published: e.published } : {}) };
  return { ...article, date: e.dateSource === "duplicate" ? null : e.date && e.date.length >= 7 ? e.date.slice(0, 7) : e.date };
}

// ---------------------------------------------------------------------------------------------
// Narrowing

/** "YYYY-MM" or a calendar day "YYYY-MM-DD". */
const PERIOD_RE = /^\d{4}-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?$/u;

export function isPeriod(text: string): boolean {
  if (!PERIOD_RE.test(text)) return false;
  return text.length === 7 || isCalendarDay(text);
}

/** First and last day an event date may mean: a day, a week (Monday + 6 days) or a month. */
function span(date: string, precision: TimelineEvent["precision"]): [string, string] {
  if (date.length === 7) return [`${date}-01`, `${date}-31`];
  if (precision === "week") return [date, addDays(date, 6)];
  return [date, date];
}

/**
 * The events in [from, to] (inclusive; a month means all its days; an event whose date only says the week
 * or month counts when that week or month overlaps the period; undated events drop out when a period is
 * chosen), and with `other`, only those whose quote names that person too. At most MAX_TIMELINE_EVENTS,
 * the newest kept.
 */
export function narrowTimeline(
  timeline: Timeline,
  options: { from?: string; to?: string; other?: { ref: ActorRef; named: (event: TimelineEvent) => boolean } } = {},
): Timeline {
  const { from, to, other } = options;
  const lo = from ? span(from, "day")[0] : undefined;
  const hi = to ? span(to, to.length === 7 ? "month" : "day")[1] : undefined;
  let events = timeline.events;
  if (lo || hi) {
    events = events.filter((e) => {
      if (e.date === null) return false;
      const [start, end] = span(e.date, e.precision);
      return (!lo || end >= lo) && (!hi || start <= hi);
    });
  }
  if (other) events = events.filter(other.named);
  const range = from || to ? { range: { ...(from ? { from } : {}), ...(to ? { to } : {}) } } : {};
  return {
    actor: timeline.actor,
    ...(other ? { with: other.ref } : {}),
    ...range,
    events: events.length > MAX_TIMELINE_EVENTS ? events.slice(events.length - MAX_TIMELINE_EVENTS) : events,
    total: timeline.events.length,
  };
}
