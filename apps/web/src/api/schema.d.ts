// Generated from the API's OpenAPI document (GET /api/docs-json) by
// apps/web/scripts/api-types.ts with openapi-typescript. Do not edit: run
// `npx nx run web:api-types` after changing the API; a test fails while this file is stale.
export interface paths {
  '/api/admin/read-models/rebuild': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Drop the read models and replay every event
     * @description Answers once every projection has caught up again. Meanwhile lists and look-ups may show less than the log holds, and a write waits for the replay to reach it. The rebuild is recorded in the log (stream maintenance-read-models) with who asked. The event store and the anchor ledger are not touched.
     */
    post: operations['ReadModelsAdminController_rebuild'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/analytics/bottlenecks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AnalyticsController_bottlenecksOf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/analytics/heatmap': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AnalyticsController_heatmapOf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/analytics/ikm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AnalyticsController_ikm'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/analytics/initials': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AnalyticsController_initials'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/analytics/sla': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AnalyticsController_slaOf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/analytics/sla/breached': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AnalyticsController_breached'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/analytics/sla/due-soon': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AnalyticsController_dueSoon'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/analytics/throughput': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AnalyticsController_throughputOf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/log': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AuditLogController_log'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/streams/{streamId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['StreamChainController_chain'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CasesController_list'];
    put?: never;
    post: operations['CasesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CasesController_detail'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['CaseActionsController_act'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CaseAuditController_audit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CasesController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/state': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CaseAuditController_state'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/delegations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DelegationsController_list'];
    put?: never;
    post: operations['DelegationsController_grant'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/delegations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['DelegationsController_revoke'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['EventsController_stream'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ExportsController_download'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HealthController_health'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/holidays': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HolidaysController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/holidays/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations['HolidaysController_set'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MeController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MetricsController_render'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['StaffNotificationsController_mine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/services': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ServicesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/services/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations['ServicesController_put'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/services/{code}/retire': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ServicesController_retire'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/services/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ServicesController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/survey/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SurveyController_form'];
    put?: never;
    post: operations['SurveyController_answer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/survey/links/{caseId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SurveyController_link'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/track/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['TrackingController_track'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['UsersController_list'];
    put?: never;
    post: operations['UsersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['UsersController_update'];
    trace?: never;
  };
  '/api/workflows/{name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['WorkflowsController_diagram'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    ActedForDto: {
      id: string;
      name: string | null;
      position: string | null;
    };
    ActingDelegationDto: {
      /** @description Who acts for them (Plh) */
      acting: components['schemas']['AnalyticsPersonDto'];
      /** Format: date-time */
      endsAt: string;
      /** @description The official who is away */
      forUserId: string;
      id: string;
      /** Format: date-time */
      startsAt: string;
    };
    ActionResultDto: {
      id: string;
      /** @description Number of the case's last event (0 for the receipt) */
      revision: number;
      state: string;
    };
    AnalyticsPersonDto: {
      name: string;
      userId: string;
    };
    ApplicantDto: {
      /** @example Ahmad Fauzan */
      name: string;
      /**
       * @description 18 digits; spaces and dots are ignored
       * @example 198503122010031001
       */
      nip: string;
      /**
       * @description An Indonesian mobile number, for SMS
       * @example 0812-3456-7890
       */
      phone: string;
    };
    ApplicantViewDto: {
      name: string | null;
      nip: string | null;
      phone: string | null;
    };
    AssignNumberDto: {
      /** @description The case's revision as the user saw it; 409 when it has moved on */
      expectedRevision: number;
      /** @description The action, e.g. verify_complete */
      type: string;
    };
    AuditChainDto: {
      /** @description The first revision where the chain does not hold */
      brokenAt?: number;
      intact: boolean;
      /** @description Why, in words, when the stream's anchor decided it: events missing after a revision, or a stream rewritten */
      reason?: string;
    };
    AuditReportDto: {
      chain: components['schemas']['AuditChainDto'];
      steps: components['schemas']['AuditStepDto'][];
      /** @description Every step legal, matching and linked, and the chain intact */
      valid: boolean;
      workflow: components['schemas']['WorkflowVersionDto'] | null;
    };
    AuditStepDto: {
      /** @description Its hash is its content's and links to the previous event's */
      hashOk: boolean;
      /** @description The state had this step, the actor was allowed, the guards passed */
      legal: boolean;
      /** @description What is wrong with this step, in words */
      problem?: string;
      revision: number;
      stateAfter: string;
      stateBefore: string;
      /** @description Replaying it gives the states recorded in the event */
      stateMatches: boolean;
      type: string;
    };
    BottleneckRowDto: {
      /** @description Null when no stay in this state ended in the period */
      finished: components['schemas']['DurationStatsDto'] | null;
      /** @description With groupBy=service */
      serviceCode?: string;
      /** @example initials */
      state: string;
      stateLabel: components['schemas']['TextDto'];
      /** @description With groupBy=subdivision; null before the file is routed */
      subdivision?: string | null;
      wip: components['schemas']['WipDto'];
    };
    BottlenecksDto: {
      /**
       * @example [
       *       "service"
       *     ]
       */
      groupBy: string[];
      period: components['schemas']['PeriodDto'];
      /**
       * @description Largest relative error of a median or p90 (0 when exact)
       * @example 0
       */
      precision: number;
      /**
       * @description exact up to 20,000 stays in the period; beyond, medians and p90s come from histograms (see precision)
       * @enum {string}
       */
      quantiles: 'exact' | 'approximate';
      rows: components['schemas']['BottleneckRowDto'][];
    };
    CaseDetailDto: {
      agendaNumber: string | null;
      /** @description What this user may do now, as the workflow decides */
      allowedActions: string[];
      applicant: components['schemas']['ApplicantViewDto'];
      /** Format: date-time */
      createdAt: string;
      id: string;
      /** @enum {string} */
      kind: 'berkas' | 'konsultasi';
      letterNumber?: string;
      missingDocuments: string[];
      revision: number;
      serviceCode: string;
      serviceName: components['schemas']['TextDto'];
      sla: components['schemas']['SlaDto'];
      state: string;
      stateLabel: components['schemas']['TextDto'];
      subdivision: string | null;
      submittedDocuments: string[];
      trackingCode: string | null;
      /** Format: date-time */
      updatedAt: string;
      /** @description Who must act for the case to move on */
      waitingOn: components['schemas']['WaitingPersonDto'][];
    };
    CaseListItemDto: {
      agendaNumber: string | null;
      applicant: components['schemas']['ApplicantViewDto'];
      /** Format: date-time */
      createdAt: string;
      id: string;
      /** @enum {string} */
      kind: 'berkas' | 'konsultasi';
      letterNumber?: string;
      missingDocuments: string[];
      revision: number;
      serviceCode: string;
      serviceName: components['schemas']['TextDto'];
      sla: components['schemas']['SlaDto'];
      state: string;
      stateLabel: components['schemas']['TextDto'];
      subdivision: string | null;
      submittedDocuments: string[];
      trackingCode: string | null;
      /** Format: date-time */
      updatedAt: string;
    };
    CaseNotificationDto: {
      attempts: number;
      /** @enum {string} */
      channel: 'sms';
      /** @enum {string} */
      kind: 'returned' | 'ready' | 'expired';
      /** @description Why the last attempt failed */
      lastError: string | null;
      /**
       * Format: date-time
       * @description When it is tried (again)
       */
      nextAttemptAt: string | null;
      /** Format: date-time */
      sentAt: string | null;
      /**
       * @description pending: not yet sent, or to be tried again
       * @enum {string}
       */
      status: 'pending' | 'sent' | 'failed';
      /** @description The message as sent, in Indonesian */
      text: string;
      /**
       * @description The applicant's phone, masked
       * @example +6281*****7890
       */
      to: string;
    };
    CasePageDto: {
      items: components['schemas']['CaseListItemDto'][];
      nextCursor: string | null;
    };
    CaseStateDto: {
      /** @description The moment asked for, as given */
      at: string;
      caseId: string;
      /** @description The machine's context then, as JSON */
      context: Record<string, never>;
      /** @description The last step of the whole history */
      lastRevision: number;
      /** @description The actions the machine had in that state (whoever sends them) */
      possibleActions: string[];
      /** @description The last step taken by then; null before the first */
      revision: number | null;
      /** @example returned */
      state: string;
      /**
       * @description done: a final state
       * @enum {string}
       */
      status: 'active' | 'done';
      /** @description The step that led there */
      step: components['schemas']['StateStepDto'] | null;
      workflow: components['schemas']['WorkflowVersionDto'];
    };
    CatalogueHistoryDto: {
      /** @description The version new files are received with */
      latestVersion: number;
      /** @description Oldest first */
      versions: components['schemas']['CatalogueVersionDto'][];
    };
    CatalogueVersionDto: {
      changes: components['schemas']['ServiceChangeDto'][];
      /**
       * Format: date-time
       * @description null for version 1, the seed that came with the software
       */
      publishedAt: string | null;
      publishedBy: components['schemas']['PublisherDto'] | null;
      reason: string | null;
      version: number;
    };
    ChainLinkDto: {
      /** @description Its hash is its content's and links to the previous event's */
      hashOk: boolean;
      /** @description What is wrong with this link, in words */
      problem?: string;
      revision: number;
      type: string;
    };
    CreateCaseDto: {
      applicant: components['schemas']['ApplicantDto'];
      /** @example Berkas diantar oleh bagian kepegawaian OPD */
      note?: string;
      /**
       * @description A letter service of the latest catalogue version (GET /api/services)
       * @example KP-REG
       */
      serviceCode: string;
      /**
       * @description Codes of the service's checklist handed in
       * @example [
       *       "SURAT_PENGANTAR_OPD",
       *       "SK_PANGKAT_TERAKHIR"
       *     ]
       */
      submittedDocuments: string[];
    };
    CreatedCaseDto: {
      /** @example AG-2026-000123 */
      agendaNumber: string;
      /** @example berkas-0b6f… */
      id: string;
      /** @example 0 */
      revision: number;
      /** @example verification */
      state: string;
      /** @example SP-7JR3-K9WF-2MXA-QH4T */
      trackingCode: string;
    };
    CreateDelegationDto: {
      /**
       * @description Must be after startsAt
       * @example 2026-03-06T16:00:00+08:00
       */
      endsAt: string;
      /** @description The official who will be away (A) */
      fromUserId: string;
      /** @example Dinas luar ke Jakarta */
      reason?: string;
      /**
       * @description give a date and time with its time zone, e.g. 2026-03-03T08:00:00+08:00
       * @example 2026-03-03T07:30:00+08:00
       */
      startsAt: string;
      /** @description The acting official (B, Plh) */
      toUserId: string;
    };
    CreateUserDto: {
      /** @example Budi Santoso */
      name: string;
      /** @example a long secret */
      password: string;
      /**
       * @description The post held, as signing chains name it
       * @enum {string}
       */
      position?:
        | 'Kepala Badan'
        | 'Sekretaris'
        | 'Kasubbag Perencanaan, Keuangan dan Aset'
        | 'Kasubbag Umum dan Kepegawaian'
        | 'Kabid Pengadaan, Pemberhentian dan Informasi Kepegawaian'
        | 'Kasubbid Pengadaan dan Pemberhentian'
        | 'Kasubbid Fasilitasi Profesi ASN'
        | 'Kasubbid Data dan Informasi'
        | 'Kabid Pengembangan, Mutasi dan Promosi'
        | 'Kasubbid Mutasi'
        | 'Kasubbid Kepangkatan'
        | 'Kasubbid Pengembangan Karir'
        | 'Kabid Hukum, Kesejahteraan dan Pemberhentian'
        | 'Kasubbid Kedudukan Hukum'
        | 'Kasubbid Kesejahteraan'
        | 'Kasubbid Pemberhentian dan Pensiun'
        | 'Kabid Penilaian Kinerja dan Penghargaan'
        | 'Kasubbid Hukum dan Kesejahteraan ASN'
        | 'Kasubbid Disiplin dan Penghargaan'
        | 'Kasubbid Penilaian dan Evaluasi Kinerja';
      /**
       * @example [
       *       "verifier"
       *     ]
       */
      roles: (
        | 'front_office'
        | 'registrar'
        | 'verifier'
        | 'dispatcher'
        | 'processor'
        | 'initialer'
        | 'signer'
        | 'numberer'
        | 'duty_officer'
        | 'consultation_desk'
        | 'supervisor'
        | 'auditor'
        | 'admin'
      )[];
      /**
       * @description The organisational unit (sub-division) worked in
       * @enum {string}
       */
      unit?:
        | 'bkd'
        | 'sekretariat'
        | 'perencanaan-keuangan-aset'
        | 'umum-kepegawaian'
        | 'pengadaan-pemberhentian-informasi'
        | 'pengadaan-pemberhentian'
        | 'fasilitasi-profesi-asn'
        | 'data-informasi'
        | 'pengembangan-mutasi-promosi'
        | 'mutasi'
        | 'kepangkatan'
        | 'pengembangan-karir'
        | 'hukum-kesejahteraan-pemberhentian'
        | 'kedudukan-hukum'
        | 'kesejahteraan'
        | 'pemberhentian-pensiun'
        | 'penilaian-kinerja-penghargaan'
        | 'hukum-kesejahteraan-asn'
        | 'disiplin-penghargaan'
        | 'penilaian-evaluasi-kinerja';
      /** @example budi.santoso */
      username: string;
    };
    DelegationDto: {
      /** Format: date-time */
      endsAt: string;
      from: components['schemas']['PersonDto'] | null;
      /** @description The official who is away (A) */
      fromUserId: string;
      /** Format: date-time */
      grantedAt: string;
      grantedBy: string | null;
      id: string;
      reason: string | null;
      /** Format: date-time */
      revokedAt: string | null;
      revokedBy: string | null;
      /** Format: date-time */
      startsAt: string;
      to: components['schemas']['PersonDto'] | null;
      /** @description The acting official (B, Plh) */
      toUserId: string;
    };
    DiagramStateDto: {
      /** @description No command leaves this state */
      final: boolean;
      label: components['schemas']['TextDto'];
      /** @example verification */
      name: string;
    };
    DiagramTransitionDto: {
      /** @example verify_complete */
      command: string;
      /** @example verification */
      from: string;
      label: components['schemas']['TextDto'];
      /**
       * @description Equal to `from` for a command that stays
       * @example disposition
       */
      to: string;
    };
    DisposeDto: {
      /** @description The case's revision as the user saw it; 409 when it has moved on */
      expectedRevision: number;
      /** @enum {string} */
      subdivision:
        | 'pengadaan-pemberhentian'
        | 'fasilitasi-profesi-asn'
        | 'data-informasi'
        | 'mutasi'
        | 'kepangkatan'
        | 'pengembangan-karir'
        | 'kedudukan-hukum'
        | 'kesejahteraan'
        | 'pemberhentian-pensiun'
        | 'hukum-kesejahteraan-asn'
        | 'disiplin-penghargaan'
        | 'penilaian-evaluasi-kinerja';
      /** @description The action, e.g. verify_complete */
      type: string;
    };
    DocumentDto: {
      code: string;
      condition?: components['schemas']['TextDto'];
      name: components['schemas']['TextDto'];
      required: boolean;
    };
    DocumentInputDto: {
      /** @example SK_CPNS */
      code: string;
      /** @description When a document that is not always required is needed */
      condition?: components['schemas']['TextInputDto'];
      name: components['schemas']['TextInputDto'];
      required: boolean;
    };
    DurationStatsDto: {
      /** @description Stays in the state that ended in the period */
      count: number;
      maxMs: number;
      meanMs: number;
      /** @description Nearest-rank median (of an even count, the lower middle) */
      medianMs: number;
      /** @description Nearest-rank 90th percentile */
      p90Ms: number;
    };
    FieldChangeDto: {
      after: (string | number | string[]) | null;
      /** @description Documents as their codes (an optional one ends in ?), the chain as its posts, the name in Indonesian; null where the service was not there */
      before: (string | number | string[]) | null;
      /** @enum {string} */
      field:
        | 'name'
        | 'subdivision'
        | 'slaWorkingDays'
        | 'documents'
        | 'initialsChain'
        | 'signer'
        | 'classificationCode';
    };
    HandOverDto: {
      /** @description The case's revision as the user saw it; 409 when it has moved on */
      expectedRevision: number;
      /** @description The representative's identity card number (required for a representative) */
      recipientIdNumber?: string;
      recipientName: string;
      /** @enum {string} */
      relation: 'self' | 'representative';
      /** @description The action, e.g. verify_complete */
      type: string;
    };
    HealthDto: {
      projections: components['schemas']['ProjectionsHealthDto'];
      /** @enum {string} */
      status: 'ok' | 'degraded';
      /** @enum {string} */
      store: 'ok' | 'unavailable';
    };
    HeatmapDto: {
      /**
       * @description Where the diagram (states and transitions) is
       * @example /api/workflows/berkas
       */
      diagram: string;
      /** @enum {string} */
      metric: 'median' | 'p90' | 'wip';
      period: components['schemas']['PeriodDto'];
      /** @enum {string} */
      quantiles: 'exact' | 'approximate';
      /** @description Every state of the workflow, in the workflow's order */
      states: components['schemas']['HeatmapStateDto'][];
      thresholds: number[];
      /** @enum {string} */
      unit: 'hours' | 'files';
      /** @enum {string} */
      workflow: 'berkas' | 'konsultasi';
    };
    HeatmapStateDto: {
      label: components['schemas']['TextDto'];
      /** @description How many thresholds the value reaches (0: below all); null without a value */
      level: number | null;
      state: string;
      /** @description Hours (median, p90) or files (wip); null: nothing to show */
      value: number | null;
    };
    HistoryActorDto: {
      /** @description The officials a Plh acted for */
      actingFor?: components['schemas']['ActedForDto'][];
      id: string;
      name: string | null;
      position?: string | null;
      roles: string[];
    };
    HistoryEntryDto: {
      actor: components['schemas']['HistoryActorDto'];
      /** Format: date-time */
      at: string;
      /** @description The event's data */
      data: {
        [key: string]: unknown;
      };
      from: string;
      /** @description Messages to the applicant this step caused (returned, ready, expired), with their delivery status */
      notifications?: components['schemas']['CaseNotificationDto'][];
      revision: number;
      to: string;
      /** @description The stored event type, e.g. FileReturned */
      type: string;
    };
    HolidayCalendarDto: {
      days: components['schemas']['HolidayDayDto'][];
      year: number;
    };
    HolidayDayDto: {
      /**
       * Format: date
       * @example 2026-08-17
       */
      date: string;
      /** @example Hari Kemerdekaan */
      name: string;
    };
    IkmDto: {
      elements: components['schemas']['IkmElementDto'][];
      /** @enum {string} */
      grade: 'A' | 'B' | 'C' | 'D';
      gradeLabel: components['schemas']['TextDto'];
      /** @description 25–100, to 2 decimals */
      index: number;
      respondents: number;
    };
    IkmElementDto: {
      /** @description Average score (NRR), 1–4, to 2 decimals */
      average: number;
      /** @example requirements */
      code: string;
      label: components['schemas']['TextDto'];
    };
    IkmReportDto: {
      /** @description All services; null when nobody answered */
      overall: components['schemas']['IkmDto'] | null;
      period: components['schemas']['PeriodDto'];
      services: components['schemas']['ServiceIkmDto'][];
    };
    InitialDto: {
      /** @description The case's revision as the user saw it; 409 when it has moved on */
      expectedRevision: number;
      /** @description The action, e.g. verify_complete */
      type: string;
    };
    InitialsDto: {
      /** Format: date-time */
      asOf: string;
      /** @description Longest wait first */
      officials: components['schemas']['OfficialWaitsDto'][];
    };
    LagDto: {
      events: number;
      ms: number;
      positions: number;
    };
    LogActorDto: {
      /** @description Whom they acted for (Plh) */
      actingFor: components['schemas']['LogPrincipalDto'][];
      id: string;
      name: string | null;
      position: string | null;
      roles: string[];
    };
    LogEventDto: {
      actor: components['schemas']['LogActorDto'] | null;
      data: Record<string, never>;
      eventId: string;
      metadata: Record<string, never>;
      /**
       * Format: date-time
       * @description When it was decided
       */
      occurredAt: string;
      position: number;
      /**
       * Format: date-time
       * @description When the store recorded it
       */
      recordedAt: string;
      revision: number;
      stateAfter: string | null;
      stateBefore: string | null;
      /** @example account-3f0c… */
      streamId: string;
      /** @example UserRolesChanged */
      type: string;
      workflow: components['schemas']['LogWorkflowDto'] | null;
    };
    LoginDto: {
      /** @example demo */
      password: string;
      /** @example admin */
      username: string;
    };
    LoginResponseDto: {
      /** @description Send as `Authorization: Bearer <token>`; valid for 8 hours */
      token: string;
      user: components['schemas']['LoginUserDto'];
    };
    LoginUserDto: {
      id: string;
      name: string;
      roles: string[];
      username: string;
    };
    LogPageDto: {
      items: components['schemas']['LogEventDto'][];
      /** @description Pass as cursor for the next page; null at the end of the log. A page may hold fewer than limit events (even none) and still have a next one: a page examines a bounded stretch of the log */
      nextCursor: string | null;
    };
    LogPrincipalDto: {
      id: string;
      name: string | null;
      position: string | null;
    };
    LogWorkflowDto: {
      name: string;
      version: number;
    };
    MeDto: {
      delegations: components['schemas']['MyDelegationsDto'];
      id: string;
      name: string;
      position: string | null;
      roles: string[];
      unit: string | null;
      username: string;
    };
    MissingDocumentDto: {
      code: string;
      name: components['schemas']['TextDto'];
    };
    MyDelegationsDto: {
      /** @description These people act for me now */
      given: components['schemas']['DelegationDto'][];
      /** @description I act for these officials (Plh) now */
      held: components['schemas']['DelegationDto'][];
    };
    OfficialWaitsDto: {
      count: number;
      /** @description A delegation (Plh) in force now for an official of the post */
      delegation: components['schemas']['ActingDelegationDto'] | null;
      /** @description The longest-waiting files, oldest first */
      files: components['schemas']['WaitingFileDto'][];
      longestWaitMs: number;
      /** @description The active accounts holding the post (empty: vacant) */
      officials: components['schemas']['AnalyticsPersonDto'][];
      /** Format: date-time */
      oldestSince: string;
      /**
       * @description The post whose initials or signature files wait for
       * @example Kasubbid Kepangkatan
       */
      post: string;
    };
    PeriodDto: {
      /**
       * @description First WITA day
       * @example 2026-03-01
       */
      from: string;
      /**
       * @description Last WITA day, included
       * @example 2026-03-31
       */
      to: string;
    };
    PersonDto: {
      id: string;
      name: string;
      position: string | null;
    };
    ProjectionsHealthDto: {
      checkpoint: number;
      /** @description Why the read models are stuck, while they are */
      error?: string;
      lag: components['schemas']['LagDto'];
    };
    PromisedDateDto: {
      /** Format: date-time */
      dueAt: string;
    };
    PublicStatusDto: {
      /** @description What to bring, while the file is returned */
      missingDocuments?: components['schemas']['MissingDocumentDto'][];
      service: components['schemas']['TextDto'];
      /** @description When the office promised to be done (working days, holidays counted) */
      sla: components['schemas']['PromisedDateDto'];
      stateLabel: components['schemas']['TextDto'];
      steps: components['schemas']['TrackingStepDto'][];
      /** @example SP-7JR3-K9WF-2MXA-QH4T */
      trackingCode: string;
    };
    PublishedServiceDto: {
      /** @description The service as now published; null when retired */
      service: components['schemas']['ServiceDto'] | null;
      /** @description The catalogue version just published */
      version: number;
    };
    PublisherDto: {
      id: string;
      name: string | null;
    };
    PutServiceDto: {
      /** @example 800.1.3.2 */
      classificationCode: string;
      documents: components['schemas']['DocumentInputDto'][];
      /**
       * @description The catalogue version the change was made on (409 when another was published since)
       * @example 1
       */
      expectedVersion: number;
      /**
       * @example [
       *       "Kasubbid Kepangkatan",
       *       "Kabid Pengembangan, Mutasi dan Promosi"
       *     ]
       */
      initialsChain: string[];
      name: components['schemas']['TextInputDto'];
      /** @example Perbup 12/2026 memperpendek standar layanan */
      reason: string;
      /** @example Kepala Badan */
      signer: string;
      /**
       * @description The completion standard in working days (at least 1)
       * @example 14
       */
      slaWorkingDays: number;
      /**
       * @description The code of the sub-division that processes it
       * @example kepangkatan
       */
      subdivision: string;
    };
    RebuildResultDto: {
      /**
       * @description The global position the read models include now (the rebuild, and its record in the log)
       * @example 1834
       */
      checkpoint: number;
      /**
       * Format: date-time
       * @description When the rebuild began
       */
      startedAt: string;
      /** @description How long dropping and replaying took, in milliseconds */
      tookMs: number;
    };
    RedisposeDto: {
      /** @description The case's revision as the user saw it; 409 when it has moved on */
      expectedRevision: number;
      reason: string;
      /** @enum {string} */
      subdivision:
        | 'pengadaan-pemberhentian'
        | 'fasilitasi-profesi-asn'
        | 'data-informasi'
        | 'mutasi'
        | 'kepangkatan'
        | 'pengembangan-karir'
        | 'kedudukan-hukum'
        | 'kesejahteraan'
        | 'pemberhentian-pensiun'
        | 'hukum-kesejahteraan-asn'
        | 'disiplin-penghargaan'
        | 'penilaian-evaluasi-kinerja';
      /** @description The action, e.g. verify_complete */
      type: string;
    };
    ResubmitDto: {
      /** @description The case's revision as the user saw it; 409 when it has moved on */
      expectedRevision: number;
      /** @description Everything now in the file (replaces the earlier list) */
      submittedDocuments: string[];
      /** @description The action, e.g. verify_complete */
      type: string;
    };
    RetireServiceDto: {
      /**
       * @description The catalogue version the change was made on (409 when another was published since)
       * @example 1
       */
      expectedVersion: number;
      /** @example Perbup 12/2026 memperpendek standar layanan */
      reason: string;
    };
    ReturnIncompleteDto: {
      /** @description The case's revision as the user saw it; 409 when it has moved on */
      expectedRevision: number;
      /** @description Checklist codes the applicant must still bring */
      missingDocuments: string[];
      note?: string;
      /** @description The action, e.g. verify_complete */
      type: string;
    };
    SendBackDto: {
      /** @description The case's revision as the user saw it; 409 when it has moved on */
      expectedRevision: number;
      reason: string;
      /** @description The action, e.g. verify_complete */
      type: string;
    };
    ServiceChangeDto: {
      /** @enum {string} */
      action: 'update' | 'add' | 'retire';
      code: string;
      fields: components['schemas']['FieldChangeDto'][];
    };
    ServiceDto: {
      /**
       * @description Opens the outgoing letter's number
       * @example 800.1.3.2
       */
      classificationCode: string;
      code: string;
      documents: components['schemas']['DocumentDto'][];
      initialsChain: string[];
      name: components['schemas']['TextDto'];
      signer: string;
      slaWorkingDays: number;
      subdivision: string;
    };
    ServiceIkmDto: {
      elements: components['schemas']['IkmElementDto'][];
      /** @enum {string} */
      grade: 'A' | 'B' | 'C' | 'D';
      gradeLabel: components['schemas']['TextDto'];
      /** @description 25–100, to 2 decimals */
      index: number;
      respondents: number;
      serviceCode: string;
    };
    ServiceSlaDto: {
      /** @description Running clocks past their due date */
      breached: number;
      /** @description Files whose work was completed in the period */
      completed: number;
      /** @description …of which late */
      completedLate: number;
      /** @description Running clocks due within two working days */
      dueSoon: number;
      /** @description completed on time / completed; null when none */
      onTimeRate: number | null;
      /** @description Files returned to the applicant: their clocks are paused */
      paused: number;
      /** @description Clocks running now (the office has the file) */
      running: number;
      serviceCode: string;
    };
    SetHolidaysDto: {
      /** @description Every public holiday and joint leave day of the year; replaces the list */
      days: components['schemas']['HolidayDayDto'][];
    };
    SignDto: {
      /** @description The case's revision as the user saw it; 409 when it has moved on */
      expectedRevision: number;
      /** @description The action, e.g. verify_complete */
      type: string;
    };
    SkmElementDto: {
      /** @example requirements */
      code: string;
      label: components['schemas']['TextDto'];
    };
    SkmScoreDto: {
      label: components['schemas']['TextDto'];
      score: number;
    };
    SkmScoresDto: {
      behaviour: number;
      competence: number;
      complaints: number;
      completion_time: number;
      cost: number;
      facilities: number;
      procedure: number;
      product: number;
      requirements: number;
    };
    SlaDto: {
      breached: boolean;
      /** Format: date-time */
      dueAt: string;
    };
    SlaFileDto: {
      agendaNumber: string | null;
      caseId: string;
      /** Format: date-time */
      dueAt: string;
      /** @description Breached: working time past the due date */
      overdueWorkingMs?: number;
      /** @description Due soon: working time left */
      remainingWorkingMs?: number;
      serviceCode: string;
      state: string;
      stateLabel: components['schemas']['TextDto'];
      subdivision: string | null;
    };
    SlaOverviewDto: {
      /** Format: date-time */
      asOf: string;
      /** @description Most overdue first; more with GET /api/analytics/sla/breached */
      breached: components['schemas']['SlaPageDto'];
      /** @description Soonest first; more with GET /api/analytics/sla/due-soon */
      dueSoon: components['schemas']['SlaPageDto'];
      /**
       * Format: date-time
       * @description Files due by then are due soon
       */
      dueSoonUntil: string;
      /** @example 2 */
      dueSoonWorkingDays: number;
      /** @description For the completions */
      period: components['schemas']['PeriodDto'];
      services: components['schemas']['ServiceSlaDto'][];
    };
    SlaPageDto: {
      items: components['schemas']['SlaFileDto'][];
      nextCursor: string | null;
    };
    StaffNotificationDto: {
      agendaNumber: string | null;
      /** Format: date-time */
      at: string;
      caseId: string;
      /** @description The id of the reminder event */
      id: string;
      /** @enum {string} */
      kind: 'wait_reminder';
      /**
       * @description official: the file waits on you; supervisor: on someone you supervise
       * @enum {string}
       */
      level: 'official' | 'supervisor';
      message: components['schemas']['TextDto'];
      /** @description The post the file waits on */
      post: string;
      serviceCode: string;
      /** @enum {string} */
      state: 'initials' | 'signature';
      /** Format: date-time */
      waitingSince: string;
    };
    StateStepDto: {
      /** @description Who did it (and for whom), as recorded */
      actor: Record<string, never>;
      /** Format: date-time */
      occurredAt: string;
      revision: number;
      /** @example FileReturned */
      type: string;
    };
    StoredEventDto: {
      data: Record<string, never>;
      id: string;
      /** @description Event, command, correlation and causation ids, actor, workflow and version, states before and after, occurredAt, prevHash and hash */
      metadata: Record<string, never>;
      /** @description Global commit order across all streams */
      position: number;
      /** Format: date-time */
      recordedAt: string;
      revision: number;
      streamId: string;
      type: string;
    };
    StreamChainDto: {
      chain: components['schemas']['AuditChainDto'];
      links: components['schemas']['ChainLinkDto'][];
      streamId: string;
    };
    SubmitDraftDto: {
      /** @description The case's revision as the user saw it; 409 when it has moved on */
      expectedRevision: number;
      /** @description What the draft letter says, in a line or two */
      summary: string;
      /** @description The action, e.g. verify_complete */
      type: string;
    };
    SurveyAnswerDto: {
      scores: components['schemas']['SkmScoresDto'];
      /** @description A suggestion (saran), up to 1000 characters */
      suggestion?: string;
    };
    SurveyFormDto: {
      elements: components['schemas']['SkmElementDto'][];
      scores: components['schemas']['SkmScoreDto'][];
      /** @example KARIS */
      serviceCode: string;
      serviceName: components['schemas']['TextDto'];
      /**
       * @description open: may be answered; answered: it was (once per file); not_yet: the letter is not handed over yet
       * @enum {string}
       */
      status: 'open' | 'answered' | 'not_yet';
    };
    SurveyLinkDto: {
      caseId: string;
      /**
       * @description The web page that takes the answer
       * @example /survey/7JR3K9WF2MXAQH4T.Xo1…
       */
      path: string;
      /** @description Unguessable; one per file */
      token: string;
    };
    TextDto: {
      /** @description English */
      en: string;
      /** @description Bahasa Indonesia */
      id: string;
    };
    TextInputDto: {
      /** @example Regular promotion */
      en: string;
      /** @example Kenaikan Pangkat Reguler */
      id: string;
    };
    ThroughputDayDto: {
      /** @description The office's work done: ready for pickup (a consultation: answered) */
      completed: number;
      /** @description …of which after the SLA due date */
      completedLate: number;
      /** @example 2026-03-02 */
      date: string;
      expired: number;
      received: number;
      returned: number;
      withdrawn: number;
    };
    ThroughputDto: {
      /** @description Every day of the period, zeros included */
      days: components['schemas']['ThroughputDayDto'][];
      period: components['schemas']['PeriodDto'];
      /** @description Per day and service, days with something to count */
      rows: components['schemas']['ThroughputRowDto'][];
      /** @description The period's totals per service */
      services: components['schemas']['ThroughputServiceDto'][];
    };
    ThroughputRowDto: {
      /** @description The office's work done: ready for pickup (a consultation: answered) */
      completed: number;
      /** @description …of which after the SLA due date */
      completedLate: number;
      /** @example 2026-03-02 */
      date: string;
      expired: number;
      received: number;
      returned: number;
      serviceCode: string;
      withdrawn: number;
    };
    ThroughputServiceDto: {
      /** @description The office's work done: ready for pickup (a consultation: answered) */
      completed: number;
      /** @description …of which after the SLA due date */
      completedLate: number;
      expired: number;
      received: number;
      returned: number;
      serviceCode: string;
      withdrawn: number;
    };
    TimelineEntryDto: {
      actor: components['schemas']['HistoryActorDto'];
      /** Format: date-time */
      at: string;
      /** @description The event's data */
      data: {
        [key: string]: unknown;
      };
      from: string;
      /** @description Messages to the applicant this step caused (returned, ready, expired), with their delivery status */
      notifications?: components['schemas']['CaseNotificationDto'][];
      revision: number;
      /** @description Milliseconds since the previous step (the time spent in `from`); null for the first step */
      sincePreviousMs: number | null;
      /** @description Milliseconds since the first step */
      sinceStartMs: number;
      to: string;
      /** @description The stored event type, e.g. FileReturned */
      type: string;
    };
    TrackingStepDto: {
      /** Format: date-time */
      at: string;
      label: components['schemas']['TextDto'];
    };
    UpdateUserDto: {
      /** @description false deactivates the account: its owner can no longer log in */
      active?: boolean;
      name?: string;
      /** @description Sets a new password */
      password?: string;
      /** @enum {string|null} */
      position?:
        | 'Kepala Badan'
        | 'Sekretaris'
        | 'Kasubbag Perencanaan, Keuangan dan Aset'
        | 'Kasubbag Umum dan Kepegawaian'
        | 'Kabid Pengadaan, Pemberhentian dan Informasi Kepegawaian'
        | 'Kasubbid Pengadaan dan Pemberhentian'
        | 'Kasubbid Fasilitasi Profesi ASN'
        | 'Kasubbid Data dan Informasi'
        | 'Kabid Pengembangan, Mutasi dan Promosi'
        | 'Kasubbid Mutasi'
        | 'Kasubbid Kepangkatan'
        | 'Kasubbid Pengembangan Karir'
        | 'Kabid Hukum, Kesejahteraan dan Pemberhentian'
        | 'Kasubbid Kedudukan Hukum'
        | 'Kasubbid Kesejahteraan'
        | 'Kasubbid Pemberhentian dan Pensiun'
        | 'Kabid Penilaian Kinerja dan Penghargaan'
        | 'Kasubbid Hukum dan Kesejahteraan ASN'
        | 'Kasubbid Disiplin dan Penghargaan'
        | 'Kasubbid Penilaian dan Evaluasi Kinerja'
        | null;
      roles?: (
        | 'front_office'
        | 'registrar'
        | 'verifier'
        | 'dispatcher'
        | 'processor'
        | 'initialer'
        | 'signer'
        | 'numberer'
        | 'duty_officer'
        | 'consultation_desk'
        | 'supervisor'
        | 'auditor'
        | 'admin'
      )[];
      /** @enum {string|null} */
      unit?:
        | 'bkd'
        | 'sekretariat'
        | 'perencanaan-keuangan-aset'
        | 'umum-kepegawaian'
        | 'pengadaan-pemberhentian-informasi'
        | 'pengadaan-pemberhentian'
        | 'fasilitasi-profesi-asn'
        | 'data-informasi'
        | 'pengembangan-mutasi-promosi'
        | 'mutasi'
        | 'kepangkatan'
        | 'pengembangan-karir'
        | 'hukum-kesejahteraan-pemberhentian'
        | 'kedudukan-hukum'
        | 'kesejahteraan'
        | 'pemberhentian-pensiun'
        | 'penilaian-kinerja-penghargaan'
        | 'hukum-kesejahteraan-asn'
        | 'disiplin-penghargaan'
        | 'penilaian-evaluasi-kinerja'
        | null;
    };
    UserDto: {
      active: boolean;
      id: string;
      name: string;
      position: string | null;
      roles: (
        | 'front_office'
        | 'registrar'
        | 'verifier'
        | 'dispatcher'
        | 'processor'
        | 'initialer'
        | 'signer'
        | 'numberer'
        | 'duty_officer'
        | 'consultation_desk'
        | 'supervisor'
        | 'auditor'
        | 'admin'
      )[];
      unit: string | null;
      username: string;
    };
    VerifyCompleteDto: {
      /** @description The case's revision as the user saw it; 409 when it has moved on */
      expectedRevision: number;
      /** @description The action, e.g. verify_complete */
      type: string;
    };
    WaitingFileDto: {
      agendaNumber: string | null;
      caseId: string;
      serviceCode: string;
      /**
       * Format: date-time
       * @description Since when it waits on this official
       */
      since: string;
      /** @enum {string} */
      state: 'initials' | 'signature';
      waitingMs: number;
    };
    WaitingOfficialDto: {
      name: string;
      position: string | null;
      userId: string;
    };
    WaitingPersonDto: {
      /** @description Set for a Plh: the official this person acts for */
      actingFor?: components['schemas']['WaitingOfficialDto'];
      name: string;
      position: string | null;
      userId: string;
    };
    WipDto: {
      /** @description Files in the state now */
      count: number;
      /**
       * Format: date-time
       * @description Since when the longest-waiting of them is there
       */
      oldestSince: string | null;
    };
    WithdrawDto: {
      /** @description The case's revision as the user saw it; 409 when it has moved on */
      expectedRevision: number;
      reason: string;
      /** @description The action, e.g. verify_complete */
      type: string;
    };
    WorkflowDiagramDto: {
      /** @example start */
      initial: string;
      /** @example berkas */
      name: string;
      states: components['schemas']['DiagramStateDto'][];
      transitions: components['schemas']['DiagramTransitionDto'][];
      /** @example 1 */
      version: number;
    };
    WorkflowVersionDto: {
      /** @example berkas */
      name: string;
      /** @example 1 */
      version: number;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  ReadModelsAdminController_rebuild: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RebuildResultDto'];
        };
      };
      /** @description No valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not an admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description A rebuild is already running on this node (details: startedAt, startedBy) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AnalyticsController_bottlenecksOf: {
    parameters: {
      query?: {
        /** @description First day (WITA), YYYY-MM-DD; default 29 days before `to` */
        from?: string;
        /** @description Break the figures down by service and/or sub-division besides the state, comma-separated */
        groupBy?: 'service' | 'subdivision' | 'service,subdivision';
        /** @description Only one workflow's states */
        kind?: 'berkas' | 'konsultasi';
        serviceCode?: string;
        subdivision?: string;
        /** @description Last day (WITA), included, YYYY-MM-DD; default today */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Time in state: files in progress now; count, median, p90, max of the stays that ended in the period */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BottlenecksDto'];
        };
      };
      /** @description Only supervisors, auditors and admins */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AnalyticsController_heatmapOf: {
    parameters: {
      query?: {
        /** @description First day (WITA), YYYY-MM-DD; default 29 days before `to` */
        from?: string;
        /** @description median or p90: hours spent in the state by stays that ended in the period; wip: files in it now */
        metric?: 'median' | 'p90' | 'wip';
        serviceCode?: string;
        /** @description Ascending thresholds (hours for median/p90, files for wip), comma-separated: each state gets the level of the highest one it reaches */
        thresholds?: string;
        /** @description Last day (WITA), included, YYYY-MM-DD; default today */
        to?: string;
        workflow?: 'berkas' | 'konsultasi';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Each state of a workflow coloured by its median (or p90) time or files in progress */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HeatmapDto'];
        };
      };
      /** @description Only supervisors, auditors and admins */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AnalyticsController_ikm: {
    parameters: {
      query?: {
        /** @description First day (WITA), YYYY-MM-DD; default 29 days before `to` */
        from?: string;
        serviceCode?: string;
        /** @description Last day (WITA), included, YYYY-MM-DD; default today */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The satisfaction index (IKM, PermenPANRB 14/2017) per service and overall, for surveys answered in the period */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IkmReportDto'];
        };
      };
      /** @description Only supervisors, auditors and admins */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AnalyticsController_initials: {
    parameters: {
      query?: {
        /** @description Oldest files listed per official */
        files?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Files waiting for initials and signature, per official, longest wait first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InitialsDto'];
        };
      };
      /** @description Only supervisors, auditors and admins */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AnalyticsController_slaOf: {
    parameters: {
      query?: {
        /** @description First day (WITA), YYYY-MM-DD; default 29 days before `to` */
        from?: string;
        /** @description Files per list */
        limit?: number;
        serviceCode?: string;
        /** @description Last day (WITA), included, YYYY-MM-DD; default today */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description SLA on working days per service; breached files and files due within two working days */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SlaOverviewDto'];
        };
      };
      /** @description Only supervisors, auditors and admins */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AnalyticsController_breached: {
    parameters: {
      query?: {
        /** @description The nextCursor of the previous page */
        cursor?: string;
        limit?: number;
        serviceCode?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Breached files, most overdue first, a page at a time */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SlaPageDto'];
        };
      };
      /** @description Only supervisors, auditors and admins */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AnalyticsController_dueSoon: {
    parameters: {
      query?: {
        /** @description The nextCursor of the previous page */
        cursor?: string;
        limit?: number;
        serviceCode?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Files due within two working days, soonest first, a page at a time */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SlaPageDto'];
        };
      };
      /** @description Only supervisors, auditors and admins */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AnalyticsController_throughputOf: {
    parameters: {
      query?: {
        /** @description First day (WITA), YYYY-MM-DD; default 29 days before `to` */
        from?: string;
        serviceCode?: string;
        /** @description Last day (WITA), included, YYYY-MM-DD; default today */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Files received, completed, returned, expired and withdrawn per day and service */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ThroughputDto'];
        };
      };
      /** @description Only supervisors, auditors and admins */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AuditLogController_log: {
    parameters: {
      query?: {
        /** @description The nextCursor of the previous page */
        cursor?: string;
        /** @description A day (WITA) or a time with its zone; inclusive */
        from?: string;
        limit?: number;
        /** @description Streams whose id starts with one of these, comma-separated: a case id, or account-, delegation-, calendar-, berkas-, konsultasi- */
        stream?: string;
        /** @description A day (WITA, included) or a time with its zone (exclusive) */
        to?: string;
        /** @description Stored event types, comma-separated */
        type?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LogPageDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  StreamChainController_chain: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        streamId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StreamChainDto'];
        };
      };
      /** @description Not a stream id of this app */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No event in this stream (and none anchored) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoginResponseDto'];
        };
      };
      /** @description Wrong username or password */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Too many failed logins for this username or address */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  CasesController_list: {
    parameters: {
      query?: {
        /** @description The nextCursor of the previous page */
        cursor?: string;
        /** @description Files (berkas) or consultations (konsultasi) */
        kind?: 'berkas' | 'konsultasi';
        limit?: number;
        /** @description true: only what I can act on now (incl. as Plh) */
        mine?: 'true' | 'false';
        /** @description A tracking code, an agenda number, a NIP (or its first digits) or words of the applicant's name */
        q?: string;
        serviceCode?: string;
        state?: string;
        subdivision?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CasePageDto'];
        };
      };
    };
  };
  CasesController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send the same key when retrying: the first answer comes back and nothing is done twice */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCaseDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedCaseDto'];
        };
      };
      /** @description A field is wrong; unknown service or document codes are named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  CasesController_detail: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseDetailDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  CaseActionsController_act: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send the same key when retrying: the first answer comes back and nothing is done twice */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    /** @description `{type, expectedRevision, ...payload}`: the type picks the form */
    requestBody: {
      content: {
        'application/json':
          | components['schemas']['VerifyCompleteDto']
          | components['schemas']['ReturnIncompleteDto']
          | components['schemas']['ResubmitDto']
          | components['schemas']['DisposeDto']
          | components['schemas']['RedisposeDto']
          | components['schemas']['SubmitDraftDto']
          | components['schemas']['InitialDto']
          | components['schemas']['SendBackDto']
          | components['schemas']['SignDto']
          | components['schemas']['AssignNumberDto']
          | components['schemas']['HandOverDto']
          | components['schemas']['WithdrawDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActionResultDto'];
        };
      };
      /** @description Unknown action type or a wrong field (field by field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The user's roles or post do not allow this action */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such case */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The case has moved on: details {expectedRevision, actualRevision} */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not possible in this state: details {state, allowedActions} */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  CaseAuditController_audit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditReportDto'];
        };
      };
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  CasesController_history: {
    parameters: {
      query?: {
        /** @description compact: one entry per step; timeline: the same with the time between steps; raw: the events as stored, metadata and hashes included (auditor, supervisor, admin) */
        view?: 'compact' | 'timeline' | 'raw';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description view=compact (default): HistoryEntryDto[]; view=timeline: TimelineEntryDto[] (the same plus sincePreviousMs, sinceStartMs); view=raw: StoredEventDto[] (auditor, supervisor, admin; 403 for others) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HistoryEntryDto'][];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  CaseAuditController_state: {
    parameters: {
      query: {
        /** @description A revision (0, 1, …), a time with its zone (2026-03-01T08:00:00+08:00), or a day (as it stood at its end, WITA) */
        at: unknown;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseStateDto'];
        };
      };
      /** @description `at` is neither a revision of this case nor a time */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The stored history cannot be replayed (see the audit) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  DelegationsController_list: {
    parameters: {
      query?: {
        /** @description Only delegations in force at this moment */
        inForceAt?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DelegationDto'][];
        };
      };
    };
  };
  DelegationsController_grant: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateDelegationDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DelegationDto'];
        };
      };
    };
  };
  DelegationsController_revoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The delegation, now revoked */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DelegationDto'];
        };
      };
    };
  };
  EventsController_stream: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description text/event-stream: `event: case` messages and keep-alive comments */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ExportsController_download: {
    parameters: {
      query: {
        /** @description xes: IEEE 1849 for ProM, Disco, PM4Py; ocel: OCEL 2.0 JSON; csv; jsonl: the events as stored */
        format: 'xes' | 'ocel' | 'csv' | 'jsonl';
        /** @description A day (WITA) or a time with its zone; inclusive */
        from?: string;
        /** @description A day (WITA, included) or a time with its zone (exclusive) */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The export as an attachment (Content-Disposition names the file) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  HealthController_health: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthDto'];
        };
      };
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthDto'];
        };
      };
    };
  };
  HolidaysController_get: {
    parameters: {
      query?: {
        /** @description Default: the current year (WITA) */
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HolidayCalendarDto'];
        };
      };
    };
  };
  HolidaysController_set: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetHolidaysDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HolidayCalendarDto'];
        };
      };
    };
  };
  MeController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeDto'];
        };
      };
    };
  };
  MetricsController_render: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Prometheus text format */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  StaffNotificationsController_mine: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StaffNotificationDto'][];
        };
      };
    };
  };
  ServicesController_list: {
    parameters: {
      query?: {
        /** @description A published catalogue version; default: the latest */
        version?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The letter services of the version (default: the latest) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceDto'][];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such version */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ServicesController_put: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PutServiceDto'];
      };
    };
    responses: {
      /** @description Published as the next catalogue version */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublishedServiceDto'];
        };
      };
      /** @description A field is wrong; each problem is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Another version was published since expectedVersion */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ServicesController_retire: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RetireServiceDto'];
      };
    };
    responses: {
      /** @description Published as the next catalogue version, without the service */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublishedServiceDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ServicesController_history: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CatalogueHistoryDto'];
        };
      };
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  SurveyController_form: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SurveyFormDto'];
        };
      };
      /** @description Not a survey link of this office */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  SurveyController_answer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SurveyAnswerDto'];
      };
    };
    responses: {
      /** @description Answered; thank you */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not a survey link of this office */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Answered already (once per file) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The letter has not been handed over yet */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  SurveyController_link: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The survey link for a file's receipt */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SurveyLinkDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  TrackingController_track: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicStatusDto'];
        };
      };
      /** @description No file has this tracking code */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Too many look-ups from this address */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  UsersController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'][];
        };
      };
    };
  };
  UsersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      /** @description The username is taken */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  UsersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
    };
  };
  WorkflowsController_diagram: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkflowDiagramDto'];
        };
      };
      /** @description No workflow has this name */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
