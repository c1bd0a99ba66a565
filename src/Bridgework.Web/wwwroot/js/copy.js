// Buttons marked data-copy="field-id" copy that field's text. Without JavaScript they stay hidden and the
// read-only field itself is there to select and copy.
document.querySelectorAll('[data-copy]').forEach(function (button) {
    var field = document.getElementById(button.getAttribute('data-copy'));
    if (!field || !navigator.clipboard) { return; }
    var label = button.textContent;
    button.hidden = false;
    button.addEventListener('click', function () {
        navigator.clipboard.writeText(field.value).then(function () {
            button.textContent = button.getAttribute('data-copied') || label;
            setTimeout(function () { button.textContent = label; }, 2000);
        });
    });
});
document.querySelectorAll('input[readonly][data-select], input.referral-link[readonly]').forEach(function (field) {
    field.addEventListener('focus', function () { field.select(); });
});
