import { getTranslations } from 'next-intl/server';
import { parseParameterId } from '@/lib/guide/compare';
import { getParameter } from '@/lib/rules';

/**
 * The name of a parameter row: the translated label (guide.parameters.<topic>.<name>), or the data's
 * English description when no label exists yet (marked lang="en").
 */
export async function ParameterLabel({ id }: { id: string }) {
  const t = await getTranslations('guide');
  const parsed = parseParameterId(id);
  const key = parsed ? `parameters.${parsed.key}` : null;
  if (key && t.has(key as never)) return <span>{t(key as never)}</span>;
  const description = getParameter(id)?.description ?? id;
  return (
    <span lang="en" title={t('howItDecides.englishOnly')}>
      {description}
    </span>
  );
}
