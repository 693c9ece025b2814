import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { forgetServices } from '../api/catalogue';
import type { Service } from '../api/types';
import { useText } from '../i18n/use-language';
import { Loading } from '../ui/Loading';
import { ProblemMessage } from '../ui/ProblemMessage';
import { useResource } from '../ui/use-resource';
import { catalogueApi } from './catalogue-api';
import { CatalogueHistory } from './CatalogueHistory';
import { NEW_SERVICE } from './service-form';
import { ServiceEditor } from './ServiceEditor';
import './catalogue.css';

type Notice =
  | { kind: 'published' | 'retired'; version: number; name: string }
  | { kind: 'stale'; version: number };

/** The service picker's value for "add a new service". */
const NEW = '+';

/**
 * The service catalogue: pick a letter service, change its SLA, checklist, initials chain or
 * signer with a reason, and publish that as the next version; the history below says who
 * published what, when and why.
 */
export function CatalogueAdmin() {
  const { t } = useTranslation();
  const text = useText();
  const catalogue = useResource(
    async () => ({
      services: await catalogueApi.services(),
      history: await catalogueApi.history(),
    }),
    'catalogue',
  );
  const [code, setCode] = useState('');
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  const services = catalogue.data?.services ?? [];
  const latestVersion = catalogue.data?.history.latestVersion;
  const service = code === NEW ? NEW_SERVICE : services.find((s) => s.code === code);

  useEffect(() => {
    if (code === '' && services.length > 0) setCode(services[0].code);
  }, [code, services]);

  async function published(version: number, changed: Service | null) {
    forgetServices();
    const before = services.find((s) => s.code === code);
    if (changed === null) {
      setNotice({ kind: 'retired', version, name: before ? text(before.name) : code });
      setCode('');
    } else {
      setNotice({ kind: 'published', version, name: text(changed.name) });
      setCode(changed.code);
    }
    await catalogue.reload();
  }

  async function stale() {
    forgetServices();
    const fresh = await catalogue.reload();
    setNotice({ kind: 'stale', version: fresh?.history.latestVersion ?? 0 });
  }

  return (
    <section aria-labelledby="catalogue-heading">
      <h2 id="catalogue-heading">{t('admin.catalogue.title')}</h2>
      <p className="hint">{t('admin.catalogue.explain')}</p>
      {catalogue.error !== undefined && <ProblemMessage problem={catalogue.error} />}
      {catalogue.data === undefined || latestVersion === undefined ? (
        catalogue.error === undefined && <Loading label={t('common.loading')} />
      ) : (
        <>
          <p data-testid="catalogue-version">
            {t('admin.catalogue.current', { version: latestVersion })}
          </p>
          {notice !== undefined && (
            <p
              className={notice.kind === 'stale' ? 'notice notice-error' : 'notice notice-success'}
              role="status"
            >
              {notice.kind === 'stale'
                ? t('admin.catalogue.changedMeanwhile', { version: notice.version })
                : t(`admin.catalogue.${notice.kind}`, {
                    version: notice.version,
                    name: notice.name,
                  })}
            </p>
          )}
          <div className="field field-grow">
            <label htmlFor="catalogue-service">{t('admin.catalogue.service')}</label>
            <select
              id="catalogue-service"
              value={code}
              onChange={(e) => {
                setNotice(undefined);
                setCode(e.target.value);
              }}
            >
              {services.map((s) => (
                <option key={s.code} value={s.code}>
                  {s.code} — {text(s.name)}
                </option>
              ))}
              <option value={NEW}>{t('admin.catalogue.newService')}</option>
            </select>
          </div>
          {service !== undefined && (
            <ServiceEditor
              // A new version or another service starts the form afresh from what is published.
              key={`${service.code}@${latestVersion}`}
              service={service}
              isNew={code === NEW}
              version={latestVersion}
              onPublished={(version, changed) => void published(version, changed)}
              onStale={() => void stale()}
            />
          )}
          <CatalogueHistory versions={catalogue.data.history.versions} />
        </>
      )}
    </section>
  );
}
