import { create } from 'zustand';

export interface Toast {
  id: number;
  text: string;
  tone: 'success' | 'info';
}

interface ToastState {
  toasts: Toast[];
  show(text: string, tone?: Toast['tone']): void;
  dismiss(id: number): void;
}

let nextId = 1;
const TOAST_MS = 4000;

/** Short confirmations of finished actions ("Project renamed"); errors use ErrorBanner instead. */
export const useToasts = create<ToastState>((set, get) => ({
  toasts: [],
  show(text, tone = 'success') {
    const id = nextId++;
    set({ toasts: [...get().toasts.slice(-3), { id, text, tone }] });
    setTimeout(() => get().dismiss(id), TOAST_MS);
  },
  dismiss(id) {
    set({ toasts: get().toasts.filter((t) => t.id !== id) });
  },
}));

export function showToast(text: string, tone?: Toast['tone']): void {
  useToasts.getState().show(text, tone);
}
