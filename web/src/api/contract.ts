/**
 * The API's contract, functions/Portale.Functions/openapi.json, as TypeScript: `generated/` is
 * written by openapi-typescript before every build, test and dev server (npm run api-types) and
 * is not committed. Request bodies are typed with the contract's own schemas; the types the web
 * reads (api/*.ts) are checked against the contract's here, so that a field renamed, removed or
 * retyped on either side, or a new value of an enumeration, fails `tsc -b` (npm run build).
 */
import type { components, paths } from './generated/openapi';
import type { CaptchaChallenge, Message, Place, PlaceSearch, Profile } from './accounts';
import type { NextStep, SessionStarted } from './auth';
import type { Communication, CursorPage, FailedUpload, Reminder } from './communications';
import type { Letter, LetterPage, Me } from './operator';
import type { Outage, OutageReport } from './outages';
import type { Problem } from './problem';
import type { Notice, PortalStatus } from './status';
import type { Upload, UploadResult, UploadStarted } from './uploads';

export type Schemas = components['schemas'];

/** The JSON body of the answer `status` of `method path`. */
export type JsonAnswer<
  P extends keyof paths,
  M extends keyof paths[P] & ('get' | 'post' | 'put'),
  Status extends number = 200,
> = paths[P][M] extends { responses: Record<Status, { content: { 'application/json': infer T } }> } ? T : never;

type Defined<T> = Exclude<T, null | undefined>;
type Kind<T> = T extends string ? 'string' : T extends number ? 'number' : T extends boolean ? 'boolean' : 'object';

/**
 * Where the client's type of a value and the contract's disagree: never when they agree, otherwise
 * the paths of the fields that do (`.letter.recipient`). Every field the client reads must be in
 * the contract with the same kind (string, number, boolean, array, object), and where the contract
 * enumerates the values, the client must accept each of them. Presence and null are not compared:
 * the contract's schemas list no `required`, and their `nullable` is not yet what the API sends
 * (the web keeps its own, stricter, knowledge of both).
 */
export type Disagreements<Client, Contract, At extends string = ''> = [Defined<Contract>] extends [never]
  ? `${At} (null in the contract)`
  : Defined<Client> extends readonly (infer ClientItem)[]
    ? Defined<Contract> extends readonly (infer ContractItem)[]
      ? Disagreements<ClientItem, ContractItem, `${At}[]`>
      : `${At} (not a list in the contract)`
    : Kind<Defined<Client>> extends 'object'
      ? Kind<Defined<Contract>> extends 'object'
        ? FieldDisagreements<Defined<Client>, Defined<Contract>, At>
        : `${At} (not an object in the contract)`
      : ValueDisagreement<Defined<Client>, Defined<Contract>, At>;

type FieldDisagreements<Client, Contract, At extends string> = {
  [K in keyof Client & string]-?: K extends keyof Contract
    ? Disagreements<Client[K], Contract[K], `${At}.${K}`>
    : `${At}.${K} (not in the contract)`;
}[keyof Client & string];

type ValueDisagreement<Client, Contract, At extends string> = [Kind<Client>] extends [Kind<Contract>]
  ? [Kind<Contract>] extends [Kind<Client>]
    ? string extends Contract
      ? never
      : number extends Contract
        ? never
        : [Contract] extends [Client]
          ? never
          : `${At} (the contract has values the client does not know)`
    : `${At} (another type in the contract)`
  : `${At} (another type in the contract)`;

/** Compiles only when `D` is never: the error names the fields that disagree. */
export type Agreed<D extends never> = D;

/** The list pages: the portal's cursor page around the contract's item schema. */
type ContractPage<Item> = { items?: Item[]; nextCursor?: string | null; total?: number };

