/** Building blocks shared by the privacy and accessibility statements. */
import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { publicContactEmail } from '@/lib/security/contact';

export function Section({ heading, children, level = 2 }: { heading: string; children: ReactNode; level?: 2 | 3 }) {
  const H = level === 2 ? 'h2' : 'h3';
  return (
    <section className="mb-8">
      <H className={level === 2 ? 'mb-3 text-2xl font-bold' : 'mb-2 text-xl font-bold'}>{heading}</H>
      {children}
    </section>
  );
}

export function P({ children }: { children: ReactNode }) {
  return <p className="mb-4 max-w-[70ch]">{children}</p>;
}

/** An outbound link. Referrer-Policy (same-origin) already keeps our address, with the answers, from it. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a className="link" href={href} rel="noopener noreferrer">
      {children}
    </a>
  );
}

/** The publishing administration's contact: PUBLIC_CONTACT_EMAIL when the deployment sets it. */
export async function Contact({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'pages.contact' });
  const email = publicContactEmail();
  return (
    <P>
      {email
        ? t.rich('email', {
            email,
            mail: (chunks) => (
              <a className="link" href={`mailto:${email}`}>
                {chunks}
              </a>
            ),
          })
        : t('none')}
    </P>
  );
}
