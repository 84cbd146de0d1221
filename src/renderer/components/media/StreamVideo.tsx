import { useEffect, useRef } from 'react';

/** A live MediaStream in a <video> (a guest's camera, a moderator's, the host's). */
export function StreamVideo({ stream, muted, label, className }: { stream: MediaStream | null; muted: boolean; label: string; className?: string }) {
  const ref = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const video = ref.current;
    if (!video) return;
    if (video.srcObject !== stream) video.srcObject = stream;
    if (stream) void video.play().catch(() => undefined);
  }, [stream]);
  return (
    <video ref={ref} className={className ?? 'guest-seat-stream'} aria-label={label} data-has-stream={stream ? 'true' : 'false'} autoPlay playsInline muted={muted} />
  );
}
