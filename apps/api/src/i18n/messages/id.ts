// Pesan galat API dalam Bahasa Indonesia: jawaban bila permintaan meminta `Accept-Language: id`.
// Tipe `Catalogue` diturunkan dari katalog Inggris, jadi pesan yang terlewat gagal di typecheck.
import type { Catalogue } from '../message';

const either = (values: string) => values || 'tidak ada';
const or = (values: readonly string[]) => values.join(' atau ');

export const id: Catalogue = {
  text: (p) => p.text,

  'server.failed': 'Terjadi kesalahan di server; kejadian ini sudah dicatat',
  'server.restarting': 'Server sedang dimulai ulang; coba lagi sebentar lagi',
  'server.listsLate':
    'Sudah tersimpan, tetapi daftar berkas lebih lambat dari biasanya menampilkannya; muat ulang sebentar lagi',

  'request.invalid': 'Permintaan tidak sah',
  'request.invalidJson': 'Isi permintaan bukan JSON yang sah',
  'request.emptyJson': 'Isi permintaan kosong; kirim formulir sebagai JSON',
  'request.tooLarge': 'Permintaan terlalu besar',
  'request.jsonOnly': 'Kirim formulir sebagai JSON (Content-Type: application/json)',
  'request.lengthMismatch': 'Panjang permintaan tidak sesuai dengan isinya',
  'request.badContentType': 'Header Content-Type permintaan tidak sah',
  'request.notAnObject': 'Kirim formulir sebagai objek JSON',
  'request.noSuchAddress': 'Tidak ada apa pun di alamat ini',
  'request.wrongMethod': 'Alamat ini tidak menerima jenis permintaan ini',
  'request.tooMany': 'Terlalu banyak permintaan dari alamat ini; mohon tunggu sebentar',
  'request.tooManyLookups': 'Terlalu banyak pelacakan dari alamat ini; mohon tunggu sebentar',

  'auth.logIn': 'Silakan masuk terlebih dahulu',
  'auth.sessionEnded': 'Sesi Anda sudah berakhir; silakan masuk kembali',
  'auth.wrongCredentials': 'Nama pengguna atau kata sandi salah',
  'auth.tooManyFailures': (p) =>
    `Terlalu banyak percobaan masuk yang gagal; coba lagi dalam ${p.minutes} menit`,
  'auth.notAllowed': 'Anda tidak berwenang melakukan ini',
  'auth.rolesOnly': (p) => `Hanya petugas ${or(p.roles)} yang boleh melakukan ini`,
  'auth.rolesOnlyStoredEvents': (p) =>
    `Hanya petugas ${or(p.roles)} yang boleh melihat peristiwa sebagaimana tersimpan`,

  'form.correct': (p) => `Mohon perbaiki: ${p.fields.join(', ')}`,
  'form.correctField': (p) => `Mohon perbaiki ${p.field}: ${p.problem}`,
  'field.notInForm': 'bukan isian formulir ini',
  'field.entryAsObject': 'isi setiap entri sebagai objek',
  'field.chooseAction': (p) => `pilih tindakan: ${p.actions.join(', ')}`,
  'field.unknownService': (p) =>
    `layanan ${JSON.stringify(p.code)} tidak dikenal; pilih salah satu: ${p.offered.join(', ')}`,
  'field.notOnChecklist': (p) =>
    `tidak ada dalam daftar dokumen ${p.service}: ${p.codes.join(', ')}`,
  'field.idempotencyKey': 'gunakan 1 sampai 200 karakter yang terlihat, misalnya UUID',
  'field.cursor': 'kirim kembali nextCursor persis seperti yang diterima',
  'field.streamId': 'bukan id aliran aplikasi ini (misalnya account-…)',
  'field.moment':
    'isi nomor revisi (0, 1, …), waktu beserta zonanya (2026-03-01T08:00:00+08:00), atau tanggal (2026-03-01: keadaan pada akhir hari itu)',
  'field.revisionRange': (p) => `berkas ini memiliki revisi 0 sampai ${p.last}`,
  'field.periodOrder': 'isi hari pertama pada atau sebelum hari terakhir',
  'field.periodLength': (p) =>
    `isi hari pertama paling lama ${p.days - 1} hari sebelum hari terakhir`,
  'field.calendarDate': 'isi tanggal yang ada, dengan format YYYY-MM-DD',
  'field.thresholdsAscending': 'isi dari kecil ke besar, misalnya 24,72',
  'field.notACalendarDay': (p) => `${p.text} bukan tanggal yang ada di kalender`,
  'field.dayOrTime':
    'isi tanggal (2026-03-01) atau waktu beserta zonanya (2026-03-01T08:00:00+08:00)',
  'field.notAPointInTime': (p) => `${p.text} bukan waktu yang sah`,
  'field.afterFrom': 'harus sesudah waktu from',
  'idempotency.invalid': 'Header Idempotency-Key harus 1 sampai 200 karakter yang terlihat',

  'check.said': (p) => p.check,
  'check.generic': 'tidak sah',
  'check.isString': 'harus berupa teks',
  'check.isNotEmpty': 'wajib diisi',
  'check.isInt': 'harus bilangan bulat',
  'check.isNumber': 'harus berupa angka',
  'check.isBoolean': 'harus true atau false',
  'check.isIn': 'bukan salah satu pilihan',
  'check.min': 'terlalu kecil',
  'check.max': 'terlalu besar',
  'check.maxLength': 'terlalu panjang',
  'check.minLength': 'terlalu pendek',
  'check.length': 'panjangnya tidak sesuai',
  'check.matches': 'formatnya tidak sesuai',
  'check.isArray': 'harus berupa daftar',
  'check.arrayMinSize': 'entrinya kurang',
  'check.arrayMaxSize': 'entrinya terlalu banyak',
  'check.arrayUnique': 'ada yang disebut dua kali',
  'check.isObject': 'harus berupa objek',
  'check.isDefined': 'wajib diisi',
  'check.hasText': 'tidak boleh kosong',

  'case.notFound': 'Berkas ini tidak ada',
  'case.cursorInvalid': 'Penanda halaman tidak sah; mulai lagi dari halaman pertama',
  'case.changedMeanwhile': 'Berkas ini baru saja diubah oleh orang lain; muat ulang lalu coba lagi',
  'case.notYours': (p) =>
    `Anda tidak dapat melakukan "${p.action}" pada berkas yang berstatus "${p.state}": langkah ini bukan wewenang Anda`,
  'case.notPossible': (p) =>
    `"${p.action}" tidak dapat dilakukan selama berkas berstatus "${p.state}"`,
  'case.notReplayable': (p) =>
    `Riwayat ini tidak dapat diputar ulang (${p.problem}); GET /api/cases/${p.id}/audit menunjukkan di mana rantainya putus`,
  'workflow.unknown': 'Jenis berkas ini tidak ada',
  'engine.forbidden': (p) =>
    `Anda tidak dapat melakukan "${p.command}" pada berkas dalam status "${p.state}"`,
  'engine.notAllowed': (p) =>
    `"${p.command}" tidak dapat dilakukan dalam status "${p.state}"; yang dapat dilakukan sekarang: ${either(p.allowed.join(', '))}`,
  'engine.refused': (p) => `"${p.command}" ditolak dalam status "${p.state}"`,

  'account.notFound': 'Akun ini tidak ada',
  'delegation.notFound': 'Pelaksana harian (Plh) ini tidak ada',
  'account.usernameTaken': (p) => `Nama pengguna "${p.username}" sudah dipakai; pilih nama lain`,
  'catalogue.changed': (p) =>
    `Katalog layanan kini versi ${p.latest}, bukan ${p.expected}: ada yang menerbitkan perubahan; muat ulang lalu ulangi perubahan Anda`,
  'catalogue.versionNotFound': (p) =>
    `Katalog layanan versi ${p.version} tidak ada; versinya 1 sampai ${p.latest}`,

  'catalogueRule.onlyLetterServices': 'hanya layanan surat yang dapat diubah di sini',
  'catalogueRule.serviceCodeFormat':
    'gunakan huruf kapital, angka, dan tanda hubung, misalnya KP-REG',
  'catalogueRule.writeNameId': (p) =>
    `tuliskan nama dalam Bahasa Indonesia, paling banyak ${p.max} karakter`,
  'catalogueRule.writeNameEn': (p) =>
    `tuliskan nama dalam Bahasa Inggris, paling banyak ${p.max} karakter`,
  'catalogueRule.writeConditionId': (p) =>
    `tuliskan kapan dokumen ini diperlukan dalam Bahasa Indonesia, paling banyak ${p.max} karakter`,
  'catalogueRule.writeConditionEn': (p) =>
    `tuliskan kapan dokumen ini diperlukan dalam Bahasa Inggris, paling banyak ${p.max} karakter`,
  'catalogueRule.chooseSubdivision': 'pilih sub bidang yang ada dalam organisasi',
  'catalogueRule.slaWorkingDays': (p) => `isi bilangan bulat hari kerja dari 1 sampai ${p.max}`,
  'catalogueRule.classificationCode': 'isi kode klasifikasi arsip, misalnya 800.1.3.2',
  'catalogueRule.listDocuments': 'isi daftar dokumen persyaratan',
  'catalogueRule.atLeastOneDocument': 'cantumkan paling sedikit satu dokumen',
  'catalogueRule.atMostDocuments': (p) => `cantumkan paling banyak ${p.max} dokumen`,
  'catalogueRule.documentCodeFormat':
    'gunakan huruf kapital dan angka dengan garis bawah, misalnya SK_CPNS',
  'catalogueRule.documentListedTwice': (p) => `${p.document} tercantum dua kali`,
  'catalogueRule.sayWhetherRequired': 'tentukan apakah dokumen ini wajib',
  'catalogueRule.conditionOnlyWhenOptional':
    'keterangan kapan diperlukan hanya untuk dokumen yang tidak selalu wajib',
  'catalogueRule.listInitialPosts': 'isi daftar jabatan yang memaraf',
  'catalogueRule.atLeastOneInitialPost': 'sebutkan paling sedikit satu jabatan yang memaraf',
  'catalogueRule.atMostInitialPosts': (p) => `sebutkan paling banyak ${p.max} jabatan`,
  'catalogueRule.notAPost': (p) => `${JSON.stringify(p.post)} bukan jabatan dalam organisasi`,
  'catalogueRule.initialsTwice': (p) => `${p.post} memaraf dua kali`,
  'catalogueRule.signerDoesNotInitial': (p) =>
    `${p.post} menandatangani surat, jadi tidak ikut memaraf`,
  'catalogueRule.serviceExists': (p) =>
    `${p.service} sudah ada dalam katalog; ubah layanan itu saja`,
  'catalogueRule.noServiceToChange': (p) =>
    `tidak ada layanan ${JSON.stringify(p.service)} yang dapat diubah`,
  'catalogueRule.noServiceToRetire': (p) =>
    `tidak ada layanan ${JSON.stringify(p.service)} yang dapat dihentikan`,
  'catalogueRule.consultationNotLetter': (p) =>
    `${p.service} adalah layanan konsultasi, bukan layanan surat`,
  'catalogueRule.chooseChangeAction': 'pilih tindakan: update, add, atau retire',
  'catalogueRule.atLeastOneChange': 'ubah paling sedikit satu layanan',
  'catalogueRule.atMostChanges': (p) => `terbitkan paling banyak ${p.max} perubahan sekaligus`,
  'catalogueRule.changedTwice': (p) => `${p.service} diubah dua kali; jadikan satu perubahan`,
  'catalogueRule.keepOneLetterService': 'sisakan paling sedikit satu layanan surat dalam katalog',

  'chain.ledgerBroken': (p) =>
    `catatan jangkar tidak utuh (${p.problem}): akhir aliran ini tidak dapat dibuktikan`,
  'chain.everyEventMissing': (p) =>
    `semua peristiwa hilang: jangkar mencatat sampai revisi ${p.anchored}`,
  'chain.eventsMissing': (p) =>
    `peristiwa sesudah revisi ${p.after} hilang: jangkar mencatat sampai revisi ${p.anchored}`,
  'chain.rewritten': (p) =>
    `peristiwa pada revisi ${p.revision} bukan yang dicatat jangkar (hash-nya berbeda): aliran ini ditulis ulang pada revisi itu atau sebelumnya`,

  'stream.empty': (p) => `Tidak ada peristiwa dalam aliran ${p.stream}`,
  'readModels.rebuildRunning': (p) =>
    `Model baca sedang dibangun ulang (sejak ${p.since}); tunggu sampai pembangunan ulang itu selesai`,
  'period.endsBeforeStart': 'Periode berakhir sebelum dimulai',
  'period.tooLong': (p) => `Satu periode paling lama ${p.days} hari`,
  'period.notADate': (p) => `${p.field} bukan tanggal yang ada di kalender`,
  'heatmap.thresholdsOrder': 'Ambang batas harus naik satu demi satu',

  'tracking.notFound':
    'Tidak ada berkas dengan kode lacak ini; periksa kode pada tanda terima Anda',
  'survey.linkInvalid': 'Tautan survei ini tidak sah; periksa tautan pada tanda terima Anda',
  'survey.notYetOpen': 'Survei dibuka setelah surat diserahkan',
  'survey.alreadyAnswered': 'Survei ini sudah diisi; terima kasih',
  'survey.noSuchFile': 'Tidak ada berkas dengan id ini',
};
