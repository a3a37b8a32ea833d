// Suggestions as you type, for every search form marked with data-search-suggest (the
// header's and the search page's). Its other data-suggest-* attributes carry the words
// spoken and shown, in the page's language.
// Progressive enhancement: without this script the form is an ordinary search form.
// Follows the ARIA 1.2 combobox pattern (list autocomplete): the input keeps focus,
// aria-activedescendant points at the highlighted option, and a polite live region
// says how many suggestions there are.

const DEBOUNCE_MS = 200;
const MIN_CHARS = 2;

function enhance(form) {
  const input = form.querySelector("input[name='q']");
  const endpoint = form.dataset.searchSuggest;
  if (!input || !endpoint) return;
  const text = {
    label: form.dataset.suggestLabel || "Suggestions",
    help: form.dataset.suggestHelp || "Use the up and down arrows to choose a suggestion and Enter to search for it.",
    none: form.dataset.suggestNone || "No suggestions.",
    count: form.dataset.suggestCount || "Suggestions available: {count}.",
  };

  const wrapper = input.closest(".hub-suggest") || input.parentElement;
  const listId = `${input.id}-suggestions`;
  const list = document.createElement("ul");
  list.id = listId;
  list.className = "hub-suggest__list";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", text.label);
  list.hidden = true;

  const status = document.createElement("div");
  status.className = "nhsuk-u-visually-hidden";
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");

  const help = document.createElement("span");
  help.id = `${input.id}-suggest-help`;
  help.className = "nhsuk-u-visually-hidden";
  help.textContent = text.help;

  wrapper.append(list, status, help);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", listId);
  input.setAttribute("aria-describedby", `${input.getAttribute("aria-describedby") || ""} ${help.id}`.trim());

  let items = [];
  let active = -1;
  let timer = null;
  let controller = null;
  let lastQuery = "";

  function close() {
    list.hidden = true;
    list.replaceChildren();
    items = [];
    active = -1;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }

  function highlightOption(index) {
    const options = list.querySelectorAll("[role='option']");
    options.forEach((option, i) => option.setAttribute("aria-selected", String(i === index)));
    active = index;
    if (index >= 0 && options[index]) {
      input.setAttribute("aria-activedescendant", options[index].id);
      options[index].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function choose(index) {
    const item = items[index];
    if (!item) return;
    input.value = item.title;
    close();
    form.requestSubmit ? form.requestSubmit() : form.submit();
  }

  function render(query, suggestions) {
    items = suggestions;
    list.replaceChildren();
    active = -1;
    if (!suggestions.length) {
      close();
      status.textContent = query ? text.none : "";
      return;
    }
    suggestions.forEach((item, index) => {
      const option = document.createElement("li");
      option.id = `${listId}-${index}`;
      option.className = "hub-suggest__option";
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      const title = document.createElement("span");
      title.textContent = item.title; // text only: titles are never parsed as HTML
      const kind = document.createElement("span");
      kind.className = "hub-suggest__type";
      kind.textContent = ` ${item.type}`;
      option.append(title, kind);
      option.addEventListener("mousedown", (event) => event.preventDefault());
      option.addEventListener("click", () => choose(index));
      list.append(option);
    });
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    status.textContent = text.count.replace("{count}", String(suggestions.length));
  }

  async function fetchSuggestions() {
    const query = input.value.trim();
    if (query === lastQuery) return;
    lastQuery = query;
    if (query.length < MIN_CHARS) {
      close();
      return;
    }
    if (controller) controller.abort();
    controller = new AbortController();
    try {
      const url = `${endpoint}?${new URLSearchParams({ q: query })}`;
      const response = await fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } });
      if (!response.ok) return close();
      const data = await response.json();
      if (input.value.trim() === query) render(query, data.suggestions || []);
    } catch (error) {
      if (error.name !== "AbortError") close();
    }
  }

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, DEBOUNCE_MS);
  });

  input.addEventListener("keydown", (event) => {
    const open = !list.hidden && items.length > 0;
    if (event.key === "ArrowDown") {
      if (!open) {
        lastQuery = "";
        fetchSuggestions();
        return;
      }
      event.preventDefault();
      highlightOption(active + 1 >= items.length ? 0 : active + 1);
    } else if (event.key === "ArrowUp" && open) {
      event.preventDefault();
      highlightOption(active <= 0 ? items.length - 1 : active - 1);
    } else if (event.key === "Enter" && open && active >= 0) {
      event.preventDefault();
      choose(active);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      close();
    } else if (event.key === "Tab") {
      close();
    }
  });

  input.addEventListener("blur", () => setTimeout(close, 150));

  // The reader is leaving for the results page: a suggestion would arrive too late.
  form.addEventListener("submit", () => {
    clearTimeout(timer);
    if (controller) controller.abort();
  });
}

document.querySelectorAll("form[data-search-suggest]").forEach(enhance);
