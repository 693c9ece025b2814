import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '@satupintu/event-store';
import { tempReadModel, type TempReadModel } from '../testing/temp-read-model';
import { TestOffice } from '../testing/test-office';
import { NotificationEventType, notificationStream } from './delivery-events';
import { outboxProjection } from './outbox-projection';
import { messagesDue, messagesOfCase } from './outbox-queries';

const wita = (date: string, time = '09:00') => new Date(`${date}T${time}:00+08:00`).toISOString();
const KARIS_TO_READY = [
  'verify_complete',
  'dispose',
  'submit_draft',
  'initial',
  'sign',
  'assign_number',
];

describe("applicants' outbox", () => {
  let office: TestOffice;
  let model: TempReadModel;

  beforeEach(() => {
    office = new TestOffice(wita('2026-03-02'));
    model = tempReadModel([outboxProjection]);
  });
  afterEach(() => model.remove());

  const sync = async () => model.apply(await office.newEvents());

  it('given a file returned for two documents, then one message to the applicant lists exactly those, by their Indonesian names in checklist order, with the last day to bring them', async () => {
    const id = await office.receive('KP-REG');
    office.at(wita('2026-03-02', '10:15'));
    await office.send(id, 'return_incomplete', {
      missingDocuments: ['KARPEG', 'SK_PANGKAT_TERAKHIR'],
    });
    await sync();

    const [message] = messagesOfCase(model.db, id);

    expect(message).toMatchObject({
      caseId: id,
      caseRevision: 1,
      kind: 'returned',
      phone: '+6281234567890',
      status: 'pending',
      attempts: 0,
    });
    expect(message.text).toContain(
      'Dokumen yang kurang: 1) Salinan sah SK pangkat terakhir; 2) Salinan Kartu Pegawai (Karpeg).',
    );
    expect(message.text).toContain('paling lambat 1 April 2026 pukul 10.15 WITA');
    expect(message.text).toContain('Kenaikan Pangkat Reguler');
    expect(
      messagesDue(model.db, Date.parse(wita('2026-03-02', '10:15')), 10).map((m) => m.eventId),
    ).toEqual([message.eventId]);
  });

  it('given a file ready for pickup and one expired, then each applicant gets one message, keyed by the event that caused it', async () => {
    const ready = await office.receive('KARIS');
    const expired = await office.receive('KP-REG');
    await office.moves(ready, ...KARIS_TO_READY);
    await office.moves(expired, 'return_incomplete');
    office.later(31 * 24 * 60);
    await office.send(expired, 'expire');
    const events = await office.newEvents();
    model.apply(events);
    model.apply(events);

    expect(messagesOfCase(model.db, ready).map((m) => [m.kind, m.caseRevision])).toEqual([
      ['ready', 6],
    ]);
    expect(messagesOfCase(model.db, ready)[0].text).toContain('sudah selesai dan dapat diambil');
    expect(messagesOfCase(model.db, expired).map((m) => m.kind)).toEqual(['returned', 'expired']);
    const expiredEvent = events.find((e) => e.type === 'FileExpired')!;
    expect(messagesOfCase(model.db, expired)[1]).toMatchObject({ eventId: expiredEvent.id });
    expect(messagesOfCase(model.db, expired)[1].text).toContain(
      'ditutup karena kelengkapannya tidak diserahkan dalam 30 hari',
    );
  });

  it('given delivery outcomes as events, then the message shows them: a failure to retry later, then sent; or given up', async () => {
    const id = await office.receive('KP-REG');
    await office.moves(id, 'return_incomplete');
    await sync();
    const [message] = messagesOfCase(model.db, id);
    const outcome = (
      type: string,
      revision: number,
      data: Record<string, unknown>,
    ): RecordedEvent => ({
      streamId: notificationStream(message.eventId),
      revision,
      position: 1000 + revision,
      id: randomUUID(),
      type,
      data: { sourceEventId: message.eventId, caseId: id, ...data } as RecordedEvent['data'],
      metadata: {
        occurredAt: wita('2026-03-02', '11:00'),
        actor: { id: 'system', roles: ['system'] },
      },
      recordedAt: wita('2026-03-02', '11:00'),
    });

    model.apply([
      outcome(NotificationEventType.Failed, 0, {
        attempt: 1,
        error: 'gateway 503',
        retryAt: wita('2026-03-02', '11:05'),
      }),
    ]);
    expect(messagesOfCase(model.db, id)[0]).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: 'gateway 503',
      deliveryRevision: 0,
    });
    expect(messagesDue(model.db, Date.parse(wita('2026-03-02', '11:04')), 10)).toEqual([]);

    model.apply([outcome(NotificationEventType.Sent, 1, { attempt: 2, gatewayMessageId: 'gw-1' })]);
    expect(messagesOfCase(model.db, id)[0]).toMatchObject({
      status: 'sent',
      attempts: 2,
      sentAt: wita('2026-03-02', '11:00'),
      deliveryRevision: 1,
    });
    expect(messagesDue(model.db, Date.parse(wita('2026-04-01')), 10)).toEqual([]);
  });

  it('given the worker gives up, then the message stays failed and is not due again', async () => {
    const id = await office.receive('KP-REG');
    await office.moves(id, 'return_incomplete');
    await sync();
    const [message] = messagesOfCase(model.db, id);
    model.apply([
      {
        streamId: notificationStream(message.eventId),
        revision: 0,
        position: 5000,
        id: randomUUID(),
        type: NotificationEventType.Failed,
        data: {
          sourceEventId: message.eventId,
          caseId: id,
          attempt: 8,
          error: 'number unreachable',
          retryAt: null,
        },
        metadata: { occurredAt: wita('2026-03-03') },
        recordedAt: wita('2026-03-03'),
      },
    ]);

    expect(messagesOfCase(model.db, id)[0]).toMatchObject({
      status: 'failed',
      attempts: 8,
      lastError: 'number unreachable',
    });
    expect(messagesDue(model.db, Date.parse(wita('2026-05-01')), 10)).toEqual([]);
  });
});
