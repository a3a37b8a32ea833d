// Runs before the page is drawn (a classic script at the start of <body>, not a module), so
// the NHS.UK header and the hub's script-enhanced parts are laid out in their final form from
// the first paint: nothing jumps when the modules load.
document.documentElement.classList.replace("no-js", "hub-js");
document.body.classList.add("js-enabled", "nhsuk-frontend-supported");
