import type { ReactNode } from 'react';

/** Full-site chrome (header, footer). Embedded pages (app/[locale]/embed) do not use it. */
export default function SiteLayout({ children }: { children: ReactNode }) {
  return <>{children}</>;
}
