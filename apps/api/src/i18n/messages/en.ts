// The API's error messages in English: the answer without Accept-Language (outside clients and
// the tests were written against these words, so change them only on purpose). `id.ts` must say
// every one of them: its type is derived from this object.

const either = (values: string) => values || 'nothing';

export const en = {
  // A text that comes with its own words: one language for both (a library's), or a Text per language.
  text: (p: { text: string }) => p.text,

  // Anything a client cannot fix.
  'server.failed': 'Something went wrong on the server; it has been logged',
  'server.restarting': 'The server is restarting; try again in a moment',
  'server.listsLate':
    'Saved, but the lists are taking longer than usual to show it; refresh in a moment',

  // What the framework says about a request as such.
  'request.invalid': 'The request is not valid',
  'request.invalidJson': 'The request body is not valid JSON',
  'request.emptyJson': 'The request body is empty; send the form as JSON',
  'request.tooLarge': 'The request is too large',
  'request.jsonOnly': 'Send the form as JSON (Content-Type: application/json)',
  'request.lengthMismatch': 'The request length does not match its body',
  'request.badContentType': 'The request has an invalid Content-Type header',
  'request.notAnObject': 'Send the form as a JSON object',
  'request.noSuchAddress': 'There is nothing at this address',
  'request.wrongMethod': 'This address does not accept this kind of request',
  'request.tooMany': 'Too many requests from this address; please wait a moment',
  'request.tooManyLookups': 'Too many look-ups from this address; please wait a moment',

  // Who asks.
  'auth.logIn': 'Please log in',
  'auth.sessionEnded': 'Your session has ended; please log in again',
  'auth.wrongCredentials': 'Wrong username or password',
  'auth.tooManyFailures': (p: { minutes: number }) =>
    `Too many failed logins; try again in ${p.minutes} minute${p.minutes === 1 ? '' : 's'}`,
  'auth.notAllowed': 'You are not allowed to do this',
  'auth.rolesOnly': (p: { roles: readonly string[] }) =>
    `Only ${p.roles.join(' or ')} staff may do this`,
  'auth.rolesOnlyStoredEvents': (p: { roles: readonly string[] }) =>
    `Only ${p.roles.join(' or ')} staff may see events as stored`,

  // Forms: the headline of a 400 and the problems of its fields.
  'form.correct': (p: { fields: readonly string[] }) => `Please correct: ${p.fields.join(', ')}`,
  'form.correctField': (p: { field: string; problem: string }) =>
    `Please correct ${p.field}: ${p.problem}`,
  'field.notInForm': 'is not a field of this form',
  'field.entryAsObject': 'fill in each entry as an object',
  'field.chooseAction': (p: { actions: readonly string[] }) =>
    `choose an action: ${p.actions.join(', ')}`,
  'field.unknownService': (p: { code: string; offered: readonly string[] }) =>
    `unknown service ${JSON.stringify(p.code)}; choose one of: ${p.offered.join(', ')}`,
  'field.notOnChecklist': (p: { service: string; codes: readonly string[] }) =>
    `not on the checklist of ${p.service}: ${p.codes.join(', ')}`,
  'field.idempotencyKey': 'use 1 to 200 visible characters, e.g. a UUID',
  'field.cursor': 'pass back a nextCursor exactly as it came',
  'field.streamId': 'is not a stream id of this app (e.g. account-…)',
  'field.moment':
    'give a revision (0, 1, …) or a time with its zone (2026-03-01T08:00:00+08:00), or a day (2026-03-01: as it stood at its end)',
  'field.revisionRange': (p: { last: number }) => `this case has revisions 0 to ${p.last}`,
  'field.periodOrder': 'give a first day on or before the last day',
  'field.periodLength': (p: { days: number }) =>
    `give a first day at most ${p.days - 1} days before the last`,
  'field.calendarDate': 'give a real date as YYYY-MM-DD',
  'field.thresholdsAscending': 'give them in ascending order, e.g. 24,72',
  // One end of a period (the log's filters, the exports, a case's `at`).
  'field.notACalendarDay': (p: { text: string }) => `${p.text} is not a day of the calendar`,
  'field.dayOrTime':
    'give a day (2026-03-01) or a time with its zone (2026-03-01T08:00:00+08:00)',
  'field.notAPointInTime': (p: { text: string }) => `${p.text} is not a point in time`,
  'field.afterFrom': 'must come after from',
  'idempotency.invalid': 'The Idempotency-Key header must be 1 to 200 visible characters',

  // class-validator's checks by name: a form's own English words, or in another language the
  // check's (`check`: one of the check.* messages below).
  'check.said': (p: { said: string; check: string }) => p.said,
  'check.generic': 'is not valid',
  'check.isString': 'must be text',
  'check.isNotEmpty': 'must not be empty',
  'check.isInt': 'must be a whole number',
  'check.isNumber': 'must be a number',
  'check.isBoolean': 'must be true or false',
  'check.isIn': 'is not one of the choices',
  'check.min': 'is too small',
  'check.max': 'is too large',
  'check.maxLength': 'is too long',
  'check.minLength': 'is too short',
  'check.length': 'has the wrong length',
  'check.matches': 'is not in the expected format',
  'check.isArray': 'must be a list',
  'check.arrayMinSize': 'needs more entries',
  'check.arrayMaxSize': 'has too many entries',
  'check.arrayUnique': 'lists something twice',
  'check.isObject': 'must be an object',
  'check.isDefined': 'must be given',
  'check.hasText': 'must not be blank',

  // Cases and their actions.
  'case.notFound': 'This case does not exist',
  'case.cursorInvalid': 'The paging cursor is not valid; start again from the first page',
  'case.changedMeanwhile': 'Someone else changed this a moment ago; reload it and try again',
  'case.notYours': (p: { action: string; state: string }) =>
    `You may not "${p.action}" this file while it is "${p.state}": it is not yours to do`,
  'case.notPossible': (p: { action: string; state: string }) =>
    `"${p.action}" is not possible while the file is "${p.state}"`,
  'case.notReplayable': (p: { problem: string; id: string }) =>
    `This history cannot be replayed (${p.problem}); GET /api/cases/${p.id}/audit says where it breaks`,
  'workflow.unknown': 'There is no such kind of case',
  'engine.forbidden': (p: { command: string; state: string }) =>
    `You may not "${p.command}" this case in state "${p.state}"`,
  'engine.notAllowed': (p: { command: string; state: string; allowed: readonly string[] }) =>
    `"${p.command}" is not possible in state "${p.state}"; possible now: ${either(p.allowed.join(', '))}`,
  'engine.refused': (p: { command: string; state: string }) =>
    `"${p.command}" was refused in state "${p.state}"`,

  // Accounts, delegations, the catalogue.
  'account.notFound': 'There is no such account',
  'delegation.notFound': 'There is no such delegation',
  'account.usernameTaken': (p: { username: string }) =>
    `The username "${p.username}" is already taken; choose another one`,
  'catalogue.changed': (p: { expected: number; latest: number }) =>
    `The catalogue is at version ${p.latest} now, not ${p.expected}: someone published a change meanwhile; reload it and make your change again`,
  'catalogue.versionNotFound': (p: { version: number; latest: number }) =>
    `There is no catalogue version ${p.version}; the versions are 1 to ${p.latest}`,

  // The catalogue editor: the rules a published change keeps (the words of ptsp's catalogueRuleWords).
  'catalogueRule.onlyLetterServices': 'only letter services are edited here',
  'catalogueRule.serviceCodeFormat': 'use capital letters, digits and dashes, e.g. KP-REG',
  'catalogueRule.writeNameId': (p: { max: number }) =>
    `write the name in Indonesian in up to ${p.max} characters`,
  'catalogueRule.writeNameEn': (p: { max: number }) =>
    `write the name in English in up to ${p.max} characters`,
  'catalogueRule.writeConditionId': (p: { max: number }) =>
    `write when it is needed, in Indonesian in up to ${p.max} characters`,
  'catalogueRule.writeConditionEn': (p: { max: number }) =>
    `write when it is needed, in English in up to ${p.max} characters`,
  'catalogueRule.chooseSubdivision': 'choose a sub-division of the organisation',
  'catalogueRule.slaWorkingDays': (p: { max: number }) =>
    `give a whole number of working days from 1 to ${p.max}`,
  'catalogueRule.classificationCode': 'give an archive classification code, e.g. 800.1.3.2',
  'catalogueRule.listDocuments': 'list the documents',
  'catalogueRule.atLeastOneDocument': 'list at least one document',
  'catalogueRule.atMostDocuments': (p: { max: number }) => `list at most ${p.max} documents`,
  'catalogueRule.documentCodeFormat': 'use UPPER_SNAKE letters and digits, e.g. SK_CPNS',
  'catalogueRule.documentListedTwice': (p: { document: string }) =>
    `${p.document} is listed twice`,
  'catalogueRule.sayWhetherRequired': 'say whether it is required',
  'catalogueRule.conditionOnlyWhenOptional':
    'only a document that is not always required has a condition',
  'catalogueRule.listInitialPosts': 'list the posts that initial',
  'catalogueRule.atLeastOneInitialPost': 'name at least one post to initial',
  'catalogueRule.atMostInitialPosts': (p: { max: number }) => `name at most ${p.max} posts`,
  'catalogueRule.notAPost': (p: { post: string }) =>
    `${JSON.stringify(p.post)} is not a post of the organisation`,
  'catalogueRule.initialsTwice': (p: { post: string }) => `${p.post} initials twice`,
  'catalogueRule.signerDoesNotInitial': (p: { post: string }) =>
    `${p.post} signs the letter, so does not initial it too`,
  'catalogueRule.serviceExists': (p: { service: string }) =>
    `${p.service} is already in the catalogue; change it instead`,
  'catalogueRule.noServiceToChange': (p: { service: string }) =>
    `there is no service ${JSON.stringify(p.service)} to change`,
  'catalogueRule.noServiceToRetire': (p: { service: string }) =>
    `there is no service ${JSON.stringify(p.service)} to retire`,
  'catalogueRule.consultationNotLetter': (p: { service: string }) =>
    `${p.service} is a consultation, not a letter service`,
  'catalogueRule.chooseChangeAction': 'choose update, add or retire',
  'catalogueRule.atLeastOneChange': 'change at least one service',
  'catalogueRule.atMostChanges': (p: { max: number }) => `publish at most ${p.max} changes at once`,
  'catalogueRule.changedTwice': (p: { service: string }) =>
    `${p.service} is changed twice; make it one change`,
  'catalogueRule.keepOneLetterService': 'keep at least one letter service in the catalogue',

  // Why a stream's chain does not hold, when its anchor decided it (the engine's AnchorFinding).
  'chain.ledgerBroken': (p: { problem: string }) =>
    `the anchor ledger does not hold (${p.problem}): the stream's end cannot be proven`,
  'chain.everyEventMissing': (p: { anchored: number }) =>
    `every event is missing: the anchor saw revision ${p.anchored}`,
  'chain.eventsMissing': (p: { after: number; anchored: number }) =>
    `events after revision ${p.after} are missing: the anchor saw revision ${p.anchored}`,
  'chain.rewritten': (p: { revision: number }) =>
    `the event at revision ${p.revision} is not the one the anchor saw (another hash): the stream was rewritten at or before it`,

  // The audit of streams, the period of analytics.
  'stream.empty': (p: { stream: string }) => `No events in stream ${p.stream}`,
  'readModels.rebuildRunning': (p: { since: string }) =>
    `The read models are already being rebuilt (since ${p.since}); wait for that rebuild to finish`,
  'period.endsBeforeStart': 'The period ends before it starts',
  'period.tooLong': (p: { days: number }) => `A period covers at most ${p.days} days`,
  'period.notADate': (p: { field: string }) => `${p.field} is not a date of the calendar`,
  'heatmap.thresholdsOrder': 'Thresholds go up one after the other',

  // The public side: tracking and the survey.
  'tracking.notFound': 'No file has this tracking code; check the code on your receipt',
  'survey.linkInvalid': 'This survey link is not valid; check the link on your receipt',
  'survey.notYetOpen': 'The survey opens once the letter has been handed over',
  'survey.alreadyAnswered': 'This survey has already been answered; thank you',
  'survey.noSuchFile': 'No file has this id',
};
