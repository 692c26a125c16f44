import { describe, expect, it } from 'vitest';
import { caseSearchText, normaliseCaseNumber } from './case-number';

const COURT_FORM = '（2022）渝0112行初116号';

describe('normaliseCaseNumber', () => {
  it('keeps a number already in the courts’ form', () => {
    expect(normaliseCaseNumber(COURT_FORM)).toBe(COURT_FORM);
  });

  it('reads half-width brackets as the full-width ones', () => {
    expect(normaliseCaseNumber('(2022)渝0112行初116号')).toBe(COURT_FORM);
  });

  it('reads mixed half- and full-width brackets alike', () => {
    expect(normaliseCaseNumber('(2022）渝0112行初116号')).toBe(COURT_FORM);
    expect(normaliseCaseNumber('（2022)渝0112行初116号')).toBe(COURT_FORM);
  });

  it('reads the document number’s 〔〕 and square brackets as parentheses', () => {
    expect(normaliseCaseNumber('〔2022〕渝0112行初116号')).toBe(COURT_FORM);
    expect(normaliseCaseNumber('[2022]渝0112行初116号')).toBe(COURT_FORM);
    expect(normaliseCaseNumber('【2022】渝0112行初116号')).toBe(COURT_FORM);
  });

  it('drops spaces, half-width, full-width and around the brackets', () => {
    expect(normaliseCaseNumber(' ( 2022 ) 渝0112 行初 116 号 ')).toBe(COURT_FORM);
    expect(normaliseCaseNumber('（2022）\u3000渝0112行初116号')).toBe(COURT_FORM);
  });

  it('reads full-width digits as digits', () => {
    expect(normaliseCaseNumber('（２０２２）渝０１１２行初１１６号')).toBe(COURT_FORM);
  });

  it('normalises a fragment the same way, so a partial search still matches', () => {
    expect(normaliseCaseNumber('(2022')).toBe('（2022');
    expect(COURT_FORM.includes(normaliseCaseNumber('2022) 渝0112'))).toBe(true);
  });
});

describe('caseSearchText', () => {
  it('sends nothing for an empty or blank box', () => {
    expect(caseSearchText(undefined)).toBeUndefined();
    expect(caseSearchText('   ')).toBeUndefined();
  });

  it('sends the normal form otherwise', () => {
    expect(caseSearchText('(2022)渝0112行初116号')).toBe(COURT_FORM);
  });
});
