// Progressive enhancement only: every page works without this script.
// Starts the NHS.UK design system's components (header menu, skip link, buttons).
import { initAll } from "../nhsuk/nhsuk-frontend.min.js";

// The page's classes for scripts on are set before it is drawn (static/js/early.js).
initAll();

// "Print this page" buttons stay hidden without script, where they could do nothing.
for (const button of document.querySelectorAll("[data-hub-print]")) {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}
