/** The signed-in token, kept for this browser tab only (sessionStorage): closing the tab signs out. */
const KEY = 'trellis.token';

export const session = {
  token(): string | null {
    return window.sessionStorage.getItem(KEY);
  },
  save(token: string): void {
    window.sessionStorage.setItem(KEY, token.trim());
  },
  clear(): void {
    window.sessionStorage.removeItem(KEY);
  },
};
