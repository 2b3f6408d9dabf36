/*
 * The workbench pages' side of the frames: size each app iframe to its content, and handle a
 * macro configuration `view.submit({ config })` by saving it to the page, as Confluence does.
 */
(function () {
  'use strict';
  function frameFor(token) {
    return document.querySelector('iframe[data-token="' + CSS.escape(token) + '"]');
  }
  window.addEventListener('message', function (event) {
    var data = event.data || {};
    if (data.source !== 'forge-local-bridge' || !data.token) return;
    var frame = frameFor(data.token);
    if (!frame) return;
    if (data.type === 'resize' && data.payload && data.payload.height) {
      frame.style.height = Math.max(60, data.payload.height) + 'px';
    }
    if (data.type === 'submit' && frame.dataset.pageId && frame.dataset.localId) {
      var config = (data.payload && data.payload.config) || data.payload || {};
      fetch(
        '/__local/pages/' +
          encodeURIComponent(frame.dataset.pageId) +
          '/macros/' +
          encodeURIComponent(frame.dataset.localId),
        {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ config: config }),
        },
      ).then(function (res) {
        if (res.ok) window.location.reload();
        else
          res.json().then(function (j) {
            alert(j.error || 'Saving the macro configuration failed');
          });
      });
    }
    if (data.type === 'navigate' && data.payload) {
      // The router: Jira's issue target, or the site URL /browse/KEY (from any product), opens the
      // local issue view as the same user and theme. The bridge has already refused targets the
      // frame's product does not offer.
      var here = new URLSearchParams(window.location.search);
      var keep =
        '?as=' +
        encodeURIComponent(here.get('as') || '') +
        '&theme=' +
        encodeURIComponent(here.get('theme') || 'light');
      var p = data.payload;
      var browse = typeof p.url === 'string' ? /^\/browse\/([A-Za-z][A-Za-z0-9]*-\d+)$/.exec(p.url) : null;
      var issueKey = p.target === 'issue' ? p.issueKey : browse && decodeURIComponent(browse[1]);
      var target = issueKey ? '/jira/browse/' + encodeURIComponent(issueKey) + keep : null;
      // The module target (a global or admin page): the workbench knows where each one lives.
      if (p.target === 'module' && p.moduleKey) target = '/__local/modules/' + encodeURIComponent(p.moduleKey) + keep;
      if (target && p.type === 'new-tab') window.open(target, '_blank');
      else if (target) window.location.assign(target);
    }
    if (data.type === 'close') {
      var dialog = frame.closest('dialog');
      if (dialog) dialog.close();
    }
  });
  document.querySelectorAll('[data-open-dialog]').forEach(function (button) {
    button.addEventListener('click', function () {
      var dialog = document.getElementById(button.getAttribute('data-open-dialog'));
      if (dialog) dialog.showModal();
    });
  });
  document.querySelectorAll('[data-transition]').forEach(function (button) {
    button.addEventListener('click', function () {
      var status = document.getElementById('transition-status');
      fetch('/rest/api/3/issue/' + encodeURIComponent(button.dataset.issue) + '/transitions', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-local-account-id': button.dataset.as },
        body: JSON.stringify({ transition: { id: button.dataset.transition } }),
      }).then(function (res) {
        if (res.status === 204) return window.location.reload();
        return res.json().then(function (j) {
          status.textContent =
            (j.errorMessages && j.errorMessages.join(' ')) || 'Jira refused the transition (' + res.status + ')';
          status.hidden = false;
        });
      });
    });
  });
})();
