/** Title of an article without metadata: its headline where there is one, else its first sentence. */
import { leadingBlocks } from "./blocks.js";
import { splitSentences } from "../analysis/sentences.js";
import { shortenTitle } from "../util/text.js";

export const MAX_TITLE_LENGTH = 100;

export function deriveTitle(text: string): string {
  // The blocks up to the first body block: all that the title reads.
  const blocks = leadingBlocks(text);
  for (const block of blocks) {
    if (block.kind === "caption") continue;
    const candidate = text.slice(block.start, block.end);
    // A one- or two-word kicker ("Ukrainekrieg") stands above the real headline.
    if (block.kind === "heading" && candidate.split(/\s+/).length >= 3) return shortenTitle(candidate, MAX_TITLE_LENGTH);
    if (block.kind === "body") break;
  }
  const firstBody = blocks.find((b) => b.kind === "body") ?? blocks[0];
  if (!firstBody) return "(ohne Titel)";
  const body = text.slice(firstBody.start, firstBody.end);
  const first = splitSentences(body)[0];
  return shortenTitle(first ? body.slice(first.start, first.end) : body, MAX_TITLE_LENGTH);
}
