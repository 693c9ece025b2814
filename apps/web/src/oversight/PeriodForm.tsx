import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Service } from '../api/types';
import { formatDate } from '../i18n/format';
import { useLanguage, useText } from '../i18n/use-language';
import { FieldErrors } from '../ui/FieldErrors';
import { InputField } from '../ui/InputField';
import { periodProblem, type PeriodChoice } from './period';

/**
 * The period (WITA days, both included) and the service the figures are for. The page keys it by
 * the period shown, so going back in the browser resets what was typed.
 */
export function PeriodForm({
  value,
  services,
  onChange,
}: {
  value: PeriodChoice;
  services: Service[];
  onChange(period: PeriodChoice): void;
}) {
  const { t } = useTranslation();
  const text = useText();
  const language = useLanguage();
  const [draft, setDraft] = useState(value);
  const [problem, setProblem] = useState<string | undefined>(undefined);

  function submit(event: FormEvent) {
    event.preventDefault();
    const wrong = periodProblem(draft.from, draft.to);
    if (wrong !== undefined) {
      setProblem(t(`oversight.period.problem.${wrong}`));
      return;
    }
    setProblem(undefined);
    onChange(draft);
  }

  // Dates as noon UTC: the same calendar day in every zone.
  const day = (date: string) => formatDate(`${date}T12:00:00Z`, language);
  return (
    <form
      className="panel period-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="period-heading"
    >
      <h2 id="period-heading" className="visually-hidden">
        {t('oversight.period.heading')}
      </h2>
      <div className="field-row">
        <InputField
          id="period-from"
          type="date"
          label={t('oversight.period.from')}
          value={draft.from}
          onValue={(from) => setDraft({ ...draft, from })}
          errorsId={problem !== undefined ? 'period-errors' : undefined}
        />
        <InputField
          id="period-to"
          type="date"
          label={t('oversight.period.to')}
          value={draft.to}
          onValue={(to) => setDraft({ ...draft, to })}
          errorsId={problem !== undefined ? 'period-errors' : undefined}
        />
        <div className="field field-grow">
          <label htmlFor="period-service">{t('oversight.period.service')}</label>
          <select
            id="period-service"
            value={draft.serviceCode}
            onChange={(event) => setDraft({ ...draft, serviceCode: event.target.value })}
          >
            <option value="">{t('oversight.period.allServices')}</option>
            {services.map((service) => (
              <option key={service.code} value={service.code}>
                {text(service.name)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button-primary">
          {t('oversight.period.apply')}
        </button>
      </div>
      <FieldErrors id="period-errors" errors={problem !== undefined ? [problem] : []} />
      <p className="hint" data-testid="period-shown">
        {t('oversight.period.shown', { from: day(value.from), to: day(value.to) })}
      </p>
    </form>
  );
}
