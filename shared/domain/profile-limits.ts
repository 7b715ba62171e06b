/** The longest a profile's fields may be (and how many merchants it keeps), checked on both sides of IPC. */
export const PROFILE_LIMITS = {
  name: 100,
  clientId: 1024,
  clientSecret: 4096,
  customTokenUrl: 2048,
  notes: 4000,
  merchants: 50,
} as const;
