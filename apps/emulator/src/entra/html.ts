// Minimal HTML pages the browser-facing endpoints return (form_post, device login, errors); all text is escaped.
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function page(title: string, body: string, onload = ''): string {
  return (
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>` +
    `<body${onload ? ` onload="${onload}"` : ''}>${body}</body></html>`
  );
}

/** The auto-submitting page Entra ID returns for response_mode=form_post. */
export function formPostPage(action: string, fields: Readonly<Record<string, string>>): string {
  const inputs = Object.entries(fields)
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}" />`)
    .join('');
  return page(
    'Working...',
    `<form method="POST" name="hiddenform" action="${escapeHtml(action)}">${inputs}` +
      `<noscript><p>Script is disabled. Click Submit to continue.</p><input type="submit" value="Submit" /></noscript></form>`,
    'document.forms[0].submit()',
  );
}
