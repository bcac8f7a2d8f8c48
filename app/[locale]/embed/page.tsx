import { EmbedFrame } from '@/components/embed/EmbedFrame';
import { StartScreen } from '@/components/wizard/StartScreen';
import { openPage, type PageProps } from '@/lib/i18n/page';

/** The embedded start page: the site's start screen in mode 'embed' (the first question is the kind of move, with or without a preset). */
export default async function EmbedStartPage(props: PageProps) {
  const { locale, query } = await openPage(props);
  return (
    <EmbedFrame locale={locale} searchParams={query} path={`/${locale}/embed`} step="start">
      <StartScreen locale={locale} mode="embed" searchParams={query} />
    </EmbedFrame>
  );
}
