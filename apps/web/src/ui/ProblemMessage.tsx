import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/problem';

/** What went wrong with a request, in words a clerk can act on; announced at once. */
export function ProblemMessage({ problem }: { problem: unknown }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-error" role="alert">
      {describeProblem(problem, t)}
    </div>
  );
}

type Translate = ReturnType<typeof useTranslation>['t'];

export function describeProblem(problem: unknown, t: Translate): string {
  if (!(problem instanceof ApiProblem)) return t('problem.unexpected');
  switch (problem.status) {
    case 0:
      return t('problem.offline');
    case 401:
      return t('problem.unauthenticated');
    case 403:
      return t('problem.forbidden');
    case 404:
      return t('problem.notFound');
    case 429:
      return t('problem.tooMany');
    case 503:
      return t('problem.slow');
    default:
      return problem.status >= 500
        ? t('problem.server')
        : t('problem.refused', { reason: problem.message });
  }
}
