// The views beside and instead of the map, loaded on first use: the table, the crossings list, a county's details, the about dialog.
export { renderAbout } from "./about.ts";
export { crossingsPanel } from "./crossingsPanel.ts";
export { countyDetails } from "./details.ts";
export { tableView } from "./tableView.ts";
