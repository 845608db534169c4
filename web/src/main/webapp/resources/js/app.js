/*
 * Warns before leaving a form whose changes were not saved (class app-warn-unsaved): typed values
 * and lines added, moved or removed by ajax buttons that call fundperf.changed().
 */
var fundperf = window.fundperf || {};
fundperf.dirty = false;
fundperf.downloading = false;
fundperf.changed = function () { fundperf.dirty = true; };
/* oncomplete of save/submit: saved unless the server refused it */
fundperf.saved = function (args) { if (!args || !args.validationFailed) { fundperf.dirty = false; } };
/* a download button submits the form without leaving the page */
fundperf.download = function () { fundperf.downloading = true; setTimeout(function () { fundperf.downloading = false; }, 1000); };
(function () {
    function track(event) {
        var target = event.target;
        if (target && target.closest && target.closest('.app-warn-unsaved') && !target.readOnly) {
            fundperf.dirty = true;
        }
    }
    document.addEventListener('input', track, true);
    document.addEventListener('change', track, true);
    window.addEventListener('beforeunload', function (event) {
        if (fundperf.dirty && !fundperf.downloading) {
            event.preventDefault();
            event.returnValue = '';
        }
    });
})();

/*
 * A file larger than its limit is refused as soon as it is chosen, before it is sent: a chooser
 * inside an element with data-max-bytes (and data-too-large, the message) is cleared and the
 * message shown under it. The server refuses such a file again (BodyLimitFilter).
 */
(function () {
    document.addEventListener('change', function (event) {
        var input = event.target;
        var box = input && input.type === 'file' && input.closest ? input.closest('[data-max-bytes]') : null;
        if (!box) {
            return;
        }
        var old = box.querySelector('.app-upload-refused');
        if (old) {
            old.remove();
        }
        var files = Array.prototype.slice.call(input.files || []);
        if (!files.some(function (file) { return file.size > Number(box.getAttribute('data-max-bytes')); })) {
            return;
        }
        input.value = '';
        var shown = box.querySelector('.ui-fileupload-filename');
        if (shown) {
            shown.textContent = '';
        }
        var summary = document.createElement('span');
        summary.className = 'ui-messages-error-summary';
        summary.textContent = box.getAttribute('data-too-large');
        var item = document.createElement('li');
        item.appendChild(summary);
        var list = document.createElement('ul');
        list.appendChild(item);
        var error = document.createElement('div');
        error.className = 'ui-messages-error ui-corner-all';
        error.appendChild(list);
        var messages = document.createElement('div');
        messages.className = 'ui-messages ui-widget app-upload-refused';
        messages.setAttribute('role', 'alert');
        messages.appendChild(error);
        box.appendChild(messages);
    }, true);
})();
