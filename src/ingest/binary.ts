/** Whether a decoded page or text is binary data (an image, an archive, random bytes) rather than text. */
import { MAX_CONTROL_SHARE } from "./limits.js";

const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F\uFFFD]/g;

/** More than {@link MAX_CONTROL_SHARE} of the characters controls or replacement characters (a stray NUL is none). */
export function looksBinary(text: string): boolean {
  const controls = text.match(CONTROL)?.length ?? 0;
  return controls > text.length * MAX_CONTROL_SHARE;
}
