/**
 * The supervisors' read models at scale, generated without the engine: a discrete-event
 * simulation of an office's files in time order (arrivals on working days, each step after a
 * plausible delay, returns, re-routings, send-backs, expiries, surveys), whose events are
 * handed straight to the projections' own apply in big transactions. The events carry what the
 * engine would record for the read models (types, states before and after, the decision time);
 * no hash chain, no store: the store and the engine are measured elsewhere.
 */
import type { RecordedEvent } from '@satupintu/event-store';
import type { Projection, ReadModelDb } from '@satupintu/projections';
import { catalogue, isLetterService, type LetterService } from '@satupintu/ptsp';
import { calendarStream, SKM_ELEMENT_CODES, surveyStream } from '@satupintu/read-models';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WITA = 8 * HOUR;

export interface GeneratedOffice {
  cases: number;
  events: number;
  surveys: number;
  /** The generated time span: queries are asked as of `endMs`. */
  startMs: number;
  endMs: number;
  openAtEnd: number;
  seconds: number;
}

export interface GenerateOptions {
  cases: number;
  years: number;
  /** The projections to feed (those the analytics endpoints read). */
  projections: readonly Projection[];
  /** Events per transaction. */
  batch?: number;
  seed?: number;
  onProgress?: (done: number, total: number) => void;
}

/** mulberry32: reproducible runs. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One step of a case: what happens, from which state to which, and how long after the previous step. */
interface Step {
  type: string;
  from: string;
  to: string;
  afterMs: number;
  data: Record<string, unknown>;
}

interface OpenCase {
  id: string;
  steps: Step[];
  next: number;
  atMs: number;
  survey: { afterMs: number; serviceCode: string } | null;
}

/** A binary min-heap of open cases by the time of their next step. */
class Agenda {
  private readonly items: OpenCase[] = [];
  get size(): number {
    return this.items.length;
  }
  peek(): OpenCase | undefined {
    return this.items[0];
  }
  push(item: OpenCase): void {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (a[parent].atMs <= a[i].atMs) break;
      [a[parent], a[i]] = [a[i], a[parent]];
      i = parent;
    }
  }
  pop(): OpenCase {
    const a = this.items;
    const top = a[0];
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l].atMs < a[m].atMs) m = l;
        if (r < a.length && a[r].atMs < a[m].atMs) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}

const ACTOR = { id: 'bench', name: 'Bench', roles: ['front_office'] };
const APPLICANT_ACTOR = { id: 'applicant', roles: [] };
const WORKFLOWS = { berkas: { name: 'berkas', version: 1 }, konsultasi: { name: 'konsultasi', version: 1 } };
const APPLICANT = { nip: '198503122010031001', name: 'Pemohon', phone: '+6281234567890' };
const SUBDIVISIONS = ['kepangkatan', 'mutasi', 'pemberhentian-pensiun', 'kesejahteraan', 'pengembangan-karir', 'kedudukan-hukum'];
/** Public holidays and joint leave days that fall on weekdays, roughly as an Indonesian year has them. */
const HOLIDAYS = ['01-01', '02-10', '03-29', '04-18', '05-01', '05-29', '06-01', '06-17', '08-17', '09-05', '12-24', '12-25', '12-26'];

