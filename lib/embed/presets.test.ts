import { afterEach, describe, expect, it, vi } from 'vitest';
import { authorityIds } from '@/lib/rules/types';
import { asOrigin, chooseTargetOrigin, isOwnEmbedPage } from './origin';
import { accentIds } from './palette';
import {
  allowedParentOrigins,
  embedTargetOrigin,
  extraOrigins,
  frameAncestorsFor,
  embedParam,
  parseEmbedConfig,
  parsePreset,
  presetIds,
  presets,
} from './presets';

const injections = [
  undefined,
  null,
  '',
  ' flanders',
  'Flanders',
  'FLANDERS',
  'flanders ',
  'flanders;frame-ancestors *',
  "flanders 'unsafe-inline'",
  '*',
  'https://evil.example',
  'javascript:alert(1)',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '__proto__',
  'constructor',
  'toString',
  'default\u0000flanders',
  '../flanders',
  'flanders%20',
  42,
  true,
  {},
  { id: 'flanders' },
  ['<script>'],
];

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the presets allowlist', () => {
  it('has the five presets, each regional one fixed to its own region', () => {
    expect(Object.keys(presets).sort()).toEqual([...presetIds].sort());
    expect(presets.default.region).toBeUndefined();
    for (const region of authorityIds) expect(presets[region].region).toBe(region);
  });

  it('lists only exact https origins', () => {
    for (const preset of Object.values(presets)) {
      expect(preset.origins.length).toBeGreaterThan(0);
      for (const origin of preset.origins) {
        expect(asOrigin(origin)).toBe(origin);
        expect(origin.startsWith('https://')).toBe(true);
      }
    }
  });

  it('includes the regional governments named in the brief', () => {
    expect(presets.flanders.origins).toContain('https://www.vlaanderen.be');
    expect(presets.brussels.origins).toContain('https://economy-employment.brussels');
    expect(presets.wallonia.origins).toContain('https://emploi.wallonie.be');
    expect(presets['german-speaking-community'].origins).toContain('https://ostbelgienlive.be');
  });

  it('the neutral preset covers every regional origin', () => {
    for (const region of authorityIds) {
      for (const origin of presets[region].origins) expect(presets.default.origins).toContain(origin);
    }
  });
});

describe('parsePreset', () => {
  it('returns the named preset', () => {
    for (const id of presetIds) expect(parsePreset(id)).toBe(presets[id]);
  });

  it('takes the first value of a repeated parameter, as URLSearchParams.get does', () => {
    expect(parsePreset(['wallonia', 'flanders'])).toBe(presets.wallonia);
  });

  it.each(injections.map((v) => [v]))('falls back to the default preset for %j', (value) => {
    const preset = parsePreset(value);
    expect(preset).toBe(presets.default);
  });
});

describe('the accent in the preset parameter', () => {
  it('accepts <preset>_<palette key>, else the preset accent, else the site accent', () => {
    expect(parseEmbedConfig('flanders_teal')).toMatchObject({ preset: presets.flanders, accent: 'teal', param: 'flanders_teal' });
    expect(parseEmbedConfig('flanders')).toMatchObject({ preset: presets.flanders, accent: 'anthracite', param: 'flanders' });
    expect(parseEmbedConfig('default_red')).toMatchObject({ preset: presets.default, accent: 'red', param: 'default_red' });
    expect(parseEmbedConfig(undefined)).toMatchObject({ preset: presets.default, accent: 'blue', param: '' });
    expect(parseEmbedConfig('german-speaking-community_navy').preset).toBe(presets['german-speaking-community']);
    expect(parsePreset('wallonia_purple')).toBe(presets.wallonia);
  });

  it('writes the canonical parameter, leaving out the preset accent', () => {
    expect(embedParam('wallonia', 'red')).toBe('wallonia');
    expect(embedParam('wallonia', 'teal')).toBe('wallonia_teal');
    expect(embedParam('default')).toBe('');
    expect(embedParam('default', 'blue')).toBe('');
    for (const id of presetIds) {
      for (const accent of accentIds) expect(parseEmbedConfig(embedParam(id, accent))).toMatchObject({ preset: presets[id], accent });
    }
  });

  it.each([
    'wallonia_#000',
    'wallonia_#ffffff',
    'wallonia_red;background:url(x)',
    'wallonia_expression(alert(1))',
    'wallonia_Red',
    'wallonia_',
    'wallonia__teal',
    'wallonia_teal_red',
    '_teal',
    'nowhere_teal',
    'wallonia_teal ',
  ])('never turns %j into a colour: default preset, site accent', (value) => {
    expect(parseEmbedConfig(value)).toMatchObject({ preset: presets.default, accent: 'blue', param: '' });
  });
});

