// Files, standard input and output for the command: the only module besides the entry that
// touches the file system.
import { closeSync, openSync, readSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** A problem with the input or its files: one line, exit status 1. */
export class InputError extends Error {}
/** A problem with how the command was called: one line, exit status 2. */
export class UsageError extends Error {}

/**
 * The largest input read: far above a 500-application search at the input limits (about 2 MB),
 * and reading stops there, so `/dev/zero` is refused, not swallowed.
 */
export const MAX_INPUT_BYTES: number = 64 * 1024 * 1024;
/** Read in pieces, so a small input never costs the cap's memory. */
const CHUNK_BYTES = 1024 * 1024;

/**
 * Text fit for a terminal: control characters (C0, DEL, C1) and line separators are written as
 * `\uXXXX`, so nothing from the input reaches the terminal as a control sequence.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** How a source is named in messages. */
export function sourceName(source: string): string {
  return source === '-' ? 'standard input' : printable(source);
}

function fileProblem(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EISDIR': return 'is a directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ENOTDIR': return 'a part of the path is not a folder';
    case 'EAGAIN': return 'nothing to read (standard input is not ready)';
    case 'ENOSPC': return 'no space left on the device';
    default: return printable(String((error as Error).message ?? error)).slice(0, 200);
  }
}

/** Reads a file, or standard input for `-`, up to {@link MAX_INPUT_BYTES}. */
export function readInput(source: string): string {
  let fd: number | undefined;
  try {
    fd = source === '-' ? 0 : openSync(source, 'r');
    const chunks: Buffer[] = [];
    let used = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
      const read = readSync(fd, chunk, 0, CHUNK_BYTES, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      used += read;
      if (used > MAX_INPUT_BYTES) throw new InputError(`${sourceName(source)}: larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB, the most the command reads`);
    }
    return Buffer.concat(chunks, used).toString('utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${sourceName(source)}: ${fileProblem(error)}`);
  } finally {
    if (fd !== undefined && fd !== 0) closeSync(fd);
  }
}

function realpathOf(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Refuses a calendar target the command cannot or must not write: a missing folder, a folder,
 * or the input file itself. Checked before any work, so a mistake costs nothing.
 */
export function checkTarget(target: string, source: string): void {
  const path = resolve(target);
  const shown = printable(target);
  let folder;
  try {
    folder = statSync(dirname(path));
  } catch {
    throw new InputError(`${shown}: the folder ${printable(dirname(target))} does not exist`);
  }
  if (!folder.isDirectory()) throw new InputError(`${shown}: ${printable(dirname(target))} is not a folder`);
  let existing;
  try {
    existing = statSync(path);
  } catch {
    return;
  }
  if (existing.isDirectory()) throw new InputError(`${shown}: is a directory; name a file such as ${shown.replace(/\/+$/, '')}/follow-ups.ics`);
  if (source !== '-' && realpathOf(path) === realpathOf(source)) throw new InputError(`${shown}: is the input file; choose another name for the calendar`);
}

/** Writes the calendar, with a one-line error naming the path when it cannot. */
export function writeCalendar(target: string, calendar: string): void {
  try {
    writeFileSync(target, calendar);
  } catch (error) {
    throw new InputError(`${printable(target)}: ${fileProblem(error)}`);
  }
}

/**
 * Lets a reader that goes away (`interview-followup … --json | head -1`) end the output quietly:
 * what is left to write is dropped, nothing is printed about it, and the exit status stays what
 * the run makes it. Any other failure to write is one line and exit status 1.
 */
export function dropOutputOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      // After EPIPE the stream is destroyed, and each later write reports that again.
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
      process.exitCode = 1;
      if (stream === process.stdout && !process.stderr.destroyed) process.stderr.write(`interview-followup: standard output: ${fileProblem(error)}\n`);
    });
  }
}
