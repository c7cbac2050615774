/**
 * Deterministic synthetic German news articles for benchmarks, in the corpus file format
 * (" date YYYY-MM" marker, paragraphs separated by blank lines, about 10.8 passages each).
 * Sentences come from templates over the actors, places and topics of the 2025 negotiations,
 * padded with filler words drawn from a large Zipf-distributed vocabulary of German nouns,
 * compounds, adjectives and verbs, so vocabulary size and term frequencies grow like real text.
 *
 * CLI: `npx tsx bench/synthetic.ts --articles 20000 --out /tmp/synth20k [--seed 42] [--questions 1000 --questions-out FILE]`
 * writes the articles plus copies of the seed articles of corpus/ (so real questions still make sense).
 */
import { copyFile, mkdir, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { EMBEDDED_CORPUS_DIR } from "../src/config/paths.js";
import { parseArticle } from "../src/corpus/parseArticle.js";
import type { Article } from "../src/corpus/types.js";
import { isEntryScript, runMain } from "../src/util/runMain.js";

// ---------------------------------------------------------------------------------------------
// Seeded PRNG (sfc32 seeded through splitmix32): identical output on every run and platform.

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const next = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.float();
  }

  /** Uniform in [0, 1). */
  float(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)]!;
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  hex(digits: number): string {
    let s = "";
    while (s.length < digits) s += Math.floor(this.float() * 0x10000).toString(16).padStart(4, "0");
    return s.slice(0, digits);
  }
}

// ---------------------------------------------------------------------------------------------
// Domain: actors, places, topics.

interface Actor {
  name: string;
  last: string;
  /** Role with article in the nominative ("der US-Außenminister"). */
  role: string;
  /** Role without article ("US-Außenminister"). */
  title: string;
}

const ACTORS: Actor[] = [
  ["Donald Trump", "Trump", "der", "US-Präsident"],
  ["Wladimir Putin", "Putin", "der", "Kremlchef"],
  ["Wolodymyr Selenskyj", "Selenskyj", "der", "ukrainische Präsident"],
  ["Marco Rubio", "Rubio", "der", "US-Außenminister"],
  ["Sergej Lawrow", "Lawrow", "der", "russische Außenminister"],
  ["Keith Kellogg", "Kellogg", "der", "US-Sondergesandte"],
  ["Steve Witkoff", "Witkoff", "der", "US-Sondergesandte"],
  ["Mike Waltz", "Waltz", "der", "Nationale Sicherheitsberater"],
  ["Dmitri Peskow", "Peskow", "der", "Kremlsprecher"],
  ["Emmanuel Macron", "Macron", "der", "französische Präsident"],
  ["Keir Starmer", "Starmer", "der", "britische Premierminister"],
  ["Friedrich Merz", "Merz", "der", "CDU-Vorsitzende"],
  ["Olaf Scholz", "Scholz", "der", "Bundeskanzler"],
  ["Mark Rutte", "Rutte", "der", "Nato-Generalsekretär"],
  ["Ursula von der Leyen", "von der Leyen", "die", "EU-Kommissionspräsidentin"],
  ["Kaja Kallas", "Kallas", "die", "EU-Außenbeauftragte"],
  ["Andrij Sybiha", "Sybiha", "der", "ukrainische Außenminister"],
  ["Andrij Jermak", "Jermak", "der", "Leiter des Präsidialamts"],
  ["Recep Tayyip Erdogan", "Erdogan", "der", "türkische Präsident"],
  ["Giorgia Meloni", "Meloni", "die", "italienische Ministerpräsidentin"],
  ["JD Vance", "Vance", "der", "US-Vizepräsident"],
  ["Pete Hegseth", "Hegseth", "der", "US-Verteidigungsminister"],
  ["Boris Pistorius", "Pistorius", "der", "Verteidigungsminister"],
  ["Annalena Baerbock", "Baerbock", "die", "Außenministerin"],
  ["Kirill Dmitrijew", "Dmitrijew", "der", "russische Sondergesandte"],
  ["Juri Uschakow", "Uschakow", "der", "Kremlberater"],
  ["António Guterres", "Guterres", "der", "UN-Generalsekretär"],
  ["Mohammed bin Salman", "bin Salman", "der", "saudische Kronprinz"],
  ["Donald Tusk", "Tusk", "der", "polnische Regierungschef"],
  ["Alexander Stubb", "Stubb", "der", "finnische Präsident"],
].map(([name, last, article, title]) => ({ name: name!, last: last!, role: `${article} ${title}`, title: title! }));

