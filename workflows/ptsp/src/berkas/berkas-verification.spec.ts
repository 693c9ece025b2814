import { ActorNotAuthorizedError, CommandRejectedError } from '@satupintu/engine';
import { workflowSpec } from '@satupintu/engine/testing';
import { admin, dispatcher, dutyOfficer, frontOffice, registrar, system, verifier } from '../testing/actors';
import { berkasStory, daysAfter, minutesAfterReceipt } from '../testing/berkas-story';
import { berkasWorkflow } from './definition';

const spec = workflowSpec(berkasWorkflow);
const story = berkasStory('KP-REG');
const receivedWithout = (...missing: string[]) => {
  const data = story.events.received.data as { submittedDocuments: string[] };
  return {
    ...story.events.received,
    data: { ...story.events.received.data, submittedDocuments: data.submittedDocuments.filter((c) => !missing.includes(c)) },
  };
};

describe('Verification (pemeriksaan kelengkapan)', () => {
  describe('given a received file with every required document', () => {
    const given = spec.given(story.until('verification'));

    it('when the verifier confirms it complete, then FileVerified is stored and the file awaits disposition', () => {
      given.when({ type: 'verify_complete', actor: verifier }).thenState('disposition');
      given.when({ type: 'verify_complete', actor: verifier }).then([{ type: 'FileVerified' }]);
    });

    it.each([frontOffice, registrar, dispatcher, admin].map((a) => [a.roles[0], a]))(
      'someone with role %s may not verify: ActorNotAuthorizedError',
      (_role, actor) => {
        given.when({ type: 'verify_complete', actor }).thenThrows(ActorNotAuthorizedError);
        given.when({ type: 'return_incomplete', payload: { missingDocuments: ['KARPEG'] }, actor }).thenThrows(ActorNotAuthorizedError);
      },
    );
  });

  describe('given a file received without two required documents', () => {
    const given = spec.given([receivedWithout('SKP_2_TAHUN', 'KARPEG')]);

    it('the verifier cannot confirm it complete, and is told exactly what is missing', () => {
      given.when({ type: 'verify_complete', actor: verifier }).thenThrows(CommandRejectedError, {
        reason:
          'Dokumen wajib belum lengkap: SKP 2 tahun terakhir, nilai minimal "baik", Salinan Kartu Pegawai (Karpeg) / ' +
          'Required documents missing: Performance appraisals (SKP) of the last 2 years, at least "good", Copy of the employee card (Karpeg)',
      });
    });

    it('when the verifier returns it naming the missing documents, then FileReturned is stored and the file is returned', () => {
      const payload = { missingDocuments: ['KARPEG', 'SKP_2_TAHUN'], note: 'SKP 2025 belum dilegalisir' };
      const at = minutesAfterReceipt(30);
      const { state, snapshot } = given
        .when({ type: 'return_incomplete', payload, actor: verifier, at })
        .then([{ type: 'FileReturned', data: payload }]);
      expect(state).toBe('returned');
      expect(snapshot.context).toMatchObject({
        missingDocuments: ['SKP_2_TAHUN', 'KARPEG'],
        returnNote: 'SKP 2025 belum dilegalisir',
        returnedAt: at,
      });
    });

    it.each([
      ['no missing document', { missingDocuments: [] }, 'Sebutkan minimal satu dokumen / Name at least one document'],
      ['a document of another service', { missingDocuments: ['PAK'] }, 'Dokumen tidak ada dalam daftar layanan ini: PAK'],
      ['no list at all', {}, 'Daftar dokumen harus berupa daftar kode'],
    ])('the verifier cannot return it with %s', (_what, payload, reason) => {
      given.when({ type: 'return_incomplete', payload, actor: verifier }).thenThrows(CommandRejectedError, {
        reason: expect.stringContaining(reason),
      });
    });
  });

  it('a file missing only the conditional documents (structural position) is complete', () => {
    const data = story.events.received.data as { submittedDocuments: string[] };
    expect(data.submittedDocuments).not.toContain('SK_JABATAN');
    spec.given(story.until('verification')).when({ type: 'verify_complete', actor: verifier }).thenState('disposition');
  });

  it('a document the verifier finds unusable may be named missing although it was handed in', () => {
    spec
      .given(story.until('verification'))
      .when({ type: 'return_incomplete', payload: { missingDocuments: ['SKP_2_TAHUN'] }, actor: verifier })
      .thenState('returned');
  });
});

