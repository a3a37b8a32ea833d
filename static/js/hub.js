// Progressive enhancement only: every page works without this script.
// Starts the NHS.UK design system's components (header menu, skip link, buttons).
import { initAll } from "../nhsuk/nhsuk-frontend.min.js";

document.documentElement.classList.remove("no-js");
document.body.classList.add("js-enabled", "nhsuk-frontend-supported");
initAll();
