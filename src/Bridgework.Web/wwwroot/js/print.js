// Buttons marked data-print open the browser's print dialog (the page also prints from the browser menu).
document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
});
