import { describe, expect, it } from 'vitest';
import { notEnglish } from './language.js';

const english = 'The finance minister said on Tuesday that the government would not raise taxes this year, and that it had been in talks with the unions for weeks. '
  + 'Opposition leaders called the plan a gamble, but analysts said it was the only way to keep the budget on track before the election in the spring.';
const german = 'Der Finanzminister sagte am Dienstag, dass die Regierung die Steuern in diesem Jahr nicht erhöhen werde und dass sie seit Wochen mit den Gewerkschaften '
  + 'verhandle. Die Opposition nannte den Plan ein Wagnis, aber für die Analysten ist er der einzige Weg, den Haushalt vor der Wahl im Frühjahr zu sichern.';
const korean = '재무장관은 화요일 정부가 올해 세금을 인상하지 않을 것이라고 말했다. 야당 지도자들은 이 계획을 도박이라고 불렀지만 분석가들은 선거 전에 예산을 지키는 유일한 방법이라고 말했다. '.repeat(3);
const table = 'ACME INDUSTRIES INC 4TH QTR NET\nShr 32 cts vs 28 cts\nNet 4.1 mln vs 3.6 mln\nRevs 88.2 mln vs 80.1 mln\nYear\nShr 1.21 dlrs vs 1.02 dlrs\n'
  + 'Net 15.6 mln vs 13.1 mln\nRevs 341.0 mln vs 310.7 mln\nNOTE: Company said results include gains from asset sales in both periods of the year.\n';

describe('notEnglish', () => {
  it('reads English prose and an English table of figures as English', () => {
    expect(notEnglish(english)).toBeNull();
    expect(notEnglish(table)).toBeNull();
  });
  it('reads German by its function words and Korean by its script', () => {
    expect(notEnglish(german)).toMatch(/function words/);
    expect(notEnglish(korean)).toMatch(/Latin script/);
  });
  it('takes a page at its declared language when the text has almost no English function words', () => {
    const swedish = 'Premier League startar om den 17 juni efter uppehållet. Klubbarna röstade för planen på torsdagen och matcherna spelas utan publik. '
      + 'Ligan meddelade att alla spelare och ledare testas två gånger i veckan, och att säsongen ska vara färdigspelad i slutet av juli.';
    expect(notEnglish(swedish)).toBeNull(); // (its function words are not on the lists)
    expect(notEnglish(swedish, 'sv')).toMatch(/declared "sv"/);
    // A declaration does not overrule English text, nor does an English table of figures without one.
    expect(notEnglish(english, 'de-DE')).toBeNull();
    expect(notEnglish(table, null)).toBeNull();
  });
  it('does not judge a text too short to tell', () => {
    expect(notEnglish('Der Plan ist gut.')).toBeNull();
  });
});
