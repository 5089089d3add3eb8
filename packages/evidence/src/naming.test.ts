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

  // Flowise (routes/chatflows beside its ChatFlow entity), NodeGoat (app/data/*-dao.js, routes/error.js)
  // and express-typescript-boilerplate (src/api/resolvers/PetResolver.ts).
  it('drops the s of -ows plurals but keeps news', () => {
    expect(['chatflows', 'windows', 'reviews', 'news'].map(singular)).toEqual(['chatflow', 'window', 'review', 'news']);
  });

  it('reads data/, dao/, managers/ and resolvers/ as layer folders and a -dao or Resolver suffix as a role', () => {
    expect(nameFromPath('app/data/allocations-dao.js')).toEqual({ kind: 'feature', name: 'allocation' });
    expect(nameFromPath('src/api/resolvers/PetResolver.ts')).toEqual({ kind: 'feature', name: 'pet' });
    expect(nameFromPath('src/user/user.resolver.ts')).toEqual({ kind: 'feature', name: 'user' });
    expect(nameFromItem('service', 'AllocationsDAO')).toBe('allocation');
    // skyra: `lib/moderation/managers/ModerationManager.ts` is moderation's, not a `manager` feature.
    expect(nameFromPath('src/lib/managers/LockdownManager.ts')).toEqual({ kind: 'feature', name: 'lockdown' });
  });

  it('names an error handler infrastructure', () => {
    expect(nameFromPath('app/routes/error.js')).toEqual({ kind: 'infra', name: 'error' });
  });
});
