import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/problem';
import type { Delegation, User } from '../api/types';
import { formatDateTime } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';
import { describedBy, FieldErrors } from '../ui/FieldErrors';
import { Loading } from '../ui/Loading';
import { ProblemMessage } from '../ui/ProblemMessage';
import { SavedNotice } from '../ui/SavedNotice';
import { useResource } from '../ui/use-resource';
import { adminApi, localInputFrom, zonedFromLocalInput } from './admin-api';

type Field = 'fromUserId' | 'toUserId' | 'startsAt' | 'endsAt';
type Problem = 'required' | 'samePerson' | 'endBeforeStart';

const personOf = (user: User) =>
  user.position !== null ? `${user.name} — ${user.position}` : user.name;

function statusOf(delegation: Delegation, now: Date): 'revoked' | 'ended' | 'upcoming' | 'inForce' {
  if (delegation.revokedAt !== null) return 'revoked';
  if (Date.parse(delegation.endsAt) <= now.getTime()) return 'ended';
  if (Date.parse(delegation.startsAt) > now.getTime()) return 'upcoming';
  return 'inForce';
}

/** Acting officials (Plh): who acts for whom, from when to when; granted and revoked here. */
export function DelegationsAdmin() {
  const { t } = useTranslation();
  const language = useLanguage();
  const data = useResource(async () => {
    const [users, delegations] = await Promise.all([adminApi.users(), adminApi.delegations()]);
    return { users, delegations };
  }, 'delegations');
  const [form, setForm] = useState(() => ({
    fromUserId: '',
    toUserId: '',
    startsAt: localInputFrom(new Date()),
    endsAt: localInputFrom(new Date(Date.now() + 3 * 24 * 3_600_000)),
    reason: '',
  }));
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [saved, setSaved] = useState<string | undefined>(undefined);
  const now = new Date();

  const problems: Partial<Record<Field, Problem>> = {};
  if (form.fromUserId === '') problems.fromUserId = 'required';
  if (form.toUserId === '') problems.toUserId = 'required';
  else if (form.toUserId === form.fromUserId) problems.toUserId = 'samePerson';
  const starts = zonedFromLocalInput(form.startsAt);
  const ends = zonedFromLocalInput(form.endsAt);
  if (starts === undefined) problems.startsAt = 'required';
  if (ends === undefined) problems.endsAt = 'required';
  else if (starts !== undefined && ends <= starts) problems.endsAt = 'endBeforeStart';
  const serverFields: Record<string, string[]> =
    failure instanceof ApiProblem ? failure.fields : {};
  const errorsOf = (field: Field) => [
    ...(tried && problems[field] !== undefined
      ? [t(`admin.delegations.problem.${problems[field]}` as const)]
      : []),
    ...(serverFields[field] ?? []),
  ];
  const props = (field: Field) => ({
    id: `delegation-${field}`,
    'aria-invalid': errorsOf(field).length > 0,
    'aria-describedby': describedBy(`delegation-${field}-errors`),
  });

  async function grant(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (Object.keys(problems).length > 0 || starts === undefined || ends === undefined) return;
    setFailure(undefined);
    try {
      const delegation = await adminApi.grant({
        fromUserId: form.fromUserId,
        toUserId: form.toUserId,
        startsAt: starts,
        endsAt: ends,
        ...(form.reason.trim() !== '' ? { reason: form.reason.trim() } : {}),
      });
      setSaved(
        t('admin.delegations.granted', {
          to: delegation.to?.name ?? '',
          from: delegation.from?.name ?? '',
        }),
      );
      setTried(false);
      setForm((old) => ({ ...old, fromUserId: '', toUserId: '', reason: '' }));
      await data.reload();
    } catch (problem) {
      setFailure(problem);
    }
  }

  async function revoke(delegation: Delegation) {
    if (!window.confirm(t('admin.delegations.confirmRevoke', { name: delegation.to?.name ?? '' })))
      return;
    try {
      await adminApi.revoke(delegation.id);
      setSaved(t('admin.delegations.revoked'));
      await data.reload();
    } catch (problem) {
      setFailure(problem);
    }
  }

  if (data.data === undefined)
    return data.error !== undefined ? (
      <ProblemMessage problem={data.error} />
    ) : (
      <Loading label={t('common.loading')} />
    );
  const users = data.data.users.filter((user) => user.active);
  const delegations = [...data.data.delegations].sort((a, b) =>
    b.startsAt.localeCompare(a.startsAt),
  );

  /** A choice of one active person: who is replaced, or who acts. */
  const personField = (field: 'fromUserId' | 'toUserId', label: string) => (
    <div className="field">
      <label htmlFor={`delegation-${field}`}>{label}</label>
      <select
        {...props(field)}
        value={form[field]}
        onChange={(e) => setForm({ ...form, [field]: e.target.value })}
      >
        <option value="">{t('admin.delegations.choosePerson')}</option>
        {users.map((user) => (
          <option key={user.id} value={user.id}>
            {personOf(user)}
          </option>
        ))}
      </select>
      <FieldErrors id={`delegation-${field}-errors`} errors={errorsOf(field)} />
    </div>
  );
  /** When the delegation starts or ends, in the office's time zone. */
  const timeField = (field: 'startsAt' | 'endsAt', label: string) => (
    <div className="field">
      <label htmlFor={`delegation-${field}`}>{label}</label>
      <input
        {...props(field)}
        type="datetime-local"
        value={form[field]}
        onChange={(e) => setForm({ ...form, [field]: e.target.value })}
      />
      <FieldErrors id={`delegation-${field}-errors`} errors={errorsOf(field)} />
    </div>
  );

  return (
    <section aria-labelledby="delegations-heading">
      <h2 id="delegations-heading">{t('admin.delegations.title')}</h2>
      <p className="hint">{t('admin.delegations.explain')}</p>
      <SavedNotice message={saved} />
      <form className="panel form" onSubmit={grant} noValidate aria-labelledby="delegation-new">
        <h3 id="delegation-new">{t('admin.delegations.create')}</h3>
        {personField('fromUserId', t('admin.delegations.from'))}
        {personField('toUserId', t('admin.delegations.to'))}
        <div className="field-row">
          {timeField('startsAt', t('admin.delegations.starts'))}
          {timeField('endsAt', t('admin.delegations.ends'))}
        </div>
        <div className="field">
          <label htmlFor="delegation-reason">
            {t('admin.delegations.reason')} <span className="muted">{t('common.optional')}</span>
          </label>
          <input
            id="delegation-reason"
            value={form.reason}
            maxLength={500}
            onChange={(e) => setForm({ ...form, reason: e.target.value })}
          />
        </div>
        {failure !== undefined && <ProblemMessage problem={failure} />}
        <button type="submit" className="button-primary">
          {t('admin.delegations.grant')}
        </button>
      </form>
      <div className="table-scroll">
        <table className="table" data-testid="delegations">
          <caption className="visually-hidden">{t('admin.delegations.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.delegations.from')}</th>
              <th scope="col">{t('admin.delegations.to')}</th>
              <th scope="col">{t('admin.delegations.period')}</th>
              <th scope="col">{t('admin.delegations.status')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('admin.delegations.revoke')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {delegations.length === 0 && (
              <tr>
                <td colSpan={5}>{t('admin.delegations.none')}</td>
              </tr>
            )}
            {delegations.map((delegation) => {
              const status = statusOf(delegation, now);
              return (
                <tr key={delegation.id}>
                  <td>
                    {delegation.from !== null
                      ? `${delegation.from.name}${delegation.from.position ? ` — ${delegation.from.position}` : ''}`
                      : delegation.fromUserId}
                  </td>
                  <td>{delegation.to?.name ?? delegation.toUserId}</td>
                  <td>
                    {t('admin.delegations.range', {
                      from: formatDateTime(delegation.startsAt, language),
                      to: formatDateTime(delegation.endsAt, language),
                    })}
                    {delegation.reason !== null && (
                      <span className="muted"> · {delegation.reason}</span>
                    )}
                  </td>
                  <td>{t(`admin.delegations.state.${status}`)}</td>
                  <td>
                    {(status === 'inForce' || status === 'upcoming') && (
                      <button
                        type="button"
                        className="button-quiet"
                        onClick={() => void revoke(delegation)}
                      >
                        {t('admin.delegations.revoke')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
