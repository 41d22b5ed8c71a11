// Before textual.js: downloads go through this server's secret path. textual.js opens
// `${origin}/download/KEY`, at the root, where every request without the secret gets 403.
(() => {
  const nativeOpen = window.open.bind(window);
  window.open = (url, target, features) => {
    const u = new URL(url, window.location.href);
    const base = document.body ? document.body.dataset.base : null;
    if (base && u.origin === window.location.origin && u.pathname.startsWith("/download/")) {
      u.pathname = base + u.pathname.slice(1);
    }
    return nativeOpen(u.href, target, features);
  };
})();
