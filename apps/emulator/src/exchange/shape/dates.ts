// Date parsing as the admin API receives dates: the module sends UTC without a zone ("yyyy-MM-ddTHH:mm:ss").

const ZONELESS_ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/;

/** Milliseconds since the epoch, or NaN; zone-less ISO text is read as UTC, never as the server's local time. */
export function parseUtcDate(text: string): number {
  const t = text.trim();
  return Date.parse(ZONELESS_ISO.test(t) ? `${t.length === 10 ? `${t}T00:00:00` : t}Z` : t);
}
