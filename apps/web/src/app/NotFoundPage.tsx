import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { paths } from './paths';

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>
        <Link to={paths.queue}>{t('notFound.back')}</Link>
      </p>
    </>
  );
}
