import type { KeyboardEvent } from 'react';
import type { ProgramLayout } from '../../../shared/program';

const LAYOUTS: { id: ProgramLayout; label: string; key: string }[] = [
  { id: 'solo', label: 'Solo', key: '1' },
  { id: 'side-by-side', label: 'Side by side', key: '2' },
  { id: 'pip', label: 'Picture in picture', key: '3' },
  { id: 'grid', label: 'Grid', key: '4' },
  { id: 'spotlight', label: 'Spotlight', key: '5' },
];

/** Layout buttons with a drawn icon each; keys 1–5 switch while the picker has focus. */
export function LayoutPicker({ value, onChange }: { value: ProgramLayout; onChange: (layout: ProgramLayout) => void }) {
  const onKeyDown = (event: KeyboardEvent) => {
    const match = LAYOUTS.find((layout) => layout.key === event.key);
    if (match) {
      event.preventDefault();
      onChange(match.id);
    }
  };
  return (
    <div className="layout-picker" role="group" aria-label="Program layout" onKeyDown={onKeyDown}>
      {LAYOUTS.map((layout) => (
        <button
          key={layout.id}
          type="button"
          className="layout-button"
          aria-pressed={value === layout.id}
          title={`${layout.label} (${layout.key})`}
          onClick={() => onChange(layout.id)}
        >
          <span className={`layout-icon layout-icon-${layout.id}`} aria-hidden="true">
            <i />
            <i />
            <i />
          </span>
          <span>{layout.label}</span>
        </button>
      ))}
    </div>
  );
}
