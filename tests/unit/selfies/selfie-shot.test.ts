import { describe, expect, it, vi } from 'vitest';
import { takeSelfieShot, wordShotError, type SelfieProgram, type SelfieShotDeps, type ShotResult } from '../../../src/renderer/lib/selfie-shot';
import { errorWith, failWith, ok } from '../../../src/shared/result';

/**
 * A shot whose take fails after the studio's own frame could not be sent either: both problems
 * travel as reasons, and the studio page words them together in its language.
 */
const program = (captureFrame: SelfieProgram['captureFrame']): SelfieProgram => ({ setSelfieCountdown: () => undefined, captureFrame, flash: vi.fn() });
const jpeg = () => Promise.resolve(new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' }));

function shoot(overrides: Partial<SelfieShotDeps>): Promise<ShotResult> {
  return takeSelfieShot(
    {
      program: program(jpeg),
      serverUrl: 'http://127.0.0.1:4870',
      token: 'hsh_host',
      announce: () => Promise.resolve(ok({})),
      take: () => Promise.resolve(failWith('unavailable', 'error.selfie.noPicture')),
      countdownMs: 0,
      ...overrides,
    },
    { id: 'seat_1', guestName: 'Ada' },
  );
}

const refusedUpload: typeof fetch = () => Promise.resolve(new Response(JSON.stringify({ error: errorWith('unauthorized', 'error.selfie.frameHostOnly') }), { status: 401 }));

describe('a failed selfie shot, in the page’s language', () => {
  it('keeps the take’s reason and the refused upload’s, and words both in French', async () => {
    const result = await shoot({ fetchImpl: refusedUpload });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.reason).toEqual({ id: 'error.selfie.noPicture' });
    expect(result.frameProblem?.reason).toEqual({ id: 'error.selfie.frameHostOnly' });
    expect(wordShotError(result, 'fr')).toBe(
      'Aucune image à enregistrer\u00a0: OBS n’est pas connecté et la page du studio n’a envoyé aucune image du programme. Réessayez. (l’image du programme du studio n’a pas pu être envoyée non plus\u00a0: Seul le studio peut envoyer une image du programme.)',
    );
    expect(wordShotError(result, 'en')).toBe(
      'No picture to save: OBS is not connected and the studio page sent no program frame. Try again. (The studio’s own frame could not be sent either: Only the studio may upload a program frame.)',
    );
  });

  it('says the frame could not be captured, by reason, when the compositor throws', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const result = await shoot({ program: program(() => Promise.reject(new Error('canvas lost'))) });
    warn.mockRestore();
    if (result.ok) throw new Error('the shot should fail');
    expect(result.frameProblem?.reason).toEqual({ id: 'error.selfie.frameNotCaptured' });
    expect(wordShotError(result, 'fr')).toMatch(/non plus\u00a0: La page du studio n’a pas pu capturer son image du programme\.\)$/);
  });

  it('is the take’s refusal alone when the frame went through', async () => {
    const uploaded: typeof fetch = () => Promise.resolve(new Response(JSON.stringify({ frameId: 'frm_0123456789abcdef' }), { status: 201 }));
    const take = vi.fn(() => Promise.resolve(failWith('unavailable', 'error.selfie.noPicture')));
    const result = await shoot({ fetchImpl: uploaded, take });
    expect(take).toHaveBeenCalledWith({ seatId: 'seat_1', frameId: 'frm_0123456789abcdef' });
    if (result.ok) throw new Error('the shot should fail');
    expect(result.frameProblem).toBeUndefined();
    expect(wordShotError(result, 'fr')).toMatch(/^Aucune image à enregistrer/);
  });
});
