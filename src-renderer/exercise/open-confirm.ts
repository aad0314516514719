import { modals } from '@mantine/modals';

type ConfirmSettings = Parameters<typeof modals.openConfirmModal>[0];

/**
 * Mantine's confirm dialog without its scroll lock: the lock (from
 * react-remove-scroll) adds a <style> element, which the renderer's
 * Content-Security-Policy refuses.
 */
export function openConfirm(settings: ConfirmSettings): string {
  return modals.openConfirmModal({ lockScroll: false, ...settings });
}
