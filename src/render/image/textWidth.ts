/**
 * Text widths of DejaVu Sans (regular and bold) for vega, which has no canvas to measure text in Node and
 * otherwise guesses 0.8 em a character (far too wide: labels get cut and the layout grows). Advance widths in
 * thousandths of an em, read from the font files of dejavu-fonts-ttf; other characters count as an average.
 */
const CHARS = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~äöüÄÖÜßéáàèóòíúñçčšžćÁÉÓ„“”‚‘’«»–—…·•€°§";
const REGULAR = [318,401,460,838,636,950,780,275,390,390,500,838,318,361,318,337,636,636,636,636,636,636,636,636,636,636,337,337,838,838,838,531,1000,684,686,698,770,632,575,775,752,295,295,656,557,863,748,787,603,787,695,635,611,732,684,989,685,611,685,390,337,390,838,500,500,613,635,550,635,615,352,635,634,278,278,579,278,974,634,612,635,635,411,521,392,634,592,818,592,592,525,636,337,636,838,613,612,634,684,787,732,630,615,613,613,615,612,612,278,634,634,550,550,521,525,550,684,632,787,518,518,518,318,318,318,612,612,500,1000,1000,318,590,636,500,500];
const BOLD = [348,456,521,838,696,1002,872,306,457,457,523,838,380,415,380,365,696,696,696,696,696,696,696,696,696,696,400,400,838,838,838,580,1000,774,762,734,830,683,683,821,837,372,372,775,637,995,837,850,733,850,770,720,682,812,774,1103,771,724,725,457,365,457,838,500,500,675,716,593,716,678,435,716,712,343,343,665,343,1042,712,687,716,716,493,595,478,712,652,924,645,652,582,712,365,712,838,675,687,712,774,850,812,719,678,675,675,678,687,687,343,712,712,593,593,595,582,593,774,683,850,657,657,657,380,380,380,646,646,500,1000,1000,380,639,696,500,500];
const AVERAGE = { regular: 600, bold: 680 } as const;

const widths = (table: number[]) => new Map([...CHARS].map((ch, i) => [ch, table[i]!] as const));
const REGULAR_WIDTHS = widths(REGULAR);
const BOLD_WIDTHS = widths(BOLD);

/** Width in pixels of `text` at `fontSize` in DejaVu Sans. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const table = bold ? BOLD_WIDTHS : REGULAR_WIDTHS;
  let units = 0;
  for (const ch of text) units += table.get(ch) ?? (bold ? AVERAGE.bold : AVERAGE.regular);
  return (units * fontSize) / 1000;
}
