/**
 * Reading the JSON body of a request, with the contract's 16 KiB limit.
 *
 * The limit is enforced twice: a declared Content-Length above it is refused before reading, and
 * the body is streamed and refused as soon as the bytes actually read pass it (chunked bodies
 * included). Nothing is kept beyond limit + one chunk.
 */

export const MAX_BODY_BYTES = 16 * 1024;

export type BodyResult =
  | { ok: true; value: unknown }
  | { ok: false; error: 'unsupported_media_type' | 'payload_too_large' | 'malformed_json' };

/**
 * True for `application/json`, with or without parameters, in any letter case. A charset other
 * than UTF-8 is refused: JSON exchanged between systems must be UTF-8 (RFC 8259, section 8.1).
 */
export function isJsonContentType(header: string | null): boolean {
  if (!header) return false;
  const [type, ...params] = header.split(';');
  if (type?.trim().toLowerCase() !== 'application/json') return false;
  for (const param of params) {
    const eq = param.indexOf('=');
    if (eq < 0) continue;
    const name = param.slice(0, eq).trim().toLowerCase();
    const value = param.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1').toLowerCase();
    if (name === 'charset' && value !== 'utf-8' && value !== 'utf8') return false;
  }
  return true;
}

/**
 * Past the limit nothing more is kept. The rest of the body is read and thrown away, up to
 * DRAIN_BYTES, before the 413 is sent: a server that closes a socket with unread bytes in it makes
 * the kernel reset the connection, and a client still sending then loses the response (seen with
 * chunked uploads). Beyond DRAIN_BYTES the stream is abandoned as it is (never cancelled: cancelling
 * destroys the socket before the 413 can be written).
 */
export const DRAIN_BYTES = 1024 * 1024 + 64 * 1024;

async function discardRest(reader: ReadableStreamDefaultReader<Uint8Array>, budget: number): Promise<void> {
  let discarded = 0;
  try {
    while (discarded <= budget) {
      const { done, value } = await reader.read();
      if (done) return;
      discarded += value.byteLength;
    }
  } catch {
    // the client went away: nothing to drain
  } finally {
    reader.releaseLock();
  }
}

/** The body's bytes, or null when they exceed `limit`. */
export async function readLimited(request: Request, limit: number = MAX_BODY_BYTES): Promise<Uint8Array | null> {
  const declared = request.headers.get('content-length');
  const length = declared !== null && /^\d+$/.test(declared.trim()) ? Number(declared.trim()) : null;
  if (length !== null && length > limit) return null;
  if (!request.body) return new Uint8Array(0);
  // A declared length within the limit: the HTTP parser delivers exactly that many bytes, so read
  // them at once (fewer turns of the event loop than a read loop, which shows in the API's p99).
  if (length !== null && request.headers.get('transfer-encoding') === null) return new Uint8Array(await request.arrayBuffer());

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await discardRest(reader, DRAIN_BYTES);
      return null;
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Content type, size, UTF-8 and JSON syntax, in that order. */
export async function readJsonBody(request: Request, limit: number = MAX_BODY_BYTES): Promise<BodyResult> {
  if (!isJsonContentType(request.headers.get('content-type'))) return { ok: false, error: 'unsupported_media_type' };
  let bytes: Uint8Array | null;
  try {
    bytes = await readLimited(request, limit);
  } catch {
    // The client went away or sent a broken (for instance truncated chunked) body.
    return { ok: false, error: 'malformed_json' };
  }
  if (bytes === null) return { ok: false, error: 'payload_too_large' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, error: 'malformed_json' };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, error: 'malformed_json' };
  }
}
