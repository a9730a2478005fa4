/**
 * A person's name written as a modifier of someone else's description: "a Reagan administration official", "Trump
 * aides", "a Biden campaign spokesman". The one described, not the person named, is who acts there, so no "he" after it
 * stands for that person. (The name of a body alone, "the Trump administration said his …", still names the person.)
 */
import type { Span } from '../../document/span.js';

/** Words after a person's name that describe someone else: people who act for the person, or for the person's body. */
const PEOPLE_AFTER_NAME = /^[ \t]+(?:(?:[Aa]dministration|[Gg]overnment|[Cc]ampaign|White House)[ \t]+)?(?:officials?|spokes(?:man|woman|person)|aides?|advis[eo]rs?|sources?|staffers?)\b/;

/** Is the name at this span only a modifier of someone else's description ("a Reagan administration official")? */
export function namesSomeoneElse(text: string, name: Span): boolean {
  return PEOPLE_AFTER_NAME.test(text.slice(name.end, name.end + 50));
}