const PLACES = [
  "Washington", "Moskau", "Kiew", "Riad", "Dschidda", "Istanbul", "Genf", "Brüssel", "Berlin", "Paris", "London",
  "München", "Warschau", "Ankara", "Helsinki", "Odessa", "Charkiw", "Saporischschja", "Cherson", "Donezk", "Luhansk",
  "Kursk", "Sumy", "Dnipro", "Pokrowsk", "Sewastopol", "Abu Dhabi", "Doha", "Rom", "Den Haag", "New York", "Anchorage",
  "Budapest", "Wien", "Prag", "Vilnius", "Riga", "Tallinn", "Bukarest", "Chisinau", "Minsk", "Belgorod", "Mykolajiw",
];

const COUNTRIES = ["Russland", "die Ukraine", "die USA", "Deutschland", "Frankreich", "Großbritannien", "Polen", "die Türkei", "Saudi-Arabien", "China", "Indien", "Ungarn", "Finnland", "Italien", "Belarus"];

/** Topics: nominative, accusative ("über …") and dative ("zu …") phrase. */
const TOPICS: Array<{ n: string; a: string; d: string }> = [
  { n: "Eine Waffenruhe", a: "eine Waffenruhe", d: "einer Waffenruhe" },
  { n: "Die Friedensgespräche", a: "die Friedensgespräche", d: "den Friedensgesprächen" },
  { n: "Sicherheitsgarantien für die Ukraine", a: "Sicherheitsgarantien für die Ukraine", d: "Sicherheitsgarantien für die Ukraine" },
  { n: "Das Rohstoffabkommen", a: "das Rohstoffabkommen", d: "dem Rohstoffabkommen" },
  { n: "Der Gefangenenaustausch", a: "den Gefangenenaustausch", d: "dem Gefangenenaustausch" },
  { n: "Die Sanktionen gegen Russland", a: "die Sanktionen gegen Russland", d: "den Sanktionen gegen Russland" },
  { n: "Die Militärhilfe", a: "die Militärhilfe", d: "der Militärhilfe" },
  { n: "Die Energieinfrastruktur", a: "die Energieinfrastruktur", d: "der Energieinfrastruktur" },
  { n: "Das Atomkraftwerk Saporischschja", a: "das Atomkraftwerk Saporischschja", d: "dem Atomkraftwerk Saporischschja" },
  { n: "Die Schifffahrt im Schwarzen Meer", a: "die Schifffahrt im Schwarzen Meer", d: "der Schifffahrt im Schwarzen Meer" },
  { n: "Eine europäische Friedenstruppe", a: "eine europäische Friedenstruppe", d: "einer europäischen Friedenstruppe" },
  { n: "Die Nato-Mitgliedschaft der Ukraine", a: "die Nato-Mitgliedschaft der Ukraine", d: "der Nato-Mitgliedschaft der Ukraine" },
  { n: "Die besetzten Gebiete", a: "die besetzten Gebiete", d: "den besetzten Gebieten" },
  { n: "Der Wiederaufbau", a: "den Wiederaufbau", d: "dem Wiederaufbau" },
  { n: "Eingefrorene russische Vermögenswerte", a: "eingefrorene russische Vermögenswerte", d: "eingefrorenen russischen Vermögenswerten" },
  { n: "Die Luftangriffe auf Kiew", a: "die Luftangriffe auf Kiew", d: "den Luftangriffen auf Kiew" },
  { n: "Die Getreideexporte", a: "die Getreideexporte", d: "den Getreideexporten" },
  { n: "Wahlen in der Ukraine", a: "Wahlen in der Ukraine", d: "Wahlen in der Ukraine" },
  { n: "Die Rückkehr verschleppter Kinder", a: "die Rückkehr verschleppter Kinder", d: "der Rückkehr verschleppter Kinder" },
  { n: "Die Lieferung von Marschflugkörpern", a: "die Lieferung von Marschflugkörpern", d: "der Lieferung von Marschflugkörpern" },
  { n: "Ein Gipfeltreffen", a: "ein Gipfeltreffen", d: "einem Gipfeltreffen" },
  { n: "Die Drohnenangriffe", a: "die Drohnenangriffe", d: "den Drohnenangriffen" },
  { n: "Der Abzug russischer Truppen", a: "den Abzug russischer Truppen", d: "dem Abzug russischer Truppen" },
  { n: "Die Gaslieferungen", a: "die Gaslieferungen", d: "den Gaslieferungen" },
  { n: "Eine Pufferzone", a: "eine Pufferzone", d: "einer Pufferzone" },
];

const WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"];
const MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];
const OUTLETS = ["Reuters", "AFP", "dpa", "AP", "Interfax", "Ukrinform", "die Agentur Tass", "CNN", "die BBC", "der Sender NBC News", "die „Washington Post“", "die „New York Times“", "das „Wall Street Journal“", "der „Spiegel“", "die „Bild“-Zeitung"];
const SAY = ["sagte", "erklärte", "betonte", "bekräftigte", "warnte", "schrieb", "versicherte", "behauptete", "unterstrich", "meinte"];
const SAY_PLURAL = ["vereinbarten", "berieten", "sprachen", "verhandelten", "stritten", "diskutierten"];
const REACT = ["begrüßte", "kritisierte", "lehnte", "verurteilte", "unterstützte", "prüfte", "bezweifelte", "befürwortete"];
const QUALIFIERS = ["ausdrücklich", "erneut", "vorsichtig", "scharf", "offenbar", "zunächst", "überraschend", "demonstrativ", "nachdrücklich", "zurückhaltend"];

// ---------------------------------------------------------------------------------------------
// Filler vocabulary: Zipf-distributed German words.

const NOUN_STEMS = `
Haus Halt Markt Preis Energie Gas Strom Bahn Schule Stadt Rat Wahl Recht Gericht Wirtschaft Arbeit Lohn Steuer Bank Zins
Geld Hafen Schiff Flug Zug Straße Brücke Wasser Klima Wald Feld Bauer Ernte Getreide Handel Zoll Export Import Anlage
Kapital Firma Betrieb Werk Fabrik Netz Leitung Kraft Werk Wärme Kohle Öl Dünger Stahl Chip Software Daten Funk Sender
Zeitung Bericht Umfrage Studie Analyse Statistik Zahl Rente Pflege Klinik Arzt Schutz Hilfe Dienst Amt Behörde Verwaltung
Kommune Gemeinde Kreis Bezirk Land Bund Staat Haushalt Schuld Kredit Fonds Anleihe Börse Aktie Kurs Wert Gewinn Verlust
Bilanz Umsatz Kosten Miete Wohnung Bau Grund Boden Fläche Grenze Posten Kontrolle Zone Lager Depot Vorrat Reserve Bestand
Flotte Hafen Küste Insel Fluss Damm Deich Front Linie Stellung Graben Bunker Panzer Munition Granate Artillerie Flugabwehr
Radar Satellit Signal Code Schlüssel Gipfel Runde Sitzung Konferenz Ausschuss Gremium Kommission Fraktion Partei Bündnis
Lager Block Achse Pakt Abkommen Vertrag Klausel Frist Termin Plan Entwurf Papier Liste Katalog Paket Maßnahme Programm
Projekt Reform Gesetz Verordnung Regel Norm Standard Quote Limit Obergrenze Deckel Bonus Prämie Zuschuss Förderung Subvention
Familie Kind Jugend Schüler Student Lehrer Bürger Wähler Mitglied Verband Gewerkschaft Streik Protest Demo Kundgebung Polizei
Feuerwehr Rettung Einsatz Übung Manöver Truppe Einheit Brigade Division Regiment Kompanie Offizier Soldat Rekrut Reservist
Veteran Opfer Zeuge Flucht Flüchtling Ankunft Aufnahme Lager Unterkunft Versorgung Strom Heizung Winter Sommer Frühjahr Herbst
Nacht Morgen Abend Woche Monat Jahr Zeit Phase Stufe Etappe Schritt Weg Ziel Zweck Grund Anlass Folge Wirkung Risiko Gefahr
Sorge Angst Hoffnung Zweifel Kritik Lob Dank Antwort Frage Thema Streit Konflikt Krise Lage Situation Entwicklung Wandel Trend
`.split(/\s+/).filter(Boolean);

