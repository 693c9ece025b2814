import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateUserForm, UpdateUserForm } from '../api/types';
import { roleLabel } from '../header/role-labels';
import { useText } from '../i18n/use-language';
import { Loading } from '../ui/Loading';
import { ProblemMessage } from '../ui/ProblemMessage';
import { SavedNotice } from '../ui/SavedNotice';
import { useResource } from '../ui/use-resource';
import { adminApi } from './admin-api';
import { UserForm, type UserFormValues } from './UserForm';

/** Accounts and their roles, posts and units. */
export function UsersAdmin() {
  const { t } = useTranslation();
  const text = useText();
  const users = useResource(adminApi.users, 'users');
  const [editing, setEditing] = useState<string | undefined>(undefined);
  const [saved, setSaved] = useState<string | undefined>(undefined);

  async function create(values: UserFormValues) {
    // Roles, post and unit come from the organisation's own lists, the API's enums.
    const body = {
      username: values.username,
      name: values.name.trim(),
      roles: values.roles,
      password: values.password,
      ...(values.position !== '' ? { position: values.position } : {}),
      ...(values.unit !== '' ? { unit: values.unit } : {}),
    } as CreateUserForm;
    const user = await adminApi.createUser(body);
    setSaved(t('admin.users.created', { name: user.name }));
    await users.reload();
  }

  async function update(id: string, values: UserFormValues) {
    const body: UpdateUserForm = {
      name: values.name.trim(),
      roles: values.roles,
      position: values.position === '' ? null : values.position,
      unit: values.unit === '' ? null : values.unit,
      active: values.active,
      ...(values.password !== '' ? { password: values.password } : {}),
    } as UpdateUserForm;
    const user = await adminApi.updateUser(id, body);
    setSaved(t('admin.users.updated', { name: user.name }));
    setEditing(undefined);
    await users.reload();
  }

  return (
    <section aria-labelledby="users-heading">
      <h2 id="users-heading">{t('admin.users.title')}</h2>
      <SavedNotice message={saved} />
      {users.error !== undefined && <ProblemMessage problem={users.error} />}
      {users.data === undefined ? (
        <Loading label={t('common.loading')} />
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t('admin.users.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.users.name')}</th>
                <th scope="col">{t('admin.users.username')}</th>
                <th scope="col">{t('admin.users.roles')}</th>
                <th scope="col">{t('admin.users.position')}</th>
                <th scope="col">{t('admin.users.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('admin.users.edit')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {users.data.map((user) =>
                editing === user.id ? (
                  <tr key={user.id}>
                    <td colSpan={6}>
                      <UserForm
                        user={user}
                        onSave={(values) => update(user.id, values)}
                        onCancel={() => setEditing(undefined)}
                      />
                    </td>
                  </tr>
                ) : (
                  <tr key={user.id}>
                    <td>{user.name}</td>
                    <td>
                      <code>{user.username}</code>
                    </td>
                    <td>{user.roles.map((role) => text(roleLabel(role))).join(', ')}</td>
                    <td>{user.position ?? ''}</td>
                    <td>{user.active ? t('admin.users.isActive') : t('admin.users.isInactive')}</td>
                    <td>
                      <button
                        type="button"
                        className="button-quiet"
                        onClick={() => setEditing(user.id)}
                        aria-label={t('admin.users.editOf', { name: user.name })}
                      >
                        {t('admin.users.edit')}
                      </button>
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t('admin.users.create')}</h3>
      <UserForm onSave={create} />
    </section>
  );
}
