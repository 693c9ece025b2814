import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '@satupintu/event-store';
import { AnalyticsOffice, HOUR, wita } from './testing/analytics-office';
import { waitsPerPost } from './queries/waits';
import { dueReminders, notificationsFor } from './reminders/reminder-queries';
import {
  reminderStream,
  WAIT_REMINDER_SENT,
  type WaitReminderData,
} from './reminders/reminder-events';

const KASUBBID = 'Kasubbid Kepangkatan';
const KABID = 'Kabid Pengembangan, Mutasi dan Promosi';

describe('waiting for initials and signature', () => {
  let office: AnalyticsOffice;

  beforeEach(() => {
    office = new AnalyticsOffice(wita('2026-03-02', '08:00'));
  });
  afterEach(() => office.close());

  async function draftSubmittedAt(time: string): Promise<string> {
    const id = await office.receive('KP-REG');
    await office.moves(id, 'verify_complete', 'dispose');
    office.at(time);
    await office.send(id, 'submit_draft');
    return id;
  }

  it('given drafts at the first official of the chain, then they wait on that post, oldest first, since the draft reached it', async () => {
    const older = await draftSubmittedAt(wita('2026-03-03', '10:00'));
    const newer = await draftSubmittedAt(wita('2026-03-04', '10:00'));
    await office.sync();

    expect(waitsPerPost(office.model.db)).toEqual([
      {
        post: KASUBBID,
        count: 2,
        oldestSinceMs: Date.parse(wita('2026-03-03', '10:00')),
        files: [
          expect.objectContaining({
            caseId: older,
            state: 'initials',
            serviceCode: 'KP-REG',
            sinceMs: Date.parse(wita('2026-03-03', '10:00')),
          }),
          expect.objectContaining({
            caseId: newer,
            sinceMs: Date.parse(wita('2026-03-04', '10:00')),
          }),
        ],
      },
    ]);
    expect(waitsPerPost(office.model.db)[0].files[0].agendaNumber).toMatch(/^AG-2026-/);
  });

  it('given the first official initials, then the wait moves to the next post from that moment, then to the signer; signed, it waits on no official', async () => {
    const id = await draftSubmittedAt(wita('2026-03-03', '10:00'));
    office.at(wita('2026-03-05', '11:00'));
    await office.send(id, 'initial');
    await office.sync();
    expect(waitsPerPost(office.model.db).map((w) => [w.post, w.oldestSinceMs])).toEqual([
      [KABID, Date.parse(wita('2026-03-05', '11:00'))],
    ]);

    office.at(wita('2026-03-06', '08:30'));
    await office.send(id, 'initial');
    await office.sync();
    expect(waitsPerPost(office.model.db).map((w) => [w.post, w.files[0].state])).toEqual([
      ['Kepala Badan', 'signature'],
    ]);

    office.later(60);
    await office.send(id, 'sign');
    await office.sync();
    expect(waitsPerPost(office.model.db)).toEqual([]);
  });

  it('given a sent-back draft, then the file no longer waits on an official; resubmitted, the chain starts again at its first post', async () => {
    const id = await draftSubmittedAt(wita('2026-03-03', '10:00'));
    office.later(60);
    await office.send(id, 'initial');
    office.later(60);
    await office.send(id, 'send_back');
    await office.sync();
    expect(waitsPerPost(office.model.db)).toEqual([]);

    office.at(wita('2026-03-09'));
    await office.send(id, 'submit_draft');
    await office.sync();
    expect(waitsPerPost(office.model.db).map((w) => [w.post, w.oldestSinceMs])).toEqual([
      [KASUBBID, Date.parse(wita('2026-03-09'))],
    ]);
  });
});

describe('reminders due', () => {
  let office: AnalyticsOffice;

  beforeEach(() => {
    office = new AnalyticsOffice(wita('2026-03-02', '08:00'));
  });
  afterEach(() => office.close());

  const reminderEvent = (
    caseId: string,
    waitRevision: number,
    level: 'official' | 'supervisor',
    revision: number,
  ): RecordedEvent => {
    const data: WaitReminderData = {
      caseId,
      waitRevision,
      level,
      post: KASUBBID,
      waitingSince: wita('2026-03-03'),
      agendaNumber: null,
      serviceCode: 'KP-REG',
      state: 'initials',
      recipients: [{ userId: `user-${level}`, name: level }],
    };
    return {
      streamId: reminderStream(caseId, waitRevision),
      revision,
      position: 900_000 + revision,
      id: randomUUID(),
      type: WAIT_REMINDER_SENT,
      data,
      metadata: {
        occurredAt: wita('2026-03-05'),
        actor: { id: 'system', roles: ['system'] },
        commandId: randomUUID(),
      },
      recordedAt: wita('2026-03-05'),
    };
  };

  it('given a wait past the first threshold, the official is due a reminder; once sent and past the second, the supervisor; then nothing more', async () => {
    const id = await office.receive('KP-REG');
    await office.moves(id, 'verify_complete', 'dispose');
    office.at(wita('2026-03-03'));
    await office.send(id, 'submit_draft');
    await office.sync();
    const since = Date.parse(wita('2026-03-03'));
    const cutoffs = (officialAfter: number, supervisorAfter: number, now: number) => ({
      officialCutoffMs: now - officialAfter,
      supervisorCutoffMs: now - supervisorAfter,
    });

    expect(
      dueReminders(office.model.db, cutoffs(24 * HOUR, 72 * HOUR, since + 23 * HOUR), 10),
    ).toEqual([]);
    const [due] = dueReminders(
      office.model.db,
      cutoffs(24 * HOUR, 72 * HOUR, since + 24 * HOUR),
      10,
    );
    expect(due).toMatchObject({ caseId: id, post: KASUBBID, level: 'official', sinceMs: since });

    office.model.apply([reminderEvent(id, due.waitRevision, 'official', 0)]);
    expect(
      dueReminders(office.model.db, cutoffs(24 * HOUR, 72 * HOUR, since + 71 * HOUR), 10),
    ).toEqual([]);
    expect(
      dueReminders(office.model.db, cutoffs(24 * HOUR, 72 * HOUR, since + 72 * HOUR), 10),
    ).toEqual([expect.objectContaining({ caseId: id, level: 'supervisor' })]);

    office.model.apply([reminderEvent(id, due.waitRevision, 'supervisor', 1)]);
    expect(
      dueReminders(office.model.db, cutoffs(24 * HOUR, 72 * HOUR, since + 500 * HOUR), 10),
    ).toEqual([]);
    expect(notificationsFor(office.model.db, 'user-official', 10)).toEqual([
      expect.objectContaining({
        caseId: id,
        level: 'official',
        post: KASUBBID,
        kind: 'wait_reminder',
      }),
    ]);
  });

  it("given the official initials, then the next official's wait is a new one with reminders of its own", async () => {
    const id = await office.receive('KP-REG');
    await office.moves(id, 'verify_complete', 'dispose', 'submit_draft');
    await office.sync();
    const [first] = dueReminders(
      office.model.db,
      { officialCutoffMs: office.clock.now().getTime(), supervisorCutoffMs: 0 },
      10,
    );
    office.model.apply([reminderEvent(id, first.waitRevision, 'official', 0)]);
    office.later(60);
    await office.send(id, 'initial');
    await office.sync();

    const [next] = dueReminders(
      office.model.db,
      { officialCutoffMs: office.clock.now().getTime(), supervisorCutoffMs: 0 },
      10,
    );

    expect(next).toMatchObject({ caseId: id, post: KABID, level: 'official' });
    expect(next.waitRevision).toBeGreaterThan(first.waitRevision);
  });
});
