import { describe, expect, it } from 'vitest';
import { cacheControlFor, IMMUTABLE, REVALIDATE } from '../../../src/main/core/server/static-caching';

describe('cache lifetimes of static files', () => {
  it('keeps content-hashed build assets for a year', () => {
    for (const path of ['assets/studio-BQWcviDO.js', 'assets/base-DsY_5zXK.css', '/assets/guest-Kl_4G_16.js', 'assets\\Field-BQWcviDO.js']) expect(cacheControlFor(path), path).toBe(IMMUTABLE);
  });

  it('revalidates anything whose name does not change with its content', () => {
    for (const path of ['assets/hotseat-icon.svg', 'studio/main.js', 'assets/studio-short.js', 'store/logo-BQWcviDO.png', 'assets/studio-BQWcviDO.js.map.txt/x']) expect(cacheControlFor(path), path).toBe(REVALIDATE);
  });
});