describe('Return and resubmission (pengembalian berkas)', () => {
  const returned = [receivedWithout('KARPEG'), story.events.returned];
  const returnedAt = story.events.returned.at as string;

  it('when the front office takes the completed file back in, then FileResubmitted is stored and verification runs again', () => {
    const payload = { submittedDocuments: ['KARPEG', 'SURAT_PENGANTAR_OPD', 'SK_PANGKAT_TERAKHIR', 'SKP_2_TAHUN', 'SK_CPNS', 'SK_PNS'] };
    const { state, snapshot } = spec
      .given(returned)
      .when({ type: 'resubmit', payload, actor: frontOffice })
      .then([{ type: 'FileResubmitted', data: payload }]);
    expect(state).toBe('verification');
    expect(snapshot.context.submittedDocuments).toEqual(['SURAT_PENGANTAR_OPD', 'SK_PANGKAT_TERAKHIR', 'SKP_2_TAHUN', 'SK_CPNS', 'SK_PNS', 'KARPEG']);
    spec.given([...returned, { type: 'FileResubmitted', data: payload, actor: frontOffice }]).when({ type: 'verify_complete', actor: verifier }).thenState('disposition');
  });

  it('the resubmitted list replaces the old one: the whole file went back to the applicant, so what comes back is what counts', () => {
    const { snapshot } = spec
      .given(returned)
      .when({ type: 'resubmit', payload: { submittedDocuments: ['KARPEG'] }, actor: registrar })
      .then([{ type: 'FileResubmitted', data: { submittedDocuments: ['KARPEG'] } }]);
    expect(snapshot.context.submittedDocuments).toEqual(['KARPEG']);
  });

  it('refuses a resubmission with a document not on the checklist', () => {
    spec
      .given(returned)
      .when({ type: 'resubmit', payload: { submittedDocuments: ['AKTA_KEMATIAN'] }, actor: frontOffice })
      .thenThrows(CommandRejectedError, { reason: expect.stringContaining('AKTA_KEMATIAN') });
  });

  it('only the desk takes files back in', () => {
    spec.given(returned).when({ type: 'resubmit', payload: { submittedDocuments: [] }, actor: verifier }).thenThrows(ActorNotAuthorizedError);
  });

  describe('expiry: 30 calendar days after the return, the file is closed as not pursued', () => {
    it('29 days after the return it is too early, and the scheduler is told so', () => {
      spec
        .given(returned)
        .when({ type: 'expire', actor: system, at: daysAfter(returnedAt, 29) })
        .thenThrows(CommandRejectedError, {
          reason: 'Batas 30 hari untuk melengkapi berkas belum lewat / The 30-day period to complete the file has not passed',
        });
    });

    it('one millisecond before the 30 days are over it is still too early', () => {
      const almost = new Date(Date.parse(daysAfter(returnedAt, 30)) - 1).toISOString();
      spec.given(returned).when({ type: 'expire', actor: system, at: almost }).thenThrows(CommandRejectedError);
    });

    it('30 days after the return, FileExpired is stored and the file is expired', () => {
      spec
        .given(returned)
        .when({ type: 'expire', actor: system, at: daysAfter(returnedAt, 30) })
        .then([{ type: 'FileExpired' }]);
      spec.given(returned).when({ type: 'expire', actor: system, at: daysAfter(returnedAt, 30) }).thenState('expired');
    });

    it.each([frontOffice, verifier, dutyOfficer, admin].map((a) => [a.roles[0], a]))(
      'only the scheduler expires files, not someone with role %s',
      (_role, actor) => {
        spec.given(returned).when({ type: 'expire', actor, at: daysAfter(returnedAt, 60) }).thenThrows(ActorNotAuthorizedError);
      },
    );

    it('counts from the latest return: a file returned a second time gets 30 days again', () => {
      const secondReturnAt = daysAfter(returnedAt, 20);
      const history = [
        ...returned,
        { type: 'FileResubmitted', data: { submittedDocuments: ['KARPEG'] }, actor: frontOffice, at: daysAfter(returnedAt, 19) },
        { type: 'FileReturned', data: { missingDocuments: ['SK_CPNS'] }, actor: verifier, at: secondReturnAt },
      ];
      spec.given(history).when({ type: 'expire', actor: system, at: daysAfter(returnedAt, 31) }).thenThrows(CommandRejectedError);
      spec.given(history).when({ type: 'expire', actor: system, at: daysAfter(secondReturnAt, 30) }).thenState('expired');
    });
  });
});
