import { describe, expect, it } from 'vitest';
import { layer } from '../../document/document.js';
import { docWithEntities } from '../../../test/entities.js';
import { findInterview, inAnswer, inQuestion } from './interview.js';
import { createQuoteStage, loadQuoteResources } from './index.js';
import type { Mention } from './speaker.js';

// Wikinews, 2014-01-21, "Cold as ice: Wikinews interviews Marymegan Daly on unusual new sea anemone" (CC BY 2.5).
const DALY = `Cold as ice: Wikinews interviews Marymegan Daly on unusual new sea anemone

Tuesday, January 21, 2014

How did you come to be involved with this discovery?

Frank Rack got in touch after they returned from Antarctica in hopes that I could help with an identification on the anemone.

What was your first reaction upon learning there was an undiscovered ecosystem under the ice in the Ross Sea?

I was amazed and really excited. I think to say it was unexpected is inaccurate, because it implies that there was a well-founded expectation of something.

There's a return trip planned hopefully for 2015, with both biologists and ANDRILL geologists. Are you intending to go there yourself?

I would love to. But I am also happy to not go, as long as someone collects more animals on my behalf!`;

/** Mentions of people at each place the names occur. */
function people(text: string, names: string[]): Mention[] {
  return names.flatMap((n) => [...text.matchAll(new RegExp(n, 'g'))].map((m) => ({ start: m.index!, end: m.index! + n.length, text: n, name: n, type: 'PER' as const })))
    .sort((a, b) => a.start - b.start);
}

