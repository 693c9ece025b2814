import { AccountsError } from '../accounts/accounts-errors';

/** The admin edited a version that is no longer the latest: their change would undo someone else's. */
export class CatalogueChangedError extends AccountsError {
  readonly code = 'conflict';
  constructor(
    readonly expectedVersion: number,
    readonly latestVersion: number,
  ) {
    super(
      `The catalogue is at version ${latestVersion} now, not ${expectedVersion}: someone published a change meanwhile; reload it and make your change again`,
    );
  }
}

export class CatalogueVersionNotFoundError extends AccountsError {
  readonly code = 'not_found';
  constructor(
    readonly version: number,
    readonly latestVersion: number,
  ) {
    super(`There is no catalogue version ${version}; the versions are 1 to ${latestVersion}`);
  }
}
