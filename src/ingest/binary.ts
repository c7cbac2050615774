/** Whether a decoded page or text is binary data (an image, an archive, random bytes) rather than text. */
import { MAX_CONTROL_SHARE } from "./limits.js";

const CONTROL = /[\u0001-\u0008\u000E-\u001F\u007F-\u009F\uFFFD]/g;

/** A NUL, or more than {@link MAX_CONTROL_SHARE} of the characters controls or replacement characters. */
export function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const controls = text.match(CONTROL)?.length ?? 0;
  return controls > text.length * MAX_CONTROL_SHARE;
}
