// After textual.js: start the terminal only when the shipped font is loaded (xterm.js
// measures its cells once), and restart the session with the button.
(() => {
  const start = window.onload;
  window.onload = async (event) => {
    document.getElementById("restart").addEventListener("click", () => {
      window.location.href = window.location.pathname;
    });
    try {
      await document.fonts.load("16px 'Roboto Mono'");
    } catch (error) {
      // the fallback monospace font still works
    }
    if (start) start(event);
  };
})();
