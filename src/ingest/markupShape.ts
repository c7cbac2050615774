/**
 * How deep and how large a page's or feed's markup is, measured on the raw text in one linear pass before any parser
 * sees it, so that a hostile page is refused in milliseconds (`too_complex`) instead of stalling the parser and
 * Readability. The pass follows the tree rules of htmlparser2, the tokenizer under linkedom: void elements, the
 * elements an opening tag closes (`<p>` closes an open `<p>`), raw text in `<script>`, `<style>`, `<title>`,
 * `<textarea>`, `<xmp>`, comments, and `/>` only in XML and inside `<svg>`/`<math>`; an end tag closes the elements
 * opened after its own and is ignored when none is open. It stops at the first cap it finds exceeded.
 */
import type { IngestCause } from "./cause.js";
import { MAX_FEED_ELEMENTS, MAX_MARKUP_DEPTH, MAX_PAGE_ELEMENTS, MAX_PAGE_NESTING } from "./limits.js";

export type MarkupKind = "html" | "xml";

const VOID = new Set(["area", "base", "basefont", "br", "col", "command", "embed", "frame", "hr", "img", "input", "isindex", "keygen", "link", "meta", "param", "source", "track", "wbr"]);
const RAW_TEXT = new Map(["script", "style", "title", "textarea", "xmp"].map((name) => [name, new RegExp(`</${name}`, "gi")]));
const FOREIGN = new Set(["math", "svg"]);
const INTEGRATION = new Set(["mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc", "title"]);

const P = ["p"];
const FORM = ["input", "option", "optgroup", "select", "button", "datalist", "textarea"];
/** An opening tag → the open elements it closes first (htmlparser2's `openImpliesClose`). */
const IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>(
  (
    [
      ["tr", ["tr", "th", "td"]],
      ["th", ["th"]],
      ["td", ["thead", "th", "td"]],
      ["body", ["head", "link", "script"]],
      ["li", ["li"]],
      ["option", ["option"]],
      ["optgroup", ["optgroup", "option"]],
      ["dd", ["dd", "dt"]],
      ["dt", ["dd", "dt"]],
      ["rt", ["rt", "rp"]],
      ["rp", ["rt", "rp"]],
      ["tbody", ["thead", "tbody"]],
      ["tfoot", ["thead", "tbody"]],
      ...["select", "input", "output", "button", "datalist", "textarea"].map((name) => [name, FORM] as const),
      ...["p", "h1", "h2", "h3", "h4", "h5", "h6", "address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset", "figcaption", "figure", "footer", "form", "header", "hr", "main", "nav", "ol", "pre", "section", "table", "ul"].map((name) => [name, P] as const),
    ] as const
  ).map(([name, closes]) => [name, new Set<string>(closes)]),
);

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Whitespace, "/" or ">": where a tag name ends. */
const endsName = (c: number) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13 || c === 47 || c === 62;

/** The caps a kind of document is held to. */
function capsOf(kind: MarkupKind): { depth: number; elements: number; nesting: number } {
  return kind === "html" ? { depth: MAX_MARKUP_DEPTH, elements: MAX_PAGE_ELEMENTS, nesting: MAX_PAGE_NESTING } : { depth: MAX_MARKUP_DEPTH, elements: MAX_FEED_ELEMENTS, nesting: Number.POSITIVE_INFINITY };
}

/**
 * `too_complex` when the markup nests deeper than {@link MAX_MARKUP_DEPTH} or has more elements (or, for a page,
 * more nesting) than its caps allow; undefined when it may be parsed.
 */
