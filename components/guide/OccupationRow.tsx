import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import type { ShortageList, ShortageOccupation, TitleLanguage } from '@/lib/rules';
import { SourceLinks } from './SourceLinks';

const languages: TitleLanguage[] = ['nl', 'fr', 'de', 'en'];

/**
 * One occupation of a shortage list: its title in the page's language, the other three titles
 * (each with its lang), its status and its sources. `listLabel` adds a column naming the list
 * (search results).
 */
export async function OccupationRow({
  list,
  occupation,
  locale,
  listLabel,
}: {
  list: ShortageList;
  occupation: ShortageOccupation;
  locale: Locale;
  listLabel?: string;
}) {
  const t = await getTranslations('guide.shortage');
  const others = languages.filter((l) => l !== locale);
  const tone = occupation.status.startsWith('proposed') ? 'tag-unknown' : occupation.status === 'removed' ? 'tag-fail' : 'tag-pass';
  return (
    <tr className="border-b border-line align-top" data-occupation={occupation.id} data-list-id={list.id} data-status={occupation.status}>
      <th scope="row" className="p-2 font-normal">
        <span className="font-bold">{occupation.titles[locale]}</span>
        {occupation.sourceLanguage !== locale ? (
          <span className="block text-sm text-muted">{t('translated', { language: occupation.sourceLanguage })}</span>
        ) : null}
        <span className="block text-sm">
          <span className="sr-only">{t('otherLanguages')}: </span>
          {others.map((l, i) => (
            <span key={l}>
              {i > 0 ? ' · ' : null}
              <span lang={l}>{occupation.titles[l]}</span>
            </span>
          ))}
        </span>
      </th>
      {listLabel ? <td className="p-2">{listLabel}</td> : null}
      <td className="p-2">
        <span className={`tag ${tone}`}>
          {t(`statusValue.${occupation.status}`)}
        </span>
      </td>
      <td className="p-2">
        <SourceLinks ids={occupation.sources} label={false} />
      </td>
    </tr>
  );
}
