/** The baseline: @mozilla/readability over a linkedom document. */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export function readabilityText(html: string): string {
  try {
    const { document } = parseHTML(html);
    const r = new Readability(document as unknown as Document).parse();
    return r?.textContent ?? '';
  } catch {
    return '';
  }
}
