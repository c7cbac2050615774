/**
 * Specification of quotes a reader can trust: one to three verbatim sentences that never start inside a
 * quotation or with a pronoun whose referent was left out, with balanced quotation marks, keeping the
 * sentence that answers.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { splitSentences } from "../../src/analysis/sentences.js";
import type { Answer, AnswerResult } from "../../src/answer/types.js";
import {
  bestWindow, clampQuote, MAX_QUOTE_LENGTH, MAX_QUOTE_SENTENCES_FOLLOWED, MAX_WINDOW_LENGTH, type SentenceSpanIn,
} from "../../src/answer/quote.js";
import { shownWindow, slidForward, withAnaphorResolved, withFollowingSentences, withPrecedingSentences } from "../../src/answer/quoteExtend.js";
import { quoteProblems, scanQuotations, startsWithAnaphor } from "../../src/answer/quoteRules.js";
import type { LoadedCore } from "../../src/core/loadCore.js";
import { sharedDir } from "../../src/eval/sets.js";
import { ROOT, seedCore } from "../fixtures/corpus.js";
import { filler } from "../fixtures/texts.js";

/** Sentences of `text` with one concept per keyword: degree 1 when the sentence contains it. */
function spans(text: string, keywords: string[], degree: (sentence: string, k: string) => number = (sentence, k) => (sentence.includes(k) ? 1 : 0)): SentenceSpanIn[] {
  return splitSentences(text).map((s) => {
    const sentence = text.slice(s.start, s.end);
    return { ...s, degrees: Float32Array.from(keywords, (k) => degree(sentence, k)) };
  });
}
const ones = (n: number) => new Float32Array(n).fill(1);
/** The quote bestWindow picks with the article text (the rules on), or without it (plain best coverage). */
function quote(text: string, sentences: SentenceSpanIn[], weights: Float32Array, withRules = true): string {
  const w = bestWindow(sentences, weights, withRules ? text : undefined)!;
  return text.slice(w.start, w.end);
}
const quoteFor = (text: string, keywords: string[], withRules = true) => quote(text, spans(text, keywords), ones(keywords.length), withRules);

describe("scanQuotations: which quotations are open, which closing marks have no opening one", () => {
  it.each([
    ["German „…“", "Er sagte: „Wir kommen.“ Dann ging er.", [], 0],
    ["an unclosed „", "Er sagte: „Wir kommen. Dann ging er.", ["„"], 0],
    ["‚…‘ nested in „…“ (003)", "Selenskij war „ruhiger. Er will einen ‚Deal‘ machen.“", [], 0],
    ["straight \"…\" (002)", 'Die USA wollen die Hilfen "mit sofortiger Wirkung" aufnehmen.', [], 0],
    ["an unclosed straight quote", 'Er schrieb: "Ich habe die Bestätigung.', ['"'], 0],
    ["guillemets »…«", "Er nannte es »sehr manipulativ«.", [], 0],
    ["guillemets «…» (Swiss)", "Er nannte es «sehr manipulativ».", [], 0],
    ["an apostrophe (’)", "Wie geht’s weiter, fragt er.", [], 0],
    ["a closing “ without an opening mark", "Er ist ein sehr guter Typ“, sagt er.", [], 1],
    ["004's „…‘ (a typo for „…“)", "„um endlich Frieden zu schaffen und diesen Konflikt zu beenden‘", [], 0],
    ["a doubled opening mark „„", "„„Wenn die Europäer mitreden wollen“, sagt Rutte.", [], 0],
    ["„ reopened before the first one closed (a typo heals at the next quotation)", "Er sagte „a. Dann „b“ und c.", [], 0],
    ["English “…”", "He called it “very manipulative” yesterday.", [], 0],
  ])("GIVEN %s THEN the open marks and unmatched closers are as expected", (_label, text, open, stray) => {
    expect(scanQuotations(text, 0, text.length)).toEqual({ open, stray });
  });
});

