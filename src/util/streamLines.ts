/**
 * The lines of a text stream, for batches read from stdin: a line ends at "\n" (an "\r" before it is dropped), and
 * a last line without one counts too. Unlike node:readline, a lone "\r" is no line break: a question pasted from an
 * old Mac file or a terminal stays one question, so the batch writes exactly one answer per input line.
 */
export async function* streamLines(input: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  // The unfinished line's pieces, joined once its end comes: a line of many megabytes costs one pass. (Appending each
  // chunk to one string and searching it made V8 copy the whole line per chunk: quadratic in the line's length.)
  let pending: string[] = [];
  for await (const chunk of input) {
    const text = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let end = text.indexOf("\n"); end >= 0; end = text.indexOf("\n", start)) {
      pending.push(text.slice(start, end));
      yield withoutCarriageReturn(pending.join(""));
      pending = [];
      start = end + 1;
    }
    if (start < text.length) pending.push(text.slice(start));
  }
  const rest = pending.join("") + decoder.decode();
  if (rest !== "") yield withoutCarriageReturn(rest);
}

function withoutCarriageReturn(line: string): string {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}
