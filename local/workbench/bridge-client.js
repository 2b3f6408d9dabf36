/*
 * The local host's side of @forge/bridge. Injected into the app's iframe before the app bundle,
 * it answers `globalThis.__bridge.callBridge(name, payload)` the way the Jira and Confluence
 * frames do: context from the frame token, invoke through /__local/invoke, theming, submit/close.
 */
(function () {
  'use strict';
  var token = new URLSearchParams(window.location.search).get('frame');
  var contextPromise = null;

  function request(method, url, body) {
    return fetch(url, {
      method: method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then(function (res) {
      return res.json().then(function (json) {
        if (!res.ok) throw new Error((json && json.error) || 'The local host refused the bridge call');
        return json;
      });
    });
  }

  function getContext() {
    if (!contextPromise) contextPromise = request('GET', '/__local/frames/' + encodeURIComponent(token || ''));
    return contextPromise.then(function (ctx) {
      return JSON.parse(JSON.stringify(ctx));
    });
  }

  function tellParent(type, payload) {
    window.parent.postMessage({ source: 'forge-local-bridge', type: type, token: token, payload: payload }, '*');
  }

  function enableTheming() {
    return getContext().then(function (ctx) {
      var html = document.documentElement;
      html.setAttribute('data-color-mode', (ctx.theme && ctx.theme.colorMode) || 'light');
      html.setAttribute('data-theme', 'dark:dark light:light spacing:spacing typography:typography shape:shape');
      if (!document.getElementById('forge-local-theme')) {
        var link = document.createElement('link');
        link.id = 'forge-local-theme';
        link.rel = 'stylesheet';
        link.href = '/__local/theme.css';
        document.head.appendChild(link);
      }
      return true;
    });
  }

  var handlers = {
    getContext: getContext,
    invoke: function (p) {
      return request('POST', '/__local/invoke', { token: token, functionKey: p.functionKey, payload: p.payload || {} });
    },
    submit: function (p) {
      tellParent('submit', p);
      return true;
    },
    close: function (p) {
      tellParent('close', p);
      return true;
    },
    refresh: function () {
      window.location.reload();
      return true;
    },
    reload: function () {
      window.location.reload();
      return true;
    },
    enableTheming: enableTheming,
    showFlag: function (p) {
      tellParent('flag', p);
      return { id: String(Date.now()) };
    },
    closeFlag: function () {
      return true;
    },
    emitReadyEvent: function () {
      return true;
    },
    getFrameId: function () {
      return token;
    },
    on: function () {
      return { unsubscribe: function () {} };
    },
    onPublic: function () {
      return { unsubscribe: function () {} };
    },
    emit: function () {
      return true;
    },
    emitPublic: function () {
      return true;
    },
    changeWindowTitle: function () {
      return true;
    },
  };

  window.__bridge = {
    callBridge: function (name, payload) {
      var handler = handlers[name];
      if (!handler) return Promise.reject(new Error('The local host does not implement the bridge call ' + name));
      return Promise.resolve().then(function () {
        return handler(payload);
      });
    },
  };

  // Keep the product's iframe as tall as the app, as Jira and Confluence do.
  function reportHeight() {
    var body = document.body;
    var height = body ? Math.ceil(body.getBoundingClientRect().height + 16) : 0;
    tellParent('resize', { height: height });
  }
  window.addEventListener('load', function () {
    reportHeight();
    // The body grows as the app renders; the document element is only as tall as the frame.
    if (window.ResizeObserver && document.body) new ResizeObserver(reportHeight).observe(document.body);
  });
})();
