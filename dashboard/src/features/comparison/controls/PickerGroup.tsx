import type { ReactNode } from 'react';

interface PickerGroupProps {
  title: string;
  /** Shown when a group is a part of a list (a project, a quantity): its own all/none. */
  onAll?: () => void;
  onNone?: () => void;
  children: ReactNode;
}

/** A titled set of checkboxes with "All" and "None" (Codespeed's "(All, None)" links, as buttons for keyboards). */
export function PickerGroup({ title, onAll, onNone, children }: PickerGroupProps) {
  return (
    <div className="cmp-picker-group">
      <div className="cmp-picker-head">
        <span className="cmp-picker-title">{title}</span>
        {onAll && (
          <button type="button" className="cmp-link-button" onClick={onAll} aria-label={`Select all of ${title}`}>
            All
          </button>
        )}
        {onNone && (
          <button type="button" className="cmp-link-button" onClick={onNone} aria-label={`Select none of ${title}`}>
            None
          </button>
        )}
      </div>
      {children}
    </div>
  );
}

/** Adds or removes ids, keeping the order of those already chosen and appending new ones. */
export function toggled(selected: readonly string[], ids: readonly string[], on: boolean): string[] {
  if (!on) return selected.filter((id) => !ids.includes(id));
  return [...selected, ...ids.filter((id) => !selected.includes(id))];
}
