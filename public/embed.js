/*! Belgian Work Permit Check - embed.js v1 - sizes <iframe data-bwpc> frames to their content.
 * MIT License. Copyright (c) 2026 the Belgian Work Permit Check contributors.
 * Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
 * documentation files (the "Software"), to deal in the Software without restriction, including without limitation
 * the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and
 * to permit persons to whom the Software is furnished to do so, subject to the following conditions:
 * The above copyright notice and this permission notice shall be included in all copies or substantial portions
 * of the Software.
 * THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO
 * THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
 * AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF
 * CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER
 * DEALINGS IN THE SOFTWARE. */
(function (w, d) {
  'use strict';
  if (w.bwpcEmbed) return;
  w.bwpcEmbed = 1;
  var SEL = 'iframe[data-bwpc],iframe.bwpc-embed';
  // The origin of a frame's current src: messages must come from there (and from its window).
  function origin(f) {
    try { return new URL(f.src, d.baseURI).origin; } catch (e) { return ''; }
  }
  function inView(f) {
    var t = f.getBoundingClientRect().top;
    if (t < 0 || t > w.innerHeight) f.scrollIntoView();
  }
  // Tell a frame who we are; it answers with its height (covers frames that loaded before this script).
  function hello(f) {
    var o = origin(f), cw = f.contentWindow, c;
    if (!o || o === 'null' || !cw) return;
    // Still about:blank (our own origin, readable)? Then its load event will say hello later.
    try { c = cw.location.origin; } catch (e) { c = o; }
    if (c === o) cw.postMessage({ type: 'bwpc:hello', version: 1 }, o);
  }
  w.addEventListener('message', function (e) {
    var m = e.data, fs = d.querySelectorAll(SEL), i, f, h;
    if (!m || typeof m !== 'object' || m.version !== 1) return;
    for (i = 0; i < fs.length; i++) {
      f = fs[i];
      if (e.source !== f.contentWindow || e.origin !== origin(f)) continue;
      if (m.type === 'bwpc:resize' && typeof m.height === 'number' && m.height === m.height) {
        // Clamped: a frame can never make itself 0 px or endless.
        h = Math.min(10000, Math.max(300, Math.ceil(m.height)));
        f.style.height = h + 'px';
      } else if (m.type === 'bwpc:ready') {
        hello(f);
      } else if (m.type === 'bwpc:navigate') {
        inView(f);
        if (typeof m.step === 'string' && /^[a-z0-9-]{1,40}$/.test(m.step) && typeof CustomEvent === 'function') {
          f.dispatchEvent(new CustomEvent('bwpc:navigate', { detail: { step: m.step } }));
        }
      }
      return;
    }
  });
  // A frame's load event fires again after a full-page navigation inside it (e.g. without client-side routing).
  d.addEventListener('load', function (e) {
    var f = e.target;
    if (f && f.tagName === 'IFRAME' && f.matches(SEL)) {
      hello(f);
      if (f.bwpcLoaded) inView(f);
      f.bwpcLoaded = 1;
    }
  }, true);
  var fs = d.querySelectorAll(SEL);
  for (var i = 0; i < fs.length; i++) hello(fs[i]);
})(window, document);