const ADJ_STEMS = `
neu alt groß klein hoch tief lang kurz schnell langsam stark schwach hart weich klar offen geheim politisch wirtschaftlich
militärisch diplomatisch europäisch russisch ukrainisch amerikanisch deutsch französisch britisch polnisch türkisch chinesisch
regional national international global lokal zentral östlich westlich nördlich südlich wichtig möglich nötig bereit fähig
stabil fragil direkt indirekt offiziell inoffiziell konkret vage knapp breit schmal sicher unsicher teuer billig hohe
frei besetzt umkämpft zerstört beschädigt geplant gestoppt neuartig bisherig künftig aktuell jüngst erstmalig letzt
`.split(/\s+/).filter(Boolean);

const VERBS_3SG = `
steigt sinkt wächst fällt bleibt gilt zeigt fordert verlangt plant prüft sichert stützt bremst stoppt senkt erhöht
verschärft lockert verlängert beendet beginnt betrifft erfasst umfasst enthält berührt ersetzt ergänzt verhindert ermöglicht
gefährdet belastet entlastet verteuert verzögert beschleunigt meldet bestätigt dementiert widerspricht berichtet verweist
`.split(/\s+/).filter(Boolean);

const LINKS = ["", "", "s", "en", "", "n", "e"];
const ADJ_ENDINGS = ["e", "en", "er", "es", "en", "e"];

/** Vocabulary rank → word: simple stems first, then two-part and three-part compounds, shuffled within each tier. */
class Vocabulary {
  private readonly nouns: string[];
  private readonly order2: Uint32Array;
  private readonly cumulative: Float64Array;
  readonly size: number;

  constructor(rng: Rng, size = 600_000, exponent = 1.0) {
    this.nouns = [...new Set(NOUN_STEMS)];
    const n = this.nouns.length;
    this.order2 = new Uint32Array(n * n).map((_, i) => i);
    for (let i = this.order2.length - 1; i > 0; i--) {
      const j = Math.floor(rng.float() * (i + 1));
      [this.order2[i], this.order2[j]] = [this.order2[j]!, this.order2[i]!];
    }
    this.size = size;
    this.cumulative = new Float64Array(size);
    let total = 0;
    for (let r = 0; r < size; r++) {
      total += 1 / (r + 2.7) ** exponent;
      this.cumulative[r] = total;
    }
  }

  /** A noun drawn by Zipf rank. */
  noun(rng: Rng): string {
    const target = rng.float() * this.cumulative[this.size - 1]!;
    let lo = 0;
    let hi = this.size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return this.word(lo);
  }

  word(rank: number): string {
    const n = this.nouns.length;
    if (rank < n) return this.nouns[rank]!;
    const r2 = rank - n;
    if (r2 < n * n) {
      const pair = this.order2[r2]!;
      return this.compound([this.nouns[Math.floor(pair / n)]!, this.nouns[pair % n]!], pair);
    }
    // Three parts: a deterministic mix of the rank.
    let h = Math.imul(rank ^ 0x5bd1e995, 0x27d4eb2d) >>> 0;
    const a = h % n;
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
    const b = h % n;
    h = Math.imul(h ^ (h >>> 12), 0x297a2d39) >>> 0;
    return this.compound([this.nouns[a]!, this.nouns[b]!, this.nouns[h % n]!], h);
  }

  private compound(parts: string[], salt: number): string {
    let word = parts[0]!;
    for (let i = 1; i < parts.length; i++) {
      const link = LINKS[(salt >>> (i * 3)) % LINKS.length]!;
      const joint = /[e]$/.test(word) && link.startsWith("e") ? link.slice(1) : link;
      word += joint + parts[i]!.toLowerCase();
    }
    return word;
  }
}

// ---------------------------------------------------------------------------------------------
// Sentences and articles.

interface Ctx {
  rng: Rng;
  vocab: Vocabulary;
  actors: Actor[];
  place: string;
  topic: (typeof TOPICS)[number];
  month: number;
}

function adjective(ctx: Ctx): string {
  return ctx.rng.pick(ADJ_STEMS) + ctx.rng.pick(ADJ_ENDINGS);
}

