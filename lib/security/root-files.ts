/**
 * The files served at the root of the site: public/ and app/icon.svg (root-files.test.ts keeps this
 * list in step with those folders). Any other one-segment address with a dot (/favicon.ico,
 * /robots.txt, /wp-login.php …) is a file we do not have: proxy.ts answers it with the 404 page.
 */
export const ROOT_FILES: ReadonlySet<string> = new Set(['/embed.js', '/icon.svg']);

const ONE_SEGMENT_WITH_DOT = /^\/[^/]*\.[^/]*$/;

export function isMissingRootFile(pathname: string): boolean {
  return ONE_SEGMENT_WITH_DOT.test(pathname) && !ROOT_FILES.has(pathname);
}
