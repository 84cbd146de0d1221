import type { Compositor } from './compositor';

/** Shows the compositor's own canvas inside `box` (scaled by CSS); returns the function that takes it out. */
export function mountPreview(compositor: Compositor, box: HTMLElement): () => void {
  const canvas = compositor.canvas;
  canvas.className = 'program-canvas';
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', 'Program preview: what OBS shows');
  box.appendChild(canvas);
  return () => {
    if (canvas.parentElement === box) box.removeChild(canvas);
  };
}
