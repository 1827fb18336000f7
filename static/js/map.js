/*
 * Maps of display points and producers, drawn with Leaflet (served from the
 * django-leaflet package's static files, never a CDN).
 *
 * Progressive enhancement: each map sits in a [data-map-frame] that stays
 * hidden unless this script draws it, and the page around it says the same
 * in plain HTML (the list of places, or the address). Everything the script
 * needs comes from data- attributes on the [data-map] element, so no inline
 * script is needed and a Content-Security-Policy without 'unsafe-inline' holds:
 *
 *   data-geojson-url   the GeoJSON of places (kinds in data-kinds, comma-separated; only the
 *                      places with every facility in data-facilities, comma-separated), or
 *   data-latitude, data-longitude, data-name, data-address, data-url   one place;
 *   data-tile-url, data-tile-attribution   the tile server;
 *   data-marker-*   marker images; data-label-*   the interface's words.
 *
 * Markers come from the GeoJSON, not from the tiles: they show even when the
 * tile server cannot be reached. Places that cover each other are clustered
 * (Leaflet.markercluster, vendored from npm into static/vendor/ by
 * scripts/vendor-markercluster) where the page loads it: a cluster is a button
 * that says how many places it holds; Enter (or a click) zooms in on them, or
 * spreads them out at the last zoom, and the focus moves on to what it opened.
 * Plain ES2017, no build step.
 */
