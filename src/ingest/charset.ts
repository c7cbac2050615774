/**
 * Bytes → text: the declared charset (HTTP header, <meta>, XML declaration, BOM), else UTF-8 when the bytes are
 * valid UTF-8, else windows-1252. Then mojibake repair: UTF-8 that was decoded once more as a single-byte charset
 * ("SÃ¼dosten", "SĂŒdosten" for "Südosten") is turned back, word by word, where the bytes say so unambiguously.
 */
import { because, type IngestCause } from "./cause.js";

/** Single-byte charsets UTF-8 text is commonly misread as (WHATWG labels, all in Node's TextDecoder). */
export const MISREAD_AS = ["windows-1252", "iso-8859-2", "windows-1250", "iso-8859-16", "iso-8859-15"] as const;

interface Table {
  /** character → byte for the 256 bytes of the charset */
  toByte: Map<string, number>;
}

/** ISO-8859-16 (Romanian; "SĂŒdosten"), bytes 0xA0–0xFF: Node's ICU does not decode it, so it is spelled out here. */
const LATIN10_A0 =
  "\u00A0ĄąŁ€„Š§š©Ș«Ź\u00ADźŻ°±ČłŽ”¶·žčș»ŒœŸżÀÁÂĂÄĆÆÇÈÉÊËÌÍÎÏĐŃÒÓÔŐÖŚŰÙÚÛÜĘȚßàáâăäćæçèéêëìíîïđńòóôőöśűùúûüęțÿ";

/**
 * windows-1252 bytes 0x80–0x9F. Node 20's TextDecoder("windows-1252") decodes them as C1 controls (as Latin-1),
 * which would turn „…“ and € of every windows-1252 page into invisible characters; so they are spelled out too.
 */
const CP1252_80 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

/** The character each byte 0x80–0xFF stands for in a single-byte charset. */
export function singleByteChars(label: (typeof MISREAD_AS)[number]): string[] {
  const latin1A0 = Array.from({ length: 96 }, (_, i) => String.fromCharCode(0xa0 + i));
  if (label === "windows-1252") return [...Array.from(CP1252_80), ...latin1A0];
  if (label === "iso-8859-16") return [...Array.from({ length: 32 }, (_, i) => String.fromCharCode(0x80 + i)), ...Array.from(LATIN10_A0)];
  const decoder = new TextDecoder(label);
  return Array.from({ length: 128 }, (_, i) => decoder.decode(Uint8Array.of(0x80 + i)));
}

const CP1252 = [...Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)), ...singleByteChars("windows-1252")];

/** WHATWG: these labels all mean windows-1252. */
const CP1252_LABELS = new Set(["windows-1252", "cp1252", "x-cp1252", "latin1", "l1", "iso-8859-1", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "iso-ir-100", "ibm819", "cp819", "csisolatin1", "ascii", "us-ascii", "ansi_x3.4-1968"]);

/** Decodes windows-1252 correctly (see {@link CP1252_80}). */
export function decodeCp1252(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) out += Array.from(bytes.subarray(i, i + 8192), (b) => CP1252[b]!).join("");
  return out;
}

const TABLES: Table[] = MISREAD_AS.map((label) => {
  const toByte = new Map<string, number>();
  singleByteChars(label).forEach((ch, i) => {
    if (!toByte.has(ch)) toByte.set(ch, 0x80 + i);
  });
  return { toByte };
});

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** What a repaired sequence may be: Latin letters with diacritics, NBSP, typographic punctuation, the euro sign. */
const PLAUSIBLE = /^[\u00A0-\u017F\u2010-\u2026\u2030-\u203A\u20AC]$/u;

/**
 * Misread UTF-8 sequences in `text`: a lead byte 0xC2–0xC5 with one continuation byte, or 0xE2 with two, each
 * byte shown as the character the single-byte charset has for it, decoding to one plausible character.
 */
