/**
 * A record of a store file that failed its checks at start and was left out, so the rest could load: what the
 * renderer shows about it. The record itself stays in the copy of the file kept beside it (named in a notice).
 */
export interface SetAsideRecord {
  /** The record's name, when it had a readable one (shortened). */
  name?: string;
  /** Which field is wrong and how, in the words of the form. */
  reason: string;
}
