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
