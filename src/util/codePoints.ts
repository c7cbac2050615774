/**
 * Code-point classes for scanners that replace Unicode regular expressions in hot loops (tokenScanner.ts,
 * capitalisedWords.ts, discoveryTokens.ts): each scanner names its classes as bits and classifies a code point
 * with its own expressions once; the result is cached per BMP unit and per astral code point.
 */

/**
 * `classify` returns the class bits of one code point; it must set a bit of its own in every result (0 marks an
 * entry not classified yet) and stay within 7 bits. The returned function gives the code point at `i` of a text
 * ending at `n` as `(bits << 1) | (width − 1)`, width in UTF-16 units; a lone surrogate is classified on its own.
 */
export function codePointClasses(classify: (char: string) => number): (text: string, i: number, n: number) => number {
  const bmp = new Uint8Array(0x10000);
  const astral = new Map<number, number>();
  return (text, i, n) => {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        const cp = ((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        let bits = astral.get(cp);
        if (bits === undefined) {
          bits = classify(String.fromCodePoint(cp));
          astral.set(cp, bits);
        }
        return (bits << 1) | 1;
      }
    }
    let bits = bmp[c]!;
    if (bits === 0) {
      bits = classify(String.fromCharCode(c));
      bmp[c] = bits;
    }
    return bits << 1;
  };
}
