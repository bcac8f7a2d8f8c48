import { describe, expect, it } from 'vitest';
import { DRAIN_BYTES, isJsonContentType, MAX_BODY_BYTES, readJsonBody, readLimited } from './body';

function post(body: BodyInit | null, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  return new Request('http://localhost/api/v1/assessments', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
}

/** A chunked body without Content-Length, counting how many chunks the reader pulled. */
function streamed(chunks: number, chunkSize: number) {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= chunks) return controller.close();
      pulled += 1;
      controller.enqueue(new Uint8Array(chunkSize).fill(0x20));
    },
  });
  return { stream, pulled: () => pulled };
}

describe('isJsonContentType', () => {
  it.each([
    ['application/json', true],
    ['application/json; charset=utf-8', true],
    ['Application/JSON;Charset="UTF-8"', true],
    ['application/json;charset=utf8', true],
    ['application/json; charset=iso-8859-1', false],
    ['text/plain', false],
    ['application/x-www-form-urlencoded', false],
    ['application/jsonp', false],
    ['application/ld+json', false],
    ['', false],
  ])('%s -> %s', (header, expected) => {
    expect(isJsonContentType(header)).toBe(expected);
  });
  it('refuses a missing header', () => expect(isJsonContentType(null)).toBe(false));
});

describe('readLimited', () => {
  it('returns the bytes of a body at the limit', async () => {
    const bytes = await readLimited(post('x'.repeat(MAX_BODY_BYTES)));
    expect(bytes?.byteLength).toBe(MAX_BODY_BYTES);
  });
  it('refuses a body one byte over the limit', async () => {
    expect(await readLimited(post('x'.repeat(MAX_BODY_BYTES + 1)))).toBeNull();
  });
  it('refuses on a declared Content-Length without reading', async () => {
    const { stream, pulled } = streamed(10, 10);
    const req = post(stream, { 'content-type': 'application/json', 'content-length': String(MAX_BODY_BYTES + 1) });
    expect(await readLimited(req)).toBeNull();
    expect(pulled()).toBeLessThanOrEqual(1);
  });
  it('refuses a chunked body past the limit, and stops reading it after the drain budget', async () => {
    const { stream, pulled } = streamed(8192, 1024); // 8 MiB on offer
    expect(await readLimited(post(stream))).toBeNull();
    const budgetChunks = (MAX_BODY_BYTES + DRAIN_BYTES) / 1024;
    expect(pulled()).toBeGreaterThan(MAX_BODY_BYTES / 1024);
    expect(pulled()).toBeLessThanOrEqual(budgetChunks + 4); // + the chunks the stream pulls ahead
  });
  it('drains a moderately large body to its end (so that the client gets the 413)', async () => {
    const { stream, pulled } = streamed(512, 1024); // 512 KiB
    expect(await readLimited(post(stream))).toBeNull();
    expect(pulled()).toBe(512);
  });
  it('joins chunks in order', async () => {
    const enc = new TextEncoder();
    const parts = ['{"work', 'place":{"re', 'gion":"brussels"}}'];
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (const p of parts) c.enqueue(enc.encode(p));
        c.close();
      },
    });
    const bytes = await readLimited(post(stream));
    expect(new TextDecoder().decode(bytes!)).toBe(parts.join(''));
  });
});

describe('readJsonBody', () => {
  it('parses JSON', async () => {
    expect(await readJsonBody(post('{"a":[1,2]}'))).toEqual({ ok: true, value: { a: [1, 2] } });
  });
  it('checks the content type first', async () => {
    expect(await readJsonBody(post('{}', { 'content-type': 'text/plain' }))).toEqual({ ok: false, error: 'unsupported_media_type' });
    expect(await readJsonBody(post('{}', {}))).toMatchObject({ ok: false });
  });
  it.each(['', '{', '{"a":1,}', 'undefined', "{'a':1}", 'NaN', '[1,2'])('malformed: %j', async (text) => {
    expect(await readJsonBody(post(text))).toEqual({ ok: false, error: 'malformed_json' });
  });
  it('refuses bytes that are not UTF-8', async () => {
    const bytes = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]); // {"a":"\xff\xfe"}
    expect(await readJsonBody(post(bytes))).toEqual({ ok: false, error: 'malformed_json' });
  });
  it('keeps __proto__ as a plain own key (no prototype pollution)', async () => {
    const result = await readJsonBody(post('{"__proto__":{"polluted":true}}'));
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.ok) expect(Object.keys(result.value as object)).toEqual(['__proto__']);
  });
  it('reports a body over the limit as too large, even when it is not JSON', async () => {
    expect(await readJsonBody(post('{'.repeat(MAX_BODY_BYTES + 1)))).toEqual({ ok: false, error: 'payload_too_large' });
  });
  it('reports a broken stream as malformed', async () => {
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        c.error(new Error('client went away'));
      },
    });
    expect(await readJsonBody(post(stream))).toEqual({ ok: false, error: 'malformed_json' });
  });
});
