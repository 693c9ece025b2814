import { ORGANISATION_UNITS, POSITIONS, ROLES } from '@satupintu/ptsp/organisation';
import {
  MAX_NAME_LENGTH,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  USERNAME_PATTERN,
} from '@satupintu/read-models/account-rules';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/problem';
import type { User } from '../api/types';
import { useText } from '../i18n/use-language';
import { describedBy, FieldErrors } from '../ui/FieldErrors';
import { ProblemMessage } from '../ui/ProblemMessage';

export interface UserFormValues {
  username: string;
  name: string;
  roles: string[];
  position: string;
  unit: string;
  password: string;
  active: boolean;
}

type UserField = keyof UserFormValues;
type Problem = 'username' | 'required' | 'tooLong' | 'roles' | 'password';

function localProblems(
  values: UserFormValues,
  creating: boolean,
): Partial<Record<UserField, Problem>> {
  const problems: Partial<Record<UserField, Problem>> = {};
  // The account rules the server applies (libs/read-models), checked here as the admin types.
  if (creating && !USERNAME_PATTERN.test(values.username)) problems.username = 'username';
  if (values.name.trim() === '') problems.name = 'required';
  else if (values.name.length > MAX_NAME_LENGTH) problems.name = 'tooLong';
  if (values.roles.length === 0) problems.roles = 'roles';
  const length = values.password.length;
  if ((creating || length > 0) && (length < MIN_PASSWORD_LENGTH || length > MAX_PASSWORD_LENGTH))
    problems.password = 'password';
  return problems;
}

/** Create an account, or change one (name, roles, post, unit, active, a new password). */
export function UserForm({
  user,
  onSave,
  onCancel,
}: {
  user?: User;
  onSave(values: UserFormValues): Promise<void>;
  onCancel?(): void;
}) {
  const { t } = useTranslation();
  const text = useText();
  const creating = user === undefined;
  const prefix = creating ? 'new-user' : `user-${user.id}`;
  const [values, setValues] = useState<UserFormValues>({
    username: user?.username ?? '',
    name: user?.name ?? '',
    roles: user?.roles ?? [],
    position: user?.position ?? '',
    unit: user?.unit ?? '',
    password: '',
    active: user?.active ?? true,
  });
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const problems = localProblems(values, creating);
  const serverFields: Record<string, string[]> =
    failure instanceof ApiProblem ? failure.fields : {};
  const errorsOf = (field: UserField) => [
    ...(tried && problems[field] !== undefined
      ? [t(`admin.users.problem.${problems[field]}`)]
      : []),
    ...(serverFields[field] ?? []),
  ];
  const set = <K extends UserField>(field: K, value: UserFormValues[K]) =>
    setValues((old) => ({ ...old, [field]: value }));
  const fieldProps = (field: UserField) => ({
    id: `${prefix}-${field}`,
    'aria-invalid': errorsOf(field).length > 0,
    'aria-describedby': describedBy(`${prefix}-${field}-errors`),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    setFailure(undefined);
    try {
      await onSave(values);
      if (creating) {
        setValues({
          username: '',
          name: '',
          roles: [],
          position: '',
          unit: '',
          password: '',
          active: true,
        });
        setTried(false);
      }
    } catch (problem) {
      setFailure(problem);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="panel form"
      onSubmit={submit}
      noValidate
      aria-label={creating ? t('admin.users.create') : t('admin.users.editOf', { name: user.name })}
    >
      {creating && (
        <div className="field">
          <label htmlFor={`${prefix}-username`}>{t('admin.users.username')}</label>
          <input
            {...fieldProps('username')}
            autoComplete="off"
            value={values.username}
            onChange={(e) => set('username', e.target.value)}
          />
          <FieldErrors id={`${prefix}-username-errors`} errors={errorsOf('username')} />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${prefix}-name`}>{t('admin.users.name')}</label>
        <input
          {...fieldProps('name')}
          autoComplete="off"
          value={values.name}
          onChange={(e) => set('name', e.target.value)}
        />
        <FieldErrors id={`${prefix}-name-errors`} errors={errorsOf('name')} />
      </div>
      <fieldset className="field roles" aria-describedby={`${prefix}-roles-errors`}>
        <legend>{t('admin.users.roles')}</legend>
        {ROLES.map((role) => (
          <label key={role.code} className="field-check">
            <input
              type="checkbox"
              checked={values.roles.includes(role.code)}
              onChange={(e) =>
                set(
                  'roles',
                  e.target.checked
                    ? [...values.roles, role.code]
                    : values.roles.filter((r) => r !== role.code),
                )
              }
            />
            {text(role.label)}
          </label>
        ))}
        <FieldErrors id={`${prefix}-roles-errors`} errors={errorsOf('roles')} />
      </fieldset>
      <div className="field">
        <label htmlFor={`${prefix}-position`}>{t('admin.users.position')}</label>
        <select
          {...fieldProps('position')}
          value={values.position}
          onChange={(e) => set('position', e.target.value)}
        >
          <option value="">{t('admin.users.none')}</option>
          {POSITIONS.map((position) => (
            <option key={position.title} value={position.title}>
              {position.title}
            </option>
          ))}
        </select>
        <FieldErrors id={`${prefix}-position-errors`} errors={errorsOf('position')} />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-unit`}>{t('admin.users.unit')}</label>
        <select
          {...fieldProps('unit')}
          value={values.unit}
          onChange={(e) => set('unit', e.target.value)}
        >
          <option value="">{t('admin.users.none')}</option>
          {ORGANISATION_UNITS.map((unit) => (
            <option key={unit.code} value={unit.code}>
              {text(unit.name)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-password`}>
          {creating ? t('admin.users.password') : t('admin.users.newPassword')}
        </label>
        <input
          {...fieldProps('password')}
          type="password"
          autoComplete="new-password"
          value={values.password}
          onChange={(e) => set('password', e.target.value)}
        />
        <FieldErrors id={`${prefix}-password-errors`} errors={errorsOf('password')} />
      </div>
      {!creating && (
        <div className="field field-check">
          <input
            id={`${prefix}-active`}
            type="checkbox"
            checked={values.active}
            onChange={(e) => set('active', e.target.checked)}
          />
          <label htmlFor={`${prefix}-active`}>{t('admin.users.active')}</label>
        </div>
      )}
      {failure !== undefined && <ProblemMessage problem={failure} />}
      <div className="actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {creating ? t('admin.users.createSubmit') : t('common.save')}
        </button>
        {onCancel && (
          <button type="button" className="button-quiet" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