function misreadSequences(chars: readonly string[], table: Table): Array<{ at: number; length: number; fixed: string }> {
  const found: Array<{ at: number; length: number; fixed: string }> = [];
  const byteAt = (i: number) => (i < chars.length ? table.toByte.get(chars[i]!) : undefined);
  const isCont = (b: number | undefined) => b !== undefined && b >= 0x80 && b <= 0xbf;
  for (let i = 0; i < chars.length - 1; i++) {
    const lead = byteAt(i);
    if (lead === undefined) continue;
    const length = lead >= 0xc2 && lead <= 0xc5 ? 2 : lead === 0xe2 ? 3 : 0;
    if (length === 0) continue;
    const bytes = [lead];
    for (let k = 1; k < length; k++) bytes.push(byteAt(i + k) ?? -1);
    if (!bytes.slice(1).every(isCont)) continue;
    // "Ä" is a German letter: "Ä„" or "Ä–" is text, not a misread "Ą" or "Ė".
    if (chars[i] === "Ä" && /[„“”‚‘’–—…•·«»]/.test(chars[i + 1]!)) continue;
    let fixed: string;
    try {
      fixed = strictUtf8.decode(Uint8Array.from(bytes));
    } catch {
      continue;
    }
    if (!PLAUSIBLE.test(fixed)) continue;
    found.push({ at: i, length, fixed });
    i += length - 1;
  }
  return found;
}

/** True when `text` shows misread UTF-8 in one of the usual charsets, or replacement characters. */
export function hasMojibake(text: string): boolean {
  if (text.includes("\uFFFD")) return true;
  if (/^[\x00-\x7F]*$/.test(text)) return false;
  const chars = Array.from(text);
  return TABLES.some((table) => misreadSequences(chars, table).length > 0);
}

/**
 * Turns misread UTF-8 back into the characters meant. Each pass takes the one charset that explains the most
 * sequences (a text is misread as one charset, and another one would "repair" its leftovers wrongly); up to three
 * passes, for text that was misread more than once.
 */
export function repairMojibake(text: string): string {
  let out = text;
  for (let pass = 0; pass < 3; pass++) {
    if (/^[\x00-\x7F]*$/.test(out)) return out;
    const chars = Array.from(out);
    let best: ReturnType<typeof misreadSequences> = [];
    for (const table of TABLES) {
      const found = misreadSequences(chars, table);
      if (found.length > best.length) best = found;
    }
    if (best.length === 0) break;
    const parts: string[] = [];
    let at = 0;
    for (const f of best) {
      parts.push(chars.slice(at, f.at).join(""), f.fixed);
      at = f.at + f.length;
    }
    parts.push(chars.slice(at).join(""));
    out = parts.join("");
  }
  return out;
}

/** The charset named in a Content-Type value ("text/html; charset=ISO-8859-1" → "iso-8859-1"). */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? "");
  return m ? m[1]!.toLowerCase() : undefined;
}

/** The charset a document declares in its first bytes: <meta charset>, <meta http-equiv>, <?xml encoding?>. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (meta) return meta[1]!.toLowerCase();
  const xml = /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return xml ? xml[1]!.toLowerCase() : undefined;
}

export type Decoded = { ok: true; text: string; charset: string; repaired: boolean } | { ok: false; reason: string; cause: IngestCause };

/**
 * Decodes a fetched or read document. `headerCharset` (from Content-Type) wins over what the document says, as in
 * browsers; a byte-order mark wins over both. Text that still shows mojibake after repair is refused.
 */
export function decodeDocument(bytes: Uint8Array, headerCharset?: string): Decoded {
  let label: string | undefined;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) label = "utf-8";
  else if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe)) label = bytes[0] === 0xfe ? "utf-16be" : "utf-16le";
  label ??= headerCharset ?? declaredCharset(bytes);
  let text: string | undefined;
  let used = label ?? "utf-8";
  if (label && CP1252_LABELS.has(label)) {
    text = decodeCp1252(bytes);
    used = "windows-1252";
  } else if (label) {
    try {
      // A page that says UTF-8 but is not: read it as windows-1252, the usual culprit, and let repair judge.
      text = new TextDecoder(label, { fatal: /^utf-?8$/i.test(label) }).decode(bytes);
    } catch (e) {
      if (e instanceof RangeError) return { ok: false, ...because({ code: "unknown_charset", charset: label.slice(0, 40) }) };
      text = undefined;
    }
  } else {
    try {
      text = strictUtf8.decode(bytes);
    } catch {
      text = undefined;
    }
  }
  if (text === undefined) {
    used = "windows-1252";
    text = decodeCp1252(bytes);
  }
  if (text.startsWith("\uFEFF")) text = text.slice(1);
  const repaired = repairMojibake(text);
  return { ok: true, text: repaired, charset: used, repaired: repaired !== text };
}
