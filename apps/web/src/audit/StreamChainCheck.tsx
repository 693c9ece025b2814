import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { auditApi, type StreamChain } from './audit-api';
import { ProblemMessage } from '../ui/ProblemMessage';

/**
 * The proof for a stream that is not a case (an admin's decisions, a survey answer, a reminder):
 * its hash chain checked by the server on request, the verdict in words (and where it breaks).
 */
export function StreamChainCheck({ streamId }: { streamId: string }) {
  const { t } = useTranslation();
  const [chain, setChain] = useState<StreamChain | undefined>(undefined);
  const [checking, setChecking] = useState(false);
  const [problem, setProblem] = useState<unknown>(undefined);

  async function check() {
    setChecking(true);
    setProblem(undefined);
    try {
      setChain(await auditApi.streamChain(streamId));
    } catch (error) {
      setProblem(error);
    } finally {
      setChecking(false);
    }
  }

  const broken = chain?.links.find((link) => !link.hashOk);
  return (
    <div className="stream-chain">
      <code className="stream">{streamId}</code>{' '}
      {chain === undefined ? (
        <button
          type="button"
          className="link-button"
          onClick={() => void check()}
          disabled={checking}
        >
          {t('audit.log.chain.check')}
        </button>
      ) : (
        <span role="status" className={chain.chain.intact ? 'yes' : 'no'}>
          <span aria-hidden="true">{chain.chain.intact ? '✓ ' : '✗ '}</span>
          {chain.chain.intact
            ? t('audit.log.chain.intact', { count: chain.links.length })
            : t('audit.log.chain.broken', {
                revision: chain.chain.brokenAt,
                // The anchor's reason when it decided (no stored link is wrong then), else the first broken link's.
                problem: chain.chain.reason ?? broken?.problem ?? '',
              })}
        </span>
      )}
      {problem !== undefined && <ProblemMessage problem={problem} />}
    </div>
  );
}
