import { useIntl } from 'react-intl';

/** The microphone level as a bar, so a guest sees that they are heard before joining. */
export function LevelMeter({ level }: { level: number }) {
  const intl = useIntl();
  const percent = Math.round(level * 100);
  return (
    <div className="level-meter" role="meter" aria-label={intl.formatMessage({ id: 'guest.level' })} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
      <div className={`level-meter-bar${percent > 5 ? ' level-meter-active' : ''}`} style={{ width: `${Math.max(2, percent)}%` }} />
    </div>
  );
}