/** The checks themselves: one per type the web reads from the API. */
export type ContractChecks = [
  Agreed<Disagreements<CaptchaChallenge, Schemas['CaptchaChallenge']>>,
  Agreed<Disagreements<PlaceSearch, Schemas['PlaceList']>>,
  Agreed<Disagreements<Place, Defined<Schemas['PlaceList']['items']>[number]>>,
  Agreed<Disagreements<Message, JsonAnswer<'/accounts', 'post', 202>>>,
  Agreed<Disagreements<Message, JsonAnswer<'/accounts/confirm', 'get'>>>,
  Agreed<Disagreements<Message, JsonAnswer<'/accounts/recover-username', 'post', 202>>>,
  Agreed<Disagreements<Message, JsonAnswer<'/accounts/recover-password', 'post', 202>>>,
  Agreed<Disagreements<Message, JsonAnswer<'/accounts/mobile-change', 'post', 202>>>,
  Agreed<Disagreements<Message, JsonAnswer<'/accounts/mobile-change/confirm', 'get'>>>,
  Agreed<Disagreements<NextStep, JsonAnswer<'/auth/login', 'post'>>>,
  Agreed<Disagreements<NextStep, JsonAnswer<'/auth/mobile', 'post'>>>,
  Agreed<Disagreements<NextStep, JsonAnswer<'/auth/otp/resend', 'post'>>>,
  // POST /auth/otp answers the session, or the next step after the current number's code (oneOf).
  Agreed<Disagreements<SessionStarted, Exclude<JsonAnswer<'/auth/otp', 'post'>, { next: unknown }>>>,
  Agreed<Disagreements<NextStep, Extract<JsonAnswer<'/auth/otp', 'post'>, { next: unknown }>>>,
  // POST /auth/password answers the next step in the sign-in, a message with the session (oneOf).
  Agreed<Disagreements<NextStep, Extract<JsonAnswer<'/auth/password', 'post'>, { next: unknown }>>>,
  Agreed<Disagreements<Message, Exclude<JsonAnswer<'/auth/password', 'post'>, { next: unknown }>>>,
  Agreed<Disagreements<Profile, JsonAnswer<'/me', 'get'>>>,
  Agreed<Disagreements<Profile, JsonAnswer<'/me', 'put'>>>,
  Agreed<Disagreements<Me, JsonAnswer<'/me', 'get'>>>,
  // toProblem reads the extensions (attemptsLeft, warnings, warning) defensively: the contract has none yet.
  Agreed<Disagreements<Pick<Problem, 'status' | 'title' | 'code' | 'errors'>, Schemas['Problem']>>,
  Agreed<Disagreements<PortalStatus, JsonAnswer<'/status', 'get'>>>,
  Agreed<Disagreements<Notice, Schemas['Notice']>>,
  Agreed<Disagreements<Letter, JsonAnswer<'/companies/{companyId}/letters/{name}', 'get'>>>,
  Agreed<Disagreements<LetterPage, JsonAnswer<'/companies/{companyId}/letters', 'get'>>>,
  Agreed<Disagreements<LetterPage, JsonAnswer<'/companies/{companyId}/letters/search', 'get'>>>,
  Agreed<Disagreements<Letter, JsonAnswer<'/companies/{companyId}/letters/{name}/note', 'put'>>>,
  Agreed<Disagreements<Letter, JsonAnswer<'/companies/{companyId}/letters/{name}/extension', 'post'>>>,
  Agreed<Disagreements<UploadStarted, JsonAnswer<'/companies/{companyId}/uploads', 'post', 202>>>,
  Agreed<Disagreements<Upload, JsonAnswer<'/companies/{companyId}/uploads/{uploadId}', 'get'>>>,
  Agreed<Disagreements<UploadResult, Schemas['UploadResult']>>,
  Agreed<Disagreements<CursorPage<Reminder>, JsonAnswer<'/companies/{companyId}/reminders', 'get'>>>,
  Agreed<Disagreements<CursorPage<Communication>, JsonAnswer<'/companies/{companyId}/communications', 'get'>>>,
  Agreed<Disagreements<CursorPage<FailedUpload>, JsonAnswer<'/companies/{companyId}/failed-uploads', 'get'>>>,
  Agreed<Disagreements<CursorPage<Letter>, ContractPage<Schemas['Letter']>>>,
  Agreed<Disagreements<{ items: Outage[] }, JsonAnswer<'/outages', 'get'>>>,
  Agreed<Disagreements<OutageReport, JsonAnswer<'/companies/{companyId}/outage-reports', 'post', 201>>>,
];
