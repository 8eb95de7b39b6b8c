import type { KeyboardEvent } from 'react';

/**
 * The design system's grid cell calls preventDefault on every key pressed in a cell of several
 * buttons (to move between them with the arrows), which also cancels Enter and Space: the buttons
 * could not be pressed from the keyboard. Stopping those two keys below the cell restores them.
 */
export const keepButtonActivation = (event: KeyboardEvent) => {
  if (event.key === 'Enter' || event.key === ' ') event.stopPropagation();
};
