import type { Adapter, AdapterPayload } from 'oidc-provider';

/**
 * In-memory storage for oidc-provider's stateful artifacts. JWT access tokens from client_credentials are
 * never stored (the JWT format returns no payload to persist), so this mostly stays empty; having our own
 * adapter keeps oidc-provider from printing its "development-only in-memory adapter" warning on every start.
 * One store per adapter instance: oidc-provider constructs one instance per model name.
 */
export class MemoryAdapter implements Adapter {
  readonly #entries = new Map<string, { payload: AdapterPayload; expiresAt: number | undefined }>();

  constructor(readonly name: string) {}

  async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
    const expiresAt = expiresIn > 0 ? Date.now() + expiresIn * 1000 : undefined;
    this.#entries.set(id, { payload: { ...payload }, expiresAt });
  }

  async find(id: string): Promise<AdapterPayload | undefined> {
    const entry = this.#entries.get(id);
    if (!entry) return undefined;
    if (entry.expiresAt !== undefined && entry.expiresAt <= Date.now()) {
      this.#entries.delete(id);
      return undefined;
    }
    return entry.payload;
  }

  async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
    return this.#findWhere((payload) => payload.userCode === userCode);
  }

  async findByUid(uid: string): Promise<AdapterPayload | undefined> {
    return this.#findWhere((payload) => payload.uid === uid);
  }

  async consume(id: string): Promise<void> {
    const entry = this.#entries.get(id);
    if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000);
  }

  async destroy(id: string): Promise<void> {
    this.#entries.delete(id);
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    for (const [id, entry] of this.#entries) {
      if (entry.payload.grantId === grantId) this.#entries.delete(id);
    }
  }

  async #findWhere(test: (payload: AdapterPayload) => boolean): Promise<AdapterPayload | undefined> {
    for (const id of this.#entries.keys()) {
      const payload = await this.find(id);
      if (payload && test(payload)) return payload;
    }
    return undefined;
  }
}
