/**
 * The lines of a text stream, for batches read from stdin: a line ends at "\n" (an "\r" before it is dropped), and
 * a last line without one counts too. Unlike node:readline, a lone "\r" is no line break: a question pasted from an
 * old Mac file or a terminal stays one question, so the batch writes exactly one answer per input line.
 */
export async function* streamLines(input: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  let pending = "";
  for await (const chunk of input) {
    // Only the new text is searched for line ends: a line of many megabytes costs one pass, not one a chunk.
    const from = pending.length;
    pending += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let end = pending.indexOf("\n", from); end >= 0; end = pending.indexOf("\n", start)) {
      yield withoutCarriageReturn(pending.slice(start, end));
      start = end + 1;
    }
    pending = pending.slice(start);
  }
  pending += decoder.decode();
  if (pending !== "") yield withoutCarriageReturn(pending);
}

function withoutCarriageReturn(line: string): string {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}
