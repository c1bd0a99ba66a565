// Narrows a long <select> as the user types in a search box tied to it by data-filter-select="<select id>".
// Without JavaScript the search box is an ordinary GET form that filters on the server.
(function () {
    'use strict';
    document.querySelectorAll('input[data-filter-select]').forEach(function (input) {
        var select = document.getElementById(input.getAttribute('data-filter-select'));
        if (!select) {
            return;
        }
        var status = document.createElement('p');
        status.className = 'form-text filter-status';
        status.setAttribute('role', 'status');
        select.insertAdjacentElement('afterend', status);
        var all = Array.prototype.slice.call(select.options);
        var fold = function (text) {
            return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
        };
        input.addEventListener('input', function () {
            var words = fold(input.value).split(/\s+/).filter(Boolean);
            var visible = 0;
            all.forEach(function (option) {
                var text = fold(option.text);
                var match = words.every(function (w) { return text.indexOf(w) >= 0; });
                option.hidden = !match;
                option.disabled = !match;
                if (match) {
                    visible += 1;
                }
            });
            status.textContent = words.length === 0 ? '' : (select.getAttribute('data-count-text') || '{0}').replace('{0}', visible);
        });
    });
}());
