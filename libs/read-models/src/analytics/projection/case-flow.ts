import { prepared, type ReadModelDb } from '@satupintu/projections';
import { berkas, konsultasi, type LetterService } from '@satupintu/ptsp';
import type { CaseKind } from '../../shared/case-streams';
import { textOf } from '../../shared/event-data';
import type { WorkflowEvent } from '../../shared/workflow-event';
import type { CaseRecord } from '../../cases/case-record';
import type { KindFacts } from './case-kinds';

/** Where a case is in its flow: one row of `analytics_cases`. */
export interface CaseFlow {
  caseId: string;
  kind: CaseKind;
  revision: number;
  serviceCode: string;
  /** '' until the case is routed to one. */
  subdivision: string;
  state: string;
  sinceMs: number;
  final: boolean;
  /** The service's initials chain as stored (JSON): parsed only when the case reaches the chain. */
  initialsChain: string[] | string;
  signer: string | null;
  chainIndex: number;
  /** The post (e.g. "Kasubbid Kepangkatan") whose initials or signature the case waits for. */
  waitPost: string | null;
  waitSinceMs: number | null;
  /** Revision of the event that started the wait: names the wait, for reminders. */
  waitRevision: number | null;
}

interface FlowRow {
  case_id: string;
  revision: number;
  service_code: string;
  subdivision: string;
  state: string;
  since_ms: number;
  final: number;
  initials_chain: string;
  signer: string | null;
  chain_index: number;
  wait_post: string | null;
  wait_since_ms: number | null;
  wait_revision: number | null;
}

export function readFlow(db: ReadModelDb, caseId: string, kind: CaseKind): CaseFlow | undefined {
  const row = prepared<[string], FlowRow>(
    db,
    'SELECT * FROM analytics_cases WHERE case_id = ?',
  ).get(caseId);
  if (row === undefined) return undefined;
  return {
    caseId: row.case_id,
    kind,
    revision: row.revision,
    serviceCode: row.service_code,
    subdivision: row.subdivision,
    state: row.state,
    sinceMs: row.since_ms,
    final: row.final === 1,
    initialsChain: row.initials_chain,
    signer: row.signer,
    chainIndex: row.chain_index,
    waitPost: row.wait_post,
    waitSinceMs: row.wait_since_ms,
    waitRevision: row.wait_revision,
  };
}

const flowValues = (flow: CaseFlow) => [
  flow.subdivision,
  flow.state,
  flow.sinceMs,
  flow.final ? 1 : 0,
  flow.chainIndex,
  flow.waitPost,
  flow.waitSinceMs,
  flow.waitRevision,
  flow.revision,
];

