import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';
import type { catalogueId } from '../i18n/messages/catalogue.id';
import type { CatalogueVersion, ServiceChange } from './catalogue-api';

type FieldName = keyof typeof catalogueId.field;

const shown = (value: string | number | string[] | null): string =>
  value === null ? '—' : Array.isArray(value) ? value.join(', ') : String(value);

function ChangeLine({ change }: { change: ServiceChange }) {
  const { t } = useTranslation();
  return (
    <li>
      <strong>{change.code}</strong> {t(`admin.catalogue.action.${change.action}`)}
      {change.action === 'update' && change.fields.length > 0 && (
        <ul>
          {change.fields.map((field) => (
            <li key={field.field}>
              {t(`admin.catalogue.field.${field.field as FieldName}`)}: {shown(field.before)} →{' '}
              {shown(field.after)}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** Every published version, newest first: when, who, why and what changed. */
export function CatalogueHistory({ versions }: { versions: CatalogueVersion[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section aria-labelledby="catalogue-history-heading">
      <h3 id="catalogue-history-heading">{t('admin.catalogue.history')}</h3>
      <div className="table-scroll">
        <table className="table" data-testid="catalogue-history">
          <thead>
            <tr>
              <th scope="col">{t('admin.catalogue.version')}</th>
              <th scope="col">{t('admin.catalogue.when')}</th>
              <th scope="col">{t('admin.catalogue.who')}</th>
              <th scope="col">{t('admin.catalogue.why')}</th>
              <th scope="col">{t('admin.catalogue.what')}</th>
            </tr>
          </thead>
          <tbody>
            {[...versions].reverse().map((version) => (
              <tr key={version.version}>
                <td className="figure">{version.version}</td>
                <td>
                  {version.publishedAt === null ? (
                    '—'
                  ) : (
                    <time dateTime={version.publishedAt}>
                      {formatDateTime(version.publishedAt, language)}
                    </time>
                  )}
                </td>
                <td>
                  {version.publishedBy === null
                    ? '—'
                    : (version.publishedBy.name ?? version.publishedBy.id)}
                </td>
                <td>{version.reason ?? t('admin.catalogue.seed')}</td>
                <td>
                  <ul className="catalogue-changes">
                    {version.changes.map((change) => (
                      <ChangeLine key={change.code} change={change} />
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
