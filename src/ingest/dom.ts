/**
 * The part of the DOM the ingest reads, typed here: the project compiles without the DOM library (it is a Node
 * program), and linkedom's own types assume it.
 */
import { DOMParser, parseHTML } from "linkedom";

export interface DomElement {
  readonly tagName: string;
  readonly localName?: string;
  readonly textContent: string | null;
  readonly children: ArrayLike<DomElement>;
  readonly isConnected: boolean;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}

export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

/**
 * The page as a document with a root element. linkedom gives none for a page without a single tag (empty, plain text,
 * a lone comment or XML declaration), and its `head` and `body` then throw; such a page is read as the body of an
 * empty HTML document, so that it is refused for what it lacks (article text), not with a TypeError.
 */
export function parseHtmlDocument(html: string): DomDocument {
  const { document } = parseHTML(html);
  return asDomDocument(document.documentElement ? document : parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document);
}

export function parseXmlDocument(xml: string): DomDocument {
  return asDomDocument(new DOMParser().parseFromString(xml, "text/xml"));
}

/** linkedom's document, checked where it enters (its declared types need the DOM library this project leaves out). */
function asDomDocument(value: unknown): DomDocument {
  if (!isDomDocument(value)) throw new Error("dom: the parser returned no document");
  return value;
}

function isDomDocument(value: unknown): value is DomDocument {
  return typeof value === "object" && value !== null && "querySelector" in value && typeof value.querySelector === "function" && "querySelectorAll" in value;
}
