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

export function parseHtmlDocument(html: string): DomDocument {
  return parseHTML(html).document as unknown as DomDocument;
}

export function parseXmlDocument(xml: string): DomDocument {
  return new DOMParser().parseFromString(xml, "text/xml") as unknown as DomDocument;
}
