/**
 * A visitor's device in another time zone, inside one test: every local Date
 * getter and every Intl.DateTimeFormat without a timeZone answer in that zone.
 * (The browser's real zone cannot be changed from the page.)
 */
/** Makes this page behave as if the device clock were in a fixed-offset zone; returns the undo. */
export function fakeDeviceZone(offsetMinutes: number, ianaZone: string): () => void {
  const P = Date.prototype as unknown as Record<string, (this: Date) => number>;
  const saved: Record<string, unknown> = {};
  const shifted = (d: Date) => new Date(d.getTime() + offsetMinutes * 60000);
  const map: Record<string, string> = {
    getFullYear: 'getUTCFullYear', getMonth: 'getUTCMonth', getDate: 'getUTCDate', getDay: 'getUTCDay',
    getHours: 'getUTCHours', getMinutes: 'getUTCMinutes',
  };
  for (const [local, utc] of Object.entries(map)) {
    saved[local] = P[local];
    const getUtc = P[utc]!;
    P[local] = function (this: Date) {
      return getUtc.call(shifted(this));
    };
  }
  saved.getTimezoneOffset = P.getTimezoneOffset;
  P.getTimezoneOffset = () => -offsetMinutes;
  const RealDTF = Intl.DateTimeFormat;
  const FakeDTF = function (locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
    return new RealDTF(locales, { ...options, timeZone: options?.timeZone ?? ianaZone });
  } as unknown as typeof Intl.DateTimeFormat;
  FakeDTF.supportedLocalesOf = RealDTF.supportedLocalesOf;
  Intl.DateTimeFormat = FakeDTF;
  return () => {
    for (const [k, v] of Object.entries(saved)) P[k] = v as (this: Date) => number;
    Intl.DateTimeFormat = RealDTF;
  };
}
