import 'server-only';

/** The embed's custom element name, and the API it reads (see `embedCvBadges`). */
export const EMBED_ELEMENT = 'badgeboard-badges';

/**
 * The embeddable badge section (`/embed/v1/badges.js`): a web component other job sites put on a résumé page as
 *   <script src="https://…/embed/v1/badges.js" async></script>
 *   <badgeboard-badges cv="…"></badgeboard-badges>
 * It reads the CV's verified, publicly shared badges from the API at the script's own origin, with no cookies and no
 * referrer, and draws them in its own Shadow DOM (the host page's styles cannot break it, nor its ours). Everything from
 * the API is set as text, never as HTML; images only from Badgeboard's own image route (artwork it keeps; never an issuer's host). Plain ES2019 for any browser
 * a portal's visitors use; it is sent as written, so it is kept small and readable.
 */
export const EMBED_SCRIPT = String.raw`/* Badgeboard embeddable badge section. <badgeboard-badges cv="CV id"></badgeboard-badges> */
(function () {
  'use strict';
  var NAME = '${EMBED_ELEMENT}';
  if (!window.customElements || window.customElements.get(NAME)) return;
  var script = document.currentScript;
  var scriptOrigin = script && script.src ? new URL(script.src, location.href).origin : location.origin;
  var SVG = 'http://www.w3.org/2000/svg';

  var CSS = [
    ':host{display:block;max-width:100%;color:#0f172a;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;--bb-accent:#4338ca}',
    ':host([hidden]){display:none}',
    '*{box-sizing:border-box}',
    '.box{border:1px solid #e2e8f0;border-radius:14px;background:#fff;padding:16px}',
    '.head{display:flex;flex-wrap:wrap;align-items:baseline;justify-content:space-between;gap:4px 12px;margin:0 0 12px}',
    'h2{margin:0;font-size:17px;font-weight:600;line-height:1.3}',
    '.by{margin:0;font-size:13px;color:#475569}',
    'ul{list-style:none;margin:0;padding:0;display:grid;gap:10px;grid-template-columns:repeat(auto-fill,minmax(min(100%,250px),1fr))}',
    'li{display:flex;gap:12px;align-items:flex-start;border:1px solid #e2e8f0;border-radius:12px;padding:12px;min-width:0}',
    '.art{flex:none;width:48px;height:48px;border-radius:10px;background:#eef2ff;display:flex;align-items:center;justify-content:center;overflow:hidden}',
    '.art img{width:100%;height:100%;object-fit:contain}',
    '.art svg{width:30px;height:30px}',
    '.text{min-width:0;flex:1}',
    'a.name{display:inline-block;min-height:24px;font-weight:600;color:#0f172a;text-decoration:none;overflow-wrap:anywhere}',
    'a.name:hover,a.name:focus-visible{text-decoration:underline;color:var(--bb-accent)}',
    'a:focus-visible{outline:2px solid var(--bb-accent);outline-offset:2px;border-radius:4px}',
    '.issuer{margin:2px 0 0;font-size:13px;color:#334155;overflow-wrap:anywhere}',
    '.state{display:inline-flex;align-items:center;gap:4px;margin-top:6px;font-size:12px;font-weight:500;border-radius:999px;padding:2px 8px}',
    '.known{background:#d1fae5;color:#065f46}',
    '.unknown{background:#e0f2fe;color:#075985}',
    '.when{display:block;margin-top:4px;font-size:12px;color:#475569}',
    '.foot{margin:12px 0 0;font-size:13px;color:#475569}',
    '.foot a{color:var(--bb-accent);font-weight:500}',
    '.note{margin:0;font-size:14px;color:#475569}'
  ].join('');

  var sheet = null;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  } catch (e) {
    sheet = null;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function shield() {
    var svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 32 32');
    svg.setAttribute('aria-hidden', 'true');
    [
      ['M16 2.5 4.5 6.6v8.6c0 7.1 4.9 12.6 11.5 14.3 6.6-1.7 11.5-7.2 11.5-14.3V6.6L16 2.5Z', '#4338ca', null],
      ['M16 5.6 7.5 8.6v6.6c0 5.4 3.6 9.7 8.5 11.2 4.9-1.5 8.5-5.8 8.5-11.2V8.6L16 5.6Z', '#4f46e5', null],
      ['m11 15.8 3.4 3.4 6.8-7.2', 'none', '#5eead4']
    ].forEach(function (part) {
      var path = document.createElementNS(SVG, 'path');
      path.setAttribute('d', part[0]);
      path.setAttribute('fill', part[1]);
      if (part[2]) {
        path.setAttribute('stroke', part[2]);
        path.setAttribute('stroke-width', '2.6');
        path.setAttribute('stroke-linecap', 'round');
        path.setAttribute('stroke-linejoin', 'round');
      }
      svg.appendChild(path);
    });
    return svg;
  }

  var relative = window.Intl && Intl.RelativeTimeFormat ? new Intl.RelativeTimeFormat('en-GB', { numeric: 'auto' }) : null;
  function ago(iso) {
    var seconds = (Date.parse(iso) - Date.now()) / 1000;
    if (!relative || !isFinite(seconds)) return '';
    var units = [['day', 86400], ['hour', 3600], ['minute', 60]];
    for (var i = 0; i < units.length; i++) {
      if (Math.abs(seconds) >= units[i][1]) return relative.format(Math.round(seconds / units[i][1]), units[i][0]);
    }
    return 'just now';
  }

  function safeHttpUrl(value) {
    try {
      var url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  class BadgeboardBadges extends HTMLElement {
    static get observedAttributes() {
      return ['cv'];
    }

    constructor() {
      super();
      this.root = this.attachShadow({ mode: 'open' });
      if (sheet && 'adoptedStyleSheets' in this.root) this.root.adoptedStyleSheets = [sheet];
      else this.root.appendChild(el('style', null, CSS));
      this.box = el('section', 'box');
      this.box.setAttribute('aria-label', 'Verified badges');
      this.root.appendChild(this.box);
      this.loaded = null;
    }

    connectedCallback() {
      this.load();
    }

    attributeChangedCallback() {
      if (this.isConnected) this.load();
    }

    note(text) {
      this.box.replaceChildren(el('p', 'note', text));
    }

    load() {
      var cv = (this.getAttribute('cv') || '').trim();
      if (cv === this.loaded) return;
      this.loaded = cv;
      if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(cv)) {
        this.note('This badge section has no valid CV id. Copy the snippet again from the CV page on Badgeboard.');
        return;
      }
      this.note('Loading verified badges…');
      var self = this;
      fetch(scriptOrigin + '/api/v1/embed/cvs/' + encodeURIComponent(cv) + '/badges', {
        credentials: 'omit',
        mode: 'cors',
        referrerPolicy: 'no-referrer',
        headers: { accept: 'application/json' }
      })
        .then(function (response) {
          return response.json().then(
            function (body) {
              return { ok: response.ok, body: body };
            },
            function () {
              return { ok: false, body: null };
            }
          );
        })
        .then(function (result) {
          if (self.loaded !== cv) return;
          if (!result.ok) {
            self.note((result.body && result.body.detail) || 'The badges could not be loaded. Try again later.');
            return;
          }
          self.render(result.body);
        })
        .catch(function () {
          if (self.loaded === cv) self.note('Badgeboard could not be reached, so the badges are not shown. Try again later.');
        });
    }

    render(data) {
      var box = this.box;
      box.replaceChildren();
      var head = el('div', 'head');
      head.appendChild(el('h2', null, data.holderName ? 'Verified badges of ' + data.holderName : 'Verified badges'));
      head.appendChild(el('p', 'by', 'Checked by Badgeboard'));
      box.appendChild(head);
      var badges = Array.isArray(data.badges) ? data.badges : [];
      if (badges.length === 0) {
        box.appendChild(el('p', 'note', 'No verified badges are shared publicly yet.'));
        return;
      }
      var list = el('ul');
      badges.forEach(function (badge) {
        var item = el('li');
        var art = el('span', 'art');
        if (typeof badge.image === 'string' && badge.image.indexOf(scriptOrigin + '/api/v1/badges/') === 0) {
          var img = el('img');
          img.alt = '';
          img.src = badge.image;
          art.appendChild(img);
        } else art.appendChild(shield());
        item.appendChild(art);
        var text = el('div', 'text');
        var href = safeHttpUrl(badge.url);
        var name = el(href ? 'a' : 'span', 'name', String(badge.name || 'Badge'));
        if (href) {
          name.href = href;
          name.target = '_blank';
          name.rel = 'noopener';
        }
        text.appendChild(name);
        var issuer = badge.issuer || {};
        var issuerName = String(issuer.name || '');
        text.appendChild(el('p', 'issuer', issuer.known ? 'Issued by ' + issuerName : 'Issuer calls itself “' + issuerName + '” (not known to Badgeboard)'));
        var known = badge.level === 'known_issuer';
        text.appendChild(el('span', 'state ' + (known ? 'known' : 'unknown'), known ? '✓ Verified · known issuer' : '✓ Verified · issuer not known'));
        var when = badge.checkedAt ? ago(badge.checkedAt) : '';
        if (when) text.appendChild(el('span', 'when', 'Checked ' + when));
        item.appendChild(text);
        list.appendChild(item);
      });
      box.appendChild(list);
      var foot = el('p', 'foot', 'Open a badge to see its report and verify it yourself');
      var cvUrl = data.cvUrl ? safeHttpUrl(data.cvUrl) : null;
      if (cvUrl) {
        foot.appendChild(document.createTextNode(', or see the '));
        var link = el('a', null, 'whole CV on Badgeboard');
        link.href = cvUrl;
        link.target = '_blank';
        link.rel = 'noopener';
        foot.appendChild(link);
      }
      foot.appendChild(document.createTextNode('.'));
      box.appendChild(foot);
    }
  }

  window.customElements.define(NAME, BadgeboardBadges);
})();
`;
