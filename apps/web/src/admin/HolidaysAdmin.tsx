import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HolidayDay } from '../api/types';
import { formatLongDate, OFFICE_TIME_ZONE } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';
import { FieldErrors } from '../ui/FieldErrors';
import { Loading } from '../ui/Loading';
import { ProblemMessage } from '../ui/ProblemMessage';
import { useResource } from '../ui/use-resource';
import { adminApi } from './admin-api';

const thisYear = () =>
  Number(
    new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: OFFICE_TIME_ZONE }).format(
      new Date(),
    ),
  );

/** Public holidays and joint leave days: the days the working-day promises skip. */
export function HolidaysAdmin() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [year, setYear] = useState(thisYear);
  const calendar = useResource(() => adminApi.holidays(year), String(year));
  const [days, setDays] = useState<HolidayDay[]>([]);
  const [newDay, setNewDay] = useState({ date: '', name: '' });
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (calendar.data !== undefined) setDays(calendar.data.days);
  }, [calendar.data]);

  function add(event: FormEvent) {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(newDay.date) || Number(newDay.date.slice(0, 4)) !== year) {
      setProblem(t('admin.holidays.problem.date', { year }));
      return;
    }
    if (newDay.name.trim() === '') {
      setProblem(t('admin.holidays.problem.name'));
      return;
    }
    if (days.some((d) => d.date === newDay.date)) {
      setProblem(t('admin.holidays.problem.twice'));
      return;
    }
    setProblem(undefined);
    setSaved(false);
    setDays(
      [...days, { date: newDay.date, name: newDay.name.trim() }].sort((a, b) =>
        a.date.localeCompare(b.date),
      ),
    );
    setNewDay({ date: '', name: '' });
  }

  async function save() {
    setFailure(undefined);
    try {
      const result = await adminApi.setHolidays(year, days);
      setDays(result.days);
      setSaved(true);
    } catch (error) {
      setFailure(error);
    }
  }

  return (
    <section aria-labelledby="holidays-heading">
      <h2 id="holidays-heading">{t('admin.holidays.title')}</h2>
      <div className="field field-inline">
        <label htmlFor="holiday-year">{t('admin.holidays.year')}</label>
        <input
          id="holiday-year"
          type="number"
          min={2000}
          max={2100}
          value={year}
          onChange={(e) => {
            const value = Number(e.target.value);
            if (Number.isInteger(value) && value >= 2000 && value <= 2100) setYear(value);
          }}
        />
      </div>
      {calendar.error !== undefined && <ProblemMessage problem={calendar.error} />}
      {calendar.data === undefined ? (
        <Loading label={t('common.loading')} />
      ) : (
        <>
          <ul className="holidays" data-testid="holidays">
            {days.length === 0 && <li>{t('admin.holidays.none')}</li>}
            {days.map((day) => (
              <li key={day.date}>
                <span>
                  <time dateTime={day.date}>
                    {formatLongDate(`${day.date}T12:00:00+08:00`, language)}
                  </time>{' '}
                  — {day.name}
                </span>
                <button
                  type="button"
                  className="button-quiet"
                  onClick={() => {
                    setSaved(false);
                    setDays(days.filter((d) => d.date !== day.date));
                  }}
                  aria-label={t('admin.holidays.removeOf', { name: day.name })}
                >
                  {t('admin.holidays.remove')}
                </button>
              </li>
            ))}
          </ul>
          <form
            className="panel form field-row"
            onSubmit={add}
            noValidate
            aria-label={t('admin.holidays.add')}
          >
            <div className="field">
              <label htmlFor="holiday-date">{t('admin.holidays.date')}</label>
              <input
                id="holiday-date"
                type="date"
                value={newDay.date}
                onChange={(e) => setNewDay({ ...newDay, date: e.target.value })}
                aria-describedby="holiday-errors"
              />
            </div>
            <div className="field field-grow">
              <label htmlFor="holiday-name">{t('admin.holidays.name')}</label>
              <input
                id="holiday-name"
                value={newDay.name}
                maxLength={120}
                onChange={(e) => setNewDay({ ...newDay, name: e.target.value })}
                aria-describedby="holiday-errors"
              />
            </div>
            <button type="submit" className="button-secondary">
              {t('admin.holidays.add')}
            </button>
            <FieldErrors id="holiday-errors" errors={problem !== undefined ? [problem] : []} />
          </form>
          {failure !== undefined && <ProblemMessage problem={failure} />}
          {saved && (
            <p className="notice notice-success" role="status">
              {t('admin.holidays.saved', { year })}
            </p>
          )}
          <button type="button" className="button-primary" onClick={() => void save()}>
            {t('admin.holidays.save', { year })}
          </button>
        </>
      )}
    </section>
  );
}
