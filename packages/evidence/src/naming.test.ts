import { describe, expect, it } from 'vitest';
import { nameFromItem, nameFromPath, singular } from '@readycheck/evidence';

// Mis-groupings found on juice-shop (bench/accuracy/labels/juice-shop.evidence.json).
describe('naming: names found wrong on real code', () => {
  it('keeps digits that belong to the word (routes/2fa.ts is 2fa, not fa), strips an ordering prefix', () => {
    expect(nameFromPath('routes/2fa.ts')).toEqual({ kind: 'feature', name: '2fa' });
    expect(nameFromPath('src/3d-viewer.ts')).toEqual({ kind: 'feature', name: '3d-viewer' });
    expect(nameFromPath('src/001_users.ts')).toEqual({ kind: 'feature', name: 'user' });
    expect(nameFromPath('jobs/1511105183653-CreateUserTable.ts')).toMatchObject({ name: 'create-user' });
  });

  it('reads a generated plural of a word in -ss as that word (/api/Addresss is address)', () => {
    expect(singular('addresss')).toBe('address');
    expect(singular('addresses')).toBe('address');
    expect(singular('address')).toBe('address');
    expect(nameFromItem('route', '/api/Addresss')).toBe('address');
  });

  it('never names a feature by a pronoun or a modal (GET /we/may/also/instruct/you…)', () => {
    expect(nameFromItem('route', '/we/may/also/instruct/you/to/refuse')).toBeNull();
    expect(nameFromItem('route', '/you')).toBeNull();
  });
});
