// An invitation link just made: focusing its field selects the whole link, ready to copy.
document.querySelectorAll('input.signup-link').forEach(function (input) {
  input.addEventListener('focus', function () { input.select(); });
});
