/**
 * Paragraph blocks of an article and what each one is: body text, a (sub)heading, or a photo caption.
 * Headings give context to the passages under them; captions and credits are never quoted as facts.
 */

export type BlockKind = "body" | "heading" | "caption";

export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
}

/** A heading is short and does not end like a sentence. */
export const MAX_HEADING_LENGTH = 120;

const PHOTO_MARKER = /\((?:[lmr]|li|re|v\.\s?l\.(?:\s?n\.\s?r\.)?|Mitte|links|rechts)\.?\)/;
const CREDIT = /\((?:Quelle|Foto|Bild|Archivbild|Symbolbild)\s*:[^)]*\)\s*$|(?:\/(?:Imago|dpa|AFP|Reuters|AP|Getty Images|picture alliance|epa)|Getty Images|picture alliance)\s*$/i;

/** Splits `text` at blank lines (and single line breaks inside a block of distinct lines) and classifies each block. */
export function splitBlocks(text: string): Block[] {
  const raw: Array<{ start: number; end: number }> = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // Lines inside one block are separate blocks: 001 stacks headline, caption and credit line by line.
    let offset = m.index;
    for (const line of m[0].split("\n")) {
      const lead = line.length - line.trimStart().length;
      const body = line.trim();
      if (body) raw.push({ start: offset + lead, end: offset + lead + body.length });
      offset += line.length + 1;
    }
  }
  const texts = raw.map((b) => text.slice(b.start, b.end));
  return raw.map((b, i) => ({ ...b, kind: classify(texts[i]!, texts, i) }));
}

function classify(block: string, all: string[], index: number): BlockKind {
  if (isCaption(block, all, index)) return "caption";
  // A closing quote mark after a sentence ("…erfüllt.“") is body text; a headline may end in a quote ("„nächste Schritte“").
  if (block.length <= MAX_HEADING_LENGTH && !/[.:;,!…]["“”‘’»«)]*$/.test(block)) return "heading";
  return "body";
}

function isCaption(block: string, all: string[], index: number): boolean {
  if (CREDIT.test(block)) return true;
  if (PHOTO_MARKER.test(block) && block.length < 400) return true;
  // A caption printed twice (the second time with the credit glued on).
  return all.some((other, j) => j !== index && other !== block && (other.startsWith(block) || block.startsWith(other)) && Math.min(other.length, block.length) > 40)
    || all.some((other, j) => j !== index && other === block);
}
