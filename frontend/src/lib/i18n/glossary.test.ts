/// <reference types="node" />
import { readFileSync } from 'node:fs';
import glossary from '@glossary';
import { describe, expect, it } from 'vitest';
import { enumLabel, enumOptions, term } from './enum-labels';

type Term = { zh: string; en: string; also?: string[] };
const enums = glossary.enums as Record<string, Record<string, Term>>;
const terms = glossary.terms as Record<string, Term>;

/** The enums of the API contract: `Name:` / `type: string` / `enum:` / `- VALUE` lines. */
function contractEnums(): Map<string, string[]> {
  const yaml = readFileSync('../openapi/openapi.yaml', 'utf8'); // tests run in frontend/;
  const found = new Map<string, string[]>();
  for (const match of yaml.matchAll(/^ {4}(\w+):\n {6}type: string\n {6}enum:\n((?: {6}- \S+\n)+)/gm)) {
    found.set(
      match[1],
      [...match[2].matchAll(/- (\S+)/g)].map((m) => m[1]),
    );
  }
  return found;
}

/** The web app's own words: every source file but the tests and the generated contract types. */
const sources = import.meta.glob<string>(['/src/**/*.{ts,tsx}', '!/src/**/*.test.{ts,tsx}', '!/src/**/*.d.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('the glossary', () => {
  it('names every value of each contract enum it covers, and no value the contract lacks', () => {
    const contract = contractEnums();
    expect(contract.size).toBeGreaterThan(10);
    for (const [name, values] of Object.entries(enums)) {
      const expected = contract.get(name);
      if (!expected) continue; // a filter of the web app's own (TrialLevelFilter), not a contract enum
      expect(Object.keys(values).sort(), name).toEqual([...expected].sort());
    }
    for (const name of ['AgencyKind', 'OfficialRole', 'HearingStatus', 'DelegationStatus', 'ComplianceFlag']) {
      expect(contract.has(name), name).toBe(true);
    }
  });

  it('says each value in Chinese without English, one name per value', () => {
    for (const [name, values] of Object.entries({ ...enums, terms })) {
      const names = Object.values(values).flatMap((t) => [t.zh, ...(t.also ?? [])]);
      expect(new Set(names).size, `${name}: a Chinese name used twice`).toBe(names.length);
      for (const [code, t] of Object.entries(values)) {
        expect(t.zh, `${name}.${code}`).toMatch(/^[^A-Za-z]+$/);
        expect(t.en, `${name}.${code}`).not.toBe('');
      }
    }
  });

  it('uses the law’s words: 中途退庭 (法释〔2020〕3号 art. 12), notice less than three days before (R3), 机关', () => {
    expect(enumLabel('ComplianceFlag', 'LEFT_EARLY', 'zh')).toBe('中途退庭');
    expect(term('leftEarly', 'zh')).toBe('中途退庭');
    expect(enumLabel('ComplianceFlag', 'LATE_NOTICE', 'zh')).toBe(term('lateNotice', 'zh'));
    expect(term('agencyCode', 'zh')).toBe('机关编码');
  });

  it('is what the web app shows: labels and options come from it, in its order', () => {
    expect(enumLabel('HearingStatus', 'SCHEDULED', 'zh')).toBe(enums.HearingStatus.SCHEDULED.zh);
    expect(enumLabel('HearingStatus', 'SCHEDULED', 'en')).toBe(enums.HearingStatus.SCHEDULED.en);
    expect(enumOptions('DelegationStatus', 'zh').map((o) => o.label)).toEqual(
      Object.values(enums.DelegationStatus).map((t) => t.zh),
    );
    expect(enumLabel('AgencyKind', undefined, 'zh')).toBe('');
  });

  it('leaves no screen with a retired name (擅自退庭, 通知送达过晚 …) in its own words', () => {
    // Names of four characters or more: shorter ones (单位) also occur inside other words.
    const retired = Object.values({ ...enums, terms })
      .flatMap((values) => Object.values(values).flatMap((t) => t.also ?? []))
      .filter((name) => name.length >= 4);
    expect(retired).toContain('擅自退庭');
    const offenders: string[] = [];
    expect(Object.keys(sources).length).toBeGreaterThan(50);
    for (const [file, text] of Object.entries(sources)) {
      for (const name of retired) if (text.includes(name)) offenders.push(`${file}: ${name}`);
    }
    expect(offenders).toEqual([]);
  });
});
