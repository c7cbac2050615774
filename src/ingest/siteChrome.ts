/**
 * Site chrome removal before Readability runs: navigation, media, forms, cookie and share blocks, teaser and
 * "Lesen Sie auch" link lists are taken out of the page's DOM.
 */
import type { DomDocument } from "./dom.js";

/** Elements that are never article text. */
const DROP = "script, style, noscript, template, svg, img, picture, source, video, audio, iframe, object, embed, canvas, figure, figcaption, form, button, input, select, textarea, nav, footer, aside, dialog, [role=navigation], [role=banner], [role=contentinfo], [role=dialog], [aria-hidden=true], [hidden]";
/** Class or id words of site chrome. */
const CHROME_NAME = /(^|[\s_-])(cookies?|consent|gdpr|cmp|banner|share|sharing|social|newsletter|paywall|plus-?teaser|related|recommend(ed|ations)?|promo|advert(isement)?|ads?|anzeige|comments?|subscribe|abo|breadcrumbs?|caption|credits?|copyright|bildunterschrift|read-?more|lesen-?sie-?auch|teaser-?list|sidebar|outbrain|taboola)([\s_-]|$)/i;
/** A block whose text starts like this is a link list to other articles. */
const READ_ALSO = /^\s*(Lesen Sie auch|Mehr zum Thema|Auch interessant|Das könnte Sie auch interessieren|Weitere Artikel|Empfehlungen)/i;

export function stripChrome(document: DomDocument): void {
  for (const el of Array.from(document.querySelectorAll(DROP))) el.remove();
  for (const el of Array.from(document.querySelectorAll("[class], [id]"))) {
    const name = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
    if (CHROME_NAME.test(name) && el.tagName !== "BODY" && el.tagName !== "HTML" && el.tagName !== "ARTICLE" && el.tagName !== "MAIN") el.remove();
  }
  for (const el of Array.from(document.querySelectorAll("section, div, ul, p, h2, h3, h4, strong"))) {
    if (el.isConnected && READ_ALSO.test(el.textContent ?? "") && (el.textContent ?? "").length < 600) el.remove();
  }
}
