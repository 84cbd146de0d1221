import { PictureDemand } from './picture-demand';

/** The page's one picture demand: the compositor, every preview and every StudioPeers of this page share it. */
export const pictureDemand = new PictureDemand<MediaStream>();
