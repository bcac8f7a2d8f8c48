import { describe, expect, it } from 'vitest';
import { publicContactEmail } from './contact';

describe('publicContactEmail', () => {
  it('returns a plain address, trimmed', () => {
    expect(publicContactEmail(' werkvergunning@vlaanderen.be ')).toBe('werkvergunning@vlaanderen.be');
    expect(publicContactEmail('permis.travail+outil@emploi.wallonie.be')).toBe('permis.travail+outil@emploi.wallonie.be');
  });

  it('is null when unset or empty', () => {
    expect(publicContactEmail(undefined)).toBeNull();
    expect(publicContactEmail('')).toBeNull();
    expect(publicContactEmail('   ')).toBeNull();
  });

  it('ignores anything that is not exactly one email address', () => {
    for (const bad of [
      'not-an-email',
      'a@b',
      'a@b.be?subject=x',
      'a@b.be, c@d.be',
      'javascript:alert(1)@x.be',
      '<a@b.be>',
      'a b@c.be',
      `${'x'.repeat(250)}@b.be`,
    ]) {
      expect(publicContactEmail(bad), bad).toBeNull();
    }
  });
});