describe("startsWithAnaphor: a first word that refers back", () => {
  it.each([
    "Er lobte die Waffenruhe.",
    "Sie hängen jedoch davon ab.",
    "Es brauche jetzt robuste Garantien.",
    "Ihm gehe es um die Waffenruhe.",
    "Ihr Sprecher lobte die Waffenruhe.",
    "Dies gelte auch für die Waffenruhe.",
    "Dieser Schritt sichere die Waffenruhe.",
    "Diese sei jetzt vollständig unter russischer Kontrolle.",
    "Dieses Angebot sichere die Waffenruhe.",
    "Diesem Plan zufolge beginnt die Waffenruhe.",
    "Diesen Plan nannte er gut.",
    "Der 80-Jährige werde künftig zuständig sein.",
    "Die 45-Jährige lobte die Waffenruhe.",
    "Das bestätigte der Kreml zur Waffenruhe.",
    "Dem widersprach er mit Blick auf die Waffenruhe.",
    "Das 3-Jährige Kind.",
    "„Er ist ein sehr guter Typ“, sagt er.",
  ])("GIVEN %j THEN it refers back", (sentence) => {
    expect(startsWithAnaphor(sentence)).toBe(true);
  });

  it.each([
    "Der Präsident lobte die Waffenruhe.",
    "Die USA sagten zu, die Hilfe wieder aufzunehmen.",
    "Die 30-tägige Waffenruhe beginnt am Montag.",
    "Erdogan lobte die Waffenruhe.",
    "Essen gab es nicht.",
    "Dieselpreise steigen.",
    "Ihre Sprecherin schwieg.",
    "Zudem soll es um Waffensysteme gehen.",
  ])("GIVEN %j THEN it does not (conservative: only the listed words)", (sentence) => {
    expect(startsWithAnaphor(sentence)).toBe(false);
  });
});

describe("a quote never starts inside a quotation", () => {
  const text = "Am Abend sprach der Präsident in Kiew. Selenskyj sagte: „Wir brauchen jetzt Frieden. Die Waffenruhe muss halten.“ Danach reiste der Präsident ab.";

  it("GIVEN the answer in the second sentence of a quotation WHEN the quote is picked THEN it widens back to the sentence where the quotation opens", () => {
    expect(quoteFor(text, ["Waffenruhe"], false)).toBe("Die Waffenruhe muss halten.“");
    expect(quoteFor(text, ["Waffenruhe"])).toBe("Selenskyj sagte: „Wir brauchen jetzt Frieden. Die Waffenruhe muss halten.“");
  });

  it("GIVEN widening back would pass the window's length WHEN the quote is picked THEN the best window that keeps the rules is taken", () => {
    const long = `Selenskyj sagte: „${filler(60)}. Die Waffenruhe muss halten.“ Die Waffenruhe gilt seit Dienstag.`;
    const sentences = spans(long, ["Waffenruhe", "halten"]);
    expect(quote(long, sentences, ones(2), false)).toBe("Die Waffenruhe muss halten.“");
    expect(quote(long, sentences, ones(2))).toBe("Die Waffenruhe gilt seit Dienstag.");
  });

  it("GIVEN a quotation opened before the passage (its first sentences are not offered) THEN a window inside the quotation is not taken when another answers", () => {
    const sentences = spans(text, ["Waffenruhe", "Präsident"]).slice(2);
    expect(quote(text, sentences, ones(2))).toBe("Danach reiste der Präsident ab.");
  });

  it("GIVEN a quotation too long for any window (over three sentences) THEN the quote starts with its speaker, leaving its end open", () => {
    const text = `Trump sagte, Selenskij sei „ruhiger. ${filler(20)}. Er will eine Waffenruhe. ${filler(40)}.“ Dann ging er.`;
    expect(quoteFor(text, ["Waffenruhe"], false)).toBe("Er will eine Waffenruhe.");
    expect(quoteFor(text, ["Waffenruhe"])).toBe(`Trump sagte, Selenskij sei „ruhiger. ${filler(20)}. Er will eine Waffenruhe.`);
  });

  it("GIVEN the answer four sentences into a quotation THEN the quote starts with the speaker, even though no such window reaches the answer", () => {
    const text = `Trump sagte über Selenskij: „Er ist ruhiger. Er versteht das. Er will es. Er will eine Waffenruhe.“ Dann ging er.`;
    const sentences = spans(text, ["Waffenruhe", "Selenskij"]);
    const weights = Float32Array.of(2, 1);
    expect(quote(text, sentences, weights, false)).toBe("Er will eine Waffenruhe.“");
    expect(quote(text, sentences, weights)).toBe("Trump sagte über Selenskij: „Er ist ruhiger.");
  });

  it("GIVEN no article text THEN bestWindow keeps its plain best-coverage choice (compatible signature)", () => {
    const w = bestWindow(spans(text, ["Waffenruhe"]), ones(1));
    expect(w).toMatchObject({ coverage: 1 });
    expect(text.slice(w!.start, w!.end)).toBe("Die Waffenruhe muss halten.“");
  });
});

