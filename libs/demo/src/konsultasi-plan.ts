import type { Actor } from '@satupintu/engine';
import type { JsonObject } from '@satupintu/event-store';
import type { DemoActors } from './demo-actors';
import type { Person } from './people';
import type { CasePlan, PlannedCommand } from './planned-command';
import type { Random } from './random';

export type KonsultasiMove = 'ask' | 'answer' | 'escalate' | 'answer_by_manager' | 'close';

export interface KonsultasiCase {
  streamId: string;
  /** Null: the visitor chose to stay anonymous. */
  visitor: Person | null;
  trackingCode: string;
  topic: { topic: string; question: string; answer: string; subdivision: string };
  moves: readonly KonsultasiMove[];
}

/** Questions people bring to the desk, with the sub-division that knows the answer. */
export const CONSULTATION_TOPICS: KonsultasiCase['topic'][] = [
  {
    topic: 'Kenaikan pangkat',
    question: 'Kapan periode kenaikan pangkat April ditutup dan apakah SKP tahun lalu cukup?',
    answer: 'Berkas periode April diterima sampai akhir Februari; SKP dua tahun terakhir wajib dilampirkan.',
    subdivision: 'kepangkatan',
  },
  {
    topic: 'Pensiun',
    question: 'Dokumen apa saja yang perlu disiapkan untuk pensiun batas usia tahun depan?',
    answer: 'DPCP, SK CPNS, SK pangkat terakhir, akta nikah, KK, NPWP, dan pas foto; daftar lengkap ada di loket.',
    subdivision: 'pemberhentian-pensiun',
  },
  {
    topic: 'Mutasi',
    question: 'Apakah pindah antarkabupaten memerlukan persetujuan BKN?',
    answer: 'Ya, setelah persetujuan melepas dan menerima, pertimbangan teknis BKN diperlukan.',
    subdivision: 'mutasi',
  },
  {
    topic: 'Izin belajar',
    question: 'Apakah kuliah kelas karyawan di akreditasi B bisa mendapat izin belajar?',
    answer: 'Bisa, selama jadwal kuliah tidak mengganggu jam kerja dan program studi terakreditasi minimal B.',
    subdivision: 'pengembangan-karir',
  },
];

export function planKonsultasi(consultation: KonsultasiCase, actors: DemoActors, random: Random): CasePlan {
  const { topic } = consultation;
  const command = (type: string, actor: Actor, after: number, payload: JsonObject = {}): PlannedCommand => ({
    type,
    payload,
    actor,
    after,
  });
  const commandsOf = (move: KonsultasiMove): PlannedCommand => {
    switch (move) {
      case 'ask':
        return command('ask', actors('consultation_desk'), 0, {
          topic: topic.topic,
          question: topic.question,
          trackingCode: consultation.trackingCode,
          ...(consultation.visitor ? { applicant: { name: consultation.visitor.name, phone: consultation.visitor.phone } } : {}),
        });
      case 'answer':
        return command('answer', actors('consultation_desk'), random.int(5, 30), { answer: topic.answer });
      case 'escalate':
        return command('escalate', actors('consultation_desk'), random.int(5, 20), {
          subdivision: topic.subdivision,
          reason: 'Perlu penjelasan pengelola sub bidang',
        });
      case 'answer_by_manager':
        return command('answer', actors('processor', { unit: topic.subdivision }), random.int(30, 180), { answer: topic.answer });
      case 'close':
        return command('close', actors('consultation_desk'), random.int(5, 30));
    }
  };
  return { streamId: consultation.streamId, commands: consultation.moves.map(commandsOf) };
}
