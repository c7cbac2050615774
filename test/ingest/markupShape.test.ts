/**
 * The markup caps measured on the raw text (markupShape.ts) follow the tree the parser builds: what the parser closes
 * by itself (`<p>`, `<li>`, void elements) or never reads as tags (scripts, comments, quoted attributes) does not
 * count as nesting, and what it nests (`<div/>` in HTML) does.
 */
import { describe, expect, it } from "vitest";
import { MAX_MARKUP_DEPTH, MAX_PAGE_ELEMENTS, MAX_PAGE_NESTING } from "../../src/ingest/limits.js";
import { markupComplexity } from "../../src/ingest/markupShape.js";

const deep = (n: number, tag = "div") => `${`<${tag}>`.repeat(n)}Text${`</${tag}>`.repeat(n)}`;

describe("GIVEN markup as deep as the cap and one deeper", () => {
  it("THEN the cap is allowed and one more element is too complex, in a page and in a feed", () => {
    // A page one chain as deep as the depth cap breaks the nesting cap first (its pairs grow with the square).
    expect(markupComplexity(deep(MAX_MARKUP_DEPTH + 1), "html")).toMatchObject({ code: "too_complex" });
    expect(markupComplexity(`<rss>${deep(MAX_MARKUP_DEPTH - 1, "x")}</rss>`, "xml")).toBeUndefined();
    expect(markupComplexity(`<rss>${deep(MAX_MARKUP_DEPTH, "x")}</rss>`, "xml")).toEqual({ code: "too_complex", maxDepth: MAX_MARKUP_DEPTH });
  });

  it("THEN end tags close what they name, and stray ones close nothing", () => {
    const page = `<div>${"<span><b>x</span>".repeat(1_000)}</div>`;
    expect(markupComplexity(page, "html")).toBeUndefined();
    expect(markupComplexity(`${"</div>".repeat(1_000)}${deep(MAX_MARKUP_DEPTH + 1)}`, "html")).toMatchObject({ code: "too_complex" });
  });
});

describe("GIVEN what the parser does not nest", () => {
  it.each([
    ["unclosed paragraphs", "<p>Absatz".repeat(1_000)],
    ["unclosed list items", `<ul>${"<li>Punkt".repeat(1_000)}</ul>`],
    ["unclosed table cells", `<table>${"<tr><td>a<td>b".repeat(500)}</table>`],
    ["void elements", "<br><img src=x><input>".repeat(1_000)],
    ["tags in a script", `<script>${"<div>".repeat(1_000)}</script>`],
    ["tags in a comment", `<!--${"<div>".repeat(1_000)}-->`],
    ["'>' in quoted attributes", `${'<div title="a>b">'.repeat(10)}${"</div>".repeat(10)}`],
    ["self-closing SVG shapes", `<svg>${"<path d='M0'/>".repeat(1_000)}</svg>`],
  ])("THEN %s are not too deep", (_name, page) => {
    expect(markupComplexity(page, "html")).toBeUndefined();
  });

  it("THEN '<div/>' nests in HTML as the parser nests it", () => {
    expect(markupComplexity("<div/>".repeat(MAX_MARKUP_DEPTH + 1), "html")).toMatchObject({ code: "too_complex" });
    expect(markupComplexity(`<rss>${"<x/>".repeat(1_000)}</rss>`, "xml")).toBeUndefined();
  });
});

describe("GIVEN a page with too many elements or too much nesting for its size", () => {
  it("THEN it is too complex by the cap it breaks", () => {
    expect(markupComplexity("<span>x</span>".repeat(MAX_PAGE_ELEMENTS), "html")).toBeUndefined();
    expect(markupComplexity("<span>x</span>".repeat(MAX_PAGE_ELEMENTS + 1), "html")).toEqual({ code: "too_complex", maxElements: MAX_PAGE_ELEMENTS });
    const chains = deep(200).repeat(Math.ceil(MAX_PAGE_NESTING / (200 * 100)));
    expect(markupComplexity(chains, "html")).toEqual({ code: "too_complex", maxNesting: MAX_PAGE_NESTING });
  });
});

describe("GIVEN sloppy but small pages, each sibling nested one deeper by an unclosed tag", () => {
  it.each([
    ["an unclosed <p> in each of 150 list items", `<ul>${"<li><p>Punkt".repeat(150)}</ul>`],
    ["an unclosed <p> in each of 150 definitions", `<dl>${"<dt>Begriff<dd><p>Erklärung".repeat(150)}</dl>`],
    ["an unclosed <p> in each cell of a 20 × 10 table", `<table>${`<tr>${"<td><p>Zelle".repeat(10)}`.repeat(20)}</table>`],
    ["an unclosed <font> in each of 200 paragraphs", "<p><font face=Arial>Absatz mit Text".repeat(200)],
  ])("THEN %s is no too complex page (the parser reads it in under a second)", (_name, page) => {
    expect(markupComplexity(page, "html")).toBeUndefined();
  });
});

