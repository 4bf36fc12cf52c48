import { describe, expect, it } from 'vitest';
import { formatRecoveryCode, generateRecoveryCode, normaliseRecoveryCode } from './recoveryCode';

describe('recovery codes', () => {
  it('are fresh each time and read as 6 groups of 5 characters', () => {
    const a = generateRecoveryCode();
    expect(a).toMatch(/^([0-9A-HJKMNP-TV-Z]{5}-){5}[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(generateRecoveryCode()).not.toBe(a);
  });

  it('accept what a person types: any case, spaces or dashes, O for 0 and I or L for 1', () => {
    const code = 'A0B1C-D2E3F-G4H5J-K6M7N-P8Q9R-STVWX';
    const canonical = code.replace(/-/g, '');
    expect(normaliseRecoveryCode(code)).toBe(canonical);
    expect(normaliseRecoveryCode(' a0b1c d2e3f g4h5j k6m7n p8q9r stvwx ')).toBe(canonical);
    expect(normaliseRecoveryCode('AOBIC-D2E3F-G4H5J-K6M7N-P8Q9R-STVWX')).toBe(canonical);
    expect(normaliseRecoveryCode('A0BLC_D2E3F.G4H5J-K6M7N-P8Q9R-STVWX')).toBe(canonical);
    expect(formatRecoveryCode(canonical)).toBe(code);
  });

  it('reject what cannot be a code (wrong length, letters outside the alphabet)', () => {
    expect(normaliseRecoveryCode('A0B1C-D2E3F')).toBeNull();
    expect(normaliseRecoveryCode('U0B1C-D2E3F-G4H5J-K6M7N-P8Q9R-STVWX')).toBeNull();
    expect(normaliseRecoveryCode('')).toBeNull();
  });
});
