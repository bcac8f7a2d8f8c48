// Types of policy.mjs, for the unit tests that import it (tests/serve-policy.test.ts).
export const REQUEST_TIMEOUT_MS: number;
export const TIMEOUT_CHECK_INTERVAL_MS: number;
export const DRAIN_LIMIT_BYTES: number;
export const CLIENT_ADDRESS_HEADER: string;
export function isApiPath(pathname: string): boolean;
export function isApiTarget(target: string): boolean;
export function allowedMethods(api: boolean): string[];
export function pathOf(target: string): string;
export function bodyRefusal(api: boolean, headers: Record<string, string | undefined>, limit: number): { status: number; text: string } | null;
export interface ClientSettings {
  trustedHops: number;
  trustRealIp: boolean;
}
export function clientAddressSettings(env: Record<string, string | undefined>): ClientSettings;
export function clientAddress(socketAddress: string | undefined, headers: Record<string, string | string[] | undefined>, settings: ClientSettings): string;
export function isLoopback(hostname: string): boolean;
export function asOrigin(value: unknown): string | null;
export function resolvePublicOrigin(env: Record<string, string | undefined>, where: { hostname: string; port: number }): string;
export function headerRules(manifest: unknown): (pathname: string) => Record<string, string>;
export function plainResponseHeaders(headersFor: (pathname: string) => Record<string, string>): Record<string, string>;
export function isInternalHeader(name: string): boolean;
export function redirectCacheControl(status: number, location: unknown): string | null;
export function clientErrorStatus(code: string | undefined): number;