describe('frameAncestorsFor', () => {
  it("always starts with 'self' and adds the preset's origins", () => {
    vi.stubEnv('EMBED_EXTRA_ORIGINS', '');
    expect(frameAncestorsFor('flanders')).toEqual(["'self'", ...presets.flanders.origins]);
    expect(frameAncestorsFor(null)).toEqual(["'self'", ...presets.default.origins]);
  });

  it.each(injections.filter((v): v is string => typeof v === 'string').map((v) => [v]))(
    'gives the default set for %j',
    (value) => {
      vi.stubEnv('EMBED_EXTRA_ORIGINS', '');
      expect(frameAncestorsFor(value)).toEqual(["'self'", ...presets.default.origins]);
    },
  );

  it('every source is a quoted self or an exact origin: nothing can add a wildcard or a directive', () => {
    vi.stubEnv('EMBED_EXTRA_ORIGINS', 'http://127.0.0.1:3701, *, https://*.example.org');
    for (const id of [...presetIds, null, 'x;script-src *']) {
      for (const source of frameAncestorsFor(id)) {
        expect(source === "'self'" || asOrigin(source) === source).toBe(true);
        expect(source).not.toMatch(/[\s;,*]/);
      }
    }
  });

  it('adds EMBED_EXTRA_ORIGINS to every preset', () => {
    vi.stubEnv('EMBED_EXTRA_ORIGINS', 'http://127.0.0.1:3701,https://staging.example.be/');
    for (const id of presetIds) {
      expect(frameAncestorsFor(id)).toContain('http://127.0.0.1:3701');
      expect(frameAncestorsFor(id)).toContain('https://staging.example.be');
    }
  });
});

describe('EMBED_EXTRA_ORIGINS', () => {
  it('keeps valid http(s) origins, once each, and drops everything else with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const raw = [
      'http://127.0.0.1:3701',
      ' https://a.example.be ',
      'https://a.example.be',
      'http://localhost:4000/',
      '*',
      "'unsafe-inline'",
      'https://*.example.be',
      'https://b.example.be/path',
      'https://b.example.be?x=1',
      'https://user:pw@b.example.be',
      'https://b.example.be; script-src *',
      'https://b.example.be https://c.example.be',
      'ftp://b.example.be',
      'javascript:alert(1)',
      'data:text/html,x',
      'HTTPS://UPPER.example.be',
      '127.0.0.1:3000',
    ].join(',');
    expect(extraOrigins(raw)).toEqual(['http://127.0.0.1:3701', 'https://a.example.be', 'http://localhost:4000']);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('is empty when unset', () => {
    expect(extraOrigins(undefined)).toEqual([]);
  });
});

describe('postMessage target origin', () => {
  it('uses the referrer origin when it is on the allowlist', () => {
    vi.stubEnv('EMBED_EXTRA_ORIGINS', '');
    expect(embedTargetOrigin('flanders', 'https://www.vdab.be')).toBe('https://www.vdab.be');
    expect(embedTargetOrigin('flanders', 'https://www.vdab.be/nl/werkgevers?x=1')).toBe('https://www.vdab.be');
  });

  it('never returns a referrer outside the allowlist, and never "*"', () => {
    vi.stubEnv('EMBED_EXTRA_ORIGINS', '');
    for (const referrer of ['https://evil.example', 'https://www.vlaanderen.be.evil.example', '*', 'null', '', undefined]) {
      const target = embedTargetOrigin('flanders', referrer);
      expect(target).toBeNull();
    }
  });

  it('uses the single allowed origin when there is exactly one', () => {
    expect(chooseTargetOrigin(['https://www.vlaanderen.be'])).toBe('https://www.vlaanderen.be');
    expect(chooseTargetOrigin(['https://www.vlaanderen.be'], 'https://evil.example')).toBe('https://www.vlaanderen.be');
    expect(chooseTargetOrigin(['https://a.be', 'https://b.be'])).toBeNull();
    expect(chooseTargetOrigin([])).toBeNull();
  });

  it('the list passed to the client is the preset origins plus the extra ones', () => {
    vi.stubEnv('EMBED_EXTRA_ORIGINS', 'http://127.0.0.1:3701');
    expect(allowedParentOrigins('brussels')).toEqual([...presets.brussels.origins, 'http://127.0.0.1:3701']);
    expect(embedTargetOrigin('brussels', 'http://127.0.0.1:3701/host?x')).toBe('http://127.0.0.1:3701');
  });
});

describe('isOwnEmbedPage', () => {
  it('recognises a navigation inside the frame, not the preview on our own site', () => {
    const self = 'https://tool.example.be';
    expect(isOwnEmbedPage('https://tool.example.be/en/embed/check/salary?x=1', self)).toBe(true);
    expect(isOwnEmbedPage('https://tool.example.be/nl/embed', self)).toBe(true);
    expect(isOwnEmbedPage('https://tool.example.be/en/embedding?preset=flanders', self)).toBe(false);
    expect(isOwnEmbedPage('https://www.vlaanderen.be/en/embed', self)).toBe(false);
    expect(isOwnEmbedPage('', self)).toBe(false);
  });
});
