/**
 * German sentence splitting with character offsets.
 *
 * Intl.Segmenter('de') breaks after ordinals ("am 15. März"), photo position markers ("(M.)")
 * and abbreviations, and does not split glued sentences ("…hieß es weiter.Nato-Generalsekretär"),
 * so this splitter decides each candidate boundary itself.
 */

export interface SentenceSpan {
  start: number;
  end: number;
}

/** Abbreviations (folded to lower case, without the final period) that do not end a sentence. */
export const GERMAN_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "z", "b", "d", "h", "u", "a", "v", "o", "ä", "s", "vgl", "bzw", "ca", "etc", "evtl", "ggf", "inkl", "usw",
  "dr", "prof", "nr", "st", "str", "mio", "mrd", "bzgl", "gem", "jh", "jhd", "jr", "sen", "hl", "abs", "art",
  "ff", "mr", "mrs", "ms", "sog", "sogen", "zzgl", "dt", "engl", "frz", "russ", "ukr", "max", "min", "okt",
  "jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "nov", "dez", "allg", "bspw", "insb",
  "m", "l", "r", "li", "re", "vl", "vr", "hrsg", "tel", "ehem", "gen", "mind", "ebd", "lt", "ggü", "i",
  "us", "u.s", "v.l.n.r", "z.b", "u.a", "d.h", "o.ä", "s.o", "v.a", "i.d.r", "m.e", "n.chr", "v.chr",
]);

const MONTHS =
  /^(januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mär|apr|jun|jul|aug|sep|sept|okt|nov|dez)\b/i;

const CLOSERS = "\"'“”‘’»«)]";

/** Splits `text` into sentence spans; every span is a verbatim slice, trimmed of outer whitespace. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\n" && text[i + 1] === "\n") {
      pushSpan(text, start, i, spans);
      start = i + 1;
      continue;
    }
    if (ch !== "." && ch !== "!" && ch !== "?" && ch !== "…") continue;
    let end = i + 1;
    while (end < text.length && (text[end] === "." || text[end] === "!" || text[end] === "?")) end++;
    while (end < text.length && CLOSERS.includes(text[end]!)) end++;
    if (!isBoundary(text, i, end)) continue;
    pushSpan(text, start, end, spans);
    start = end;
    i = end - 1;
  }
  pushSpan(text, start, text.length, spans);
  return spans;
}

function pushSpan(text: string, from: number, to: number, spans: SentenceSpan[]): void {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) spans.push({ start: s, end: e });
}

/** `dot` is the index of the terminal mark, `end` the index after marks and closing quotes. */
function isBoundary(text: string, dot: number, end: number): boolean {
  const next = text.slice(end, end + 40);
  const glued = end < text.length && !/\s/.test(text[end]!);
  if (text[dot] !== ".") {
    // "?" or "!" inside a quote followed by a lower-case continuation ("… bereit?“, sagte er") is not an end.
    return !/^\s*[,;:a-zäöüß]/.test(next);
  }
  const before = text.slice(Math.max(0, dot - 40), dot);
  const word = /([\p{L}\p{N}.]*)$/u.exec(before)?.[1] ?? "";
  const bare = word.replace(/^\.+/, "");
  // Decimal and ordinal numbers: "15. März", "1.3.2025", "Nr. 5".
  if (/^\d+$/.test(bare)) {
    if (glued && /^\d/.test(next)) return false;
    if (/^\s*\p{Ll}/u.test(next) || MONTHS.test(next.trimStart())) return false;
    if (/^\s*(Jahrhundert|Jahrestag|Mal|Platz|Tag|Woche|Monat|Runde|Sitzung|Kapitel)\b/.test(next)) return false;
  }
  // Position markers in photo captions: "(M.)", "(l.)", "(r.)", "(v. l.)".
  if (/\(\s*(?:[lmr]|v\.\s*l\.\s*n\.\s*r|v\.\s*l|li|re)$/i.test(before) && text[end - 1] === ")") return false;
  if (bare.length > 0 && GERMAN_ABBREVIATIONS.has(bare.toLowerCase())) {
    // An abbreviation may still end a sentence when a new sentence plainly starts after it.
    return /^\s+(Die|Der|Das|Er|Sie|Es|Ein|Eine|Laut|Nach|Am|In)\s/.test(next) && bare.length > 3;
  }
  // Initials such as "A. Merkel" or "U.S.".
  if (/^\p{Lu}$/u.test(bare) || /\.\p{L}$/u.test(bare)) return false;
  if (glued) {
    // Glued sentences ("weiter.Nato-Generalsekretär") split only before a capitalised word,
    // and never inside URLs, file names or domains ("t-online.de", "Imago/dpa").
    return /^\p{Lu}\p{Ll}/u.test(next) && /\p{Ll}{2,}$/u.test(bare) && !/^(de|com|org|net|html?)\b/.test(next);
  }
  return /^\s*[^\p{Ll},;:]/u.test(next) || next.trim() === "";
}