describe("a quote never starts with a pronoun whose referent is the sentence before", () => {
  const before = "Marco Rubio sprach am Montag in Riad mit Journalisten.";
  it.each([
    "Er lobte die Waffenruhe ausdrücklich.",
    "Sie lobte die Waffenruhe ausdrücklich.",
    "Es gehe um die Waffenruhe, hieß es.",
    "Ihm gehe es um die Waffenruhe.",
    "Ihr Sprecher lobte die Waffenruhe.",
    "Dies gelte auch für die Waffenruhe.",
    "Dieser Schritt sichere die Waffenruhe.",
    "Diese Zusage sichere die Waffenruhe.",
    "Dieses Angebot sichere die Waffenruhe.",
    "Diesem Plan zufolge beginnt die Waffenruhe am Montag.",
    "Diesen Plan nannte er eine Waffenruhe.",
    "Der 80-Jährige lobte die Waffenruhe.",
    "Die 45-Jährige lobte die Waffenruhe.",
    "Das bestätigte der Kreml zur Waffenruhe.",
    "Dem widersprach er mit Blick auf die Waffenruhe.",
    "„Er hält sich an die Waffenruhe“, sagte ein Sprecher.",
  ])("GIVEN %j after the sentence naming Rubio THEN the quote widens back to that sentence", (sentence) => {
    const text = `${before} ${sentence} Am Dienstag flog er weiter nach Kairo.`;
    expect(quoteFor(text, ["Waffenruhe"], false)).toBe(sentence);
    expect(quoteFor(text, ["Waffenruhe"])).toBe(`${before} ${sentence}`);
  });

  it("GIVEN Kellogg's age in 000 (\"Der 80-Jährige …\") THEN the quote names him first", () => {
    const text = "Der US-Sondergesandte Keith Kellogg dürfte dabei keine Rolle mehr spielen. Der 80-Jährige werde künftig ausschließlich für die Ukraine zuständig sein, teilte US-Präsident Donald Trump am Samstag mit.";
    expect(quoteFor(text, ["80-Jährige"])).toBe(text);
  });

  it.each(["Der Präsident lobte die Waffenruhe.", "Das neue Abkommen sichert die Waffenruhe.", "Das Treffen sicherte die Waffenruhe.", "Das andere große Problem bleibt die Waffenruhe.", "Dem neuen russischen Vorschlag zufolge hält die Waffenruhe."])("GIVEN a sentence starting with an article (%j) THEN it is quoted alone", (sentence) => {
    const text = `${before} ${sentence} Am Dienstag flog er weiter.`;
    expect(quoteFor(text, ["Waffenruhe"])).toBe(sentence);
  });

  it("GIVEN every window that holds the answer opens with a pronoun (its referent more than three sentences back) THEN the answer is quoted, not a sentence without it", () => {
    const text = "Marco Rubio lobte die Partner in Riad. Er sprach lange. Er dankte allen. Er sagte, Olaf habe sehr geholfen.";
    expect(quoteFor(text, ["Olaf", "geholfen", "Rubio"])).toContain("Olaf habe sehr geholfen");
  });

  it("GIVEN the pronoun opens a paragraph THEN the quote does not reach into the paragraph before", () => {
    const text = `${before}\n\nEr lobte die Waffenruhe ausdrücklich.`;
    expect(quoteFor(text, ["Waffenruhe"])).toBe("Er lobte die Waffenruhe ausdrücklich.");
  });

  it("GIVEN widening back would pass MAX_WINDOW_LENGTH THEN the answer-bearing sentence is still quoted", () => {
    const subject = `Marco Rubio ${filler(80)}`.slice(0, MAX_WINDOW_LENGTH - 40).replace(/ \S*$/, "");
    const text = `${subject} sprach. Er lobte die Waffenruhe ausdrücklich.`;
    expect(text.length).toBeGreaterThan(MAX_WINDOW_LENGTH);
    expect(quoteFor(text, ["Waffenruhe"])).toBe("Er lobte die Waffenruhe ausdrücklich.");
  });
});

