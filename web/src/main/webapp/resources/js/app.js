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
