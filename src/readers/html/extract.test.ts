import { describe, expect, it } from 'vitest';
import { extractArticle } from './index.js';

// All pages here are Constructed: small markup that reproduces the structure of a real page
// on which the extractor had found no article, with text written for the test.

const links = (n: number, word: string) =>
  Array.from({ length: n }, (_, i) => `<li><a href="/${word}/${i}">${word} headline number ${i} of the list</a></li>`).join('');

describe('bodies that the pruning had removed with their wrappers', () => {
  it('keeps the marked-up body when a wrapper of the whole page has a boilerplate class ("extra-container")', () => {
    // Constructed: the one wrapper of the page reads as boilerplate ("extra"), holds more
    // link text than the page guard allows and a short itemprop=articleBody.
    const html = `<html><head><title>Referee named for the derby</title></head><body>
      <div class="extra-container news-detail">
        <div class="top-links"><ul>${links(12, 'menu')}</ul></div>
        <div class="news-container"><article><h1>Referee named for the derby</h1>
          <div class="news-txt" itemprop="articleBody"><p>ROME, 28 JULY - The league named the referee for
          tomorrow evening's derby, the eighteenth match of the second half of the season, and chose
          officials for the three other games of the round, which start at the same time.</p></div>
        </article></div>
        <div class="bottom-links"><ul>${links(12, 'more')}</ul></div>
      </div></body></html>`;
    const a = extractArticle(html);
    expect(a.empty).toBe(false);
    expect(a.text).toContain('The league named the referee');
    expect(a.text).not.toContain('menu headline');
  });

  it('keeps the text of a paywall placeholder that holds the whole body ("subscription-content" inside "article-body")', () => {
    // Constructed: a script would swap the placeholder for a prompt; without it, it holds the article.
    const p = (s: string) => `<p>${s}</p>`;
    const html = `<html><head><title>Cyclist hurt in market square</title></head><body>
      <div class="modal" style="display:none"><p>${'This notice explains why we show advertising on this site. '.repeat(5)}</p></div>
      <nav><ul>${links(10, 'section')}</ul></nav>
      <article><h1>Cyclist hurt in market square</h1><div class="article-body"><div>
        <div id="subscription-replace-entire-article"><div class="subscription-content">
          ${p('A CYCLIST was taken to hospital after a collision with a van in the market square on Saturday morning.')}
          ${p('Witnesses said the van had been turning into a side street when it struck the bicycle, throwing the rider onto the pavement outside the bank.')}
          ${p('Police closed the square for two hours and asked anyone who saw the collision to call the non-emergency number.')}
          ${p('The rider was said to be in a stable condition on Sunday evening.')}
        </div></div>
      </div></div></article>
      <footer><p>${'Our newspaper follows the editors code of practice and the rules of the regulator. '.repeat(4)}</p></footer>
      </body></html>`;
    const a = extractArticle(html);
    expect(a.empty).toBe(false);
    expect(a.text).toContain('A CYCLIST was taken to hospital');
    expect(a.text).toContain('stable condition on Sunday evening');
  });

  it('keeps an article wrapped together with its sharing buttons ("body-share-wrapper")', () => {
    // Constructed: a sharing word in the class of the wrapper of text and buttons, beside a rail of headlines.
    const html = `<html><head><title>Mayor opens the new library</title></head><body>
      <div class="left-list"><ul>${links(16, 'story')}</ul></div>
      <article><h2>Mayor opens the new library</h2>
        <div class="story-body-share-wrapper">
          <div class="story-copy"><p>The mayor opened the new town library on Monday, two years after the old one
          closed for repairs. The building holds forty thousand books, a reading room and a hall for
          evening lectures.</p><p>Its doors stay open until nine on weekdays, the council said.</p></div>
          <div class="share-section"><a href="/s/fb">Facebook</a> <a href="/s/tw">Twitter</a></div>
        </div></article>
      </body></html>`;
    const a = extractArticle(html);
    expect(a.empty).toBe(false);
    expect(a.text).toContain('The mayor opened the new town library');
    expect(a.text).not.toContain('Facebook');
  });
});

