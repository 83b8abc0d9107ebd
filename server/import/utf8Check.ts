/**
 * Passes bytes through unchanged while checking that they are valid UTF-8 and counting lines, so that the first
 * invalid byte is known by line. Decoders replace invalid bytes by U+FFFD silently: an import would store "�"
 * for whatever the file held. Checks each chunk with `buffer.isUtf8` (native) and scans byte by byte only the
 * chunk that fails; a sequence cut by a chunk boundary is carried over to the next chunk.
 */
import { isUtf8 } from 'node:buffer';
import { Transform, type TransformCallback } from 'node:stream';

const NEWLINE = 0x0a;

export class Utf8Check extends Transform {
  /** 1-based line of the first invalid byte, once one was seen. */
  firstInvalidLine: number | null = null;
  private line = 1;
  private carry = Buffer.alloc(0);

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.firstInvalidLine === null) this.inspect(chunk);
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    if (this.firstInvalidLine === null && this.carry.length > 0) this.firstInvalidLine = this.line;
    done();
  }

  private inspect(chunk: Buffer): void {
    const data = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const end = completeEnd(data);
    const whole = data.subarray(0, end);
    if (!isUtf8(whole)) {
      this.firstInvalidLine = this.line + countNewlines(whole, firstInvalidByte(whole));
      return;
    }
    this.line += countNewlines(whole, whole.length);
    this.carry = Buffer.from(data.subarray(end));
  }
}

/** Where the data ends without a multi-byte sequence cut short by the chunk's end. */
function completeEnd(data: Buffer): number {
  for (let back = 1; back <= Math.min(3, data.length); back++) {
    const byte = data[data.length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back for its lead
    return sequenceLength(byte) > back ? data.length - back : data.length;
  }
  return data.length;
}

function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 1; // not a lead byte: invalid on its own, found by the check
}

/** Index of the first byte that does not start (or continue) a valid sequence; data is known to be invalid. */
function firstInvalidByte(data: Buffer): number {
  let i = 0;
  while (i < data.length) {
    const length = sequenceLength(data[i]!);
    if (length === 1) {
      if (data[i]! >= 0x80) return i;
      i++;
      continue;
    }
    if (!isUtf8(data.subarray(i, i + length))) return i;
    i += length;
  }
  return data.length;
}

function countNewlines(data: Buffer, end: number): number {
  let count = 0;
  for (let at = data.indexOf(NEWLINE); at !== -1 && at < end; at = data.indexOf(NEWLINE, at + 1)) count++;
  return count;
}
