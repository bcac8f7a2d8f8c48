/** GOV.UK back link: before <main>, a real link (works without JavaScript), answers kept. */
export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <a
      href={href}
      className="no-print mt-4 inline-flex min-h-6 items-center gap-2 text-ink underline underline-offset-4 hover:decoration-2"
    >
      <span aria-hidden="true" className="inline-block h-2 w-2 -rotate-45 border-l-2 border-t-2 border-current" />
      {label}
    </a>
  );
}
