import { useContext, useEffect, useState, type ContextType } from 'react';
import { DateFieldStateContext, TimeFieldStateContext } from 'react-aria-components';

type FieldState =
  | NonNullable<ContextType<typeof DateFieldStateContext>>
  | NonNullable<ContextType<typeof TimeFieldStateContext>>;

/**
 * Tells the owner of a date or time field when the user has blanked one of its parts.
 * react-aria keeps the last whole value while a part is blank, so without this a form
 * would save a value the field no longer shows. Calls `onIncomplete` with the value
 * react-aria keeps (so the field can go on showing what was typed) as a part goes blank,
 * and `onWholeAgain` once every part is filled again. Rendered inside the field.
 */
export function IncompleteWatch<T>({
  pick,
  onIncomplete,
  onWholeAgain,
}: {
  /** The whole value the field's state holds, or null. */
  pick: (state: FieldState) => T | null;
  onIncomplete: (kept: T) => void;
  onWholeAgain: (value: T) => void;
}): null {
  const dateState = useContext(DateFieldStateContext);
  const timeState = useContext(TimeFieldStateContext);
  const state = dateState ?? timeState;
  const kept = state ? pick(state) : null;
  const missing = state?.segments.some((s) => s.isEditable && s.isPlaceholder) ?? false;
  const [wasMissing, setWasMissing] = useState(false);
  useEffect(() => {
    if (!kept || missing === wasMissing) return;
    setWasMissing(missing);
    if (missing) onIncomplete(kept);
    else onWholeAgain(kept);
  }, [kept, missing, wasMissing, onIncomplete, onWholeAgain]);
  return null;
}
