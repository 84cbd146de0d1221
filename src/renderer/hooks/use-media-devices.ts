import { useCallback, useEffect, useState } from 'react';
import { describeMediaError, type MediaProblem } from '../lib/media-errors';

export interface MediaChoice {
  cameraId: string | null;
  microphoneId: string | null;
}

export interface MediaDevicesState {
  stream: MediaStream | null;
  starting: boolean;
  problem: MediaProblem | null;
  cameras: MediaDeviceInfo[];
  microphones: MediaDeviceInfo[];
  choice: MediaChoice;
  choose: (choice: Partial<MediaChoice>) => void;
  retry: () => void;
}

interface Opened {
  request: string;
  stream: MediaStream | null;
  problem: MediaProblem | null;
  devices: MediaDeviceInfo[];
}

/**
 * The guest's camera and microphone: opens them with the chosen devices, lists the others once
 * permission is granted, and explains a refusal. Stops the tracks it opened when they change.
 */
export function useMediaDevices(initial: MediaChoice, enabled: boolean): MediaDevicesState {
  const [choice, setChoice] = useState<MediaChoice>(initial);
  const [attempt, setAttempt] = useState(0);
  const [opened, setOpened] = useState<Opened | null>(null);
  const request = `${choice.cameraId ?? ''}|${choice.microphoneId ?? ''}|${attempt}`;

  useEffect(() => {
    if (!enabled) return;
    let current = true;
    let stream: MediaStream | null = null;
    // Never above 30 fps: a guest is drawn as a tile, and a 60 fps camera would double the guest's
    // encoding and upload and the studio's decoding for no visible gain.
    const video: MediaTrackConstraints = {
      width: { ideal: 1280 },
      height: { ideal: 720 },
      frameRate: { ideal: 30, max: 30 },
      ...(choice.cameraId ? { deviceId: { exact: choice.cameraId } } : {}),
    };
    const audio: MediaTrackConstraints = { echoCancellation: true, noiseSuppression: true, ...(choice.microphoneId ? { deviceId: { exact: choice.microphoneId } } : {}) };
    const open = async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video, audio });
        if (!current) return;
        const devices = await navigator.mediaDevices.enumerateDevices();
        if (current) setOpened({ request, stream, problem: null, devices });
      } catch (error) {
        if (current) setOpened({ request, stream: null, problem: describeMediaError(error), devices: [] });
      }
    };
    void open();
    return () => {
      current = false;
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, [enabled, request, choice.cameraId, choice.microphoneId]);

  const choose = useCallback((patch: Partial<MediaChoice>) => setChoice((c) => ({ ...c, ...patch })), []);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const fresh = enabled && opened?.request === request ? opened : null;
  const devices = fresh?.devices ?? opened?.devices ?? [];
  return {
    stream: fresh?.stream ?? null,
    starting: enabled && fresh === null,
    problem: fresh?.problem ?? null,
    cameras: devices.filter((d) => d.kind === 'videoinput'),
    microphones: devices.filter((d) => d.kind === 'audioinput'),
    choice,
    choose,
    retry,
  };
}
