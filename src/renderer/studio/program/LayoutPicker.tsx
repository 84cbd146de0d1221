import type { KeyboardEvent } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../../../shared/i18n/messages';
import type { ProgramLayout } from '../../../shared/program';

const LAYOUTS: { id: ProgramLayout; name: MessageId; key: string }[] = [
  { id: 'solo', name: 'program.layout.solo', key: '1' },
  { id: 'side-by-side', name: 'program.layout.sideBySide', key: '2' },
  { id: 'pip', name: 'program.layout.pip', key: '3' },
  { id: 'grid', name: 'program.layout.grid', key: '4' },
  { id: 'spotlight', name: 'program.layout.spotlight', key: '5' },
];

/** Layout buttons with a drawn icon each; keys 1–5 switch while the picker has focus. */
export function LayoutPicker({ value, onChange }: { value: ProgramLayout; onChange: (layout: ProgramLayout) => void }) {
  const intl = useIntl();
  const onKeyDown = (event: KeyboardEvent) => {
    const match = LAYOUTS.find((layout) => layout.key === event.key);
    if (match) {
      event.preventDefault();
      onChange(match.id);
    }
  };
  return (
    <div className="layout-picker" role="group" aria-label={intl.formatMessage({ id: 'program.layout.group' })} onKeyDown={onKeyDown}>
      {LAYOUTS.map((layout) => {
        const name = intl.formatMessage({ id: layout.name });
        return (
          <button
            key={layout.id}
            type="button"
            className="layout-button"
            aria-pressed={value === layout.id}
            title={intl.formatMessage({ id: 'program.layout.buttonTitle' }, { name, key: layout.key })}
            onClick={() => onChange(layout.id)}
          >
            <span className={`layout-icon layout-icon-${layout.id}`} aria-hidden="true">
              <i />
              <i />
              <i />
            </span>
            <span>{name}</span>
          </button>
        );
      })}
    </div>
  );
}
