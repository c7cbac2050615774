/**
 * Article text hygiene, for paragraphs taken from a page or a pasted text file: no markup or data URIs, no
 * captions, photo credits, "Lesen Sie auch", share, cookie or subscription lines; misread UTF-8 repaired; glued
 * sentences ("vorzubereiten.Üblicherweise") split.
 */
import { repairMojibake } from "./charset.js";
import { INVISIBLE } from "../util/text.js";

/** A paragraph that is site chrome, not article text (matched against the whole, trimmed paragraph). */
const CHROME: RegExp[] = [
  /^(lesen sie (auch|mehr|hier)|mehr zum thema|mehr dazu|auch interessant|das könnte sie (auch )?interessieren|weitere (artikel|nachrichten|themen)|empfehlungen?( der redaktion)?|zum thema|verwandte artikel|read more|related)\b/i,
  /^(teilen|artikel teilen|beitrag teilen|share|drucken|versenden|e-?mail|facebook|twitter|x|whatsapp|telegram|linkedin|pinterest|kopieren|link kopieren|kommentare?( \(\d+\))?|zur startseite|nach oben|zurück|weiter)$/i,
  /\b(cookies?|tracking|datenschutzerklärung|einwilligung|zustimmen|consent)\b.{0,200}\b(akzeptieren|zustimmen|einverstanden|einstellungen|ablehnen|widerrufen|verwenden|nutzen)\b/i,
  /^(jetzt|hier) (abonnieren|weiterlesen|registrieren|anmelden|testen)|^(abonnieren|abo abschließen|newsletter( abonnieren)?|anzeige|werbung|sponsored)\b/i,
  /(weiterlesen mit|lesen sie weiter mit|dieser (artikel|beitrag|inhalt) ist (nur )?für (abonnenten|abonnentinnen)|exklusiv für abonnenten)/i,
  /^(foto|fotos|bild|bilder|grafik|video|quelle|bildquelle|bildrechte|copyright)\s*:/i,
  /^(©|\(c\))\s*\S/i,
  // Byline and date lines: "Von Anna Muster 16. März 2025, 14:05 Uhr", "Aktualisiert am 16.03.2025".
  /^((von|by)\s+\p{Lu}[^.!?]{0,80}\s)?((veröffentlicht|aktualisiert|stand|updated|published)( am)?:?\s*)?(\d{1,2}\.\s*\p{L}+\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{2}-\d{2})(,?\s*(um\s*)?\d{1,2}[:.]\d{2}(\s*Uhr)?)?$/iu,
  /^(von|by)\s+\p{Lu}\p{L}+(\s+\p{Lu}\p{L}+){0,3}(\s*(und|,)\s*\p{Lu}\p{L}+(\s+\p{Lu}\p{L}+){0,3})*$/u,
];

/** A short line that ends in an agency or photographer credit: "…in Riad. Foto: Evelyn Hockstein/Pool/dpa". */
const CREDIT_TAIL = /(\b(foto|bild|quelle)\s*:\s*[^.]{0,80}|\/\s*(dpa|afp|reuters|ap|imago|getty images|picture alliance|epa|keystone|apa)[^.]{0,20}|\((quelle|foto|bild|archivbild|symbolbild)\s*:[^)]*\))\s*$/i;

/** Words inside markup or URIs that must never reach a quote. */
const DATA_URI = /data:[a-z]+\/[\w.+-]+(;[\w=-]+)*,[^\s"')<>]*/gi;
const TAG = /<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>/gi;
const ENTITY = /&(amp|lt|gt|quot|apos|nbsp|#\d{1,6}|#x[0-9a-f]{1,6});/gi;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (m, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith("#x")) return String.fromCodePoint(Number.parseInt(lower.slice(2), 16));
    if (lower.startsWith("#")) return String.fromCodePoint(Number(lower.slice(1)));
    return ENTITIES[lower] ?? m;
  });
}

/**
 * "vorzubereiten.Üblicherweise" → "vorzubereiten. Üblicherweise": a sentence end glued to a capitalised word.
 * Two lower-case letters before the mark keep "z.B.", "U.S.A." and domain names ("t-online.de") as they are.
 */
export function splitGluedSentences(text: string): string {
  return text.replace(/(\p{Ll}{2}[.!?]["“”»«’]?)(?=\p{Lu}\p{Ll})/gu, "$1 ");
}

/** One paragraph cleaned, or "" when it is chrome, a caption or a credit. */
export function cleanParagraph(raw: string): string {
  let text = decodeEntities(raw.replace(DATA_URI, " ").replace(TAG, " "));
  text = repairMojibake(text)
    .replace(INVISIBLE, "")
    .replace(/\s+/g, " ")
    .trim();
  if (!text) return "";
  if (CHROME.some((re) => re.test(text))) return "";
  if (text.length < 300 && CREDIT_TAIL.test(text)) return "";
  // Photo captions name who stands where: "(l.)", "(M.)", "v. l. n. r.".
  if (text.length < 300 && /\((l|r|m|li|re|v\.\s?l\.(\s?n\.\s?r\.)?|mitte|links|rechts)\.?\)/i.test(text)) return "";
  return splitGluedSentences(text);
}

/**
 * Paragraphs cleaned and deduplicated (a caption printed twice, a teaser repeating the lead), empty ones dropped,
 * and the headline removed where the page repeats it as the first paragraph.
 */
export function cleanParagraphs(paragraphs: readonly string[], headline?: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const head = headline ? squash(headline) : undefined;
  for (const p of paragraphs) {
    const text = cleanParagraph(p);
    if (!text) continue;
    const key = squash(text);
    if (seen.has(key) || key === head) continue;
    seen.add(key);
    out.push(text);
  }
  return out;
}

const squash = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();

/** Characters of article text that count towards "enough text": body paragraphs of sentence length. */
export function bodyLength(paragraphs: readonly string[]): number {
  return paragraphs.filter((p) => p.length >= 60 || /[.!?…"“”]$/.test(p)).reduce((n, p) => n + p.length, 0);
}
