// Types of forged.mjs, for the TypeScript tests that import it (e2e/api/hostile.spec.ts).
export interface ForgedRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string | null>;
  body?: string | Buffer;
  chunks?: Buffer[];
  keepOpen?: boolean;
  pauseMs?: number;
  raw?: string | Buffer;
}
export interface Exchanged {
  status: number;
  headers: Record<string, string>;
  text: string;
}
export interface Forgery {
  name: string;
  group: string;
  request: ForgedRequest;
  expect: number[];
  check?: (res: Exchanged) => string | null;
}
export interface ForgeryContext {
  fields: Record<string, string>;
  actionId: string;
  origin: string;
}
export function exchange(baseUrl: string, request: ForgedRequest, options?: { timeoutMs?: number }): Promise<Exchanged>;
export function forgeryContext(baseUrl: string): Promise<ForgeryContext>;
export function multipart(entries: Record<string, string> | [string, string][], boundary?: string): { body: string; contentType: string };
export function commonProblems(res: Exchanged): string[];
export function forgedRequests(context: ForgeryContext): Forgery[];
