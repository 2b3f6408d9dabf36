import type { KeyboardEvent } from 'react';

/** The id of a grid cell's input, by row and column. */
export const cellId = (row: number, col: number) => `grid-cell-${row}-${col}`;

/**
 * Arrow keys move between cells (left/right within a row, up/down in a column; Tab keeps its own
 * order), Enter saves the row. Returns whether the key was handled.
 */
export function onGridKey(e: KeyboardEvent<HTMLInputElement>, row: number, col: number, saveRow: () => void): void {
  const moves: Record<string, [number, number]> = {
    ArrowUp: [-1, 0],
    ArrowDown: [1, 0],
    ArrowLeft: [0, -1],
    ArrowRight: [0, 1],
  };
  if (e.key === 'Enter') {
    e.preventDefault();
    saveRow();
    return;
  }
  const move = moves[e.key];
  if (!move) return;
  const target = document.getElementById(cellId(row + move[0], col + move[1]));
  if (!(target instanceof HTMLInputElement)) return;
  e.preventDefault();
  target.focus();
  target.select();
}

/** What a rater typed, as the resolver judges it: a number when it reads as one, else the text. */
export function typedRating(text: string): number | string {
  const trimmed = text.trim();
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** A client request id for one save (8-64 of [A-Za-z0-9_-]). */
export const newRequestId = () => `grid-${crypto.randomUUID()}`;
