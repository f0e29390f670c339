// Intl.Collator instances made on first use: creating the first one loads ICU collation data (milliseconds),
// which most commands never need.

/** A getter for a collator that is created the first time it is asked for. */
export function lazyCollator(locale: string, options: Intl.CollatorOptions): () => Intl.Collator {
  let collator: Intl.Collator | undefined;
  return () => (collator ??= new Intl.Collator(locale, options));
}
