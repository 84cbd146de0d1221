import { useEffect, useRef } from 'react';

/** Plays a MediaStream. The guest's own preview is mirrored and muted (no echo). */
export function VideoView({ stream, label, mirrored = false, muted = true, className }: { stream: MediaStream | null; label: string; mirrored?: boolean; muted?: boolean; className?: string }) {
  const ref = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const video = ref.current;
    if (!video) return;
    video.srcObject = stream;
    if (stream) void video.play().catch(() => undefined);
  }, [stream]);
  return (
    <video
      ref={ref}
      className={`video-view${mirrored ? ' video-mirrored' : ''}${className ? ` ${className}` : ''}`}
      aria-label={label}
      autoPlay
      playsInline
      muted={muted}
    />
  );
}