export function markupComplexity(text: string, kind: MarkupKind): IngestCause | undefined {
  const xml = kind === "xml";
  const caps = capsOf(kind);
  const stack: string[] = [];
  const openCount = new Map<string, number>();
  const foreign: boolean[] = [xml];
  let elements = 0;
  let nesting = 0;

  const push = (name: string) => {
    stack.push(name);
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
  };
  const pop = () => {
    const name = stack.pop()!;
    openCount.set(name, openCount.get(name)! - 1);
    return name;
  };
  /** A new element at the current depth + 1; the cause when it breaks a cap. */
  const count = (): IngestCause | undefined => {
    elements++;
    const depth = stack.length + 1;
    nesting += depth;
    if (depth > caps.depth) return { code: "too_complex", maxDepth: caps.depth };
    if (elements > caps.elements) return { code: "too_complex", maxElements: caps.elements };
    if (nesting > caps.nesting) return { code: "too_complex", maxNesting: caps.nesting };
    return undefined;
  };
  /** The index after the ">" that ends the tag whose name ends at `from` (quoted attribute values may hold ">"). */
  const tagEnd = (from: number): { end: number; selfClosing: boolean } => {
    let i = from;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 62) return { end: i + 1, selfClosing: text.charCodeAt(i - 1) === 47 };
      if (c === 61) {
        i++;
        while (i < text.length && /\s/.test(text[i]!)) i++;
        const q = text.charCodeAt(i);
        if (q === 34 || q === 39) {
          const close = text.indexOf(text[i]!, i + 1);
          if (close === -1) return { end: text.length, selfClosing: false };
          i = close + 1;
          continue;
        }
        continue;
      }
      i++;
    }
    return { end: text.length, selfClosing: false };
  };
  const nameAt = (from: number): string => {
    let i = from;
    while (i < text.length && !endsName(text.charCodeAt(i))) i++;
    const name = text.slice(from, i);
    return xml ? name : name.toLowerCase();
  };

  for (let i = text.indexOf("<"); i !== -1; i = i < text.length ? text.indexOf("<", i) : -1) {
    const c = text.charCodeAt(i + 1);
    if (text.startsWith("!--", i + 1)) {
      const end = text.indexOf("-->", i + 4);
      i = end === -1 ? text.length : end + 3;
    } else if (xml && text.startsWith("![CDATA[", i + 1)) {
      const end = text.indexOf("]]>", i + 9);
      i = end === -1 ? text.length : end + 3;
    } else if (c === 33 || c === 63) {
      // <!DOCTYPE …>, <?xml …?>
      const end = text.indexOf(">", i + 2);
      i = end === -1 ? text.length : end + 1;
    } else if (c === 47) {
      const start = i + 2;
      const first = text.charCodeAt(start);
      if (!(xml ? start < text.length && !endsName(first) : isAsciiLetter(first))) {
        const end = text.indexOf(">", start);
        i = end === -1 ? text.length : end + 1;
        continue;
      }
      const name = nameAt(start);
      const end = text.indexOf(">", start + name.length);
      i = end === -1 ? text.length : end + 1;
      if (!xml && (FOREIGN.has(name) || INTEGRATION.has(name))) foreign.pop();
      if (!xml && VOID.has(name)) {
        if (name === "br") {
          const cause = count();
          if (cause) return cause;
        }
      } else if ((openCount.get(name) ?? 0) > 0) {
        while (pop() !== name);
      } else if (!xml && name === "p") {
        const cause = count();
        if (cause) return cause;
      }
    } else if (xml ? i + 1 < text.length && !endsName(c) && !/\s/.test(text[i + 1]!) : isAsciiLetter(c)) {
      const name = nameAt(i + 1);
      const { end, selfClosing } = tagEnd(i + 1 + name.length);
      i = end;
      const closes = xml ? undefined : IMPLIES_CLOSE.get(name);
      if (closes) while (stack.length > 0 && closes.has(stack[stack.length - 1]!)) pop();
      const cause = count();
      if (cause) return cause;
      if (xml || !VOID.has(name)) {
        push(name);
        if (!xml && FOREIGN.has(name)) foreign.push(true);
        else if (!xml && INTEGRATION.has(name)) foreign.push(false);
        if (selfClosing && (foreign[foreign.length - 1] ?? false)) pop();
      }
      const raw = xml || selfClosing ? undefined : RAW_TEXT.get(name);
      if (raw) {
        raw.lastIndex = i;
        const found = raw.exec(text);
        i = found ? found.index : text.length;
      }
    } else {
      i++;
    }
  }
  return undefined;
}

/**
 * Whether an error is the stack overflowing (a `RangeError` with V8's message): markup the caps above let through that
 * still recursed too deep, refused as too complex. Other range errors ("Invalid time value" from a feed item's date)
 * are other failures.
 */
export function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}
