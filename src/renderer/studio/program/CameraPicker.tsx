import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { useProgram } from './ProgramContext';

/** The host camera for the program: on/off and which device. */
export function CameraPicker() {
  const intl = useIntl();
  const { camera, chooseCamera, stopCamera } = useProgram();
  const [devices, setDevices] = useState<MediaDeviceInfo[]>([]);
  useEffect(() => {
    const list = () => void navigator.mediaDevices?.enumerateDevices().then((all) => setDevices(all.filter((d) => d.kind === 'videoinput')));
    list();
    navigator.mediaDevices?.addEventListener('devicechange', list);
    return () => navigator.mediaDevices?.removeEventListener('devicechange', list);
  }, [camera.stream]);
  return (
    <div className="camera-picker">
      {camera.stream ? (
        <>
          <label className="sr-only" htmlFor="program-camera">
            {intl.formatMessage({ id: 'program.camera.label' })}
          </label>
          <select id="program-camera" value={camera.deviceId ?? ''} disabled={camera.starting} onChange={(event) => void chooseCamera(event.target.value || null)}>
            {devices.map((device, index) => (
              <option key={device.deviceId || index} value={device.deviceId}>
                {device.label || intl.formatMessage({ id: 'program.camera.numbered' }, { number: index + 1 })}
              </option>
            ))}
          </select>
          <button type="button" className="button button-small button-quiet" onClick={stopCamera}>
            {intl.formatMessage({ id: 'program.camera.off' })}
          </button>
        </>
      ) : (
        <button type="button" className="button button-small button-primary" disabled={camera.starting} onClick={() => void chooseCamera(null)}>
          {intl.formatMessage({ id: camera.starting ? 'program.camera.starting' : 'program.camera.on' })}
        </button>
      )}
      {camera.error ? (
        <p className="inline-error" role="alert">
          {camera.error}
        </p>
      ) : null}
    </div>
  );
}
