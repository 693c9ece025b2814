/** The UI's addresses, in the office's language (they show in the address bar and on receipts). */
export const paths = {
  login: '/masuk',
  queue: '/kotak-masuk',
  receive: '/penerimaan',
  caseOf: (id: string) => `/berkas/${encodeURIComponent(id)}`,
  receiptOf: (id: string) => `/berkas/${encodeURIComponent(id)}/tanda-terima`,
  track: '/lacak',
  trackingOf: (code: string) => `/lacak/${encodeURIComponent(code)}`,
  admin: '/admin',
  adminUsers: '/admin/pengguna',
  adminDelegations: '/admin/delegasi',
  adminHolidays: '/admin/hari-libur',
  oversight: '/pengawasan',
  audit: '/audit',
  auditLog: '/audit/log',
  auditExport: '/audit/ekspor',
  auditOf: (id: string) => `/audit/berkas/${encodeURIComponent(id)}`,
} as const;