/** A noun phrase of filler words: "die neue Energiepreisreform", "der Haushaltsstreit". */
function fillerPhrase(ctx: Ctx, kase: "n" | "d" | "a"): string {
  const { rng, vocab } = ctx;
  const det = kase === "n" ? rng.pick(["die", "der", "das", "ein", "eine"]) : kase === "d" ? rng.pick(["dem", "der", "den", "einem", "einer"]) : rng.pick(["den", "die", "das", "einen", "eine"]);
  const adj = rng.chance(0.45) ? `${adjective(ctx)} ` : "";
  let noun = vocab.noun(rng);
  if (rng.chance(0.25)) noun += rng.pick(["en", "e", "n", "s"]);
  const owner = vocab.noun(rng);
  const genitive = rng.chance(0.3) ? ` des ${owner}${/[sßxz]$/.test(owner) ? "es" : "s"}` : "";
  return `${det} ${adj}${noun}${genitive}`;
}

function actor(ctx: Ctx): Actor {
  return ctx.rng.pick(ctx.actors);
}

function when(ctx: Ctx): string {
  const { rng } = ctx;
  switch (rng.int(0, 4)) {
    case 0:
      return `am ${rng.pick(WEEKDAYS)}`;
    case 1:
      return `am ${rng.int(1, 28)}. ${MONTHS[ctx.month - 1]}`;
    case 2:
      return rng.pick(["in der vergangenen Woche", "in der Nacht", "am Vormittag", "am Abend", "zuletzt", "bereits"]);
    default:
      return `am ${rng.pick(WEEKDAYS)}`;
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

type Template = (ctx: Ctx) => string;

const TEMPLATES: Template[] = [
  (c) => {
    const a = actor(c);
    const b = actor(c);
    return `${a.name} und ${b.name} haben ${when(c)} in ${c.place} über ${c.topic.a} gesprochen.`;
  },
  (c) => {
    const a = actor(c);
    return `„Wir werden ${c.topic.a} nicht akzeptieren, solange ${fillerPhrase(c, "n")} nicht geklärt ist“, ${c.rng.pick(SAY)} ${a.name} ${when(c)}.`;
  },
  (c) => {
    const a = actor(c);
    return `${capitalise(a.role)} ${a.name} ${c.rng.pick(REACT)} ${c.rng.pick(QUALIFIERS)} ${c.topic.a}.`;
  },
  (c) => `${c.topic.n} sei nach Angaben aus ${c.place} ${c.rng.pick(["in greifbare Nähe gerückt", "vorerst gescheitert", "weiter umstritten", "Thema eines Telefonats gewesen", "noch nicht vereinbart"])}, berichtete ${c.rng.pick(OUTLETS)}.`,
  (c) => {
    const a = actor(c);
    return `Der ${a.title.replace(/^(?:der|die) /, "")} ${a.last} ${c.rng.pick(SAY)}, ${c.rng.pick(COUNTRIES)} sei zu ${c.topic.d} bereit, wenn ${fillerPhrase(c, "n")} ${c.rng.pick(VERBS_3SG)}.`;
  },
  (c) => `Nach Angaben von ${c.rng.pick(OUTLETS)} wurden bei einem Angriff auf ${c.rng.pick(PLACES)} ${c.rng.int(2, 60)} Menschen verletzt, ${c.rng.int(1, 12)} kamen ums Leben.`,
  (c) => {
    const a = actor(c);
    const b = actor(c);
    return `In einem Telefonat ${when(c)} ${c.rng.pick(SAY_PLURAL)} ${a.last} und ${b.last} über ${c.topic.a} und ${fillerPhrase(c, "a")}.`;
  },
  (c) => `${capitalise(fillerPhrase(c, "n"))} ${c.rng.pick(VERBS_3SG)} nach Einschätzung von Fachleuten auch ${fillerPhrase(c, "a")}.`,
  (c) => `Zugleich ${c.rng.pick(VERBS_3SG)} ${fillerPhrase(c, "n")} in ${c.rng.pick(PLACES)} ${fillerPhrase(c, "a")}, wie ${c.rng.pick(OUTLETS)} meldete.`,
  (c) => `Beobachter verweisen auf ${fillerPhrase(c, "a")} und ${fillerPhrase(c, "a")}, die seit ${c.rng.pick(MONTHS)} ${c.rng.pick(["deutlich gestiegen", "stark gesunken", "unverändert geblieben", "kaum bekannt"])} seien.`,
  (c) => {
    const a = actor(c);
    return `${a.last} ${c.rng.pick(["reist", "fliegt", "kommt"])} ${when(c)} nach ${c.rng.pick(PLACES)}, um mit ${actor(c).name} über ${c.topic.a} zu beraten.`;
  },
  (c) => `Die Regierung in ${c.rng.pick(["Moskau", "Kiew", "Washington", "Berlin", "Paris", "London"])} ${c.rng.pick(["wies", "nahm", "stellte"])} ${fillerPhrase(c, "a")} ${c.rng.pick(["zurück", "zur Kenntnis", "infrage"])}.`,
  (c) => `${capitalise(fillerPhrase(c, "n"))} ${c.rng.pick(VERBS_3SG)} ${fillerPhrase(c, "a")} mit ${c.rng.int(2, 900)} Millionen Euro.`,
  (c) => `Im Streit um ${fillerPhrase(c, "a")} ${c.rng.pick(VERBS_3SG)} ${fillerPhrase(c, "n")} nun auch ${fillerPhrase(c, "a")} und ${fillerPhrase(c, "a")}.`,
  (c) => `Kritiker sehen in ${fillerPhrase(c, "d")} vor allem ${fillerPhrase(c, "a")}, während ${fillerPhrase(c, "n")} ${c.rng.pick(VERBS_3SG)}.`,
  (c) => `Bis ${c.rng.pick(["Ende", "Mitte", "Anfang"])} ${c.rng.pick(MONTHS)} soll ${fillerPhrase(c, "n")} ${c.rng.pick(["vorliegen", "abgeschlossen sein", "beschlossen werden", "überprüft werden"])}.`,
];

/** One paragraph of 2–4 sentences, at most `max` characters. */
function paragraph(ctx: Ctx, max: number): string {
  const count = ctx.rng.int(2, 4);
  let text = "";
  for (let i = 0; i < count; i++) {
    const sentence = ctx.rng.pick(TEMPLATES)(ctx);
    const next = text ? `${text} ${sentence}` : sentence;
    if (next.length > max && text) break;
    text = next;
  }
  return text;
}

function headline(ctx: Ctx): string {
  const a = actor(ctx);
  return `${a.last}: ${ctx.topic.n} ${ctx.rng.pick(["rückt näher", "bleibt umstritten", "in der Schwebe", "auf dem Prüfstand", "als Streitpunkt"])}`;
}

export interface SyntheticFile {
  file: string;
  text: string;
}

/**
 * The `i`-th synthetic article: about 10.8 passages (body paragraphs up to 480 characters stay one passage,
 * about one article in ten has a long paragraph that becomes two sentence windows).
 */
function articleText(rng: Rng, vocab: Vocabulary, index: number): SyntheticFile {
  const month = rng.int(1, 12);
  const actors = [rng.pick(ACTORS), rng.pick(ACTORS), rng.pick(ACTORS), rng.pick(ACTORS)];
  const ctx: Ctx = { rng, vocab, actors, place: rng.pick(PLACES), topic: rng.pick(TOPICS), month };
  const blocks: string[] = [headline(ctx)];
  // 8–13 body paragraphs (mean 10.5) plus occasional long paragraphs split in two: ≈ 10.8 passages.
  const paragraphs = rng.int(8, 13);
  for (let p = 0; p < paragraphs; p++) {
    if (p > 2 && rng.chance(0.08)) blocks.push(`${rng.pick(["Streit um", "Neue Gespräche über", "Kritik an", "Hoffnung auf"])} ${ctx.topic.a}`);
    if (rng.chance(0.03)) ctx.topic = rng.pick(TOPICS);
    if (rng.chance(0.3)) ctx.place = rng.pick(PLACES);
    blocks.push(rng.chance(0.035) ? `${paragraph(ctx, 480)} ${paragraph(ctx, 480)}` : paragraph(ctx, 480));
  }
  const dated = rng.chance(0.9);
  const marker = dated ? ` date 2025-${String(month).padStart(2, "0")} ` : "";
  const text = `${marker}${blocks.join("\n\n")}\n`;
  return { file: `syn_${String(index).padStart(6, "0")}_${rng.hex(12)}.txt`, text };
}

/** Synthetic article files, deterministic in (count, seed). */
export function* syntheticFiles(count: number, seed = 42): Generator<SyntheticFile> {
  const rng = new Rng(seed);
  const vocab = new Vocabulary(new Rng(seed ^ 0x51ed));
  for (let i = 0; i < count; i++) yield articleText(rng, vocab, i);
}

/** Synthetic articles parsed exactly as loadCorpus would parse their files. */
export function syntheticArticles(count: number, seed = 42): Article[] {
  const encoder = new TextEncoder();
  const articles: Article[] = [];
  for (const { file, text } of syntheticFiles(count, seed)) {
    const parsed = parseArticle(file, encoder.encode(text));
    if (!parsed.ok) throw new Error(`synthetic: ${file}: ${parsed.reason}`);
    articles.push(parsed.article);
  }
  return articles;
}

/** Questions for batch runs: template questions over the domain, English ones, and keyword queries. */
export function syntheticQuestions(count: number, seed = 7): string[] {
  const rng = new Rng(seed);
  const vocab = new Vocabulary(new Rng(42 ^ 0x51ed));
  const out: string[] = [];
  const forms: Array<() => string> = [
    () => `Was sagte ${rng.pick(ACTORS).name} über ${rng.pick(TOPICS).a}?`,
    () => `Wann sprachen ${rng.pick(ACTORS).last} und ${rng.pick(ACTORS).last} über ${rng.pick(TOPICS).a}?`,
    () => `Wie reagierte ${rng.pick(ACTORS).last} auf ${rng.pick(TOPICS).a}?`,
    () => `Wer ist ${rng.pick(ACTORS).name}?`,
    () => `Who is ${rng.pick(ACTORS).name}?`,
    () => `Was berichtete ${rng.pick(OUTLETS).replace(/^(?:die|der|das) /, "")} aus ${rng.pick(PLACES)}?`,
    () => `Wie viele Menschen wurden in ${rng.pick(PLACES)} verletzt?`,
    () => `${vocab.noun(rng)} ${vocab.noun(rng)}`,
    () => `Was ist über ${vocab.noun(rng)} in ${rng.pick(PLACES)} bekannt?`,
    () => `What did ${rng.pick(ACTORS).last} say about the ceasefire?`,
  ];
  for (let i = 0; i < count; i++) out.push(rng.pick(forms)());
  return out;
}

/** Writes `count` synthetic articles plus the seed articles into `out`; earlier `*.txt` files there are removed. */
export async function writeSyntheticCorpus(out: string, count: number, seed = 42): Promise<{ files: number; bytes: number }> {
  await mkdir(out, { recursive: true });
  for (const name of await readdir(out)) if (name.endsWith(".txt")) await rm(path.join(out, name));
  let files = 0;
  let bytes = 0;
  let batch: Promise<void>[] = [];
  for (const { file, text } of syntheticFiles(count, seed)) {
    batch.push(writeFile(path.join(out, file), text));
    bytes += Buffer.byteLength(text);
    files++;
    if (batch.length >= 256) {
      await Promise.all(batch);
      batch = [];
    }
  }
  await Promise.all(batch);
  for (const name of (await readdir(EMBEDDED_CORPUS_DIR)).filter((n) => n.endsWith(".txt"))) {
    await copyFile(path.join(EMBEDDED_CORPUS_DIR, name), path.join(out, name));
    files++;
  }
  return { files, bytes };
}

function flag(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

async function main(argv: string[]): Promise<number> {
  const out = flag(argv, "out");
  const count = Number(flag(argv, "articles") ?? "0");
  const seed = Number(flag(argv, "seed") ?? "42");
  const questions = Number(flag(argv, "questions") ?? "0");
  if ((!out && questions === 0) || !Number.isInteger(count) || count < 0 || !Number.isInteger(seed)) {
    process.stderr.write("Usage: tsx bench/synthetic.ts --articles N --out DIR [--seed S] [--questions N --questions-out FILE]\n");
    return 2;
  }
  if (out) {
    const started = performance.now();
    const { files, bytes } = await writeSyntheticCorpus(out, count, seed);
    process.stderr.write(`synthetic: ${files} files, ${(bytes / 1e6).toFixed(1)} MB in ${out} (${Math.round(performance.now() - started)} ms)\n`);
  }
  if (questions > 0) {
    const target = flag(argv, "questions-out");
    const text = `${syntheticQuestions(questions, seed + 1).join("\n")}\n`;
    if (target) await writeFile(target, text);
    else process.stdout.write(text);
  }
  return 0;
}

if (isEntryScript(import.meta.url)) runMain(main);
