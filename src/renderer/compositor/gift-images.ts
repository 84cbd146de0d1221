import confetti from '../../../resources/gifts/confetti.svg';
import crown from '../../../resources/gifts/crown.svg';
import fireworks from '../../../resources/gifts/fireworks.svg';
import hearts from '../../../resources/gifts/hearts.svg';
import rocket from '../../../resources/gifts/rocket.svg';

/** The gift pictures shipped in resources/gifts, loaded once as images for the canvas. */
const URLS: Record<string, string> = { confetti, crown, fireworks, hearts, rocket };
const cache = new Map<string, HTMLImageElement>();

/** The picture's URL, for pages that show gifts as DOM images (the alert overlay). */
export function giftImageUrl(name: string | null): string | null {
  return name ? (URLS[name] ?? null) : null;
}

export function giftImage(name: string | null): HTMLImageElement | null {
  if (!name) return null;
  const url = URLS[name];
  if (!url) return null;
  let image = cache.get(name);
  if (!image) {
    image = new Image();
    image.src = url;
    cache.set(name, image);
  }
  return image;
}
