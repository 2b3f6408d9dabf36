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

  /*
   * view.theme.enable(): the host "will fetch the current active theme from the host environment
   * (e.g. Jira) and apply it in your app", and an app that awaits it before mounting has the tokens
   * "available before the first render" (mirror/design-tokens-and-theming/index.md, "Activate
   * theming"; mirror/apis-reference/ui-api-bridge/view/index.md, "theme"). What the page shows a
   * themed frame with: `data-theme="dark:dark light:light"`, `data-color-mode` and the colour
   * theme's style sheet. So the promise resolves once the sheet has loaded (or failed to).
   */
  var themeApplied = null;
  function enableTheming() {
    if (themeApplied) return themeApplied;
    themeApplied = getContext().then(function (ctx) {
      var html = document.documentElement;
      html.setAttribute('data-color-mode', (ctx.theme && ctx.theme.colorMode) || 'light');
      html.setAttribute('data-theme', 'dark:dark light:light');
      return new Promise(function (resolve) {
        var link = document.createElement('link');
        link.id = 'forge-local-theme';
        link.rel = 'stylesheet';
        link.href = '/__local/theme.css';
        link.addEventListener('load', function () {
          resolve(true);
        });
        link.addEventListener('error', function () {
          resolve(true);
        });
        document.head.appendChild(link);
      });
    });
    return themeApplied;
  }

  /*
   * router.navigate / router.open: a NavigationLocation target must be one the host product offers
   * (mirror/apis-reference/ui-api-bridge/router/index.md, "Target locations and properties"):
   * `issue` is a Jira target, so a Confluence macro asking for it is refused, not silently dropped.
   * A URL (relative, or external after a prompt) is accepted in every product.
   */
  var TARGETS = {
    confluence: ['contentView', 'contentEdit', 'spaceView', 'contentList', 'module', 'userProfile'],
    jira: ['dashboard', 'issue', 'projectSettingsDetails', 'module', 'userProfile'],
  };

  function productOf(ctx) {
    var type = (ctx.extension && ctx.extension.type) || '';
    return type === 'macro' ? 'confluence' : 'jira';
  }

  function navigate(p) {
    return getContext().then(function (ctx) {
      var product = productOf(ctx);
      if (p && typeof p.url === 'string') {
        tellParent('navigate', p);
        return undefined;
      }
      var target = p && p.target;
      if (!target || TARGETS[product].indexOf(target) < 0) {
        throw new Error(
          'Navigation target "' +
            String(target) +
            '" is not available in ' +
            product +
            '; targets there: ' +
            TARGETS[product].join(', '),
        );
      }
      tellParent('navigate', p);
      return undefined;
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
    navigate: navigate,
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
  // Measure the app's root, not the body: the body may stretch to the frame, and measuring what we
  // resize would feed back into itself.
  var lastHeight = 0;
  function reportHeight() {
    var root = document.getElementById('root') || document.body;
    if (!root) return;
    var height = Math.ceil(root.getBoundingClientRect().bottom + window.scrollY + 8);
    if (Math.abs(height - lastHeight) < 2) return;
    lastHeight = height;
    tellParent('resize', { height: height });
  }
  window.addEventListener('load', function () {
    reportHeight();
    var root = document.getElementById('root');
    if (window.ResizeObserver && root) new ResizeObserver(reportHeight).observe(root);
  });
})();