describe("quotation marks in a quote are balanced", () => {
  it("GIVEN the answer opens a quotation closed in the next sentence THEN the quote extends forward to the closing mark", () => {
    const text = "Rubio sagte am Dienstag: „Die Waffenruhe ist ein Anfang. Russland muss jetzt zustimmen.“ Danach flog er nach Washington.";
    expect(quoteFor(text, ["Waffenruhe"], false)).toBe("Rubio sagte am Dienstag: „Die Waffenruhe ist ein Anfang.");
    expect(quoteFor(text, ["Waffenruhe"])).toBe("Rubio sagte am Dienstag: „Die Waffenruhe ist ein Anfang. Russland muss jetzt zustimmen.“");
  });

  it("GIVEN straight quotes (002) THEN the same holds", () => {
    const text = 'Rubio sagte am Dienstag: "Die Waffenruhe ist ein Anfang. Russland muss jetzt zustimmen." Danach flog er nach Washington.';
    expect(quoteFor(text, ["Waffenruhe"])).toBe('Rubio sagte am Dienstag: "Die Waffenruhe ist ein Anfang. Russland muss jetzt zustimmen."');
  });

  it("GIVEN a doubled opening mark („„Wenn …) THEN the quote starts at the second mark", () => {
    const text = "Am Rande sprach Rutte. „„Wenn die Europäer mitreden wollen, müssen sie sich relevant machen“, sagt Rutte.";
    expect(quoteFor(text, ["Europäer"])).toBe("„Wenn die Europäer mitreden wollen, müssen sie sich relevant machen“, sagt Rutte.");
    expect(clampQuote(text, text.indexOf("„„"), text.length)).toEqual({ start: text.indexOf("„„") + 1, end: text.length });
  });
});

describe("the answer-bearing sentence stays in the quote", () => {
  it("GIVEN the answer inside a quotation and a slightly weaker sentence elsewhere that keeps every rule alone THEN the widened window with the answer wins", () => {
    const text = "Selenskyj sagte: „Wir brauchen Frieden. Die Waffenruhe muss halten.“ Danach reiste er ab. Eine Waffenruhe gilt bald.";
    const sentences = spans(text, ["Waffenruhe"], (s) => (s.startsWith("Die Waffenruhe") ? 1 : s.startsWith("Eine Waffenruhe") ? 0.99 : 0));
    expect(quote(text, sentences, ones(1))).toBe("Selenskyj sagte: „Wir brauchen Frieden. Die Waffenruhe muss halten.“");
  });
});

describe("clampQuote: an over-long single sentence", () => {
  it("GIVEN a sentence within the limit THEN it is unchanged", () => {
    expect(clampQuote("Kurz.", 0, 5)).toEqual({ start: 0, end: 5 });
  });

  it("GIVEN a sentence longer than MAX_QUOTE_LENGTH THEN a verbatim prefix of at most MAX_QUOTE_LENGTH characters ending on a word", () => {
    const text = `${filler(Math.ceil((MAX_QUOTE_LENGTH * 1.5) / 6.5))}.`;
    expect(text.length).toBeGreaterThan(MAX_QUOTE_LENGTH);
    const { start, end } = clampQuote(text, 0, text.length);
    expect(start).toBe(0);
    expect(end).toBeLessThanOrEqual(MAX_QUOTE_LENGTH);
    expect(text[end]).toBe(" ");
  });

  it("GIVEN the cut would fall inside a quotation THEN it moves back before the quotation opens", () => {
    // The quotation opens well before the limit and closes after it.
    const text = `${filler(36)} sagte er: „${filler(Math.ceil(MAX_QUOTE_LENGTH / 6.5))}“.`;
    expect(text.indexOf("„")).toBeLessThan(MAX_QUOTE_LENGTH);
    expect(text.length).toBeGreaterThan(MAX_QUOTE_LENGTH);
    const { end } = clampQuote(text, 0, text.length);
    expect(end).toBeLessThanOrEqual(MAX_QUOTE_LENGTH);
    expect(text.slice(0, end)).toBe(`${filler(36)} sagte er:`);
  });
});

// ---------------------------------------------------------------------------------------------------------
// The seed corpus: every question of the shared dev set. The checks below read the article text on their own
// (a plain count of marks), not through the scanner under test.