/** Paragraphs: the text between blank lines. */
function paragraphs(text: string) {
  return [...text.matchAll(/[^\n]+(?:\n[^\n]+)*/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

describe('findInterview', () => {
  it('finds the one interviewed, the questions and the answers', () => {
    const iv = findInterview(DALY, paragraphs(DALY), () => people(DALY, ['Marymegan Daly', 'Frank Rack']));
    expect(iv?.interviewee.name).toBe('Marymegan Daly');
    expect(iv?.questions.map((q) => DALY.slice(q.start, q.end).slice(0, 20))).toEqual(['How did you come to ', 'What was your first ', 'There\'s a return tri']);
    expect(inQuestion(iv!, DALY.indexOf('Are you intending'))).toBe(true);
    expect(inAnswer(iv!, DALY.indexOf('I was amazed'))).toBe(true);
    // The introduction is neither.
    expect(inAnswer(iv!, DALY.indexOf('Tuesday'))).toBe(false);
  });
  it('takes no name the interview is about for the one interviewed', () => {
    // Wikinews, 2012-03-15, "Wikinews interviews New York bar owner on Santorum cocktail" (CC BY 2.5): Santorum is the cocktail's name.
    const text = `Wikinews interviews New York bar owner on Santorum cocktail

What inspired the drink?

The column did.

How long will you serve it?

Until the primaries are over.`;
    expect(findInterview(text, paragraphs(text), () => people(text, ['Santorum']))).toBeNull();
  });
  it('needs questions answered: an article asking two questions in one paragraph each is no interview', () => {
    const text = `Wikinews interviewed Marymegan Daly last week.

Why does the anemone live under the ice?

What does it eat?`;
    expect(findInterview(text, paragraphs(text), () => people(text, ['Marymegan Daly']))).toBeNull();
  });
  it('needs questions asked all through: a live blog that quotes a question or two is no interview', () => {
    // Constructed, in the form of a news agency's live blog of a campaign: "tells" and a name open it, two paragraphs
    // end with a question, and the rest is news. Every paragraph after the first question had been the candidate's answer.
    const news = Array.from({ length: 30 }, (_, k) => `Update ${k + 1}: the candidate visited a factory and spoke about jobs, taxes and trade for an hour.`);
    const text = ['The Latest: Candidate urges supporters to vote.', 'Ann Holt tells her supporters at a Michigan rally to go and vote.',
      'Will the rally change anything?', 'Organisers expect a large crowd.', ...news.slice(0, 15), 'Is the race tightening?', 'Polls show a close contest.', ...news.slice(15)].join('\n\n');
    expect(findInterview(text, paragraphs(text), () => people(text, ['Ann Holt']))).toBeNull();
    // The same questions and answers without the news between them are an interview.
    const qa = ['Ann Holt tells Wikinews about her campaign.', 'Will the rally change anything?', 'Organisers expect a large crowd.', 'Is the race tightening?', 'Polls show a close contest.'].join('\n\n');
    expect(findInterview(qa, paragraphs(qa), () => people(qa, ['Ann Holt']))?.interviewee.name).toBe('Ann Holt');
  });
  it('takes no question a story quotes for the interviewer\'s', () => {
    // Constructed, in the form of a report of a town hall a television host ran: three paragraphs end with a question,
    // each inside quotation marks, someone's words the story quotes. The crowd's answers had been the host's.
    const text = ['Senator stands by his border wall.', 'During an interview with Jane Roe that aired Wednesday night, Senator John Doe discussed his proposal.',
      '“Who is going to pay for it?”', '“Mexico!” the audience screamed back.', 'Roe asked Doe how high the wall would be.',
      '“The ones who have been here 20 years,” Doe asked. “Do we throw them out or work with them?”', 'The crowd applauded.',
      'Roe interjected: “So you are saying there will be some flexibility?”', 'Doe rode the will of the crowd as he replied.'].join('\n\n');
    expect(findInterview(text, paragraphs(text), () => people(text, ['Jane Roe', 'John Doe']))).toBeNull();
    // The same questions asked by the interviewer, in no quotation marks, make an interview.
    const qa = text.replace('“Who is going to pay for it?”', 'Who is going to pay for it?').replace('“The ones who have been here 20 years,” Doe asked. “Do we throw them out or work with them?”', 'Do you throw them out or work with them?');
    expect(findInterview(qa, paragraphs(qa), () => people(qa, ['Jane Roe', 'John Doe']))).not.toBeNull();
  });
  it('takes the one who spoke with a journalist for the one interviewed, not the journalist', () => {
    // Constructed, in the form of a magazine's transcript: the introduction names who spoke and the writer he spoke with.
    const text = ['Q&A with Governor Ann Holt.', 'Governor Ann Holt spent Thursday in St. Paul. She later flew back to the capital, where she spoke with senior writer Tom Reed.',
      'Is the economy on the upswing?', 'It is. We are far better placed than anyone.', 'Will you run again?', 'I have not decided.'].join('\n\n');
    expect(findInterview(text, paragraphs(text), () => people(text, ['Ann Holt', 'Tom Reed']))?.interviewee.name).toBe('Ann Holt');
    // Without the writer's role, the one she spoke with may be the one interviewed.
    const other = text.replace('senior writer Tom Reed', 'Tom Reed');
    expect(findInterview(other, paragraphs(other), () => people(other, ['Ann Holt', 'Tom Reed']))?.interviewee.name).toBe('Tom Reed');
  });
});

describe('the quote stage in an interview without labels', () => {
  it('gives "I" in the answers and "you" in the questions to the one interviewed', () => {
    const doc = docWithEntities(DALY, [['Marymegan Daly', 'PER'], ['Frank Rack', 'PER'], ['Ross Sea', 'LOC']], { source: { format: 'text' }, headlineInText: true });
    const quotes = layer(createQuoteStage({ resources: loadQuoteResources() }).run(doc, {}), 'quotes');
    const bySpeaker = quotes.filter((q) => q.speaker).map((q) => [DALY.slice(q.speaker!.start, q.speaker!.end), q.speakerName]);
    expect(bySpeaker).toContainEqual(['I', 'Marymegan Daly']);
    expect(bySpeaker.filter(([w]) => w === 'I' || w === 'you').every(([, n]) => n === 'Marymegan Daly')).toBe(true);
  });
  it('quotes each answer whole as the one interviewed, and no question', () => {
    const doc = docWithEntities(DALY, [['Marymegan Daly', 'PER'], ['Frank Rack', 'PER'], ['Ross Sea', 'LOC']], { source: { format: 'text' }, headlineInText: true });
    const quotes = layer(createQuoteStage({ resources: loadQuoteResources() }).run(doc, {}), 'quotes');
    const answers = quotes.filter((q) => q.explanation?.speakerVia === 'interview');
    expect(answers.map((q) => DALY.slice(q.content.start, q.content.end).slice(0, 24))).toEqual(['Frank Rack got in touch ', 'I was amazed and really ', 'I would love to. But I a']);
    expect(answers.every((q) => q.speakerName === 'Marymegan Daly' && q.speaker === null && q.explanation?.step === 'transcripts')).toBe(true);
    // Without an introduction naming the one interviewed, no answer is anyone's.
    const bare = DALY.replace('Wikinews interviews Marymegan Daly on', 'A new');
    const doc2 = docWithEntities(bare, [['Frank Rack', 'PER'], ['Ross Sea', 'LOC']], { source: { format: 'text' }, headlineInText: true });
    expect(layer(createQuoteStage({ resources: loadQuoteResources() }).run(doc2, {}), 'quotes').filter((q) => q.explanation?.speakerVia === 'interview')).toEqual([]);
  });
});

describe('the quote stage in an interview labelled "Q:" and "A:"', () => {
  // The Daly interview above, printed with "Q:" and "A:" labels as company and magazine sites print theirs.
  const labelled = DALY.split('\n\n').map((p, i) => (i < 2 ? p : (/\?$/.test(p) ? 'Q: ' : 'A: ') + p)).join('\n\n');
  const run = (text: string) => layer(createQuoteStage({ resources: loadQuoteResources() }).run(
    docWithEntities(text, [['Marymegan Daly', 'PER'], ['Frank Rack', 'PER'], ['Ross Sea', 'LOC']], { source: { format: 'text' }, headlineInText: true }), {}), 'quotes');
  it('quotes each answer whole as the one interviewed, and gives "I" in it to them, not to the questioner', () => {
    const quotes = run(labelled);
    const answers = quotes.filter((q) => labelled.slice(q.content.start - 3, q.content.start) === 'A: ');
    expect(answers.map((q) => [labelled.slice(q.content.start, q.content.end).split(' ').slice(-2).join(' '), q.speakerName])).toEqual([
      ['the anemone.', 'Marymegan Daly'], ['of something.', 'Marymegan Daly'], ['my behalf!', 'Marymegan Daly']]);
    expect(quotes.filter((q) => q.speaker && labelled.slice(q.speaker.start, q.speaker.end) === 'I').every((q) => q.speakerName === 'Marymegan Daly')).toBe(true);
  });
  it('gives "I" in an answer no introduction names to no one', () => {
    const bare = labelled.replace('Wikinews interviews Marymegan Daly on', 'A new');
    const quotes = run(bare);
    const mine = quotes.filter((q) => q.speaker && bare.slice(q.speaker.start, q.speaker.end) === 'I');
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((q) => q.speakerName === null)).toBe(true);
  });
  it('reads a letter\'s salutation as whom it is written to, not as who writes', () => {
    const text = 'DEAR ABBY: My husband bought plane tickets to India. He sits in business class while I sit in economy.\n\nDEAR FEELING SLIGHTED: You have a right to be upset with him.';
    const quotes = layer(createQuoteStage({ resources: loadQuoteResources() }).run(docWithEntities(text, [['India', 'LOC']]), {}), 'quotes');
    expect(quotes.map((q) => q.speakerName).filter((n) => n !== null && /ABBY|FEELING/i.test(n))).toEqual([]);
    expect(quotes.some((q) => text.slice(q.content.start, q.content.end).startsWith('My husband bought plane tickets to India. He sits'))).toBe(true);
  });
});
