/**
 * A file-system error for a message that names the file itself: "ENOENT: no such file or directory". Node's own
 * message adds the call and the path it failed on ("…, open '/x/out.png.tmp-4151-fa980589'"), which may be an
 * internal temporary file rather than the one the user named, or none at all (EISDIR on a read).
 */
export function systemErrorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { code, syscall } = error as NodeJS.ErrnoException;
  if (code === undefined || syscall === undefined) return error.message;
  const at = error.message.lastIndexOf(`, ${syscall}`);
  return at > 0 ? error.message.slice(0, at) : error.message;
}
