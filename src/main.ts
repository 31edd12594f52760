// Entry point: mounts the map of Finland.
import "./styles.css";
import { createMap } from "./map/mapAdapter.ts";

const container = document.getElementById("map");
if (container) createMap(container);
