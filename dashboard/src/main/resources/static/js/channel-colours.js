/*
 * One colour per channel, on every page and for every seller (issue 14): a channel's colour depends on its id only,
 * never on the order of the series. Load before the page's chart script:
 *   <script th:src="@{/js/channel-colours.js}"></script>
 *
 *   EggbasketColours.forChannel('etsy')        -> '#e0692b' (fixed for the channels Eggbasket's formats name,
 *                                                 DESIGN §2-3: etsy, amazon, ebay, own-shop, markets, direct…)
 *   EggbasketColours.forChannel('boutique-x')  -> one of PALETTE, chosen by a stable hash of the id
 *   EggbasketColours.normalise(' My Shop ')    -> 'my-shop' (as the ingestion names a channel: trimmed, lower case,
 *                                                 spaces as dashes), so 'Etsy' and 'etsy' share a colour
 *   EggbasketColours.known                     -> the fixed map, id -> colour (a copy)
 *   EggbasketColours.palette                   -> the colours an unknown channel can get (a copy)
 *   EggbasketColours.withheld                  -> the grey of figures withheld by the cooperative's rules
 */
(function () {
  'use strict';
  var KNOWN = {
    'etsy': '#e0692b',
    'amazon': '#232f3e',
    'ebay': '#1f5fbf',
    'vinted': '#0f9ba3',
    'alittlemarket': '#d9a441',
    'a-little-market': '#d9a441',
    'facebook-instagram-shop': '#b0306a',
    'instagram': '#b0306a',
    'facebook': '#3b5998',
    'tiktok-shop': '#6b4fa0',
    'own-shop': '#2f6f73',
    'paypal': '#4d7fb8',
    'markets': '#5f8f3e',
    'ankorstore': '#9c6b4e',
    'direct': '#8a7f72'
  };
  // for channels the map does not name: distinguishable from each other and from the fixed ones' neighbours
  var PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#59a14f', '#b07aa1', '#9c755f', '#edc948', '#76b7b2',
    '#ff9da7', '#7f6a00', '#0b6e4f', '#c44e97'];
  var WITHHELD = '#b9b1a6';

  var normalise = function (id) {
    return String(id === null || id === undefined ? '' : id).trim().toLowerCase().replace(/\s+/g, '-');
  };
  // FNV-1a, 32 bits: the same id gives the same colour in every browser and on every page
  var hash = function (text) {
    var h = 0x811c9dc5;
    for (var i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h;
  };
  var forChannel = function (id) {
    var key = normalise(id);
    if (Object.prototype.hasOwnProperty.call(KNOWN, key)) {
      return KNOWN[key];
    }
    return PALETTE[hash(key) % PALETTE.length];
  };

  window.EggbasketColours = Object.freeze({
    forChannel: forChannel,
    normalise: normalise,
    known: Object.assign({}, KNOWN),
    palette: PALETTE.slice(),
    withheld: WITHHELD
  });
})();
