/**
 * The charset a page declares: the HTTP Content-Type header first, then a BOM-less
 * `<meta charset>` / `<meta http-equiv="Content-Type">` or an XML declaration within the
 * first 4 KB (the HTML encoding-sniffing algorithm's prescan, simplified).
 */
export function charsetFromContentType(contentType: string | undefined | null): string | null {
  if (!contentType) return null;
  const m = /charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(contentType);
  return m ? m[1]!.toLowerCase() : null;
}

export function sniffCharset(bytes: Uint8Array, contentType?: string | null): string | null {
  const header = charsetFromContentType(contentType);
  if (header) return header;
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const meta = /<meta[^>]*?charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  if (meta) return meta[1]!.toLowerCase();
  const xml = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w:.-]+)["']/i.exec(head);
  if (xml) return xml[1]!.toLowerCase();
  return null;
}
