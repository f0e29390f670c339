// The one place that reads a secret parameter's plain text (SecureString today; a string until ConvertTo-SecureString exists).
export function plainText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const reveal = (value as { revealPlainText?: () => string }).revealPlainText;
  return typeof reveal === 'function' ? reveal.call(value) : String(value);
}
