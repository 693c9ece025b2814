import type { Text } from '../i18n/text';
import type { BerkasCommand, BerkasState } from './vocabulary';

/** What staff and the public status page call each state. */
export const stateLabels: Record<BerkasState, Text> = {
  start: { id: 'Belum diterima', en: 'Not yet received' },
  verification: { id: 'Pemeriksaan kelengkapan', en: 'Completeness check' },
  returned: { id: 'Dikembalikan, menunggu kelengkapan', en: 'Returned, awaiting missing documents' },
  expired: { id: 'Ditutup, tidak dilengkapi', en: 'Closed, not completed' },
  disposition: { id: 'Menunggu disposisi', en: 'Awaiting disposition' },
  processing: { id: 'Diproses di sub bidang', en: 'Being processed by the sub-division' },
  initials: { id: 'Menunggu paraf', en: 'Awaiting initials' },
  signature: { id: 'Menunggu tanda tangan', en: 'Awaiting signature' },
  numbering: { id: 'Penomoran surat', en: 'Letter numbering' },
  ready: { id: 'Siap diambil', en: 'Ready for pickup' },
  handed_over: { id: 'Sudah diserahkan', en: 'Handed over' },
  withdrawn: { id: 'Ditarik kembali', en: 'Withdrawn' },
};

/** What the action buttons and the timeline call each command. */
export const commandLabels: Record<BerkasCommand, Text> = {
  receive: { id: 'Terima berkas', en: 'Receive file' },
  verify_complete: { id: 'Nyatakan lengkap', en: 'Confirm complete' },
  return_incomplete: { id: 'Kembalikan (belum lengkap)', en: 'Return as incomplete' },
  resubmit: { id: 'Terima kelengkapan', en: 'Receive resubmission' },
  expire: { id: 'Tutup (lewat batas waktu)', en: 'Close as expired' },
  dispose: { id: 'Disposisi ke sub bidang', en: 'Dispose to sub-division' },
  redispose: { id: 'Redisposisi', en: 'Re-route to another sub-division' },
  submit_draft: { id: 'Ajukan konsep', en: 'Submit draft' },
  initial: { id: 'Paraf', en: 'Initial' },
  send_back: { id: 'Kembalikan untuk perbaikan', en: 'Send back for revision' },
  sign: { id: 'Tanda tangani', en: 'Sign' },
  assign_number: { id: 'Beri nomor surat', en: 'Assign letter number' },
  hand_over: { id: 'Serahkan', en: 'Hand over' },
  withdraw: { id: 'Tarik berkas', en: 'Withdraw file' },
};
