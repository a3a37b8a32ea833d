// On a phone, the search page's filters and sorting start folded behind one button, so
// the results are on the first screen instead of after every facet. The button follows the
// disclosure pattern: its name stays the same and aria-expanded says whether it is open.
// Progressive enhancement: without this script, and on wider screens, the filters are
// always shown.

// Below this width the filters sit above the results, not beside them (static/css/hub.css).
const NARROW = window.matchMedia("(max-width: 48em)");

function enhance(form) {
  const heading = form.querySelector("#filter-heading");
  const button = document.createElement("button");
  button.type = "button";
  button.className = "nhsuk-button nhsuk-button--secondary hub-filters-toggle";
  button.textContent = heading ? heading.textContent : form.getAttribute("aria-label");
  const chevron = document.createElement("span");
  chevron.className = "hub-filters-toggle__chevron";
  chevron.setAttribute("aria-hidden", "true");
  button.append(chevron);
  button.setAttribute("aria-controls", form.id);
  form.before(button);

  const open = (isOpen) => {
    form.hidden = !isOpen;
    button.setAttribute("aria-expanded", String(isOpen));
  };
  button.addEventListener("click", () => open(form.hidden));
  const fit = () => {
    button.hidden = !NARROW.matches;
    open(!NARROW.matches);
  };
  NARROW.addEventListener("change", fit);
  fit();
}

document.querySelectorAll("form[data-filters-toggle]").forEach(enhance);