export function generateOffice(db: ReadModelDb, options: GenerateOptions): GeneratedOffice {
  const started = Date.now();
  const rand = random(options.seed ?? 20_260_302);
  const between = (min: number, max: number) => min + rand() * (max - min);
  /** A long-tailed delay: mostly near `typical`, now and then many times longer. */
  const tail = (typical: number) => typical * Math.exp(rand() * 1.6 - 0.8) * (rand() < 0.1 ? between(2, 6) : 1);
  const letterServices = catalogue().services.filter(isLetterService);
  const startYear = 2021;
  const startMs = Date.UTC(startYear, 0, 1) - WITA;
  const endMs = Date.UTC(startYear + options.years, 0, 1) - WITA;
  const batchSize = options.batch ?? 50_000;
  const projections = options.projections;

  let position = 0;
  let events = 0;
  let surveys = 0;
  let pending: RecordedEvent[] = [];
  const applyBatch = db.transaction((batch: RecordedEvent[]) => {
    for (const event of batch) {
      for (const projection of projections) {
        if (projection.streamPrefixes === undefined || projection.streamPrefixes.some((p) => event.streamId.startsWith(p))) {
          projection.apply(db, event);
        }
      }
    }
  });
  const flush = () => {
    applyBatch(pending);
    pending = [];
    options.onProgress?.(events, options.cases * 10);
  };
  const emit = (streamId: string, revision: number, type: string, data: RecordedEvent['data'], metadata: RecordedEvent['metadata']) => {
    position += 1;
    events += 1;
    const occurredAt = metadata.occurredAt as string;
    pending.push({ streamId, revision, position, id: `${streamId}:${revision}`, type, data, metadata, recordedAt: occurredAt });
    if (pending.length >= batchSize) flush();
  };

  // The office's holidays, set by the admin before the first file.
  for (let year = startYear; year <= startYear + options.years; year++) {
    emit(
      calendarStream(year),
      0,
      'HolidaysSet',
      { year, days: HOLIDAYS.map((day) => ({ date: `${year}-${day}`, name: 'Libur' })) },
      { occurredAt: new Date(startMs).toISOString(), actor: ACTOR, commandId: `calendar-${year}` },
    );
  }

  const plan = (caseNumber: number, service: LetterService): Step[] => {
    const year = 2021 + Math.floor(caseNumber / (options.cases / options.years));
    const steps: Step[] = [];
    const step = (type: string, from: string, to: string, afterMs: number, data: Record<string, unknown> = {}) =>
      steps.push({ type, from, to, afterMs, data });
    step('FileReceived', 'start', 'verification', 0, {
      serviceCode: service.code,
      catalogueVersion: 1,
      service: service as unknown as Record<string, unknown>,
      applicant: APPLICANT,
      submittedDocuments: [],
      agendaNumber: `AG-${year}-${String(caseNumber).padStart(7, '0')}`,
    });
    // A third of the files come back incomplete, some of them twice.
    for (let round = 0; round < 2 && rand() < 0.33; round++) {
      step('FileReturned', 'verification', 'returned', tail(2 * HOUR), { missingDocuments: [service.documents[0].code] });
      const fate = rand();
      if (fate < 0.1) return (step('FileExpired', 'returned', 'expired', 30 * DAY + between(0, 2 * HOUR)), steps);
      if (fate < 0.14) return (step('FileWithdrawn', 'returned', 'withdrawn', tail(5 * DAY), { reason: 'x' }), steps);
      step('FileResubmitted', 'returned', 'verification', tail(6 * DAY));
    }
    step('FileVerified', 'verification', 'disposition', tail(2 * HOUR));
    step('FileDisposed', 'disposition', 'processing', tail(6 * HOUR), { subdivision: service.subdivision });
    if (rand() < 0.08) {
      step('FileRedisposed', 'processing', 'processing', tail(DAY), { subdivision: SUBDIVISIONS[Math.floor(rand() * SUBDIVISIONS.length)] });
    }
    step('DraftSubmitted', 'processing', 'initials', tail(3 * DAY));
    const sentBack = rand() < 0.12;
    for (let round = 0; round < (sentBack ? 2 : 1); round++) {
      service.initialsChain.forEach((_post, i) => {
        const last = i === service.initialsChain.length - 1;
        if (round === 0 && sentBack && last) {
          step('DraftSentBack', 'initials', 'processing', tail(DAY), { reason: 'x' });
          step('DraftSubmitted', 'processing', 'initials', tail(2 * DAY));
          return;
        }
        step('DraftInitialled', 'initials', last ? 'signature' : 'initials', tail(i === 0 ? 20 * HOUR : 30 * HOUR));
      });
    }
    step('LetterSigned', 'signature', 'numbering', tail(DAY));
    step('LetterNumbered', 'numbering', 'ready', tail(4 * HOUR), { letterNumber: 'x' });
    step('FileHandedOver', 'ready', 'handed_over', tail(3 * DAY), { recipientName: 'x', relation: 'self' });
    return steps;
  };

  const consultation = (): Step[] => {
    const steps: Step[] = [];
    const step = (type: string, from: string, to: string, afterMs: number, data: Record<string, unknown> = {}) =>
      steps.push({ type, from, to, afterMs, data });
    step('QuestionAsked', 'start', 'asked', 0, { topic: 'x', question: 'x' });
    if (rand() < 0.3) {
      step('QuestionEscalated', 'asked', 'escalated', tail(HOUR), { subdivision: SUBDIVISIONS[Math.floor(rand() * SUBDIVISIONS.length)] });
      step('QuestionAnswered', 'escalated', 'answered', tail(DAY), { answer: 'x' });
    } else {
      step('QuestionAnswered', 'asked', 'answered', tail(30 * 60_000), { answer: 'x' });
    }
    step('ConsultationClosed', 'answered', 'closed', tail(HOUR));
    return steps;
  };

  const agenda = new Agenda();
  // Files arrive on working days (Monday to Friday) from 08:00 to 15:00 WITA, evenly over the span.
  const workingDays: number[] = [];
  for (let day = startMs; day < endMs; day += DAY) {
    const weekday = new Date(day + WITA).getUTCDay();
    if (weekday !== 0 && weekday !== 6) workingDays.push(day);
  }
  const perDay = options.cases / workingDays.length;
  const arrivalTime = (k: number) => {
    const day = Math.floor(k / perDay);
    return workingDays[day] + 8 * HOUR + ((k - day * perDay) / perDay) * 7 * HOUR;
  };
  let arrivals = 0;

  const emitStep = (open: OpenCase) => {
    const step = open.steps[open.next];
    const kind = open.id.startsWith('berkas-') ? 'berkas' : 'konsultasi';
    emit(open.id, open.next, step.type, step.data as RecordedEvent['data'], {
      commandId: open.id,
      occurredAt: new Date(open.atMs).toISOString(),
      workflow: WORKFLOWS[kind],
      actor: ACTOR,
      stateBefore: step.from,
      stateAfter: step.to,
    });
  };

  while (arrivals < options.cases || agenda.size > 0) {
    const due = agenda.peek();
    const arrivalMs = arrivals < options.cases ? arrivalTime(arrivals) : Infinity;
    if (due === undefined || arrivalMs <= due.atMs) {
      if (arrivalMs >= endMs) break;
      const isFile = rand() < 0.95;
      const service = letterServices[arrivals % letterServices.length];
      const id = `${isFile ? 'berkas' : 'konsultasi'}-${arrivals.toString(36).padStart(8, '0')}`;
      const open: OpenCase = {
        id,
        steps: isFile ? plan(arrivals, service) : consultation(),
        next: 0,
        atMs: arrivalMs,
        survey: isFile && rand() < 0.35 ? { afterMs: tail(2 * DAY), serviceCode: service.code } : null,
      };
      arrivals += 1;
      emitStep(open);
      open.next = 1;
      open.atMs += open.steps[1].afterMs;
      agenda.push(open);
      continue;
    }
    if (due.atMs >= endMs) break;
    const open = agenda.pop();
    if (open.next < open.steps.length) {
      emitStep(open);
      open.next += 1;
    } else if (open.survey !== null) {
      surveys += 1;
      emit(
        surveyStream(open.id),
        0,
        'SurveyAnswered',
        {
          caseId: open.id,
          serviceCode: open.survey.serviceCode,
          scores: Object.fromEntries(SKM_ELEMENT_CODES.map((code) => [code, 2 + Math.floor(rand() * 3)])),
          suggestion: null,
        },
        { occurredAt: new Date(open.atMs).toISOString(), actor: APPLICANT_ACTOR, commandId: open.id },
      );
      open.survey = null;
      continue;
    } else {
      continue;
    }
    if (open.next < open.steps.length) {
      open.atMs += open.steps[open.next].afterMs;
      agenda.push(open);
    } else if (open.survey !== null) {
      open.atMs += open.survey.afterMs;
      agenda.push(open);
    }
  }
  flush();
  return {
    cases: arrivals,
    events,
    surveys,
    startMs,
    endMs,
    openAtEnd: agenda.size,
    seconds: (Date.now() - started) / 1000,
  };
}
