import { describeKey } from '../lib/storage/describeKey';
import { eraseSiteData, SITE_ERASED_EVENT, siteKeys } from '../lib/storage/siteData';

/** The erase control: says exactly what will go, asks once, then removes it. */
export function initErase() {
  const button = document.querySelector<HTMLButtonElement>('[data-erase-button]');
  const status = document.querySelector<HTMLElement>('[data-erase-status]');
  if (!button || !status) return;
  button.hidden = false;
  button.addEventListener('click', () => {
    let keys: string[];
    try {
      keys = siteKeys(localStorage);
    } catch {
      status.textContent = 'This browser is not letting the site use storage, so nothing is stored here.';
      return;
    }
    if (!keys.length) {
      status.textContent = 'There is nothing to erase: this site has stored nothing on this device.';
      return;
    }
    const list = keys.map((k) => `• ${describeKey(k)}`).join('\n');
    if (!window.confirm(`This will remove ${keys.length} item(s) this site stored on this device:\n${list}\n\nThis cannot be undone.`)) return;
    const gone = eraseSiteData(localStorage);
    window.dispatchEvent(new Event(SITE_ERASED_EVENT));
    status.textContent = `Erased ${gone.length} item(s). This site now stores nothing on this device.`;
  });
}