const OPENERS = "„‚»";
const CLOSERS = "“‘«";
/** Depth of German quotation marks (and straight quotes) over `s`, and whether a closer came with nothing open. */
function depth(s: string): { depth: number; unmatched: boolean } {
  let d = 0;
  let straight = false;
  let unmatched = false;
  for (const ch of s) {
    if (OPENERS.includes(ch)) d++;
    else if (CLOSERS.includes(ch)) {
      if (d === 0) unmatched = true;
      else d--;
    } else if (ch === '"') straight = !straight;
  }
  return { depth: d + (straight ? 1 : 0), unmatched };
}
const PRONOUN = /^[„"»‚]?(?:Er|Sie|Es|Ihm|Ihr|Dies|Dieser|Diese|Dieses|Diesem|Diesen|(?:Der|Die|Das) \d+-Jährige)\b/u;

function articleText(core: LoadedCore, r: AnswerResult): string {
  return core.engine.index.articleById.get(r.articleId)!.text;
}
function startsInsideQuotation(core: LoadedCore, r: AnswerResult): boolean {
  const text = articleText(core, r);
  const paragraph = text.slice(text.lastIndexOf("\n", r.quoteStart - 1) + 1, r.quoteStart);
  return depth(paragraph).depth > 0 || depth(r.quote).unmatched;
}
function startsWithUnresolvedPronoun(core: LoadedCore, r: AnswerResult): boolean {
  const text = articleText(core, r);
  const before = text.slice(text.lastIndexOf("\n", r.quoteStart - 1) + 1, r.quoteStart);
  return PRONOUN.test(r.quote) && before.trim() !== "";
}
const balanced = (r: AnswerResult) => depth(r.quote).depth === 0 && !depth(r.quote).unmatched;
const label = (q: string, r: AnswerResult) => `${q} → ${r.passageId}: ${r.quote.slice(0, 80)}`;

describe("GIVEN the seed corpus and the shared dev questions", () => {
  let core: LoadedCore;
  let answers: Array<{ q: string; a: Answer }>;
  beforeAll(async () => {
    core = await seedCore();
    // The shared dev set; where ../shared is absent (ALLOW_MISSING_SHARED=true) the project's own set stands in.
    const shared = path.join(sharedDir(), "eval/dev.jsonl");
    const own = path.join(ROOT, "test/eval/own.jsonl");
    if (!existsSync(shared) && process.env.ALLOW_MISSING_SHARED !== "true") throw new Error(`missing ${shared} (set ALLOW_MISSING_SHARED=true to use ${own})`);
    const file = existsSync(shared) ? shared : own;
    const questions = readFileSync(file, "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { q: string }).q);
    answers = questions.map((q) => ({ q, a: core.ask(q) }));
  });
  const tops = () => answers.flatMap(({ q, a }) => (a.results[0] ? [{ q, r: a.results[0] }] : []));
  const all = () => answers.flatMap(({ q, a }) => a.results.map((r) => ({ q, r })));

  it("THEN most questions are answered (the checks below have quotes to check)", () => {
    expect(tops().length).toBeGreaterThanOrEqual(20);
  });

  it("THEN no top quote starts inside a quotation", () => {
    expect(tops().filter(({ r }) => startsInsideQuotation(core, r)).map(({ q, r }) => label(q, r))).toEqual([]);
  });

  it("THEN no top quote starts with a pronoun whose referent is earlier in its paragraph", () => {
    expect(tops().filter(({ r }) => startsWithUnresolvedPronoun(core, r)).map(({ q, r }) => label(q, r))).toEqual([]);
  });

  it("THEN no quote at any rank starts inside a quotation or with an unresolved pronoun", () => {
    const bad = all().filter(({ r }) => startsInsideQuotation(core, r) || startsWithUnresolvedPronoun(core, r));
    expect(bad.map(({ q, r }) => label(q, r))).toEqual([]);
  });

  it("THEN quotes at any rank are balanced, except 003's five-sentence Trump quotation (430 characters: no window of ≤ MAX_WINDOW_LENGTH holds it; its quote starts with the speaker)", () => {
    const bad = all().filter(({ r }) => !balanced(r));
    for (const { q, r } of bad) {
      expect(r.quote, label(q, r)).toMatch(/^US-Präsident Donald Trump, der am Samstag/);
      expect(quoteProblems(articleText(core, r), r.quoteStart, r.quoteStart + r.quote.length)).toEqual(["unbalanced_quotation"]);
    }
  });
});

describe("withFollowingSentences: the fact asked for often follows the sentence that matches the question", () => {
  const text =
    "Kellogg dürfte dabei keine Rolle mehr spielen. Der 80-Jährige werde künftig nur für die Ukraine zuständig sein. Das sagte ein Sprecher am Samstag. Später folgte noch eine weitere Mitteilung. Sie war kurz. Eine sechste folgte nicht mehr.";
  const window = (keywords: string[]) => bestWindow(spans(text, keywords), ones(keywords.length), text)!;

  it("GIVEN a one-sentence window THEN the next sentences join it up to MAX_QUOTE_SENTENCES_FOLLOWED sentences", () => {
    expect(MAX_QUOTE_SENTENCES_FOLLOWED).toBe(5);
    const w = withFollowingSentences(window(["Kellogg"]), splitSentences(text), text);
    expect(text.slice(w.start, w.end)).toBe(text.slice(0, text.indexOf(" Eine sechste")));
  });

  it("GIVEN a next sentence that would pass the length limit THEN it stays out", () => {
    const long = `Kellogg dürfte dabei keine Rolle mehr spielen. Der Sondergesandte ${filler(Math.ceil(MAX_QUOTE_LENGTH / 6.5))} sagte das.`;
    const sentences = splitSentences(long);
    const w = withFollowingSentences(bestWindow(spans(long, ["Kellogg"]), ones(1), long)!, sentences, long);
    expect(long.slice(w.start, w.end)).toBe("Kellogg dürfte dabei keine Rolle mehr spielen.");
    expect(w.end - w.start).toBeLessThanOrEqual(MAX_QUOTE_LENGTH);
  });

  it("GIVEN a window near MAX_WINDOW_LENGTH THEN the next sentence may still join it, up to MAX_QUOTE_LENGTH", () => {
    const first = `Kellogg dürfte dabei keine Rolle mehr spielen, sagte ${filler(80)}.`.slice(0, MAX_WINDOW_LENGTH - 40);
    const text = `${first.replace(/[ .]+$/, "")}. Der Sondergesandte ist 80 Jahre alt und war bisher für beide Länder zuständig.`;
    const sentences = splitSentences(text);
    expect(sentences).toHaveLength(2);
    const w = withFollowingSentences(bestWindow(spans(text, ["Kellogg"]), ones(1), text)!, sentences, text);
    expect(text.slice(w.start, w.end)).toBe(text);
    expect(text.length).toBeGreaterThan(MAX_WINDOW_LENGTH);
    expect(text.length).toBeLessThanOrEqual(MAX_QUOTE_LENGTH);
  });

  it("GIVEN a next sentence that opens a quotation it does not close THEN it stays out", () => {
    const open = "Kellogg dürfte dabei keine Rolle mehr spielen. Er sagte: „Wir bleiben. Das ist klar.";
    const w = withFollowingSentences(bestWindow(spans(open, ["Kellogg"]), ones(1), open)!, splitSentences(open), open);
    expect(quoteProblems(open, w.start, w.end)).toEqual([]);
  });

  it("GIVEN a quotation of two sentences after the window THEN both join it (open after the first, closed after the second)", () => {
    const split = "Selenskyj traf Merz in München. „Wir kennen uns gut. Er ist ein sehr guter Typ“, sagte er. Danach reiste er ab.";
    const sentences = splitSentences(split);
    expect(sentences.length).toBeGreaterThanOrEqual(4);
    const w = withFollowingSentences(bestWindow(spans(split, ["Merz"]), ones(1), split)!, sentences, split);
    expect(split.slice(w.start, w.end)).toBe(split);
    expect(quoteProblems(split, w.start, w.end)).toEqual([]);
  });
});

describe("the answer engine quotes the sentence after the matching one (quoteFollowing)", () => {
  it("GIVEN a question whose answer follows the sentence naming Kellogg THEN the quote holds it, and without quoteFollowing it does not", async () => {
    const { answer } = await import("../../src/answer/answer.js");
    const { DEFAULT_RANKING } = await import("../../src/answer/ranking.js");
    const { createEngine } = await import("../../src/search/engine.js");
    const engine = await createEngine(path.join(ROOT, "corpus"), { cacheDir: null });
    const on = answer(engine, "For which countries was Kellogg special envoy before the change?");
    const off = answer(engine, "For which countries was Kellogg special envoy before the change?", { ranking: { ...DEFAULT_RANKING, quoteFollowing: false } });
    expect(on.results[0]!.quote).toContain("bislang Sondergesandter für die Ukraine und Russland");
    expect(off.results[0]!.quote).not.toContain("bislang Sondergesandter für die Ukraine und Russland");
  });
});

describe("slidForward: when the next sentence does not fit, the window's first sentence may give way to it", () => {
  // Two window sentences (one keyword each, 369 characters together), then a third that does not fit after them but
  // fits after the second alone (~165 characters, and more words as MAX_QUOTE_LENGTH exceeds 500).
  const first = `Kellogg sprach am Morgen, ${filler(24)}.`;
  const second = `Der Sondergesandte sagte danach, ${filler(23)}.`;
  const longer = (third: string) => third.replace(/\.$/, MAX_QUOTE_LENGTH > 500 ? `, ${filler(Math.ceil((MAX_QUOTE_LENGTH - 500) / 6.5))}.` : ".");
  const slide = (shorter: string) => {
    const third = longer(shorter);
    const text = `${first} ${second} ${third}`;
    const sentences = spans(text, ["Kellogg", "Sondergesandte"]);
    const window = bestWindow(sentences, ones(2), text)!;
    const followed = withFollowingSentences(window, sentences, text);
    const slid = slidForward(window, followed, sentences, text);
    return { text, window, followed, quote: text.slice(slid.start, slid.end) };
  };

  it("GIVEN the next sentence names what the first one did THEN the quote slides to it", () => {
    const { text, window, followed, quote } = slide(`Kellogg ist nach eigenen Worten 80 Jahre alt und will trotzdem bis zum Ende der Verhandlungen über die Waffenruhe im Amt bleiben, sagte er am Abend in Washington.`);
    expect(text.slice(window.start, window.end)).toBe(`${first} ${second}`);
    expect(followed.end).toBe(window.end);
    expect(quote).toBe(text.slice(first.length + 1));
    expect(quote.length).toBeLessThanOrEqual(MAX_QUOTE_LENGTH);
  });

  it("GIVEN the first sentence opens a quotation the second one closes THEN the quote stays (it would start inside the quotation)", () => {
    const opening = `Rubio sagte: „Kellogg sprach am Morgen, ${filler(21)}.`;
    const closing = `Der Sondergesandte sagte danach, ${filler(22)}.“`;
    const third = "Kellogg ist nach eigenen Worten 80 Jahre alt und will trotzdem bis zum Ende der Verhandlungen über die Waffenruhe im Amt bleiben, sagte er am Abend in Washington.";
    const text = `${opening} ${closing} ${third}`;
    const sentences = spans(text, ["Kellogg", "Sondergesandte"]);
    const window = bestWindow(sentences, ones(2), text)!;
    expect(text.slice(window.start, window.end)).toBe(`${opening} ${closing}`);
    const followed = withFollowingSentences(window, sentences, text);
    expect(slidForward(window, followed, sentences, text)).toEqual(followed);
  });

  it("GIVEN the next sentence does not name what the first one did THEN the quote stays (it would cover less)", () => {
    const { text, window, quote } = slide(`Er ist nach eigenen Worten 80 Jahre alt und will trotzdem bis zum Ende der Verhandlungen über die Waffenruhe im Amt bleiben, sagte der Mann am Abend in Washington.`);
    expect(quote).toBe(text.slice(window.start, window.end));
  });
});

describe("withAnaphorResolved: a window that opens with a word referring back starts where its referent is named", () => {
  const named = `Der Sondergesandte Keith Kellogg reiste am Montag nach Kiew, ${filler(20)}.`;
  const pronoun = `Er sagte dort, die Waffenruhe sei zum Greifen nah, ${filler(30)}.`;
  const after = Array.from({ length: 4 }, (_, i) => `Danach folgte Termin ${i + 1}, ${filler(8)}.`).join(" ");
  const text = `${named} ${pronoun} ${after}`;
  const sentences = spans(text, ["Waffenruhe"]);
  const window = { start: text.indexOf("Er sagte"), end: text.indexOf("Er sagte") + pronoun.length, coverage: 1 };

  it("GIVEN a window that opens with 'Er' THEN it starts at the sentence before, which names him", () => {
    expect(quoteProblems(text, window.start, window.end)).toEqual(["unresolved_anaphor"]);
    const w = withAnaphorResolved(window, sentences, text);
    expect(w.start).toBe(0);
    expect(quoteProblems(text, w.start, w.end)).toEqual([]);
  });

  it("GIVEN sentences after the window that would fill the quote THEN the referent comes first (shownWindow)", () => {
    expect(named.length + pronoun.length).toBeGreaterThan(MAX_WINDOW_LENGTH);
    expect(text.length).toBeGreaterThan(MAX_QUOTE_LENGTH);
    const w = shownWindow(sentences, ones(1), text, { following: true, slide: true, preceding: true })!;
    expect(text.slice(w.start, w.end)).toMatch(/^Der Sondergesandte Keith Kellogg/);
    expect(text.slice(w.start, w.end)).toContain("Er sagte dort");
    expect(w.end - w.start).toBeLessThanOrEqual(MAX_QUOTE_LENGTH);
  });

  it("GIVEN a sentence before that closes the quotation but opens with 'Er' itself THEN the quote starts further back, where he is named", () => {
    const quoted = "Der Gesandte Kellogg kam am Montag nach Kiew. Er sagte: „Die Waffenruhe ist nah. Sie muss halten“, fügte er hinzu.";
    const all = splitSentences(quoted);
    const last = all[all.length - 1]!;
    expect(quoted.slice(last.start, last.end)).toMatch(/^Sie muss halten/);
    const lone = { start: last.start, end: last.end, coverage: 1 };
    expect(quoteProblems(quoted, lone.start, lone.end)).toContain("unresolved_anaphor");
    const w = withAnaphorResolved(lone, all, quoted);
    expect(quoted.slice(w.start, w.end)).toBe(quoted);
    expect(quoteProblems(quoted, w.start, w.end)).toEqual([]);
  });

  it("GIVEN a window that breaks no rule, or whose referent does not fit THEN it stays as it is", () => {
    const first = { start: 0, end: named.length, coverage: 1 };
    expect(withAnaphorResolved(first, sentences, text)).toEqual(first);
    const long = `${named.replace(/\.$/, `, ${filler(Math.ceil(MAX_QUOTE_LENGTH / 6))}.`)} ${pronoun}`;
    const at = long.indexOf("Er sagte");
    const lone = { start: at, end: at + pronoun.length, coverage: 1 };
    expect(withAnaphorResolved(lone, splitSentences(long), long)).toEqual(lone);
  });
});

describe("withPrecedingSentences: the sentences before the window join it while the quote fits", () => {
  const around = (text: string, keyword: string) => {
    const sentences = splitSentences(text);
    const w = withPrecedingSentences(bestWindow(spans(text, [keyword]), ones(1), text)!, sentences, text);
    return text.slice(w.start, w.end);
  };

  it("GIVEN a matching sentence after the one that names its subject THEN the quote starts with the subject", () => {
    const text = "Ihre lokalen Rivalen, Polonia Warschau, haben weniger Anhänger. Dennoch gelang es ihnen, die Meisterschaft zu gewinnen.";
    expect(around(text, "Meisterschaft")).toBe(text);
  });

  it("GIVEN sentences before that would pass MAX_QUOTE_LENGTH THEN only the nearest that fit join", () => {
    const far = `Ganz am Anfang ${filler(80)} stand etwas.`;
    const text = `${far} Davor lag dies. Dennoch gelang es ihnen, die Meisterschaft zu gewinnen.`;
    const quote = around(text, "Meisterschaft");
    expect(quote).toBe("Davor lag dies. Dennoch gelang es ihnen, die Meisterschaft zu gewinnen.");
    expect(quote.length).toBeLessThanOrEqual(MAX_QUOTE_LENGTH);
  });

  it("GIVEN a sentence before that starts inside a quotation opened out of reach THEN it stays out, and the quote keeps every rule", () => {
    const text = `Er sagte, ${filler(80)}: „Wir bleiben. Das ist klar.“ Die Meisterschaft gewann am Ende Polonia.`;
    const quote = around(text, "Meisterschaft");
    expect(quote).toBe("Die Meisterschaft gewann am Ende Polonia.");
    const start = text.indexOf(quote);
    expect(quoteProblems(text, start, start + quote.length)).toEqual([]);
  });
});
