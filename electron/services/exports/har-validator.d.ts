// har-validator 5 ships no types; this is the part of its promise API the export tests use.
declare module 'har-validator' {
  /** Rejects with a HARError whose `errors` are ajv's error objects. */
  export function har(data: unknown): Promise<unknown>;
  export function entry(data: unknown): Promise<unknown>;
}
