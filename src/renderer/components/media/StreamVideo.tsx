import { useEffect, useRef } from 'react';
import { pictureDemand } from '../../lib/page-picture-demand';

/**
 * A live MediaStream in a <video> (a guest's camera, a moderator's, the host's). It tells the page's
 * picture demand how large it is on screen (device pixels), so a guest sends this preview no more
 * than it shows (a green-room card asks for a thumbnail, not the camera's 720p).
 */
export function StreamVideo({ stream, muted, label, className }: { stream: MediaStream | null; muted: boolean; label: string; className?: string }) {
  const ref = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const video = ref.current;
    if (!video) return;
    if (video.srcObject !== stream) video.srcObject = stream;
    if (stream) void video.play().catch(() => undefined);
  }, [stream]);
  useEffect(() => {
    const video = ref.current;
    if (!video || !stream || typeof ResizeObserver === 'undefined') return;
    const consumer = {};
    const measure = () => {
      const scale = window.devicePixelRatio || 1;
      const [width, height] = [Math.round(video.clientWidth * scale), Math.round(video.clientHeight * scale)];
      // Hidden (a collapsed card, another tab): nothing drawn here.
      if (width < 16 || height < 16) pictureDemand.release(stream, consumer);
      else pictureDemand.want(stream, consumer, { width, height });
    };
    const observer = new ResizeObserver(measure);
    observer.observe(video);
    measure();
    return () => {
      observer.disconnect();
      pictureDemand.release(stream, consumer);
    };
  }, [stream]);
  return (
    <video ref={ref} className={className ?? 'guest-seat-stream'} aria-label={label} data-has-stream={stream ? 'true' : 'false'} autoPlay playsInline muted={muted} />
  );
}
