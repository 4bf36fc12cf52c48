import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readUtf8 } from './utf8';

describe('readUtf8', () => {
  it('reads text as Buffer#toString does, outside ASCII, byte-order mark and broken bytes included', () => {
    const samples = [
      '',
      'plain ascii',
      'an ellipsis… and an em dash — and “quotes”',
      'ünïcödé, 日本語, עברית, العربية, 🙂 and 👩‍💻',
      '\uFEFF{"bom":"kept"}',
    ].map((s) => Buffer.from(s, 'utf8'));
    // Cut inside a multi-byte character, stray continuation bytes, overlong forms, random noise.
    samples.push(Buffer.from('日本', 'utf8').subarray(0, 4));
    samples.push(Buffer.from([0x61, 0x80, 0x62, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xf4, 0x90]));
    for (let i = 0; i < 200; i++) samples.push(randomBytes(1 + (i % 64)));
    for (const bytes of samples) expect(readUtf8(bytes)).toBe(bytes.toString('utf8'));
  });

  it('reads a view into a larger buffer, not the whole buffer', () => {
    const whole = Buffer.from('before|inside…|after', 'utf8');
    const start = whole.indexOf('|') + 1;
    const end = whole.lastIndexOf('|');
    expect(readUtf8(whole.subarray(start, end))).toBe('inside…');
  });
});