(function () {
  "use strict";

  const L = window.L;
  if (!L) {
    // Leaflet did not load: the maps stay hidden and the page's own lists say it all.
    return;
  }

  const calm = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  function isCoordinate(value, limit) {
    return Number.isFinite(value) && Math.abs(value) <= limit;
  }

  /* A place from a GeoJSON feature, or null when it cannot be drawn. */
  function placeFromFeature(feature) {
    const geometry = feature && feature.geometry;
    if (!geometry || geometry.type !== "Point" || !Array.isArray(geometry.coordinates)) {
      return null;
    }
    const lng = Number(geometry.coordinates[0]);
    const lat = Number(geometry.coordinates[1]);
    if (!isCoordinate(lat, 90) || !isCoordinate(lng, 180)) {
      return null;
    }
    const properties = feature.properties || {};
    return {
      lat: lat,
      lng: lng,
      kind: properties.kind,
      name: properties.name || "",
      url: properties.url || "",
      address: [properties.address, properties.province].filter(Boolean).join(", "),
      kindLabel: properties.kind_label || "",
      openNow: typeof properties.open_now === "boolean" ? properties.open_now : null,
      facilities: Array.isArray(properties.facilities) ? properties.facilities : [],
    };
  }

  async function placesFromUrl(data) {
    const response = await fetch(data.geojsonUrl, {
      headers: { Accept: "application/geo+json, application/json" },
      credentials: "same-origin",
    });
    if (!response.ok) {
      throw new Error(`${data.geojsonUrl} answered ${response.status}`);
    }
    const collection = await response.json();
    const kinds = (data.kinds || "").split(",").filter(Boolean);
    // The same filter as the list beside the map (the page's ?facility= checkboxes).
    const facilities = (data.facilities || "").split(",").filter(Boolean);
    return (collection.features || [])
      .map(placeFromFeature)
      .filter((place) => place && (kinds.length === 0 || kinds.includes(place.kind)))
      .filter((place) => facilities.every((facility) => place.facilities.includes(facility)));
  }

  function placeFromAttributes(data) {
    const lat = Number(data.latitude);
    const lng = Number(data.longitude);
    if (!isCoordinate(lat, 90) || !isCoordinate(lng, 180)) {
      return [];
    }
    return [{ lat: lat, lng: lng, name: data.name || "", url: data.url || "", address: data.address || "", kindLabel: "", openNow: null }];
  }

  /* The popup's content, built as elements: names and addresses are text, never HTML. */
  function popupContent(place, data) {
    const box = element("div", "map-popup");
    if (place.kindLabel) {
      box.append(element("p", "map-popup__kind", place.kindLabel));
    }
    const title = element("p", "map-popup__title");
    if (place.url) {
      const link = element("a", null, place.name);
      link.href = place.url;
      title.append(link);
    } else {
      title.textContent = place.name;
    }
    box.append(title);
    if (place.address) {
      box.append(element("p", "map-popup__address", place.address));
    }
    if (place.openNow !== null) {
      const state = place.openNow ? "open" : "closed";
      const badge = element("span", `open-badge open-badge--${state}`, place.openNow ? data.labelOpen : data.labelClosed);
      box.append(badge);
    }
    return box;
  }

  function markerIcon(data) {
    // Leaflet's own size and anchors for these images; given explicitly so the
    // hashed file names of the production static files are found.
    return L.icon({
      iconUrl: data.markerIcon,
      iconRetinaUrl: data.markerIcon2x,
      shadowUrl: data.markerShadow,
      iconSize: [25, 41],
      iconAnchor: [12, 41],
      popupAnchor: [1, -34],
      tooltipAnchor: [16, -28],
      shadowSize: [41, 41],
    });
  }

  /* Keyboard use: the popup's link takes the focus, Escape closes it and gives the focus back to the marker. */
  function makePopupKeyboardFriendly(map, marker, data) {
    marker.on("popupopen", (event) => {
      const popup = event.popup.getElement();
      const close = popup.querySelector(".leaflet-popup-close-button");
      if (close && data.labelClose) {
        close.setAttribute("aria-label", data.labelClose);
      }
      popup.addEventListener("keydown", (keyEvent) => {
        if (keyEvent.key === "Escape") {
          map.closePopup();
        }
      });
      const link = popup.querySelector(".map-popup a");
      if (link) {
        link.focus({ preventScroll: true });
      }
    });
    marker.on("popupclose", (event) => {
      const popup = event.popup.getElement();
      const active = document.activeElement;
      if (!active || active === document.body || (popup && popup.contains(active))) {
        marker.getElement().focus({ preventScroll: true });
      }
    });
  }

  /* A cluster's icon: the count shown, and a name saying what Enter does (data-label-cluster, "{count}" replaced). */
  function clusterIcon(data) {
    const ClusterIcon = L.DivIcon.extend({
      createIcon: function (oldIcon) {
        const icon = L.DivIcon.prototype.createIcon.call(this, oldIcon);
        icon.setAttribute("aria-label", this.options.label);
        icon.title = this.options.label;
        return icon;
      },
    });
    return function (cluster) {
      const count = cluster.getChildCount();
      const label = (data.labelCluster || "{count}").replace("{count}", String(count));
      const html = document.createElement("span");
      html.className = "map-cluster__count";
      html.setAttribute("aria-hidden", "true");
      html.textContent = String(count);
      return new ClusterIcon({ html: html, className: "map-cluster", iconSize: L.point(44, 44), label: label });
    };
  }

  /* After Enter on a cluster, the focus goes to what now shows its places: the first of their markers
     (or smaller clusters) in the page's order, so that Tab goes on through the others. */
  function keepFocusAfterClusterOpens(map, clusters) {
    // Leaflet.markercluster zooms on a cluster's click and on Enter pressed on it (its keypress).
    clusters.on("clusterkeypress", (event) => {
      const key = event.originalEvent;
      if (!key || (key.key !== "Enter" && key.keyCode !== 13)) {
        return;
      }
      const children = event.layer.getAllChildMarkers();
      let moved = false;
      const focusFirst = () => {
        if (moved) {
          return;
        }
        const shown = new Set();
        children.forEach((child) => {
          const layer = clusters.getVisibleParent(child);
          const element = layer && layer.getElement();
          if (element && element.isConnected) {
            shown.add(element);
          }
        });
        const first = Array.from(shown).sort((a, b) =>
          a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
        )[0];
        if (first) {
          moved = true;
          first.focus({ preventScroll: true });
        }
      };
      clusters.once("animationend spiderfied", () => window.setTimeout(focusFirst, 0));
      map.once("moveend", () => window.setTimeout(focusFirst, 350));
    });
  }

  function draw(container, places) {
    const data = container.dataset;
    const frame = container.closest("[data-map-frame]");
    if (frame) {
      // Shown before Leaflet measures the container.
      frame.hidden = false;
    }
    const map = L.map(container, {
      scrollWheelZoom: false,
      zoomControl: false,
      zoomAnimation: !calm,
      fadeAnimation: !calm,
      markerZoomAnimation: !calm,
    });
    L.control.zoom({ zoomInTitle: data.labelZoomIn, zoomOutTitle: data.labelZoomOut }).addTo(map);
    L.tileLayer(data.tileUrl, {
      attribution: data.tileAttribution,
      maxZoom: 19,
      // Tile servers (OpenStreetMap's among them) want to know which site asks.
      referrerPolicy: "strict-origin-when-cross-origin",
    }).addTo(map);

    const icon = markerIcon(data);
    // A popup no wider than the map leaves room to see the marker it belongs to.
    const popupWidth = Math.max(160, Math.min(300, container.clientWidth - 80));
    // Places that would cover each other are clustered, when the page loaded the cluster library.
    const clusters =
      places.length > 1 && typeof L.markerClusterGroup === "function"
        ? L.markerClusterGroup({
            iconCreateFunction: clusterIcon(data),
            showCoverageOnHover: false,
            animate: !calm,
            maxClusterRadius: 60,
          })
        : null;
    places.forEach((place) => {
      const marker = L.marker([place.lat, place.lng], { icon: icon, title: place.name, alt: place.name, riseOnHover: true });
      marker.bindPopup(popupContent(place, data), { maxWidth: popupWidth, minWidth: Math.min(160, popupWidth), autoPanPadding: [16, 16] });
      makePopupKeyboardFriendly(map, marker, data);
      if (clusters) {
        clusters.addLayer(marker);
      } else {
        marker.addTo(map);
      }
    });

    const bounds = L.latLngBounds(places.map((place) => [place.lat, place.lng]));
    map.fitBounds(bounds, { padding: [32, 32], maxZoom: places.length === 1 ? 15 : 13 });
    if (clusters) {
      // Added once the map has a view: the clusters are worked out for it.
      keepFocusAfterClusterOpens(map, clusters);
      map.addLayer(clusters);
    }
    container.classList.add("map--ready");
    return map;
  }

  async function setUp(container) {
    const data = container.dataset;
    try {
      const places = data.geojsonUrl ? await placesFromUrl(data) : placeFromAttributes(data);
      if (places.length > 0) {
        draw(container, places);
      }
    } catch (error) {
      // The map stays hidden; the list on the page still has every place.
      console.error("The map could not be drawn:", error);
    }
  }

  document.querySelectorAll("[data-map]").forEach(setUp);
})();