/** A new case's row. */
export function insertFlow(db: ReadModelDb, flow: CaseFlow): void {
  prepared(
    db,
    `INSERT OR IGNORE INTO analytics_cases (subdivision, state, since_ms, final, chain_index, wait_post, wait_since_ms,
       wait_revision, revision, case_id, service_code, initials_chain, signer)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    ...flowValues(flow),
    flow.caseId,
    flow.serviceCode,
    typeof flow.initialsChain === 'string'
      ? flow.initialsChain
      : JSON.stringify(flow.initialsChain),
    flow.signer,
  );
}

/** What an event changed in a case's row (an UPDATE: every event of a case but its first comes here). */
export function updateFlow(db: ReadModelDb, flow: CaseFlow): void {
  prepared(
    db,
    `UPDATE analytics_cases SET subdivision = ?, state = ?, since_ms = ?, final = ?, chain_index = ?, wait_post = ?,
       wait_since_ms = ?, wait_revision = ?, revision = ? WHERE case_id = ?`,
  ).run(...flowValues(flow), flow.caseId);
}

/** The flow of a case that its first event just opened. */
export function startedFlow(record: CaseRecord, event: WorkflowEvent, facts: KindFacts): CaseFlow {
  return withWait(
    {
      caseId: record.id,
      kind: record.kind,
      revision: event.revision,
      serviceCode: record.serviceCode,
      subdivision: record.subdivision ?? '',
      state: event.stateAfter,
      sinceMs: Date.parse(event.at),
      final: facts.finalStates.includes(event.stateAfter),
      initialsChain: record.initialsChain,
      signer: record.signer,
      chainIndex: 0,
      waitPost: null,
      waitSinceMs: null,
      waitRevision: null,
    },
    undefined,
    event,
  );
}

/** The flow after one more event; `stayEnded` when the case left a state (or sub-division) it had been in. */
export function advanceFlow(
  before: CaseFlow,
  event: WorkflowEvent,
  facts: KindFacts,
): { after: CaseFlow; stayEnded: boolean } {
  const at = Date.parse(event.at);
  const subdivision = facts.routingEvents.includes(event.type)
    ? (textOf(event.data.subdivision) ?? before.subdivision)
    : before.subdivision;
  let chainIndex = before.chainIndex;
  if (event.type === facts.chainStart) chainIndex = 0;
  if (event.type === facts.chainStep) chainIndex += 1;
  const stayEnded = event.stateAfter !== before.state || subdivision !== before.subdivision;
  const next: CaseFlow = {
    ...before,
    revision: event.revision,
    subdivision,
    state: event.stateAfter,
    sinceMs: stayEnded ? at : before.sinceMs,
    final: facts.finalStates.includes(event.stateAfter),
    chainIndex,
  };
  return { after: withWait(next, before, event), stayEnded };
}

/**
 * Whether the workflow's rule, in this state, names a post (an official) rather than a role or a
 * unit: only then is there an official to wait on. Read from the permissions tables once.
 */
const POST_STATES: Record<CaseKind, ReadonlySet<string>> = {
  berkas: statesWithPosts(berkas.berkasPermissions, berkas.berkasForwardCommands),
  konsultasi: statesWithPosts(
    konsultasi.konsultasiPermissions,
    konsultasi.konsultasiForwardCommands,
  ),
};

function statesWithPosts(
  permissions: Record<string, Record<string, { position?: unknown } | undefined>>,
  forward: Record<string, string | undefined>,
): ReadonlySet<string> {
  return new Set(
    Object.keys(permissions).filter((state) => {
      const command = forward[state];
      return command !== undefined && permissions[state][command]?.position !== undefined;
    }),
  );
}

const waitsOnAPost = (kind: CaseKind, state: string) => POST_STATES[kind].has(state);

/**
 * The official's post the case waits on now, by the workflow's own rule (its permissions table).
 * Each event that hands the case to a post (the draft reaching the chain, one official's initials
 * passing it to the next, the last passing it to the signer) starts a new wait.
 */
function withWait(flow: CaseFlow, before: CaseFlow | undefined, event: WorkflowEvent): CaseFlow {
  const post = waitingPost(flow);
  if (post === null) return { ...flow, waitPost: null, waitSinceMs: null, waitRevision: null };
  const unchanged =
    before !== undefined &&
    before.waitPost === post &&
    before.state === flow.state &&
    before.chainIndex === flow.chainIndex;
  if (unchanged) return flow;
  return {
    ...flow,
    waitPost: post,
    waitSinceMs: Date.parse(event.at),
    waitRevision: event.revision,
  };
}

function waitingPost(flow: CaseFlow): string | null {
  if (flow.final || !waitsOnAPost(flow.kind, flow.state)) return null;
  if (flow.kind === 'konsultasi') {
    return (
      konsultasi.konsultasiWaitingOn(flow.state, { ...konsultasi.EMPTY_KONSULTASI })
        ?.positions?.[0] ?? null
    );
  }
  const chain =
    typeof flow.initialsChain === 'string'
      ? (JSON.parse(flow.initialsChain) as string[])
      : flow.initialsChain;
  // The rule reads only the chain and the signer of the service.
  const service: LetterService = {
    kind: 'letter',
    code: flow.serviceCode,
    name: { id: '', en: '' },
    subdivision: flow.subdivision,
    slaWorkingDays: 0,
    documents: [],
    initialsChain: chain,
    signer: flow.signer ?? '',
    classificationCode: '',
  };
  const waiting = berkas.berkasWaitingOn(flow.state, {
    ...berkas.EMPTY_BERKAS,
    service,
    chainIndex: flow.chainIndex,
  });
  return waiting?.positions?.[0] ?? null;
}