describe('the marked-up body that guards its wrappers', () => {
  it('is not a hidden microdata copy of the text, whose hidden wrapper stays dropped', () => {
    // Constructed: a hidden block repeats the article as one itemprop=articlebody span, without
    // paragraphs; the visible article is marked only as <article>. (A guard against the fix
    // above keeping the hidden copy; the code before it passed this too.)
    const para = (s: string) => `<p>${s}</p>`;
    const text = ['The relief agency asked governments to fund early warning systems before the climate summit opens next week.',
      'Its president said money released before a flood arrives saves more lives than aid sent afterwards.',
      'The agency now runs such programmes in seventeen countries, together with its partner societies.'];
    const html = `<html><head><title>Agency calls for early warnings</title></head><body>
      <div class="h-hide" hidden><span itemprop="articlebody" class="rs_skip">${text.join(' ')} Donate now to help.</span></div>
      <article class="c-article"><h1>Agency calls for early warnings</h1>${text.map(para).join('')}</article>
      </body></html>`;
    const a = extractArticle(html);
    expect(a.paragraphs).toEqual(text);
  });
});

describe('choosing the article', () => {
  it('takes, of a stream of stories each in its own section, the one headed by the page headline', () => {
    // Constructed: three short stories one after another, the page being the first one's.
    const story = (id: number, head: string, body: string) => `<section class="stream-item" id="s${id}">
      <article class="item"><h2 class="headline"><a href="/s/${id}">${head}</a></h2>
        <div class="item-body"><p>${body}</p></div></article></section>`;
    const html = `<html><head><title>Harbour ferry returns after winter</title></head><body><div class="stream">
      ${story(1, 'Harbour ferry returns after winter', 'The harbour ferry made its first crossing of the year on Tuesday, carrying workers, cyclists and a school class across the bay, and will now run every half hour until October. The operator said a second boat, back from repairs at the yard, would join it in June for the summer timetable, when tourists fill the old town and the crossing is the quickest way to the beaches on the far shore.')}
      ${story(2, 'Bakery wins regional prize', 'A family bakery on the high street won the regional bread prize for its rye loaf, beating sixty other entries, and its owners said they would spend the prize money on a second oven, a new counter and, later in the year, training for two apprentices from the town.')}
      ${story(3, 'Roadworks delay buses', 'Roadworks on the ring road delayed buses by up to twenty minutes during the morning rush, the transport company said, and it advised passengers to allow extra time this week.')}
      </div></body></html>`;
    const a = extractArticle(html);
    expect(a.empty).toBe(false);
    expect(a.text).toContain('The harbour ferry made its first crossing');
    expect(a.text).not.toContain('family bakery');
    expect(a.text).not.toContain('Roadworks');
  });

  it('does not let a one-line strip with a content class outscore the article text ("band-content")', () => {
    // Constructed: the article is a div of text lines split by <br>, with few commas; a one-line
    // strip above it has a "content" class and a list of words separated by commas.
    const html = `<html><head><title>Bank shares gain in morning trade</title></head><body>
      <div class="band"><div class="band-content">Stocks, Funds, Bonds, Loans &amp; More</div></div>
      <article><h1>Bank shares gain in morning trade</h1><div class="art-text"><div class="section1"><div class="Normal">
        MUMBAI: Shares of state-run banks were trading higher in the morning session on Thursday.<br><br>
        The bank index was up almost one per cent at half past ten in the morning.<br><br>
        The broader market index rose about forty points while the other benchmark gained one hundred and fifty points.<br><br>
        More than half of the fifty stocks in the index were trading in the green at that time.
      </div></div></div></article>
      </body></html>`;
    const a = extractArticle(html);
    expect(a.empty).toBe(false);
    expect(a.text).toContain('Shares of state-run banks were trading higher');
    expect(a.text).not.toContain('Loans & More');
  });

  it('drops the errors a server printed into the page', () => {
    // Constructed: a blog post under the warnings of a broken plugin.
    const warn = (n: number) => `<p>Strict Standards: Non-static method galleryPlugin::get_option() should not be called statically in /www/htdocs/site/wp-content/plugins/gallery/functions.php on line ${n}</p>`;
    const html = `<html><head><title>A week by the sea</title></head><body><article>${warn(813)}${warn(716)}
      <p>We spent the first week of September in a small house by the sea, walking along the cliffs every morning and swimming when the water was warm enough.</p>
      <p>Warning: the path to the beach is steep, and after rain it is slippery, so good shoes are worth packing for anyone who wants to go down to the water.</p>
      </article></body></html>`;
    const a = extractArticle(html);
    expect(a.text).toContain('We spent the first week of September');
    expect(a.text).not.toContain('Strict Standards');
    // A sentence that only opens like one stays.
    expect(a.text).toContain('Warning: the path to the beach is steep');
  });
});
