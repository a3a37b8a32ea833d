// On a phone, the search page's filters and sorting start folded behind one button, so the
// results are on the first screen. The button and the folded state are drawn by the server
// and search.css (no layout shift); this opens and closes them. The button follows the
// disclosure pattern: its name stays the same and aria-expanded says whether it is open.

document.querySelectorAll(".hub-filters-toggle[aria-controls]").forEach((button) => {
  const filters = document.getElementById(button.getAttribute("aria-controls"));
  if (!filters) return;
  button.addEventListener("click", () => {
    const open = filters.classList.toggle("hub-filters--open");
    button.setAttribute("aria-expanded", String(open));
  });
});
